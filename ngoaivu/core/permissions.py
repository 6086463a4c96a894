"""Who may see and change what. Every view, export and import goes through these."""

from collections import defaultdict

from django.db.models import Q

from .lineage import visible_unit_ids, working_unit
from .models import Role, Unit

READ_ALL_ROLES = {Role.ADMIN, Role.OFFICER, Role.LEADER, Role.VIEWER}
WRITE_ROLES = {Role.ADMIN, Role.OFFICER, Role.REPORTER}


def can_write(user, model=None):
    """Whether user writes rows (of model, when given): a model marked office_writes (the province's
    public catalogue of procedures) is the office's alone, not a unit reporter's."""
    if not (user.is_authenticated and user.is_active and user.role in WRITE_ROLES):
        return False
    return not getattr(model, "office_writes", False) or is_office(user)


def is_office(user):
    """The office's own staff (administrators, officers): they ask units for reports and review the answers."""
    return user.role in (Role.ADMIN, Role.OFFICER)


def is_unit_bound(user):
    """A unit reporter sees and edits its own unit's rows only."""
    return user.role not in READ_ALL_ROLES


def reads_province_reports(user):
    """A focal point's report counts its province's rows (core/lineage.scope_of): a unit reporter, who
    reads its own unit's rows only, neither drafts nor reads one, even of its own unit."""
    return not is_unit_bound(user)


def figures_unit(user, asked):
    """The unit whose figures user reads (the home page, the rows behind a figure) when asked for asked's
    (None: the whole province's): anyone who reads the province's reports, the one asked; a unit reporter,
    whatever it asks, its own unit's."""
    return asked if reads_province_reports(user) else user.unit


def figures_scope(user, asked, day):
    """The units figures_unit(user, asked)'s figures count as they stood on day (None: today): a Scope; None
    for the whole register; [] for nothing (a unit reporter without a unit). A unit reporter's figures are
    its unit's own work, as its answers to a request count it (Unit.scope(own=True)), never the province's
    that a focal point's report counts, even while its unit is the focal point."""
    province = reads_province_reports(user)
    unit = figures_unit(user, asked)
    if unit is None:
        return None if province else []
    return unit.scope(day, own=not province)


def readable_unit_ids(user):
    """A unit reporter reads its unit's rows and those of the ended units whose work it took over
    (core/lineage.visible_unit_ids): a reporter of a dissolved unit, its old unit's only."""
    cached = getattr(user, "_readable_unit_ids", None)
    if cached is None:
        cached = user._readable_unit_ids = visible_unit_ids(user.unit_id) if user.unit_id else []
    return cached


def scope(queryset, user, unit_field="unit", shared_when_null=False):
    """The rows of queryset that user may read.

    shared_when_null: rows with no unit are reference data that everyone reads (cited documents).
    """
    if not (user.is_authenticated and user.is_active):
        return queryset.none()
    if not is_unit_bound(user):
        return queryset
    condition = {f"{unit_field}__in": readable_unit_ids(user)}
    result = queryset.filter(**condition)
    if shared_when_null:
        result = result | queryset.filter(**{f"{unit_field}__isnull": True})
    return result


def readable_rows(user, rows):
    """Of rows (instances of models with a unit, any mix), those that user may read by scope()'s rule:
    one query a model."""
    pks_by_model = defaultdict(set)
    for row in rows:
        pks_by_model[type(row)].add(row.pk)
    readable = {
        (model, pk)
        for model, pks in pks_by_model.items()
        for pk in scope(model._default_manager.filter(pk__in=pks), user).values_list("pk", flat=True)
    }
    return [row for row in rows if (type(row), row.pk) in readable]


def reads_any(user, queryset, unit_field="unit"):
    """Whether a page of queryset's rows is for user, asked by the page and by its menu entry alike:
    whoever reads every unit's rows, even while there are none; a unit reporter while its units have
    some, since it adds none itself (a university's reporter has no procedures to see translated)."""
    if not (user.is_authenticated and user.is_active):
        return False
    return not is_unit_bound(user) or scope(queryset, user, unit_field).exists()


def unit_choices(user, units):
    """The units of `units` that user may give a row: a unit reporter its own only, anyone else any."""
    if user is not None and is_unit_bound(user):
        return units.filter(pk=user.unit_id)
    return units


