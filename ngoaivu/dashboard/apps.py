from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardConfig(AppConfig):
    name = "ngoaivu.dashboard"
    verbose_name = _("Trang chủ và biểu đồ")
