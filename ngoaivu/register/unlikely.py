"""Figures a register form accepts but asks about first: allowed, yet more often a slip of the keyboard.

Each check is a plain function of a form's cleaned data that returns {field name: message}; a form
shows the messages beside their fields and saves only once the person ticks «Tôi đã kiểm tra»
(core/confirm.py, WarningFormMixin). Nothing is changed for them: what was typed is kept as typed.
Every way in asks: the import lists them by row and saves the file once the box is ticked on its
page (importing.py), the API answers 400 with them unless the request sends "warnings_checked": true
(api/serializers.py). Each check takes `ask`, how the person confirms: FORM (the box, on a form or
the import page) or API. The hard limits (core/figure_limits.py) refuse everywhere, whatever is confirmed.
"""

import re
from datetime import date
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.core.screen_figures import screen_count, screen_number
from ngoaivu.pure.wording import screen_date

from .models import (
    AbtcApplication,
    DelegationPlanItem,
    FishingIncident,
    ForeignAid,
    IncomingDelegation,
    OutgoingDelegation,
)

# Đồng for one unit of each currency, widely enough to hold every rate of the years the register
# keeps (2016–2026: the dollar went from about 22.300 to 26.300 đồng, the kip fell from 2,7 to 1,2)
# with a margin. A typo is off by a factor of ten or a thousand (4,6 tỷ đồng for 1.000 USD, a rate
# of 4,6 triệu), far outside the band; a currency not listed is not checked.
RATE_BANDS = {
    "USD": (Decimal(20_000), Decimal(30_000)),
    "EUR": (Decimal(22_000), Decimal(34_000)),
    "GBP": (Decimal(26_000), Decimal(40_000)),
    "CHF": (Decimal(21_000), Decimal(34_000)),
    "AUD": (Decimal(14_000), Decimal(20_000)),
    "CAD": (Decimal(15_000), Decimal(21_000)),
    "SGD": (Decimal(15_000), Decimal(22_000)),
    "CNY": (Decimal(3_000), Decimal(4_200)),
    "THB": (Decimal(600), Decimal(900)),
    "JPY": (Decimal(140), Decimal(240)),
    "KRW": (Decimal(15), Decimal(23)),
    "LAK": (Decimal("0.8"), Decimal("3.2")),
}

# A delegation of a province rarely counts more than a few dozen people; over 200 in one
# delegation (for a row of several incoming delegations, on average per delegation) is more
# often a figure typed twice ("1515" for 15) than a real one.
PERSONS_PER_DELEGATION = 200
# The count fields of a delegation's row, each with the field counting the delegations the row
# covers (an incoming row may record several), if any.
DELEGATION_COUNTS = {"persons": None, "person_visits": "groups"}

# A row of the fishermen's register is one boat with its crew. The province's offshore boats (15 to
# 30 m long) put to sea with about 10 to 40 fishermen; over 50 on one boat is more often a figure typed
# twice ("1010" for 10) or the boats of a whole group summed into one row than a real crew.
FISHERMEN_PER_BOAT = 50

# The register's activities are of this century: a date before is most often a year mistyped
# ("1926" for 2026), except where old dates are real (an agreement signed in the 1990s and still in
# force, an officer who joined the unit before 2000).
EARLIEST_LIKELY = date(2000, 1, 1)
MAY_BE_OLD = {"signed_on", "valid_from", "joined_on"}
# Planned work is recorded ahead, but rarely more than a year ahead ("2062" for 2026); an
# agreement's end of validity often is.
MAY_BE_FAR_AHEAD = {"valid_until"}


# How a warning is confirmed: the box «Tôi đã kiểm tra» of a form or of the import page, or a request
# to the API sent again with "warnings_checked": true (api/serializers.py, CHECKED).
FORM = "form"
API = "api"