def default_unit(user):
    """The unit a new row or report of user's names when none is given, as the forms preset it and the
    API fills it in: a unit reporter's own unit; anyone else's working unit (core/lineage.working_unit:
    the unit carrying its work once it has ended). None for a user without a unit, who must name one."""
    if user is None or not user.unit_id:
        return None
    return user.unit if is_unit_bound(user) else working_unit(user)


def unit_choices_for(user, current_unit_id=None):
    """The units a request form offers (requests go to units that exist): the active ones, and the one
    the edited request already has (current_unit_id), so that it keeps a unit that has since ended.
    Of these, unit_choices(): a unit reporter its own only. Register rows and reports offer every unit
    and refuse a date after its end instead (Unit.check_existed)."""
    condition = Q(is_active=True)
    if current_unit_id is not None:
        condition |= Q(pk=current_unit_id)
    return unit_choices(user, Unit.objects.filter(condition))


def may_give_unit(user, unit_id):
    """Whether user may give a row this unit: a unit reporter its own only, as unit_choices() offers."""
    return user is None or not is_unit_bound(user) or unit_id == user.unit_id


def owning_unit(user, record, parent=None):
    """The id of the unit that record belongs to. Forms, imports and the API all ask here.

    - A child row (parent given: a plan's planned delegation, an agreement's step) belongs to
      its parent's unit, whoever writes it and whatever unit it names.
    - A unit reporter's row that names no unit is the reporter's own unit's, new or saved (a
      reporter cannot empty a row's unit and so lose it). The reporter may name no other:
      unit_choices() offers its own unit only.
    - Otherwise the row keeps the unit it names (an officer may name any).
    """
    if parent is not None:
        return parent.unit_id
    if record.unit_id is None and user is not None and is_unit_bound(user):
        return user.unit_id
    return record.unit_id


def can_edit(user, obj):
    if not can_write(user, type(obj)):
        return False
    return not is_unit_bound(user) or getattr(obj, "unit_id", None) == user.unit_id


def editable(queryset, user):
    """The rows of queryset that user may edit, by can_edit()'s rule: a unit reporter reads the rows of the
    units it took over (scope) but writes its own unit's only, nor adds a child row (a plan's delegation)
    to another's."""
    if not can_write(user, queryset.model):
        return queryset.none()
    return queryset.filter(unit_id=user.unit_id) if is_unit_bound(user) else queryset


def may_transfer_units(user):
    """Moving people and open work between units after a succession (collection/transfer.py) changes
    accounts, so it is the administrator's alone."""
    return user.is_authenticated and user.is_active and user.role == Role.ADMIN


def approves_for(user, unit_id):
    """A unit's leader approves (or returns) its reports; an administrator those of any unit."""
    return user.role == Role.ADMIN or (user.role == Role.LEADER and user.unit_id == unit_id)


def approval_scope(queryset, user):
    """The rows of queryset (with a unit) whose approval is user's, as approves_for() says."""
    if user.role == Role.ADMIN:
        return queryset
    if user.role == Role.LEADER:
        return queryset.filter(unit_id=user.unit_id)
    return queryset.none()


def may_move_report(user, action, report):
    """Who moves a report along: its editors submit, its approvers return and approve; issuing is
    the office's or the approver's. Returning an approved report not yet issued (its figures changed
    before issue) undoes an approval: its approvers' alone too, not the office's that issues it."""
    if action == "submit":
        return can_edit(user, report)
    if action in ("return", "approve"):
        return approves_for(user, report.unit_id)
    if action == "issue":
        return is_office(user) or approves_for(user, report.unit_id)
    return False


def signs_report(user, report):
    """The signer's own digital signature on an issued report: the unit's leader named in its
    signature block, and nobody else (the certificate must name them too: reporting/signing.py)."""
    from ngoaivu.signatures.certificates import same_name

    return (
        user.is_authenticated
        and user.is_active
        and user.role == Role.LEADER
        and user.unit_id == report.unit_id
        and bool(report.signer_name)
        and same_name(user.get_full_name(), report.signer_name)
    )


def seals_report(user, report):
    """The organisation's digital signature (its seal), added by the office's staff after the signer's."""
    return (
        user.is_authenticated
        and user.is_active
        and (user.role == Role.ADMIN or (user.role == Role.OFFICER and user.unit_id == report.unit_id))
    )
