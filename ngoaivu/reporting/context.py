"""Gather from the database what a draft needs: figures, lists of items, citations.

This is the thin Django side of drafting: everything it returns is plain data for the pure
functions of sentences.py and drafting.py.
"""

import re

from django.db.models import Sum

from ngoaivu.core.models import LegalDocument, Unit
from ngoaivu.register import models as m

from .drafting import period_words
from ngoaivu.register.engine import evaluate, rows
from ngoaivu.pure.indicators import BY_CODE
from .sentences import Context, join_vi
from ngoaivu.pure.wording import format_count

CODE_IN_PATTERN = re.compile(
    r"\b([a-z_]+)\.(?:[a-z_]+\.)?(?:period|ytd|last_year|last_year_ytd|diff|ytd_diff|compare|ytd_compare)\b"
)
CITE_IN_PATTERN = re.compile(r"\{cite:([^}]+)\}")
LANGUAGES = {
    "vi": "Tiếng Việt",
    "en": "Tiếng Anh",
    "zh": "Tiếng Trung",
    "ko": "Tiếng Hàn",
    "ja": "Tiếng Nhật",
    "lo": "Tiếng Lào",
}


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def indicator_codes(definition):
    """Every catalogue code the template's patterns and conditions name."""
    codes = set()
    for text in _strings(definition):
        codes.update(code for code in CODE_IN_PATTERN.findall(text) if code in BY_CODE)
    return sorted(codes)


def unit_words(unit):
    """How the prose names the unit: "Sở Ngoại vụ" in full, "Sở" for short."""
    short = {Unit.Kind.DEPARTMENT: "Sở", Unit.Kind.OFFICE: "Văn phòng"}.get(unit.kind, unit.short_name or unit.name)
    if unit.kind == Unit.Kind.DEPARTMENT and not unit.short_name.startswith("Sở"):
        short = unit.short_name or unit.name
    return {"name": unit.short_name or unit.name, "short": short, "code": unit.code}


def _scoped(model, units):
    queryset = model.objects.all()
    return queryset if units is None else queryset.filter(unit__in=units)


def build_lists(units, period):
    """The named lists templates may enumerate: {name: {"items": [...], "joined": "…"}}."""
    lists = {}
    receptions = list(rows("courtesy_receptions", period, units).values_list("mission", flat=True))
    lists["courtesy_receptions"] = {"items": receptions, "joined": "; ".join(receptions)}
    events = list(rows("economic_events", period, units).values_list("title", flat=True))
    lists["economic_events"] = {"items": events, "joined": "; ".join(events)}
    signed = list(rows("agreements_signed", period, units).values_list("title", flat=True))
    lists["agreements_signed"] = {"items": signed, "joined": "; ".join(signed)}
    pending = list(rows("agreements_in_progress", period, units).values_list("title", flat=True))
    lists["agreements_in_progress"] = {"items": pending, "joined": "; ".join(pending)}
    kinds = set(rows("aid", period, units).values_list("kind", flat=True))
    lists["aid"] = {"items": sorted(kinds), "kind_phrase": " quốc tế khẩn cấp" if kinds == {"emergency"} else ""}
    numbers = list(rows("bulletins", period, units).order_by("issue_number").values_list("issue_number", flat=True))
    lists["bulletins"] = {"items": numbers, "joined": join_vi(numbers)}
    languages = list(rows("articles", period, units).values_list("language", flat=True).distinct().order_by("language"))
    names = [LANGUAGES.get(code, code) for code in sorted(languages, key=lambda c: (c != "vi", c))]
    lists["articles"] = {
        "items": names,
        "languages": f" (với {format_count(len(names))} ngôn ngữ: {join_vi(names)})" if len(names) > 1 else "",
    }
    cultural = list(rows("cultural_events", period, units).values_list("title", flat=True))
    lists["cultural_events"] = {"items": cultural, "joined": "; ".join(cultural)}
    overseas = list(rows("overseas_vietnamese", period, units).values_list("title", flat=True))
    lists["overseas_vietnamese"] = {"items": overseas, "joined": "; ".join(overseas)}
    border = list(rows("border_activities", period, units).values_list("title", flat=True))
    lists["border_activities"] = {"items": border, "joined_sentence": ". ".join(border) + "." if border else ""}
    lists["student_arrivals"] = _student_arrivals(units, period)
    lists["documents_issued"] = {
        "items": [
            {"citation": doc.citation(), "summary_phrase": f" {doc.summary.rstrip('.')}" if doc.summary else ""}
            for doc in rows("documents_issued", period, units).order_by("issued_on")
        ]
    }
    lists["tasks_programme"] = _tasks(units, period, m.AssignedTask.Source.WORK_PROGRAMME)
    lists["tasks_other"] = _tasks(units, period, m.AssignedTask.Source.OTHER)
    outgoing = [
        f"Trong tháng {d.start_date.month}, tổ chức đoàn công tác đến {join_vi([c.name for c in d.countries])} "
        f"({format_count(d.persons)} người): {d.title}"
        for d in rows("outgoing_delegations", period, units).order_by("start_date")
    ]
    lists["outgoing_delegations"] = {
        "items": outgoing,
        "joined_sentence": ". ".join(outgoing) + "." if outgoing else "",
    }
    plan_items = [
        f"Dự kiến {item.planned_period}, tổ chức đoàn công tác đến {item.country.name} để {item.purpose[0].lower() + item.purpose[1:]}"
        for item in _scoped(m.DelegationPlanItem, units).filter(plan__year=period.year + 1, direction="out")
    ]
    lists["next_year_plan"] = {
        "items": plan_items,
        "joined_sentence": ". ".join(plan_items) + "." if plan_items else "",
    }
    return lists