def _ask(what, text, ask):
    """The warning's text, then what to check again (figures, a date, a year) and how to confirm it."""
    if ask == API:
        asks = {
            "figures": _("Kiểm tra lại số liệu; nếu đúng, gửi lại yêu cầu kèm «warnings_checked»: true."),
            "date": _("Kiểm tra lại ngày; nếu đúng, gửi lại yêu cầu kèm «warnings_checked»: true."),
            "year": _("Kiểm tra lại năm; nếu đúng, gửi lại yêu cầu kèm «warnings_checked»: true."),
        }
    else:
        asks = {
            "figures": _("Kiểm tra lại số liệu; nếu đúng, đánh dấu «Tôi đã kiểm tra» và lưu lại."),
            "date": _("Kiểm tra lại ngày; nếu đúng, đánh dấu «Tôi đã kiểm tra» và lưu lại."),
            "year": _("Kiểm tra lại năm; nếu đúng, đánh dấu «Tôi đã kiểm tra» và lưu lại."),
        }
    return "{} {}".format(text, asks[what])


def _rate_text(rate):
    """A rate as it is read: whole đồng when there are ten or more, else with two decimals (the kip)."""
    return screen_number(rate, 0 if rate >= 10 else 2)


def unlikely_rate(cleaned, ask=FORM):
    """An aid's value in đồng against its foreign amount, when the rate between them is outside the
    currency's band (RATE_BANDS)."""
    currency = str(cleaned.get("currency") or "").strip().upper()
    vnd, original = cleaned.get("value_vnd"), cleaned.get("value_original")
    band = RATE_BANDS.get(currency)
    if band is None or not vnd or not original:
        return {}
    rate = Decimal(vnd) / Decimal(original)
    low, high = band
    if low <= rate <= high:
        return {}
    message = _(
        "Giá trị quy đổi %(vnd)s đồng cho %(original)s %(currency)s tương ứng tỷ giá %(rate)s đồng/%(currency)s, "
        "khác xa tỷ giá thông thường (khoảng %(low)s–%(high)s đồng/%(currency)s)."
    ) % {
        "vnd": screen_number(vnd),
        "original": screen_number(Decimal(original).normalize()),
        "currency": currency,
        "rate": _rate_text(rate),
        "low": _rate_text(low),
        "high": _rate_text(high),
    }
    return {"value_vnd": _ask("figures", message, ask)}


def unlikely_free_aid(cleaned, ask=FORM):
    """An aid of 0 đồng: counted among the aids of a report while adding nothing to their value, more often
    a value not yet typed than a gift of nothing."""
    if cleaned.get("value_vnd") != 0:
        return {}
    message = _("Giá trị viện trợ là 0 đồng: khoản viện trợ vẫn được đếm trong báo cáo nhưng không cộng thêm giá trị.")
    return {"value_vnd": _ask("figures", message, ask)}


def unlikely_names(cleaned, ask=FORM):
    """An ABTC file whose list of names (one a line, or parted by «;») holds another number of people than its count."""
    count, names = cleaned.get("businesspeople"), str(cleaned.get("names") or "")
    # one a line, as the box asks, or parted by semicolons as a list is often pasted
    listed = len([name for name in re.split(r"[\n;]", names) if name.strip()])
    if not isinstance(count, int) or not listed or listed == count:
        return {}
    message = _("Số doanh nhân là %(count)s nhưng danh sách họ tên có %(listed)s người.") % {
        "count": screen_count(count),
        "listed": screen_count(listed),
    }
    return {"businesspeople": _ask("figures", message, ask)}


def unlikely_delegation_size(cleaned, ask=FORM):
    """A delegation of more than PERSONS_PER_DELEGATION people (per delegation, for a row of several)."""
    found = {}
    for name, groups_field in DELEGATION_COUNTS.items():
        persons = cleaned.get(name)
        groups = (cleaned.get(groups_field) or 1) if groups_field else 1
        if not isinstance(persons, int) or groups < 1 or persons <= PERSONS_PER_DELEGATION * groups:
            continue
        if groups == 1 and name == "person_visits":
            message = _(
                "Số lượt người %(persons)s là lớn bất thường cho một đoàn (một đoàn thường không quá %(limit)s người)."
            )
        elif groups == 1:
            message = _(
                "Số người %(persons)s là lớn bất thường cho một đoàn (một đoàn thường không quá %(limit)s người)."
            )
        else:
            message = _(
                "%(persons)s lượt người cho %(groups)s đoàn, bình quân hơn %(limit)s người một đoàn, là lớn bất thường."
            )
        params = {"persons": screen_count(persons), "groups": screen_count(groups), "limit": PERSONS_PER_DELEGATION}
        found[name] = _ask("figures", message % params, ask)
    return found


