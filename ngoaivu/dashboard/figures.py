"""The key figures of the home page: this period, the year to date, each against last year."""

from django.utils.translation import gettext as _

from ngoaivu.core.amounts import amounts_shown, change_shown
from ngoaivu.register.engine import evaluate
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
