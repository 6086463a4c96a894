"""The key figures of the home page: this period, the year to date, each against last year."""

from urllib.parse import urlencode

from django.apps import apps
from django.urls import reverse
from django.utils.translation import gettext as _

from ngoaivu.core.amounts import amounts_shown, change_shown
from ngoaivu.register.area_registry import area_of
from ngoaivu.register.counted import counted_query
from ngoaivu.register.engine import evaluate
from ngoaivu.register.offering import offers
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.reporting.context import comparison_words

KEY_INDICATORS = [
    "incoming_delegations",
    "outgoing_delegations",
    "agreements_signed",
    "conferences",
    "aid",
    "abtc",
    "consular_cases",
    "boats_detained",
    "fishermen_still_detained",
    "foreign_students",
]


def key_rows(figures, period, compared=None):
    """Plain rows for the home page table from {code: {measure: Figure}}. Pure: no database.
    compared: reporting.context.comparison_words, whether last year is in the register (default: yes).

    A stock (still detained, students present) is read on the last day: its year to date is
    the same figure, so that column stays empty.
    """
    rows, compared = [], compared or {}
    for code in KEY_INDICATORS:
        indicator = BY_CODE[code]
        pairs = [(measure, figures[code][measure.name]) for measure in indicator.measures]
        row = {
            "code": code,
            "name": _(indicator.name),
            "period": _amounts(pairs, "period"),
            "change": change_shown(pairs, period.year - 1, compared=compared.get("compared", True)),
            "ytd": "",
            "ytd_change": "",
        }
        if not indicator.is_stock:
            row["ytd"] = _amounts(pairs, "ytd")
            row["ytd_change"] = change_shown(
                pairs, period.year - 1, windows=("ytd", "last_year_ytd"), compared=compared.get("ytd_compared", True)
            )
        rows.append(row)
    return rows


def _amounts(pairs, window):
    return amounts_shown([(getattr(figure, window), measure.unit) for measure, figure in pairs])


def key_figures(period, units):
    return key_rows(evaluate(KEY_INDICATORS, period, units), period, comparison_words(units, period))


def linked(rows, period, unit, user):
    """rows (key_rows) with each figure's link to the list of the rows it counts (register/counted.py): the
    period's («period_url») and, but for a stock, the year to date's («ytd_url»). unit: whose figures they are
    (None: the whole register's; a unit reporter's are its own unit's whatever is given). A list the menu
    does not offer the user gets no link (register/offering.py)."""
    for row in rows:
        indicator = BY_CODE[row["code"]]
        area = area_of(apps.get_model(indicator.model))
        if area is None or not offers(user, area.model):
            continue
        url = reverse("register:list", args=[area.slug])
        row["period_url"] = f"{url}?{urlencode(counted_query(indicator.code, period, unit))}"
        if not indicator.is_stock:
            row["ytd_url"] = f"{url}?{urlencode(counted_query(indicator.code, period.year_to_date(), unit))}"
    return rows
