"""What a figure read from a unit's report is for the register, decided on plain data.

A periodic report states totals: "19 đoàn với 54 lượt người" is the register's count for the
period, not one row of 19 groups. So every figure is compared with the register's figure for
the same window (period, year to date, stock), computed by the reports' own engine. Only a
figure of one row the register lacks is offered as a row; a total the register falls short of
offers the missing rows only. No Django here: facts, figures and units are dicts and ints.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.numbers import format_number
from ngoaivu.pure.periods import Period
from ngoaivu.pure.wording import format_amount, format_money
from ngoaivu.reading.doc_numbers import DATE_ANY, date_from
from ngoaivu.reading.unit_names import canonical, header_name, split_province

WINDOWED_SCOPES = ("period", "ytd", "stock")
COMMITTEE = "ủy ban nhân dân"  # the key of "UBND" (reading/unit_names.name_key)
# The reader names new students "foreign_students" in the period: the register counts them as arrivals.
ENGINE_CODES = {("foreign_students", "period"): "foreign_student_arrivals"}


@dataclass(frozen=True)
class RowArea:
    """How an indicator's figure becomes rows: area, noun, the measure that counts rows, form fields."""

    slug: str
    noun: str
    row_measure: str
    fields: dict = field(default_factory=dict)  # fact measure → form field, prefilled for one missing row
    fixed: dict = field(default_factory=dict)  # form values every row of this indicator has


ROW_AREAS = {
    "incoming_delegations": RowArea("doan-vao", "đoàn vào", "groups", {"groups": "groups", "persons": "person_visits"}),
    "outgoing_delegations": RowArea("doan-ra", "đoàn ra", "groups", {"persons": "persons"}),
    "courtesy_receptions": RowArea("le-tan", "cuộc tiếp xã giao", "count"),
    "aid": RowArea("vien-tro", "khoản viện trợ", "count", {"value": "value_vnd"}),
    "abtc": RowArea(
        "abtc",
        "hồ sơ ABTC của doanh nghiệp",
        "enterprises",
        {"businesspeople": "businesspeople"},
        {"status": "approved"},
    ),
    "boats_detained": RowArea(
        "ngu-dan", "tàu cá bị bắt giữ", "boats", {"fishermen": "fishermen"}, {"kind": "detained"}
    ),
    "boats_obstructed": RowArea(
        "ngu-dan", "tàu cá bị ngăn cản, lấy tài sản", "boats", {"fishermen": "fishermen"}, {"kind": "obstructed"}
    ),
    "consular_cases": RowArea("lanh-su", "vụ việc lãnh sự", "count"),
    "conferences": RowArea("hoi-nghi", "hội nghị, hội thảo", "count"),
    "training_courses": RowArea(
        "hoi-nhap", "lớp tập huấn", "count", {"participants": "participants"}, {"kind": "training"}
    ),
    "foreign_press_crews": RowArea("bao-chi", "đoàn phóng viên", "count", {"persons": "persons"}),
    "bulletins": RowArea("ban-tin", "số bản tin", "count"),
}


def engine_code(fact):
    """The catalogue indicator the register's figure for this fact comes from, or None."""
    code = ENGINE_CODES.get((fact.get("indicator"), fact.get("scope")), fact.get("indicator"))
    return code if code in BY_CODE else None


def window_of(fact, year):
    """Which of the engine's windows the fact speaks of, or None (a change, a part, another year)."""
    scope = fact.get("scope")
    if scope not in WINDOWED_SCOPES:
        return None
    ytd = scope == "ytd"
    named = fact.get("year")
    if named in (None, year):
        return "ytd" if ytd else "period"
    if named == year - 1:
        return "last_year_ytd" if ytd else "last_year"
    return None


def report_value(fact, measure, code=None):
    """The fact's figure for an engine measure of indicator code; amounts in đồng only (a foreign
    currency is not compared). The one measure of an indicator that counts one thing is the fact's
    count, whatever the measure's name ("22 thủ tục" of procedures_published)."""
    if measure == "value":
        if fact.get("currency") == "VND" and fact.get("value") is not None:
            return int(fact["value"])
        return int(fact["value_vnd"]) if fact.get("value_vnd") is not None else None
    value = fact.get(measure)
    if value is None and code is not None and [m.name for m in BY_CODE[code].measures] == [measure]:
        value = fact.get("count")
    return int(value) if isinstance(value, (int, float)) else None


def measures_of(fact, code):
    """[(measure, unit word, figure in the report)] the fact states and the engine computes."""
    return [
        (m.name, m.unit, value)
        for m in BY_CODE[code].measures
        if (value := report_value(fact, m.name, code)) is not None
    ]


def is_single_row(fact, window):
    """A figure of exactly one row in the period ("tiếp xã giao 01 đoàn"); anything else is a total."""
    area = ROW_AREAS.get(fact.get("indicator"))
    return window == "period" and area is not None and report_value(fact, area.row_measure) == 1


def words(pairs):
    """ "19 đoàn, 54 lượt người" from [(unit, value)]."""
    return ", ".join(format_amount(value, unit) for unit, value in pairs)


