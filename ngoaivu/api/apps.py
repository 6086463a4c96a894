from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "ngoaivu.api"
    label = "ngoaivu_api"
    verbose_name = "API"
