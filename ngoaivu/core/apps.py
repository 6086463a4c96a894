from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _
from django_tasks_db import apps as tasks_db_apps


class CoreConfig(AppConfig):
    default = True  # this module holds another AppConfig too: "ngoaivu.core" alone means this one
    name = "ngoaivu.core"
    label = "core"
    verbose_name = _("Tổ chức và danh mục")

    def ready(self):
        from django.db.models.signals import pre_save

        from . import sqlite  # noqa: F401  Unicode-aware LIKE on SQLite
        from .composed import compose_text
        from .countries import sort_in_vietnamese_order

        sort_in_vietnamese_order()

        pre_save.connect(compose_text, dispatch_uid="ngoaivu.core.compose_text")


class TaskQueueConfig(tasks_db_apps.TasksAppConfig):
    """django-tasks-db, named in Vietnamese in the admin (its app and model names are English and it
    ships no Vietnamese catalogue); only the names change, never its label, tables or migrations."""

    default = False
    verbose_name = _("Tác vụ nền")

    def ready(self):
        super().ready()
        meta = apps.get_model(self.label, "DBTaskResult")._meta
        meta.verbose_name, meta.verbose_name_plural = _("tác vụ nền"), _("tác vụ nền")