def same(unit, a, b):
    # An amount is written rounded ("7,497 tỷ đồng"): equal as written is equal.
    return format_money(a) == format_money(b) if unit == "đồng" else a == b


def missing_rows(fact, window, measures, register):
    """How many rows the register lacks against a figure of the period: the difference in the
    row-counting measure, when the register has no more than the report in every measure."""
    area = ROW_AREAS.get(fact.get("indicator"))
    if window != "period" or area is None:
        return 0
    stated = dict((name, value) for name, _unit, value in measures)
    if area.row_measure not in stated or any(register.get(name, 0) > value for name, value in stated.items()):
        return 0
    return max(stated[area.row_measure] - register.get(area.row_measure, 0), 0)


def matching_part(measures, parts):
    """The label of a register part (a breakdown value) equal to the fact in every measure, or None."""
    for label, values in parts:
        if all(same(unit, value, values.get(name, 0)) for name, unit, value in measures):
            return label
    return None


def stated_of(fact, code) -> str:
    """The figures as the report states them, in its words: "04 đoàn, 12 lượt người", "hơn 180.000 USD"."""
    return _stated(fact, measures_of(fact, code))


def _stated(fact, measures) -> str:
    if measures:
        stated = words([(unit, value) for _name, unit, value in measures])
    else:  # an amount in a foreign currency alone: the register counts money in đồng
        stated = f"{format_number(fact['value'])} {fact['currency']}" if fact.get("value") is not None else ""
    return f"{fact['qualifier']} {stated}" if fact.get("qualifier") and stated else stated


def compare(fact, code, window, register, parts=()):
    """The fact set against the register's figures {measure: int} for its window.

    parts: [(label, {measure: int})], the register's figure split by a field, to recognise a
    sentence that states a part ("đón 185 lưu học sinh Lào trở lại tỉnh").
    Returns {"kind": "row"|"total", "status", "held", "stated", "part", "missing", "differences"}:
    status "present" (the register has it), "part" (it has it as part of a larger figure),
    "new" (the register holds nothing of it: one row or a total it lacks altogether), "differs"
    (the register holds another figure), "unchecked" (an amount in a foreign currency alone); held
    is None when the register has nothing.
    """
    measures = measures_of(fact, code)
    stated = _stated(fact, measures)
    if not measures:
        # an amount in a foreign currency alone ("trị giá 180.000 USD"): the register counts it in đồng
        return {
            "kind": "total",
            "status": "unchecked",
            "held": None,
            "stated": stated,
            "part": None,
            "missing": 0,
            "differences": {},
        }
    kind = "row" if is_single_row(fact, window) else "total"
    held = [(unit, register.get(name, 0)) for name, unit, _value in measures]
    found = {
        "kind": kind,
        "held": words(held) if any(value for _unit, value in held) else None,
        "stated": stated,
        "part": None,
        "missing": 0,
        "differences": {name: value - register.get(name, 0) for name, _unit, value in measures},
    }
    if all(same(unit, value, register.get(name, 0)) for name, unit, value in measures):
        return {**found, "status": "present"}
    label = matching_part(measures, parts)
    if label is not None:
        return {**found, "status": "part", "part": label}
    missing = missing_rows(fact, window, measures, register)
    # nothing held is nothing to compare with: the register lacks the figure, it does not contradict it
    new = found["held"] is None or (kind == "row" and missing == 1)
    return {**found, "status": "new" if new else "differs", "missing": missing}


def kept_nones(nones, facts, year=None):
    """The statements of none (reading/nones.py) the register's comparison shows, in their order: one
    for each indicator, its first; none of an indicator the report also states a figure of for the
    same scope and year (year: the report's, None when unread), since the figure says more. A statement
    naming another year («Trong tháng 9/2020, không có …») is of that year, as a fact is."""

    def other_year(item):
        named = item.get("year")
        return None if named is None or year is None or named == year else named

    stated = {(code, fact.get("scope"), other_year(fact)) for fact in facts if (code := engine_code(fact))}
    kept, seen = [], set()
    for none in nones:
        key = (engine_code(none), none.get("scope"), other_year(none))
        if key[0] is None or key in stated or key in seen:
            continue
        seen.add(key)
        kept.append(none)
    return kept


def compare_none(code, register):
    """A statement that the period had none of indicator code set against the register's figures
    {measure: int} for the period: {"kind": "none", "status", "held", "part", "missing",
    "differences"}; status "present" when the register holds none either, else "differs", held its
    figure in words ("01 tàu cá, 08 ngư dân": the measures it holds any of), None when it holds nothing."""
    held = [(m.unit, register.get(m.name, 0)) for m in BY_CODE[code].measures]
    held = [(unit, value) for unit, value in held if value]
    return {
        "kind": "none",
        "status": "differs" if held else "present",
        "held": words(held) if held else None,
        "part": None,
        "missing": 0,
        "differences": {},
    }


