"""Facts read from a unit's report, offered as register rows to create.

Nothing is created here: each proposal is a link to the area's usual form, prefilled; the
officer completes and saves each one (or does not).
"""

from urllib.parse import urlencode

from django.urls import reverse

from ngoaivu.reporting.periods import PeriodError, parse

from .areas import AREAS
from ngoaivu.reporting.wording import format_count

MAX_ROWS_PER_FACT = 10  # past this, rows are better imported from Excel than typed one by one

# indicator → (area slug, what one row stands for, how many rows, initial values from the fact)
PROPOSALS = {
    "incoming_delegations": ("doan-vao", "đoàn vào", lambda f: 1,
                             lambda f: {"groups": f.get("groups"), "person_visits": f.get("persons")}),
    "outgoing_delegations": ("doan-ra", "đoàn ra", lambda f: f.get("groups") or 1,
                             lambda f: {"persons": f.get("persons")} if (f.get("groups") or 1) == 1 else {}),
    "courtesy_receptions": ("le-tan", "cuộc tiếp xã giao", lambda f: f.get("count"), lambda f: {}),
    "aid": ("vien-tro", "khoản viện trợ", lambda f: f.get("count") or 1,
            lambda f: {"value_vnd": f.get("value")} if (f.get("count") or 1) == 1 and f.get("currency") == "VND" else {}),
    "abtc": ("abtc", "hồ sơ ABTC của doanh nghiệp", lambda f: f.get("enterprises") or 1,
             lambda f: {"businesspeople": f.get("businesspeople"), "status": "approved"}
             if (f.get("enterprises") or 1) == 1 else {"status": "approved"}),
    "boats_detained": ("ngu-dan", "tàu cá bị bắt giữ", lambda f: f.get("boats"),
                       lambda f: {"kind": "detained", **({"fishermen": f.get("fishermen")} if f.get("boats") == 1 else {})}),
    "boats_obstructed": ("ngu-dan", "tàu cá bị ngăn cản, lấy tài sản", lambda f: f.get("boats"),
                         lambda f: {"kind": "obstructed", **({"fishermen": f.get("fishermen")} if f.get("boats") == 1 else {})}),
    "consular_cases": ("lanh-su", "vụ việc lãnh sự", lambda f: f.get("count"), lambda f: {}),
    "conferences": ("hoi-nghi", "hội nghị, hội thảo", lambda f: f.get("count"), lambda f: {}),
    "training_courses": ("hoi-nhap", "lớp tập huấn", lambda f: f.get("count"), lambda f: {"kind": "training"}),
    "foreign_press_crews": ("bao-chi", "đoàn phóng viên", lambda f: f.get("count"), lambda f: {}),
    "bulletins": ("ban-tin", "số bản tin", lambda f: f.get("count"), lambda f: {}),
    "foreign_students": ("nguoi-nuoc-ngoai", "nhóm lưu học sinh", lambda f: 1,
                         lambda f: {"kind": "student", "persons": f.get("count")}),
}

DATE_FIELDS = {"doan-vao": "start_date", "doan-ra": "start_date", "le-tan": "received_on", "vien-tro": "approved_on",
               "abtc": "received_on", "ngu-dan": "occurred_on", "lanh-su": "occurred_on", "hoi-nghi": "start_date",
               "hoi-nhap": "start_date", "bao-chi": "start_date", "ban-tin": "published_on",
               "nguoi-nuoc-ngoai": "arrived_on"}


def period_start(meta):
    """The first day of the period the report speaks of, as dd/mm/yyyy, or None."""
    period = meta.get("period") or {}
    codes = {"month": "{year}-{index:02d}", "quarter": "{year}-Q{index}", "half": "{year}-H{index}",
             "nine_months": "{year}-9M", "year": "{year}"}
    if period.get("kind") not in codes or not period.get("year"):
        return None
    try:
        start = parse(codes[period["kind"]].format(year=period["year"], index=period.get("index") or 1)).start
    except (PeriodError, ValueError):
        return None
    return start.strftime("%d/%m/%Y")


def proposals(result):
    """[{"label", "rows": [url…], "text", "too_many"}] for the facts that can become register rows."""
    meta = result.get("meta", {})
    start = period_start(meta)
    source = " – ".join(part for part in (meta.get("issuer"), meta.get("title")) if part)
    offered = []
    for fact in result.get("facts", []):
        if fact.get("scope") != "period" or fact.get("indicator") not in PROPOSALS:
            continue
        slug, noun, count_of, values_of = PROPOSALS[fact["indicator"]]
        count = count_of(fact) or 0
        if count <= 0:
            continue
        initial = {name: value for name, value in values_of(fact).items() if value is not None}
        if start:
            initial[DATE_FIELDS[slug]] = start
        if any(field.name == "title" for field in AREAS[slug].model._meta.get_fields()):
            initial["title"] = f"{noun[0].upper()}{noun[1:]} theo báo cáo {meta.get('title') or ''}".strip()
        initial["notes"] = f"Theo báo cáo: {source}. «{fact.get('text', '').strip()}»" if source else fact.get("text", "")
        url = reverse("register:create", args=[slug]) + "?" + urlencode(initial)
        offered.append({
            "label": f"Tạo {format_count(count)} bản ghi {noun}", "count": count, "text": fact.get("text", ""),
            "rows": [url] * min(count, MAX_ROWS_PER_FACT), "too_many": count > MAX_ROWS_PER_FACT, "slug": slug,
        })
    return offered
