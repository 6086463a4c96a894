from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "ngoaivu.dashboard"
    verbose_name = "Trang chủ và biểu đồ"