def _student_arrivals(units, period):
    arrivals = rows("foreign_student_arrivals", period, units)
    returning = arrivals.filter(arrival="returning").values("country").annotate(n=Sum("persons")).order_by("-n")
    new = arrivals.filter(arrival="new")
    parts = []
    for row in returning:
        parts.append(f"đón {format_count(row['n'])} lưu học sinh {_country(row['country'])} trở lại tỉnh")
    new_total = new.aggregate(n=Sum("persons"))["n"] or 0
    if new_total:
        provinces = [p for p in new.order_by("home_province").values_list("home_province", flat=True).distinct() if p]
        origin = f" tỉnh {join_vi(provinces)}" if provinces else ""
        parts.append(f"tiếp nhận {format_count(new_total)} lưu học sinh{origin} đến học tập tại tỉnh")
    return {"items": parts, "joined": "; ".join(parts)}


def _country(code):
    from django_countries import countries

    return countries.name(code)


def _tasks(units, period, source):
    items = []
    tasks = _scoped(m.AssignedTask, units).filter(year=period.year, source=source)
    for task in tasks.select_related("result_document").order_by("pk"):
        result = f"{task.result_document.citation()}." if task.result_document else ""
        items.append(
            {
                "title": task.title,
                "due": task.get_due_display(),
                "progress": task.get_progress_display(),
                "result": result,
            }
        )
    return {"items": items}


def citations(definition):
    """{number: (full citation, short form)} for every {cite:NUMBER} in the template."""
    numbers = {number.strip() for text in _strings(definition) for number in CITE_IN_PATTERN.findall(text)}
    found = {}
    for document in LegalDocument.objects.filter(number__in=numbers).order_by("issued_on"):
        found.setdefault(document.number, (document.citation(), f"{document.doc_type} số {document.number}"))
    return found


def build_context(unit, period, definition, letter=None):
    units = unit.scope_ids()
    figures = evaluate(indicator_codes(definition), period, units)
    letter_words = {}
    if letter is not None:
        letter_words = {"citation": letter.citation(), "issuer": letter.issuer or ""}
    return Context(
        figures=figures,
        period=period_words(period),
        unit=unit_words(unit),
        lists=build_lists(units, period),
        citations=citations(definition),
        letter=letter_words,
    )
