"""Facts read from a unit's report, set against the register before anything is offered.

Nothing is created here: a missing row is a link to the area's usual form, prefilled; the
officer completes and saves each one (or does not). What a fact is — already in the register,
a total to compare, one row to create — is decided by the pure functions of intake_rules.py;
this module only fetches the register's figures, with the reports' engine and the reports'
unit scope (whose register and which period: intake_scope.py), and builds the links.
"""

from functools import cache
from urllib.parse import urlencode

from django.apps import apps
from django.urls import reverse
from django.utils.translation import gettext as _

from ngoaivu.core.countries import countries_in
from ngoaivu.core.lineage import current_successor
from ngoaivu.core.models import LegalDocument, ReadingPhrase
from ngoaivu.core.permissions import is_unit_bound
from ngoaivu.register.engine import breakdown, evaluate
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.wording import screen_date
from ngoaivu.reading.references import find_references
from ngoaivu.reading.unplaced import words_beside

from ngoaivu.core.screen_figures import screen_count
from .area_registry import AREAS
from .intake_rules import (
    ROW_AREAS,
    compare,
    compare_none,
    engine_code,
    kept_nones,
    prefill,
    stated_days,
    stated_of,
    window_of,
)
from .intake_scope import comparison_scope, comparison_unit, issuer_words, report_issuer, report_period

MAX_ROWS_PER_FACT = 10  # past this, rows are better imported from Excel than typed one by one

DATE_FIELDS = {
    "doan-vao": "start_date",
    "doan-ra": "start_date",
    "le-tan": "received_on",
    "vien-tro": "approved_on",
    "abtc": "received_on",
    "ngu-dan": "occurred_on",
    "lanh-su": "occurred_on",
    "hoi-nghi": "start_date",
    "hoi-nhap": "start_date",
    "bao-chi": "start_date",
    "ban-tin": "published_on",
}


def _window_period(period, window):
    last = period.same_period_last_year()
    return {"period": period, "ytd": period.year_to_date(), "last_year": last, "last_year_ytd": last.year_to_date()}[
        window
    ]


def _label(model, name, value):
    field = model._meta.get_field(name)
    if field.is_relation:
        return str(field.related_model._default_manager.filter(pk=value).first() or value)
    return str(dict(field.flatchoices).get(value, value)) if field.choices else str(value)


def register_parts(code, window, period, unit_ids):
    """[(label, {measure: int})]: the register's figure split by each field the catalogue allows."""
    indicator = BY_CODE[code]
    stock = indicator.is_stock and not window.startswith("last_year")
    span = period if stock else _window_period(period, window)
    model = apps.get_model(indicator.model)
    return [
        (_label(model, by, value), measures)
        for by in indicator.breakdowns
        for value, measures in breakdown(code, by, span, unit_ids)
        if value not in (None, "")
    ]


def _form_url(area, values, sentence, unit, period, source):
    """The area's form to create one row, prefilled with values, the report's unit and period start,
    and the sentence it comes from in the notes."""
    initial = {name: value for name, value in values.items() if value is not None}
    model = AREAS[area.slug].model
    names = {f.name for f in model._meta.get_fields()}
    sentence = sentence.strip()
    cited = find_references(sentence)
    days = stated_days(sentence, period, [reference.text for reference in cited])
    assumed = ""
    if days:  # the days the sentence tells: "từ ngày 20/3/2021 đến ngày 25/3/2021"
        initial[DATE_FIELDS[area.slug]] = days[0].strftime("%d/%m/%Y")
        if "end_date" in names and len(days) > 1 and days[1] >= days[0]:
            initial["end_date"] = days[1].strftime("%d/%m/%Y")
    elif period is not None:
        # a day the report does not give, so that the row counts in its period: said in its notes
        initial[DATE_FIELDS[area.slug]] = period.start.strftime("%d/%m/%Y")
        assumed = (
            " Báo cáo không nêu ngày: ghi tạm ngày đầu kỳ báo cáo, cần sửa theo ngày thực tế."  # data, as the notes
        )
    named = countries_in(sentence)  # "đi Hàn Quốc và Nhật Bản", "bị Malaysia bắt giữ"
    if named and "countries" in names:
        initial.setdefault("countries", named)
    elif named and "country" in names:
        initial.setdefault("country", named[0])
    # the one document the sentence cites, for the row's one field of a document («Quyết định cử đi»)
    documents = [f.name for f in model._meta.fields if f.is_relation and f.related_model is LegalDocument]
    if len(documents) == 1 and len(cited) == 1:
        initial.setdefault(documents[0], cited[0].text)
    if unit is not None:
        initial["unit"] = unit.pk
    if "title" in names:
        initial["title"] = f"{area.noun[0].upper()}{area.noun[1:]} theo báo cáo {source['title']}".strip()
    initial["notes"] = (f"Theo báo cáo: {source['text']}. «{sentence}»" if source["text"] else sentence) + assumed
    return reverse("register:create", args=[area.slug]) + "?" + urlencode(initial, doseq=True)