def prefill(fact, area, missing, differences):
    """Form values for the missing rows: the measures only when one row is missing (it is the difference)."""
    values = dict(area.fixed)
    if missing == 1:
        for measure, form_field in area.fields.items():
            if measure == "value" and fact.get("currency") not in ("VND", None):
                continue
            if differences.get(measure):
                values[form_field] = differences[measure]
    return values


# "từ ngày 20 đến 25/3/2021": the first day of a span written with the second's month and year
_SPAN_OPENING = re.compile(r"(?<!\w)từ\s+ngày\s+(\d{1,2})\s*(?:đến|-|–)\s*(?:ngày\s+)?$", re.I)


def stated_days(sentence, period=None, cited=()):
    """The days a sentence tells its event on, in its order, within period when given: "đi Hàn Quốc từ ngày
    20/3/2021 đến ngày 25/3/2021" gives 20/3 and 25/3. cited: the texts of the documents it cites, as the
    reader finds them ("Quyết định số 123/QĐ-UBND ngày 15/3/2021"), whose days are not the event's."""
    spans = [(at, at + len(text)) for text in cited if (at := sentence.find(text)) >= 0]
    days = []
    for found in DATE_ANY.finditer(sentence):
        day = date_from(found)
        if day is None or any(start <= found.start() < end for start, end in spans):
            continue
        span = _SPAN_OPENING.search(sentence[max(0, found.start() - 40) : found.start()])
        if span is not None:
            try:
                days.append(day.replace(day=int(span[1])))
            except ValueError:
                pass
        days.append(day)
    return [day for day in days if period is None or period.start <= day <= period.end]


def issuer_province(meta):
    """The province the report's issuer belongs to as the report names it, or None: its own name's
    ("SỞ NGOẠI VỤ TỈNH KON TUM"), else that of the body above it in the header ("UBND TỈNH KON TUM"
    over "SỞ NGOẠI VỤ"). Never mapped to the province it became part of."""
    return split_province(meta.get("issuer"))[1] or split_province(meta.get("parent_body"))[1]


def _document_day(meta):
    """The day the report speaks for: its date, else the end of its period; None when neither is read."""
    if meta.get("date"):
        try:
            return date.fromisoformat(meta["date"])
        except (TypeError, ValueError):
            pass
    period = Period.from_dict(meta.get("period"))
    return period.end if period is not None else None


def _exists_on(unit, day):
    started, ended = unit.get("started_on"), unit.get("ended_on")
    if day is None:
        return ended is None
    return (started is None or started <= day) and (ended is None or day < ended)


def _one(found, day):
    """The one unit found; among several bearing one name (the tỉnh Quảng Ngãi before and after
    2025), the one that existed on the report's day, or today's when the report has no day."""
    if len(found) > 1:
        found = [u for u in found if _exists_on(u, day)]
    return found[0] if len(found) == 1 else None


def _by_code(meta, units):
    """The unit whose code the report's number carries: "01/BC-SNgV" (issuer_code SNgV), then the
    first code of a letter's number, "1353/SNgV-ĐN", where the unit comes before its division."""
    code = (meta.get("issuer_code") or "").strip()
    suffix = (meta.get("number_suffix") or "").strip()
    for candidate in dict.fromkeys([code, code.split("-")[0], suffix, suffix.split("-")[0]]):
        found = [u for u in units if candidate and u["code"] == candidate]
        found = found or [u for u in units if candidate and u["code"].casefold() == candidate.casefold()]
        if len(found) == 1:
            return found[0]
    return None


def issuing_unit(meta, units):
    """The register's unit that issued the report, as the report names it: an ended unit too
    ("Sở Ngoại vụ tỉnh Kon Tum" of 2023 is that unit, not the one that carries its work today).
    units: [{"id", "code", "name", "short_name", "started_on", "ended_on"}]. The id or None.

    A name that says its province ("SỞ NGOẠI VỤ" under "UBND TỈNH KON TUM") is the surest: every
    province's Sở Ngoại vụ writes SNgV in its numbers. Then the code of the number ("01/BC-SNgV"),
    then the name alone ("SỞ NGOẠI VỤ"); neither may be a unit of another province than the one
    the report names.
    """
    day = _document_day(meta)
    province = issuer_province(meta)
    issuer = header_name(meta.get("issuer"), meta.get("parent_body"))
    named = [(u, canonical(u["name"]), canonical(u.get("short_name"))) for u in units]

    def by_name(wanted):
        return _one([u for u, name, short in named if wanted and wanted in (name, short)], day) if wanted else None

    def same_province(unit):
        own = split_province(unit["name"])[1] or split_province(unit.get("short_name"))[1]
        return province is None or own is None or own.code == province.code

    if province is not None:
        wanted = canonical(issuer, province)
        # A register that holds the old provinces as units (load_provinces), not their committees:
        # the UBND tỉnh's report is the province's.
        unit = by_name(wanted) or (by_name(f"#{province.code}") if wanted == f"{COMMITTEE} #{province.code}" else None)
        if unit is not None:
            return unit["id"]
    for unit in (_by_code(meta, units), by_name(canonical(issuer))):
        if unit is not None and same_province(unit):
            return unit["id"]
    return None
