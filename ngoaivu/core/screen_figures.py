"""Figures as the interface shows them, in the reader's language: the one place that decides it.

In Vietnamese the screens write figures as the official documents do (pure/wording.format_count: "04",
"1.108"; pure/numbers.format_number: "4.600.000.000", "3,5"). When English is chosen, Babel's locale
of that language writes them ("4", "1,108", "4,600,000,000", "3.5"): no zero before a count under ten.
The figure boxes of the forms read and show figures in the same writing (core/forms.FigureMixin).
The documents themselves (report text, DOCX, PDF) call pure/ directly and stay Vietnamese.
Dates read dd/mm/yyyy in both languages (pure/wording.screen_date).
"""

from decimal import Decimal

from django.utils.translation import get_language, to_locale

from ngoaivu.pure.numbers import format_number
from ngoaivu.pure.wording import format_count


def in_vietnamese() -> bool:
    return (get_language() or "vi").startswith("vi")


def interface_locale() -> str:
    """The Babel locale of the interface's language: "vi", "en"."""
    return to_locale(get_language() or "vi")


def screen_number(value, decimals: int | None = None) -> str:
    """108373 → "108.373" in Vietnamese, "108,373" in English; 3.5 → "3,5" / "3.5". A Decimal keeps the
    places it is stored with, as a field of two places holds it: Decimal("1250.50") → "1.250,50"."""
    if decimals is None and isinstance(value, Decimal) and value.is_finite():
        exponent = value.as_tuple().exponent
        decimals = -exponent if isinstance(exponent, int) and exponent < 0 else None
    return format_number(value, decimals, locale=interface_locale())


def screen_count(n) -> str:
    """A count: 4 → "04" in Vietnamese (the official style), "4" in English; 1108 → "1.108" / "1,108"."""
    if n is None:
        return ""
    return format_count(n) if in_vietnamese() else format_number(n, locale=interface_locale())