def _links(fact, area, count, values, unit, period, source):
    url = _form_url(area, values, fact.get("text", ""), unit, period, source)
    label = _("Tạo %(count)s bản ghi %(noun)s") % {"count": screen_count(count), "noun": area.noun}
    return {
        "label": label,
        "count": count,
        "slug": area.slug,
        "rows": [url] * min(count, MAX_ROWS_PER_FACT),
        "too_many": count > MAX_ROWS_PER_FACT,
    }


def _wording(found):
    """The comparison and the verdict, in the interface language; the figures stay as the report writes them."""
    # a register that holds none of what a report says there was none of: "Sổ theo dõi: không có"
    nothing = _("không có") if found.get("kind") == "none" else _("chưa có")
    values = {"held": found["held"] or nothing, "stated": found["stated"], "part": found["part"]}
    if found["status"] == "unchecked":
        return None, _(
            "Báo cáo ghi %(stated)s, bằng ngoại tệ; sổ theo dõi tính bằng đồng nên không đối chiếu được."
        ) % values
    if found["status"] == "part":
        return (
            _("Sổ theo dõi: %(held)s, trong đó %(part)s: %(stated)s — báo cáo: %(stated)s") % values,
            _("Đã có trong sổ theo dõi: %(stated)s (%(part)s), trong tổng số %(held)s.") % values,
        )
    if found["kind"] == "none" and found["status"] == "differs":
        message = _("Báo cáo nêu không có; sổ theo dõi có %(held)s; đề nghị kiểm tra lại.") % values
    elif found["status"] == "present":
        message = (
            _("Đã có trong sổ theo dõi: %(held)s.") % values
            if found["held"]
            else _("Sổ theo dõi cũng không có số liệu này.")
        )
    elif found["status"] == "new":
        # the register holding nothing of it is said one way, one row or a total ("Sổ theo dõi: chưa có")
        message = _("Sổ theo dõi chưa có bản ghi này.")
    else:
        message = _("Số liệu của báo cáo khác với sổ theo dõi; đề nghị kiểm tra lại.")
    return _("Sổ theo dõi: %(held)s — báo cáo: %(stated)s") % values, message


def _list_url(code, unit, unit_ids, period):
    """The register's list of the rows an indicator's figure for the period counts, or None: the area's
    rows of the period's days (of the year to date's, given period.year_to_date()), of the indicator's
    kind where the list filters by it, of the unit when its figure counts its own rows alone (else every
    row the officer sees)."""
    row_area = ROW_AREAS.get(code)
    area = AREAS.get(row_area.slug) if row_area is not None else None
    if area is None or not area.date_field:
        return None
    query = {"date_from": period.start.strftime("%d/%m/%Y"), "date_to": period.end.strftime("%d/%m/%Y")}
    query.update({name: value for name, value in row_area.fixed.items() if name in area.filter_fields})
    if unit_ids is not None and list(unit_ids) == [unit.pk]:
        query["unit"] = unit.pk
    return reverse("register:list", args=[area.slug]) + "?" + urlencode(query)


