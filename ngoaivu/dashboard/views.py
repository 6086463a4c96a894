"""The home page of each role, and the statistics page: charts with their tables and CSV files."""

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone

from ngoaivu.core.downloads import attachment, refused_filters
from ngoaivu.collection.home import panels
from ngoaivu.core.lineage import working_unit
from ngoaivu.core.permissions import is_unit_bound, scope
from ngoaivu.register.area_registry import GROUPS
from ngoaivu.register.models import AssignedTask
from ngoaivu.register.offering import offered_areas
from ngoaivu.pure.periods import MONTH
from ngoaivu.pure.wording import screen_date

from .charts import to_chartjs, to_csv
from .figures import key_figures, linked
from .forms import ScopeForm
from .series import CHARTS


COUNTS_SECONDS = 60
LATE_TASKS = 5  # the home page names the latest few; the list filtered by «Quá hạn» has them all


def _register_counts(user):
    """(groups of rows per area the user can see, when they were counted). Counting a whole register on
    every visit is the home page's dearest work, so the counts are kept a minute for everyone who sees the
    same rows; the page says when they were counted, so a row just added is not silently missing.

    A unit's card counts the rows its unit keeps: the shared reference rows its lists show too (the province's
    documents, unit empty) are no work of the unit's and are left out, and the card says so (own_only). For
    the province's staff they are the province's own and counted."""
    unit_bound = is_unit_bound(user)
    key = f"home-counts:{user.unit_id if unit_bound else 'all'}"
    counted = cache.get(key)
    if counted is None:
        counts = {
            area.slug: scope(area.model.objects.all(), user).count()
            for _group, areas in GROUPS
            for area in areas
            if not area.parent_field
        }
        counted = (counts, timezone.now())
        cache.set(key, counted, COUNTS_SECONDS)
    counts, counted_at = counted
    # Shown are the areas the menu offers (register/offering.py): no card links to a list that refuses the user.
    shown = [(group, [area for area in areas if not area.parent_field]) for group, areas in offered_areas(user)]
    groups = [
        (
            group,
            [
                {"area": area, "count": counts[area.slug], "own_only": unit_bound and area.shared_when_null}
                for area in areas
            ],
        )
        for group, areas in shown
        if areas
    ]
    return groups, counted_at


def _late_tasks(user):
    """The tasks the user sees that are past their deadline and still open, the longest late first
    (at most LATE_TASKS), and how many there are."""
    late = list(scope(AssignedTask.objects.overdue(), user).select_related("unit"))
    late.sort(key=lambda task: (task.deadline, task.pk))
    for task in late:
        task.left = -task.days_overdue()
    return {"late_tasks": late[:LATE_TASKS], "late_task_count": len(late)}


def _ended_unit(user):
    """{"unit", "day", "successor", "prefilled"} when the user's unit has ended and the account was not
    moved; else None. prefilled: new forms name the successor (not for a reporter, who writes its own unit's)."""
    unit = user.unit
    if unit is None or unit.ended_on is None or unit.ended_on > timezone.localdate():
        return None
    successor = working_unit(user)
    return {
        "unit": unit,
        "day": screen_date(unit.ended_on),
        "successor": successor if successor != unit else None,
        "prefilled": not is_unit_bound(user),
    }


@login_required
def home(request):
    """What is due, what waits for the user, this period's key figures, and every area's row count."""
    form = ScopeForm(request.GET or None, request.user, default_kind=MONTH)
    period = form.scope_period()  # None when refused: the reason beside the picker, no figures
    groups, counted_at = _register_counts(request.user)
    return render(
        request,
        "dashboard/home.html",
        {
            "form": form,
            "period": period,
            "fallback_from": form.fallback_from,
            "last_closed": form.last_closed,
            "figures": linked(key_figures(period, form.scope_units), period, form.scope_unit, request.user)
            if period
            else None,
            "groups": groups,
            "counted_at": counted_at,
            "ended_unit": _ended_unit(request.user),
            **_late_tasks(request.user),
            **panels(request.user),
        },
    )


def _charts(request):
    form = ScopeForm(request.GET or None, request.user)
    return form, form.scope_units, form.scope_period()


@login_required
def statistics(request):
    form, units, period = _charts(request)
    today = timezone.localdate()
    # A refused filter draws nothing: its reason beside the picker, no chart of another period or unit.
    charts = (
        [] if period is None else [{"slug": s, "chart": build(period, units, today)} for s, build in CHARTS.items()]
    )
    for item in charts:
        item["config"], item["data_id"] = to_chartjs(item["chart"]), f"{item['slug']}-data"
    return render(
        request,
        "dashboard/statistics.html",
        {
            "form": form,
            "period": period,
            "fallback_from": form.fallback_from,
            "last_closed": form.last_closed,
            "charts": charts,
            "query": request.GET.urlencode(),
        },
    )


@login_required
def chart_csv(request, slug):
    if slug not in CHARTS:
        raise Http404
    form = ScopeForm(request.GET or None, request.user)
    # A filter refused is a 400 that says why, as the register's exports answer: not the default
    # period's table under a name the user did not ask for.
    refused = refused_filters(form)
    if refused:
        return refused
    period = form.scope_period()
    chart = CHARTS[slug](period, form.scope_units, timezone.localdate())
    return attachment(to_csv(chart), "csv", f"{slug}-{period.code()}.csv")
