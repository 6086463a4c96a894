"""The rule of the units an outgoing request may ask (ReportRequest.asked_units_errors): no two of the
asking unit and the units asked count the same register rows of the period, as the compiled report adds
their figures up."""

from django.utils.translation import gettext

from ngoaivu.core.models import Unit
from ngoaivu.pure.periods import PeriodError
from ngoaivu.pure.wording import screen_date


def asked_units_errors(request, units, standing=()):
    """[(unit, why)]: the units of units (in their order) that cannot be asked to answer this request
    beside the asking unit and the units before them, each with why, in words. An answer counts the
    unit's own work (Unit.scope(own=True): its tree and the predecessors whose rows it took over, up to
    their cut-off day) and the compiled report adds the answers to the asking unit's own figures
    (compilation.own_figures): no two of them may count the same rows of the asked period. A unit that
    handed some duties over years before the period counts nothing twice. Every way of asking says it:
    the request's form, the admin's answers (Submission.clean and its inline's formset), a unit added to a
    request sent (views.request_add_units).

    standing: the ids of units asked already, the request's answers as stored (ReportRequest.standing_units).
    They come first, and what they count twice among themselves and with the asking unit is not said again:
    a request stored before this rule keeps its answers and is saved; only a unit newly asked is refused."""
    if not request.unit_id or request.is_incoming:
        return []
    standing = set(standing)
    ordered = [unit for unit in units if unit.pk in standing] + [unit for unit in units if unit.pk not in standing]
    errors, counted = {}, {}
    for index, unit in enumerate(ordered):
        if unit.pk in standing:
            continue
        if unit.pk == request.unit_id:
            why = gettext(
                "Không gửi yêu cầu cho chính đơn vị mình: số liệu của đơn vị đã có trong sổ theo dõi "
                "và được tổng hợp vào báo cáo."
            )
        else:
            why = _twice_words(request, request.unit, unit, counted, asker=True)
            for other in ordered[:index]:
                if why:
                    break
                if other.pk not in (unit.pk, request.unit_id):
                    why = _twice_words(request, other, unit, counted)
        if why:
            errors[unit.pk] = why
    return [(unit, errors[unit.pk]) for unit in units if unit.pk in errors]


def _counted(request, unit, counted):
    """{unit id: (first day, last day)} of the rows unit's figures of the asked period count (its own
    work, as it counts the period); None when the period does not read (its field says why)."""
    if unit.pk not in counted:
        try:
            period = request.period_for(unit)
        except PeriodError:
            counted[unit.pk] = None
        else:
            counted[unit.pk] = unit.scope(period.end, own=True).days_counted(period.start, period.end)
    return counted[unit.pk]


def _twice_words(request, first, second, counted, asker=False):
    """Why first's and second's figures would count some rows of the period twice, or "". asker: first
    is the asking unit."""
    mine, theirs = _counted(request, first, counted) or {}, _counted(request, second, counted) or {}
    shared = [(pk, max(mine[pk][0], theirs[pk][0]), min(mine[pk][1], theirs[pk][1])) for pk in set(mine) & set(theirs)]
    # the unit named: second, or first, whose own rows they are, before a third one
    shared = sorted((pk != second.pk, pk != first.pk, pk, start, end) for pk, start, end in shared if start <= end)
    if not shared:
        return ""
    below = _is_under(second, first)
    above = not below and _is_under(first, second)
    names = {"unit": second.name, "asker": first.name, "first": first.name, "second": second.name}
    if asker and below:
        said = gettext(
            "Không gửi yêu cầu cho %(unit)s: đơn vị trực thuộc %(asker)s, số liệu của đơn vị đã có trong sổ "
            "theo dõi của %(asker)s và được tổng hợp vào báo cáo."
        )
    elif asker and above:
        said = gettext(
            "Không gửi yêu cầu cho %(unit)s: %(asker)s trực thuộc %(unit)s, số liệu của %(asker)s đã có "
            "trong sổ theo dõi, được tổng hợp vào báo cáo và sẽ được tính lại trong báo cáo của %(unit)s."
        )
    elif below or above:
        upper, lower = (first, second) if below else (second, first)
        names |= {"upper": upper.name, "lower": lower.name}
        said = gettext(
            "Không gửi yêu cầu cho cả %(upper)s và %(lower)s: %(lower)s trực thuộc %(upper)s, số liệu của "
            "%(lower)s sẽ được tính hai lần khi tổng hợp."
        )
    else:
        pk, start, end = shared[0][2:]
        names |= {"shared": Unit.objects.get(pk=pk).name, "start": screen_date(start), "end": screen_date(end)}
        said = (
            gettext(
                "Không gửi yêu cầu cho %(unit)s: số liệu của %(shared)s từ ngày %(start)s đến ngày %(end)s đã "
                "có trong sổ theo dõi của %(asker)s, được tổng hợp vào báo cáo và sẽ được tính lại trong báo "
                "cáo của %(unit)s."
            )
            if asker
            else gettext(
                "Không gửi yêu cầu cho cả %(first)s và %(second)s: số liệu của %(shared)s từ ngày %(start)s "
                "đến ngày %(end)s được tính trong báo cáo của cả hai đơn vị và sẽ được tính hai lần khi tổng hợp."
            )
        )
    return said % names


def _is_under(unit, other):
    """Whether unit is in other's tree, below it."""
    seen, parent = {unit.pk}, unit.parent
    while parent is not None and parent.pk not in seen:
        if parent.pk == other.pk:
            return True
        seen.add(parent.pk)
        parent = parent.parent
    return False
