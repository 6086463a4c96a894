"""The versions of register rows: which a user may read, which rows were deleted, what a restore changes."""

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from ngoaivu.core.permissions import can_edit, is_unit_bound, scope

from .areas import AREAS
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


def delete_with_children(area, record):
    """Delete record and the rows of its child areas (a plan's items, an agreement's steps), all at one
    moment of the history: restoring record finds those deleted with it by that moment (deleted_with),
    not those deleted on their own before."""
    moment = timezone.now()
    for child in (AREAS[slug] for slug in area.children):
        for row in child.model.objects.filter(**{child.parent_field: record}):
            row._history_date = moment
            row.delete()
    record._history_date = moment
    record.delete()


def deleted_with(area, deletion, user):
    """[(child area, [deletion versions])]: the child rows deleted with the row that deletion deleted
    (delete_with_children), those user may restore."""
    groups = []
    for child in (AREAS[slug] for slug in area.children):
        versions = (
            visible_history(child, user)
            .filter(history_id__in=deletions(child).values("history_id"))
            .filter(**{child.parent_field: deletion.id, "history_date": deletion.history_date})
            .order_by("history_id")
        )
        versions = [version for version in versions if can_edit(user, version.instance)]
        if versions:
            groups.append((child, versions))
    return groups