def unlikely_crew(cleaned, ask=FORM):
    """More than FISHERMEN_PER_BOAT fishermen on the one boat of a row."""
    fishermen = cleaned.get("fishermen")
    if not isinstance(fishermen, int) or fishermen <= FISHERMEN_PER_BOAT:
        return {}
    message = _(
        "Số ngư dân %(fishermen)s là lớn bất thường cho một tàu cá (một tàu cá thường không quá %(limit)s ngư dân)."
    ) % {"fishermen": screen_count(fishermen), "limit": FISHERMEN_PER_BOAT}
    return {"fishermen": _ask("figures", message, ask)}


def unlikely_dates(cleaned, today=None, ask=FORM):
    """Dates before EARLIEST_LIKELY, or more than a year after today, of the fields that allow them.
    (A date of what has happened is refused after today already: Record.past_dates.)"""
    today = today or timezone.localdate()
    latest = _a_year_after(today)
    found = {}
    for name, value in cleaned.items():
        if is_year(name, value):
            found.update(_unlikely_year(name, value, today, ask))
            continue
        if not isinstance(value, date):
            continue
        if value < EARLIEST_LIKELY and name not in MAY_BE_OLD:
            message = _("Ngày %(date)s trước năm %(year)s.") % {
                "date": screen_date(value),
                "year": EARLIEST_LIKELY.year,
            }
            found[name] = _ask("date", message, ask)
        elif value > latest and name not in MAY_BE_FAR_AHEAD:
            message = _("Ngày %(date)s là hơn một năm sau ngày hôm nay.") % {"date": screen_date(value)}
            found[name] = _ask("date", message, ask)
    return found


def is_year(name, value):
    """A year typed as a whole number (a plan's, a task's): a field named «year» or «…_year»."""
    return (name == "year" or name.endswith("_year")) and isinstance(value, int) and not isinstance(value, bool)


def _unlikely_year(name, year, today, ask):
    """The dates' rule for a year alone: before EARLIEST_LIKELY's year, or after next year."""
    if year < EARLIEST_LIKELY.year and name not in MAY_BE_OLD:
        message = _("Năm %(year)s trước năm %(earliest)s.") % {"year": year, "earliest": EARLIEST_LIKELY.year}
    elif year > _a_year_after(today).year and name not in MAY_BE_FAR_AHEAD:
        message = _("Năm %(year)s là hơn một năm sau năm nay (%(this_year)s).") % {
            "year": year,
            "this_year": today.year,
        }
    else:
        return {}
    return {name: _ask("year", message, ask)}


def _a_year_after(today):
    """The same day a year later (28 February for a 29 February)."""
    try:
        return today.replace(year=today.year + 1)
    except ValueError:
        return today.replace(year=today.year + 1, day=28)


def checks_for(model):
    """The checks of a model's form: the rate where the model holds a value in đồng and its foreign
    amount and an aid of nothing, the names of an ABTC file against its count, the size of a delegation,
    the crew of a fishing boat, and the dates and years of any form."""
    checks = []
    if model is ForeignAid:
        checks.extend((unlikely_rate, unlikely_free_aid))
    if model is AbtcApplication:
        checks.append(unlikely_names)
    if model in (OutgoingDelegation, IncomingDelegation, DelegationPlanItem):
        checks.append(unlikely_delegation_size)
    if model is FishingIncident:
        checks.append(unlikely_crew)
    checks.append(unlikely_dates)
    return tuple(checks)


def row_values(instance, names):
    """{name: value} of a row's fields named, as a form's cleaned data holds them (a relation by its key,
    read without a query)."""
    values = {}
    for name in names:
        field = instance._meta.get_field(name)
        if field.concrete:
            values[name] = field.value_from_object(instance)
    return values


def row_warnings(model, values, stored=None, ask=FORM):
    """The warnings of a row saved without a form (the API, the import): {field: message} of values, less
    what the row as stored (stored: its values before this change; None for a new row) already warned
    about, as a form asks only about what is typed now (core/confirm.WarningFormMixin)."""
    found = _checked(model, values, ask)
    if found and stored is not None:
        before = _checked(model, stored, ask)
        found = {name: message for name, message in found.items() if before.get(name) != message}
    return found


def _checked(model, values, ask):
    found = {}
    for check in checks_for(model):
        found.update(check(values, ask=ask))
    return found
