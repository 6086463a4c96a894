"""The unit tree as it stood on a day, and a unit's page: its place, its dates, what it came from
and what it became. Read-only.

Every signed-in user sees every unit, a unit reporter too: the names of units and their mergers are
public facts (the legal texts that make them are published), a reporter already names its own unit
among the others in every picker, and these pages show no register rows or figures, which are what
permissions.scope() keeps to a unit.
"""

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy

from ngoaivu.pure.text import collation_key
from ngoaivu.pure.wording import screen_date

from .unit_picker import CANDIDATES, search_units
from .date_fields import DateField, DateWidget
from .lineage import tree_as_of
from .permissions import may_transfer_units, unit_choices, unit_choices_for
from .models import Unit
from .screen_figures import screen_count


class TreeDateForm(forms.Form):
    as_of = DateField(label=gettext_lazy("Tại ngày"), required=False, widget=DateWidget())


def _nested(rows):
    """[(unit, depth)] in tree order → items saying whether a list opens under the unit and how many
    close after it: the template nests <ul> without recursion, and the browser indents them (the
    content security policy allows no inline style)."""
    items = []
    for index, (unit, depth) in enumerate(rows):
        next_depth = rows[index + 1][1] if index + 1 < len(rows) else 0
        items.append(
            {
                "unit": unit,
                "lifespan": unit.lifespan,
                "opens": next_depth > depth,
                "closes": range(max(depth - next_depth, 0)),
            }
        )
    return items


@login_required
def unit_tree(request):
    form = TreeDateForm(request.GET or None)
    day, items = None, []
    if not form.is_bound or form.is_valid():
        day = (form.cleaned_data.get("as_of") if form.is_bound else None) or timezone.localdate()
        items = _nested(tree_as_of(day))
    return render(
        request,
        "core/units/tree.html",
        {
            "form": form,
            "day": screen_date(day),
            "items": items,
            "count": len(items),
            "count_text": screen_count(len(items)),
            "shown": day is not None,
        },
    )


def _links(links, side):
    """Successions seen from one end: side is the other unit's field ("predecessor" or "successor")."""
    return [
        {
            "id": link.pk,
            "unit": getattr(link, side),
            "lifespan": getattr(link, side).lifespan,
            "kind": link.get_kind_display(),
            "effective_on": screen_date(link.effective_on),
            "legal_basis": link.legal_basis,
            "duties": link.duties,
            "carries_records": link.carries_records,
        }
        for link in links.select_related(side).order_by("effective_on", f"{side}__name")
    ]


@login_required
def unit_detail(request, pk):
    unit = get_object_or_404(Unit.objects.select_related("parent"), pk=pk)
    end = unit.last_day
    # The tree on the unit's last day for an ended unit, else today's: where it stands in it.
    tree_day = end if end is not None else timezone.localdate()
    return render(
        request,
        "core/units/detail.html",
        {
            "unit": unit,
            "lifespan": unit.lifespan,
            "tree_day": tree_day.isoformat(),
            "tree_day_text": screen_date(tree_day),
            "children": [
                {"unit": child, "lifespan": child.lifespan}
                for child in sorted(unit.children.all(), key=lambda child: collation_key(child.name))
            ],
            "predecessors": _links(unit.predecessor_links.all(), "predecessor"),
            "successors": _links(unit.successor_links.all(), "successor"),
            # The administrator moves the ended unit's users and open work from here (collection/transfer.py).
            "may_transfer": may_transfer_units(request.user),
        },
    )


def unit_search(request):
    """The units a unit picker offers for the words typed (?q=, accents or not), as JSON, for Tom Select
    (site.js): {"results": [{"value", "text", "name", "short_name", "code"}], "more": whether more match}.

    Only the units the user may choose, by the rules the forms apply (core/permissions.py): a unit
    reporter its own unit; with ?active=1, as a request's form offers them (unit_choices_for), the
    active units only. A form still refuses any other unit posted.
    """
    if not (request.user.is_authenticated and request.user.is_active):
        return JsonResponse({"detail": gettext("Vui lòng đăng nhập.")}, status=403)
    if request.GET.get("active") == "1":
        units = unit_choices_for(request.user)
    else:
        units = unit_choices(request.user, Unit.objects.all())
    text = request.GET.get("q", "")[:200]
    try:
        ProhibitNullCharactersValidator()(text)  # as a form's box refuses it; PostgreSQL cannot search it
    except ValidationError as error:
        return JsonResponse({"detail": error.messages[0]}, status=400)
    found = search_units(units, text)
    results = [
        {
            "value": str(unit.pk),
            "text": unit.listed_name,
            "name": unit.name,
            "short_name": unit.short_name,
            "code": unit.code,
        }
        for unit in found[:CANDIDATES]
    ]
    return JsonResponse({"results": results, "more": len(found) > CANDIDATES})
