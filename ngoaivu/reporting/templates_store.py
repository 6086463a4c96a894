"""The shipped templates are installed once; an administrator's edits are never overwritten."""

from .outlines import SHIPPED


def install_shipped_templates(sender=None, **kwargs):
    from .models import ReportTemplate

    for definition in SHIPPED:
        ReportTemplate.objects.get_or_create(
            code=definition["code"], defaults={"name": definition["name"], "definition": definition})
