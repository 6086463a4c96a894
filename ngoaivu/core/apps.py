from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "ngoaivu.core"
    label = "core"
    verbose_name = "Tổ chức và danh mục"

    def ready(self):
        from . import sqlite  # noqa: F401  Unicode-aware LIKE on SQLite