def _heading(code, window, period):
    indicator = BY_CODE[code]
    if indicator.is_stock and window in ("period", "ytd"):
        return _("%(name)s — tại ngày %(date)s") % {"name": _(indicator.name), "date": screen_date(period.end)}
    return f"{_(indicator.name)} — {_window_period(period, window).label()}"


def proposals(result, user, unit_id=None):
    """Every figure of the report that the register also counts, set against it, then each statement
    that the period had none of one (kind "none", reading/nones.py) as a figure 0:
    {"items": [...], "unit", "period", "notice", "counts", "unplaced"}; unplaced: the figures no
    indicator took, each sentence with them (reading/unplaced.py). Nothing is saved."""
    meta = result.get("meta", {})
    unit, notice = comparison_unit(user, meta, unit_id)
    period = report_period(meta, unit)
    if unit is not None and period is not None and not unit_id and not is_unit_bound(user):
        # A report of a time after its issuer ended (an old header kept in a new report) is the
        # work of the unit that carried the issuer's then: its rows, and the rows to create are its.
        carrying = current_successor(unit, period.end)
        if carrying is not None and carrying != unit:
            unit, period = carrying, report_period(meta, carrying)
    unit_ids = comparison_scope(user, unit, period) if unit is not None else None
    if notice is None and period is None:
        notice = _("Chưa xác định được kỳ báo cáo; số liệu chưa được đối chiếu với sổ theo dõi.")
    source = {
        "title": meta.get("title") or "",
        "text": " – ".join(part for part in (meta.get("issuer"), meta.get("title")) if part),
    }
    facts = [(fact, engine_code(fact)) for fact in result.get("facts", []) if engine_code(fact)]
    checked = unit is not None and period is not None
    windows = [window_of(fact, period.year) if checked else None for fact, _code in facts]
    # a statement of none is compared as a figure 0 of its period, unless a figure says more (intake_rules)
    nones = kept_nones(result.get("nones", []), result.get("facts", []), period.year if period else None)
    none_windows = [window_of(none, period.year) if checked else None for none in nones]
    wanted = {code for (_f, code), w in zip(facts, windows) if w}
    wanted |= {engine_code(none) for none, w in zip(nones, none_windows) if w}
    figures = evaluate(sorted(wanted), period, unit_ids) if wanted else {}
    items = []
    for (fact, code), window in zip(facts, windows):
        if fact.get("scope") not in ("period", "ytd", "stock"):
            continue  # changes and parts of a breakdown are not counts of rows
        sentence = _shown(fact.get("text", ""))
        item = {
            "indicator": fact["indicator"],
            "text": sentence,
            "status": "unchecked",
            "heading": _(BY_CODE[code].name),
            "rows": [],
            "label": None,
            "conflict": False,
        }
        if window:
            register = {name: getattr(figure, window) for name, figure in figures[code].items()}
            found = compare(fact, code, window, register)
            if found["status"] == "differs" and not found["missing"] and BY_CODE[code].breakdowns:
                found = compare(fact, code, window, register, register_parts(code, window, period, unit_ids))
            comparison, message = _wording(found)
            item.update(found, heading=_heading(code, window, period), comparison=comparison, message=message)
            # a figure set against another the register holds (where it holds none, the figure is "new")
            item["conflict"] = found["status"] == "differs"
            area = ROW_AREAS.get(fact["indicator"])
            if found["missing"] and area is not None:
                values = prefill(fact, area, found["missing"], found["differences"])
                item.update(_links(fact, area, found["missing"], values, unit, period, source))
        else:
            item["stated"] = stated_of(fact, code)
            item["message"] = (
                _("Báo cáo ghi %(stated)s; chưa đối chiếu được với sổ theo dõi.") % {"stated": item["stated"]}
                if item["stated"]
                else _("Chưa đối chiếu được với sổ theo dõi.")
            )
        items.append(item)
    for none, window in zip(nones, none_windows):
        items.append(_none_item(none, window, figures, unit, unit_ids, period))
    counts = {
        status: sum(item["status"] == status for item in items)
        for status in ("present", "part", "new", "differs", "unchecked")
    }
    counts["comparisons"] = sum(item.get("kind") in ("total", "none") for item in items)
    teach = user.is_staff and user.has_perm("core.add_readingphrase")  # the link goes to the admin
    return {
        "items": items,
        "issuer": issuer_words(meta, report_issuer(meta)),
        "unit": unit,
        "period": period.label() if period else None,
        "notice": notice,
        "counts": counts,
        # readings stored before the reader listed them have none
        "unplaced": [_unplaced(item, unit, period, source, teach) for item in result.get("unplaced", [])],
    }


