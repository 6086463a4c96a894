from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django.db.models.signals import post_migrate


class ReportingConfig(AppConfig):
    name = "ngoaivu.reporting"
    label = "reporting"
    verbose_name = _("Báo cáo")

    def ready(self):
        from .templates_store import install_shipped_templates

        post_migrate.connect(install_shipped_templates, sender=self)
