"""The versions of register rows: which a user may read, which rows were deleted, what a restore changes."""

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from ngoaivu.core.permissions import can_edit, is_unit_bound, scope

from .area_registry import AREAS
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
    return _deletions_of(area.model)


def _deletions_of(model):
    history = model.history.all()
    later = history.filter(id=OuterRef("id")).filter(
        Q(history_date__gt=OuterRef("history_date"))
        | Q(history_date=OuterRef("history_date"), history_id__gt=OuterRef("history_id"))
    )
    return history.filter(history_type="-").filter(~Exists(later)).exclude(id__in=model._base_manager.values("pk"))


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


def dependents(area):
    """[(what, model, parent field, child area or None)]: the rows deleted and restored with a row of area:
    its child areas' (a plan's items, an agreement's steps) and those its model names in deleted_with_it
    (a procedure's translations, which are no area of their own)."""
    found = [(child.verbose_name, child.model, child.parent_field, child) for child in map(AREAS.get, area.children)]
    for name in getattr(area.model, "deleted_with_it", ()):
        relation = area.model._meta.get_field(name)
        found.append((relation.related_model._meta.verbose_name, relation.related_model, relation.field.name, None))
    return found


def delete_with_children(area, record):
    """Delete record and its dependents, all at one moment of the history: restoring record finds those
    deleted with it by that moment (deleted_with), not those deleted on their own before."""
    moment = timezone.now()
    for _what, model, parent_field, _child in dependents(area):
        for row in model.objects.filter(**{parent_field: record}):
            row._history_date = moment
            row.delete()
    record._history_date = moment
    record.delete()


def deleted_with(area, deletion, user):
    """[(what, [deletion versions])]: the dependents deleted with the row that deletion deleted
    (delete_with_children), those user may restore."""
    groups = []
    for what, model, parent_field, child in dependents(area):
        history = visible_history(child, user) if child is not None else model.history.all()
        versions = (
            history.filter(history_id__in=_deletions_of(model).values("history_id"))
            .filter(**{parent_field: deletion.id, "history_date": deletion.history_date})
            .order_by("history_id")
        )
        # A child area's row is checked on its own; a model's own dependents go with the row the user may edit.
        versions = [version for version in versions if child is None or can_edit(user, version.instance)]
        if versions:
            groups.append((what, versions))
    return groups
