"""Shipped templates: installed once, kept up to date until an administrator edits them."""

from .outlines import SHIPPED


def install_shipped_templates(sender=None, **kwargs):
    from .models import ReportTemplate

    for definition in SHIPPED:
        template, created = ReportTemplate.objects.get_or_create(
            code=definition["code"],
            defaults={"name": definition["name"], "definition": definition, "shipped_definition": definition},
        )
        if created or template.shipped_definition == definition:
            continue
        if template.definition == template.shipped_definition:
            template.definition = definition
        template.shipped_definition = definition
        template.save()
