from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "ngoaivu.core"
    label = "core"
    verbose_name = _("Tổ chức và danh mục")

    def ready(self):
        from . import sqlite  # noqa: F401  Unicode-aware LIKE on SQLite