def _none_item(none, window, figures, unit, unit_ids, period):
    """A statement that the period had none of an indicator, as the page shows a figure: agreeing
    when the register holds none either, else a difference with the register's figure and a link to
    its rows. Nothing to create: there is no row to offer."""
    code = engine_code(none)
    item = {
        "indicator": none["indicator"],
        "text": _shown(none.get("text", "")),
        "kind": "none",
        "status": "unchecked",
        "heading": _(BY_CODE[code].name),
        "stated": _("không có"),
        "rows": [],
        "label": None,
        "conflict": False,
        "list_url": None,
    }
    if not window:
        item["message"] = _("Báo cáo ghi %(stated)s; chưa đối chiếu được với sổ theo dõi.") % item
        return item
    found = compare_none(code, {name: getattr(figure, window) for name, figure in figures[code].items()})
    item.update(found, heading=_heading(code, window, period), conflict=found["status"] == "differs")
    item["comparison"], item["message"] = _wording({**found, "stated": item["stated"]})
    if item["conflict"] and window in ("period", "ytd"):
        # «Từ đầu năm đến nay, không có …»: the rows from the year's start to the period's end
        item["list_url"] = _list_url(code, unit, unit_ids, _window_period(period, window))
    return item


def _unplaced(item, unit, period, source, teach=False):
    """A sentence's unplaced figures, each with the indicators suggested for it (reading/suggestions.py),
    linked to their area's form where the register keeps it in rows, the figure filled in where it is
    a field of one row ("12 người" the persons of one delegation, not a count of rows): {"text",
    "figures": [{"words", "choices": [{"name", "url"}], "teach"}]}. teach: to an administrator, each
    figure also links to a new reading phrase, the words beside it filled in (core.ReadingPhrase)."""
    suggested = item.get("suggested") or [[] for _figure in item["figures"]]  # stored before suggestions
    figures = []
    for words, candidates in zip(item["figures"], suggested, strict=True):
        choices = []
        for candidate in candidates:
            area = ROW_AREAS.get(candidate["indicator"])
            url = None
            if area is not None:
                one_row = {measure: value for measure, value in candidate.items() if measure != area.row_measure}
                url = _form_url(area, prefill(candidate, area, 1, one_row), item["text"], unit, period, source)
            choices.append({"name": _(BY_CODE[candidate["indicator"]].name), "url": url})
        figures.append(
            {
                "words": words,
                "choices": choices,
                "teach": _teach_url(item["text"], words, candidates) if teach else None,
            }
        )
    return {"text": _shown(item["text"]), "figures": figures}


def _teach_url(sentence, words, candidates):
    """The admin's form of a new reading phrase: the words beside the figure, the first indicator
    suggested that takes phrases."""
    initial = {"phrase": words_beside(sentence, words)}
    first = next((c["indicator"] for c in candidates if c["indicator"] in _taking_phrases()), None)
    if first:
        initial["indicator"] = first
    return f"{reverse('admin:core_readingphrase_add')}?{urlencode(initial)}"


def _shown(sentence: str) -> str:
    """A sentence of the report as the page quotes it: without its list dash."""
    return sentence.strip().lstrip("-–+•").strip()


@cache
def _taking_phrases() -> frozenset[str]:
    """The indicators a reading phrase may name (core.ReadingPhrase's choices)."""
    return frozenset(code for code, _name in ReadingPhrase._meta.get_field("indicator").choices)
