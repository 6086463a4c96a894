"""The versions of register rows: which a user may read, which rows were deleted, what a restore changes."""

from django.db.models import Exists, OuterRef, Q

from ngoaivu.core.permissions import is_unit_bound, scope

from .display import display_value


def visible_history(area, user):
    """The versions of the area's rows that user may read, as a query (filter it before slicing).

    scope()'s rule on each version's own unit; and for a unit reporter, only versions of a row
    that is theirs now, or that was theirs when it was deleted. So a reporter never sees what
    another unit wrote in a row before it came to them, nor a row that has since left them.
    """
    versions = scope(area.model.history.all(), user, shared_when_null=area.shared_when_null)
    if not is_unit_bound(user):
        return versions
    theirs_now = scope(area.model._base_manager.all(), user, shared_when_null=area.shared_when_null)
    deleted_while_theirs = scope(deletions(area), user, shared_when_null=area.shared_when_null)
    return versions.filter(Q(id__in=theirs_now.values("pk")) | Q(id__in=deleted_while_theirs.values("id")))


def deletions(area):
    """The versions that deleted a row for good: no later version of that row follows them."""
    history = area.model.history.all()
    later = history.filter(id=OuterRef("id")).filter(
        Q(history_date__gt=OuterRef("history_date"))
        | Q(history_date=OuterRef("history_date"), history_id__gt=OuterRef("history_id"))
    )
    return history.filter(history_type="-").filter(~Exists(later)).exclude(id__in=area.model._base_manager.values("pk"))


def restore_changes(area, instance, current):
    """[{field, now, restored}]: the fields that restoring instance changes in current, as the detail page
    shows them (field_rows' fields); every field when the row is deleted (current is None)."""
    names = area.form_fields()
    if area.parent_field and area.parent_field not in names:
        names.insert(0, area.parent_field)
    if "unit" not in names and any(f.name == "unit" for f in area.model._meta.concrete_fields):
        names.append("unit")
    rows = []
    for name in names:
        field = area.model._meta.get_field(name)
        restored = field.value_from_object(instance)
        if current is not None and field.value_from_object(current) == restored:
            continue
        rows.append(
            {
                "field": field.verbose_name,
                "now": display_value(current, name) if current is not None else "",
                "restored": version_value(instance, field),
            }
        )
    return rows


def version_value(instance, field):
    """A value of a historical version; what a foreign key points to may be gone since."""
    if field.many_to_one:
        related_id = getattr(instance, field.attname)
        if related_id is None:
            return ""
        related = field.related_model._base_manager.filter(pk=related_id).first()
        return str(related) if related is not None else f"#{related_id}"
    return display_value(instance, field.name)
