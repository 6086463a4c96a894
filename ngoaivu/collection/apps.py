from django.apps import AppConfig


class CollectionConfig(AppConfig):
    name = "ngoaivu.collection"
    label = "collection"
    verbose_name = "Yêu cầu báo cáo"
