"""Figures sent to a machine interface (the REST API) as text: read exactly as that interface writes them.

The API writes an amount as "190000.00" and a count as a JSON number: digits, a point before the
decimals, no thousands mark. That writing is read back as itself, so a client that reads a row and
writes it again sends nothing new: "1.250" is 1,25, never 1.250 (the forms' reading of a typed figure,
numbers.parse_figure).

The officers' writing is still read where it cannot be taken for the machine one: a decimal comma
("1,5"), a scale word ("7,037 tỷ"), thousands parted by spaces. A thousands dot is not: "1.000" in a
box of whole numbers would be 1 read the machine way and 1.000 read the officers' way, so it is
refused with the digits to send; "4.600.000.000" too, lest "4.600" be sent next and taken for 4,6.
"""

import re
import unicodedata
from decimal import Decimal, localcontext

from .messages import gettext_noop
from .numbers import (
    COMMA_THOUSANDS,
    COMMA_THOUSANDS_OR_DECIMAL,
    FRACTION_OF_DONG,
    FRACTION_OF_DONG_SCALED,
    TOO_MANY_DECIMALS,
)
from .numbers import NOT_WHOLE as TYPED_NOT_WHOLE
from .numbers import (
    FigureError,
    parse_figure,
)

# The writing the API itself gives: "190000.00", "5400000000", "-3".
MACHINE = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")
# The officers' thousands dot ("1.000", "4.600.000.000,5"): a first group of one to three digits, not 0.
THOUSANDS_DOT = re.compile(r"[+-]?[1-9][0-9]{0,2}(?:\.[0-9]{3})+(?:,[0-9]+)?")

UNREADABLE_COUNT = gettext_noop(
    "Không đọc được số «%(text)s». Ghi số nguyên bằng chữ số liền, không dấu ngăn hàng nghìn, ví dụ 1500 hoặc 108373."
)
UNREADABLE_MONEY = gettext_noop(
    "Không đọc được số tiền «%(text)s». Ghi số đồng bằng chữ số liền, không dấu ngăn hàng nghìn, ví dụ 4600000000."
)
UNREADABLE_DECIMAL = gettext_noop(
    "Không đọc được số «%(text)s». Ghi chữ số liền, không dấu ngăn hàng nghìn, phần thập phân sau dấu chấm, "
    "ví dụ 1250 hoặc 1250.5."
)
DOT_IS_DECIMAL = gettext_noop(
    "Số «%(text)s» không rõ: trong số gửi qua API, dấu chấm đứng trước phần thập phân, không dùng để ngăn "
    "hàng nghìn. Ghi chữ số liền, không dấu ngăn hàng nghìn: %(digits)s."
)
COMMA_UNCLEAR = gettext_noop(
    "Số «%(text)s» không rõ: dấu phẩy có thể ngăn hàng nghìn hoặc đứng trước phần thập phân. Ghi chữ số liền, "
    "phần thập phân sau dấu chấm: %(thousands)s hoặc %(decimal)s."
)
COMMA_UNCLEAR_WHOLE = gettext_noop(
    "Số «%(text)s» không rõ: dấu phẩy có thể ngăn hàng nghìn hoặc đứng trước phần thập phân. Số nguyên ghi "
    "bằng chữ số liền, không dấu ngăn hàng nghìn: %(thousands)s."
)
NOT_WHOLE = gettext_noop("Ghi số nguyên: «%(text)s» có phần thập phân.")
FRACTION_OF_DONG_SENT = gettext_noop("Số tiền tính đến đồng, không có phần lẻ: «%(text)s» có phần lẻ.")
TOO_MANY_DECIMALS_SENT = gettext_noop("Chỉ ghi tối đa %(places)s chữ số sau dấu chấm thập phân.")

# The forms' refusals that suit a text the API reads the officers' way: they name no thousands dot.
_KEPT = (FRACTION_OF_DONG, FRACTION_OF_DONG_SCALED, TOO_MANY_DECIMALS)


def parse_sent(text: str, *, money: bool = False, decimal_places: int = 0) -> Decimal:
    """The value of a figure sent to the API as text, or FigureError saying how to write it.

    money: an amount (scale words read, its messages say «số tiền»); decimal_places: how many digits may
    follow the point (0: a count, an amount in đồng).
    """
    text = unicodedata.normalize("NFC", str(text)).strip()
    with localcontext() as context:
        context.prec = max(context.prec, len(text) + 20)  # a 31-digit slip is refused as too large, later
        if MACHINE.fullmatch(text) and not (decimal_places == 0 and THOUSANDS_DOT.fullmatch(text)):
            return _within_places(Decimal(text), text, money=money, decimal_places=decimal_places)
        if "." in text:
            if THOUSANDS_DOT.fullmatch(text):
                raise FigureError(DOT_IS_DECIMAL, text=text, digits=machine_writing(_officers_value(text)))
            raise FigureError(_unreadable(money, decimal_places), text=text)
        try:
            return parse_figure(text, money=money, decimal_places=decimal_places)
        except FigureError as error:
            raise _said_for_machines(error, text, money, decimal_places) from None


def machine_writing(value: Decimal) -> str:
    """value as the API writes a figure: digits, a point before the decimals, no exponent ("1250.5")."""
    return format(value, "f")


def _officers_value(text: str) -> Decimal:
    """The value of text in the officers' writing: thousands dot, decimal comma."""
    return Decimal(text.replace(".", "").replace(",", "."))


def _within_places(value: Decimal, text: str, *, money: bool, decimal_places: int) -> Decimal:
    exponent = value.normalize().as_tuple().exponent
    fraction_digits = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if fraction_digits > decimal_places:
        if decimal_places:
            raise FigureError(TOO_MANY_DECIMALS_SENT, places=str(decimal_places))
        raise FigureError(FRACTION_OF_DONG_SENT if money else NOT_WHOLE, text=text)
    return value.quantize(Decimal(1).scaleb(-decimal_places)) if decimal_places else value.to_integral_value()


def _said_for_machines(error: FigureError, text: str, money: bool, decimal_places: int) -> FigureError:
    """The forms' refusal of an officer's writing, unless it shows a thousands dot to write: the API's."""
    if error.message in _KEPT:
        return error
    if error.message == TYPED_NOT_WHOLE:  # "12,5" for a count: its message shows a thousands dot
        return FigureError(NOT_WHOLE, text=text)
    if error.message in (COMMA_THOUSANDS, COMMA_THOUSANDS_OR_DECIMAL):
        number = text.lstrip("+")
        thousands = machine_writing(Decimal(number.replace(",", "")))
        if not decimal_places:
            return FigureError(COMMA_UNCLEAR_WHOLE, text=text, thousands=thousands)
        decimal = machine_writing(Decimal(number.replace(",", ".")).normalize())
        return FigureError(COMMA_UNCLEAR, text=text, thousands=thousands, decimal=decimal)
    return FigureError(_unreadable(money, decimal_places), text=text)


def _unreadable(money: bool, decimal_places: int) -> str:
    if decimal_places:
        return UNREADABLE_DECIMAL
    return UNREADABLE_MONEY if money else UNREADABLE_COUNT
