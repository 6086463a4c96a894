"""Shipped templates: installed once, kept up to date until an administrator edits them.

An edited template is never rewritten: one made before list specs keeps its older keys
({lists.NAME.joined}, {lists.aid.kind_phrase}…), which sentences.py still writes from the rows
(old_keys.OLD_LIST_KEYS), whatever way it came into the database (an edit, a restored backup).
"""

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
