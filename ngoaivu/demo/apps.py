from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo province and its `load_demo` command, at the top: nothing below imports it."""

    name = "ngoaivu.demo"
    label = "demo"
    verbose_name = _("Dữ liệu mẫu")
