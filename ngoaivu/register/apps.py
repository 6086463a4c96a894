from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegisterConfig(AppConfig):
    name = "ngoaivu.register"
    label = "register"
    verbose_name = _("Sổ theo dõi công tác đối ngoại")

    def ready(self):
        from . import areas  # noqa: F401  registers every area
