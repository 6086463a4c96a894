"""Shipped templates: installed once, kept up to date until an administrator edits them.

An edited template is never rewritten: one made before list specs keeps its older keys
({lists.NAME.joined}, {lists.aid.kind_phrase}…), which sentences.py still writes from the rows
(old_keys.OLD_LIST_KEYS), whatever way it came into the database (an edit, a restored backup).
"""

from .outlines import SHIPPED


def install_shipped_templates(sender=None, apps=None, **kwargs):
    """post_migrate: apps is the state the migrations reached. `migrate core` (one app, or to an earlier
    migration) may leave the templates' table missing or short of columns: they are installed by the
    migrate that completes it."""
    from .models import ReportTemplate

    if apps is not None and not _table_complete(apps, ReportTemplate):
        return
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


def _table_complete(apps, model):
    try:
        migrated = apps.get_model(model._meta.label)
    except LookupError:
        return False
    return {field.column for field in model._meta.concrete_fields} <= {
        field.column for field in migrated._meta.concrete_fields
    }
