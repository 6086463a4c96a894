from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProceduresConfig(AppConfig):
    name = "ngoaivu.procedures"
    verbose_name = _("Thủ tục hành chính")

    def ready(self):
        from . import areas  # noqa: F401  registers the procedures' area of the register
