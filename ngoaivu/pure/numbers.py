"""Figures as officers type them: "4.600.000.000", "7,037 tỷ", "108.373". Pure functions, no Django.

The thousands dot and the decimal comma are Babel's Vietnamese locale; this module adds what a
form needs on top: money scale words, and a refusal, with the way to write it, of any text whose
meaning is not certain ("1.5" could be 15 or 1,5; "12,5" is no count of people).

The English interface writes figures the English way ("5,400,000,000", "1.25"); its boxes read that
writing, and the official one where it cannot be misread (parse_english).
"""

import re
import unicodedata
from decimal import Decimal, InvalidOperation, localcontext

from babel.numbers import NumberFormatError, format_decimal, parse_decimal

from .messages import MessageError, gettext_noop

EXAMPLE = "4.600.000.000"


# "7,037 tỷ đồng": the scale words of Vietnamese money, and the currency words that may follow.
SCALES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
CURRENCY_WORDS = ("đồng", "vnđ", "vnd", "đ")
AMBIGUOUS = gettext_noop(
    "Số «%(text)s» không rõ: dấu chấm chỉ dùng để ngăn hàng nghìn (ví dụ 1.500), phần thập phân ghi sau "
    "dấu phẩy (ví dụ 1,5)."
)
UNREADABLE = gettext_noop(
    "Không đọc được số «%(text)s». Ghi dấu chấm ngăn hàng nghìn và dấu phẩy trước phần thập phân, ví dụ "
    "%(example)s hoặc 7,037."
)
UNREADABLE_COUNT = gettext_noop(
    "Không đọc được số «%(text)s». Ghi số nguyên, hàng nghìn ngăn bằng dấu chấm, ví dụ 1.500 hoặc 108.373."
)
UNREADABLE_MONEY = gettext_noop(
    "Không đọc được số tiền «%(text)s». Ghi dấu chấm ngăn hàng nghìn và dấu phẩy trước phần thập phân, ví dụ "
    "%(example)s hoặc 7,037 tỷ."
)
NOT_WHOLE = gettext_noop(
    "Ghi số nguyên: «%(text)s» có phần thập phân. Hàng nghìn ngăn bằng dấu chấm, ví dụ 1.500 hoặc 108.373."
)
# "1,250": the English thousands comma, or the Vietnamese decimal comma. Where fewer than three decimals
# fit, either reading may be what was meant ("1,000" in a count is 1 or 1.000), so neither is certain.
COMMA_THOUSANDS = gettext_noop(
    "Số «%(text)s» không rõ là %(decimal)s hay %(thousands)s; số nguyên viết không có dấu phẩy, hàng nghìn ngăn "
    "bằng dấu chấm: %(thousands)s."
)
# The same where decimals are allowed: the comma may be meant, so both writings are shown.
COMMA_THOUSANDS_OR_DECIMAL = gettext_noop(
    "Số «%(text)s» không rõ là %(decimal)s hay %(thousands)s; hàng nghìn ngăn bằng dấu chấm (%(thousands)s), "
    "phần thập phân sau dấu phẩy (%(decimal)s)."
)
NO_FIGURE = gettext_noop("Chưa ghi số. Ghi số như %(example)s.")
FRACTION_OF_DONG = gettext_noop("Số tiền tính đến đồng, không có phần lẻ: «%(text)s» có phần lẻ sau dấu phẩy.")
# With a scale word the value typed is not plain to see: «1,0000005 triệu» is 1.000.000,5 đồng.
FRACTION_OF_DONG_SCALED = gettext_noop("Số tiền tính đến đồng, không có phần lẻ: «%(text)s» là %(value)s đồng.")
TOO_MANY_DECIMALS = gettext_noop("Chỉ ghi tối đa %(places)s chữ số sau dấu phẩy.")
_SCALE = re.compile(r"^(?P<number>.*?)\s*(?P<scale>" + "|".join(SCALES) + r")?$")
# "1 250" or "1 250 000,5" as Word or a web page writes it: thousands parted by a space, a no-break space
# or a thin one. Read as the thousands dot only when every group after the first has three digits;
# "1 25" is no certain number.
_SPACED_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:,\d+)?")
# "1,000" or "12,500": one comma before three digits, as English writes thousands.
_COMMA_THOUSANDS = re.compile(r"[+-]?\d{1,3},\d{3}")


class FigureError(MessageError, ValueError):
    """The text is not a figure whose value is certain; the message says how to write it.

    message and params are kept apart so that the form can show the message in the user's language.
    The text quoted is cut short: a page of 100.000 characters pasted into a box is not said back whole.
    """

    def __init__(self, message: str, **params: object):
        if isinstance(params.get("text"), str):
            params["text"] = quoted(str(params["text"]))
        super().__init__(message, **params)


QUOTED_LENGTH = 40


def quoted(text: str, length: int = QUOTED_LENGTH) -> str:
    """text as a message quotes it: control and format characters left out (a right-to-left mark would turn
    the rest of the message round), at most length characters."""
    shown = "".join(character for character in text if unicodedata.category(character) not in ("Cc", "Cf"))
    return shown if len(shown) <= length else shown[: length - 1] + "…"


def western_digits(text: str) -> str:
    """text with any script's decimal digits written 0–9 ("١٥" and "１５" are 15), as the figure boxes and the
    year box read them; "²" or "½" is no digit and stays as typed."""
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text)


def language_of(locale: str) -> str:
    """ "en" of "en", "en_GB" or "en-gb"."""
    return re.split(r"[_-]", locale, maxsplit=1)[0].lower()


def is_english(locale: str) -> bool:
    return language_of(locale) == "en"


def split_scale(text: str, money: bool) -> tuple[str, str, int]:
    """(the text as read, the number in it, the scale its word gives): "1,5 triệu đồng" is
    ("1,5 triệu", "1,5", 1000000); only money has scale and currency words."""
    text = unicodedata.normalize("NFC", str(text)).strip().replace("\u00a0", " ")
    if money:
        text = _strip_currency(text)
    match = _SCALE.match(text.lower()) if money else None
    if match and match["scale"]:
        return text, match["number"].strip(), SCALES[match["scale"]]
    return text, text, 1


def _strip_currency(text: str) -> str:
    lowered = text.lower()
    for word in CURRENCY_WORDS:
        if lowered.endswith(word) and (len(text) == len(word) or not text[-len(word) - 1].isalpha()):
            return text[: -len(word)].rstrip()
    return text


def parse_figure(text: str, *, money: bool = False, decimal_places: int = 0, locale: str = "vi") -> Decimal:
    """The value of a figure written the Vietnamese way (or in the writing of locale), or FigureError.

    money: scale words ("1,5 triệu", "7,037 tỷ") and a trailing "đồng" are understood.
    decimal_places: how many digits may follow the comma once the scale is applied (0 for a
    count or an amount in đồng).
    locale: the writing of the interface the figure is typed in, "vi" or "en" (parse_english).
    """
    if is_english(locale):
        return parse_english(text, money=money, decimal_places=decimal_places)
    if language_of(locale) != "vi":
        raise ValueError(f"no figure writing for the locale {locale!r}")
    text, number, scale = split_scale(text, money)
    if _SPACED_THOUSANDS.fullmatch(number):
        number = re.sub(r"[ \u00a0\u2009\u202f]", ".", number)
    # "1,250": 1,25 or, copied from an English screen, 1.250; never guessed where three decimals do not fit.
    if decimal_places < 3 and scale == 1 and _COMMA_THOUSANDS.fullmatch(number):
        raise FigureError(
            COMMA_THOUSANDS_OR_DECIMAL if decimal_places else COMMA_THOUSANDS,
            text=number,
            decimal=format_number(Decimal(number.replace(",", ".")).normalize()),
            thousands=format_number(int(number.replace(",", ""))),
        )
    if not number:
        raise FigureError(NO_FIGURE, example=EXAMPLE)
    # Digits enough for any number typed: the default 28 would call a 31-digit one unreadable
    # instead of letting the form say it is too large.
    if re.search(r"\d\s*e\s*[+-]?\d", number, re.IGNORECASE):  # "1e10": a programmer's number, not an officer's
        raise FigureError(_unreadable(money, decimal_places), text=text, example=EXAMPLE)
    with localcontext() as context:
        context.prec = max(context.prec, len(number) + 20)
        try:
            value = parse_decimal(number, locale="vi", strict=True)
        except NumberFormatError as error:
            if "." in number and "," not in number and re.fullmatch(r"-?\d+(\.\d+)+", number):
                if not (money or decimal_places):  # a whole number: no decimal comma to suggest
                    raise FigureError(UNREADABLE_COUNT, text=number) from error
                raise FigureError(AMBIGUOUS, text=number) from error
            raise FigureError(_unreadable(money, decimal_places), text=text, example=EXAMPLE) from error
        except (InvalidOperation, ValueError) as error:
            raise FigureError(_unreadable(money, decimal_places), text=text, example=EXAMPLE) from error
        if not value.is_finite():  # "nan", "inf": Decimal's words, no figure
            raise FigureError(_unreadable(money, decimal_places), text=text, example=EXAMPLE)
        return within_places(value * scale, text, money=money, decimal_places=decimal_places)


def within_places(
    value: Decimal, text: str, *, money: bool = False, decimal_places: int = 0, locale: str = "vi"
) -> Decimal:
    """value at decimal_places, or FigureError when more digits follow its comma (text is what was written:
    a figure typed, or a number as a spreadsheet holds it); the way to write it in locale's writing."""
    english = is_english(locale)
    exponent = value.normalize().as_tuple().exponent
    fraction_digits = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if fraction_digits > decimal_places:
        if decimal_places == 0:
            written = format_number(value.normalize(), locale=locale)
            if not money:
                raise FigureError(EN_NOT_WHOLE if english else NOT_WHOLE, text=text)
            # «1,0000005 triệu»; in English the value is always said, the text may be in either writing
            scaled = english or any(character.isalpha() for character in text)
            raise FigureError(FRACTION_OF_DONG_SCALED if scaled else FRACTION_OF_DONG, text=text, value=written)
        raise FigureError(EN_TOO_MANY_DECIMALS if english else TOO_MANY_DECIMALS, places=str(decimal_places))
    return value.quantize(Decimal(1).scaleb(-decimal_places)) if decimal_places else value.to_integral_value()


def _unreadable(money: bool, decimal_places: int, english: bool = False) -> str:
    """The way to write it: no decimal comma shown for a count, which has none."""
    if money:
        return EN_UNREADABLE_MONEY if english else UNREADABLE_MONEY
    if decimal_places:
        return EN_UNREADABLE if english else UNREADABLE
    return EN_UNREADABLE_COUNT if english else UNREADABLE_COUNT


def format_number(value, decimals: int | None = None, locale: str = "vi") -> str:
    """Decimal comma and thousands dot: 108373 → "108.373", 7.037 → "7,037". Another Babel locale writes
    the figure its own way (locale="en": "108,373", "7.037"), as the English interface does
    (core/screen_figures.py); the documents are always "vi"."""
    if value is None:
        return ""
    if decimals is not None:
        value = round(Decimal(value), decimals)
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        return format_decimal(value, format=pattern, locale=locale)
    digits = len(str(value))
    if isinstance(value, Decimal) and value.is_finite():
        digits = max(digits, value.adjusted() + 1)  # 1E+300 from a spreadsheet has 301 digits to write
    with localcontext() as context:
        context.prec = max(context.prec, digits + 20)  # a 31-digit slip is still written out
        return format_decimal(value, locale=locale, decimal_quantization=False)


def written_back(value, decimal_places: int = 0, locale: str = "vi") -> str:
    """value as a box of decimal_places shows it in locale's writing, so that it reads back as itself: the
    box's places written out ("1,250.00": no comma before three final digits to be misread), never
    rounded away ("4.6" in a box of whole đồng stays 4.6, to be refused as it is)."""
    value = Decimal(value).normalize()
    exponent = value.as_tuple().exponent
    places = max(decimal_places, -exponent if isinstance(exponent, int) and exponent < 0 else 0)
    with localcontext() as context:
        context.prec = max(context.prec, value.adjusted() + places + 20 if value.is_finite() else 0)
        shown = format_number(value, places, locale)
        if is_english(locale) and places and _TWO_WAY.fullmatch(shown):  # "1.250" where three places fit
            shown = format_number(value, places + 1, locale)
    return shown


# --- The English interface's boxes -------------------------------------------------------------------
# Its lists write "5,400,000,000" and "1.25", and its users also copy figures from the reports, which are
# always written the official way ("4.600.000.000", "1,25"). Both writings are read; where a text means two
# different values in them, the one meant is asked for. The messages say the English writing (written here
# in Vietnamese as every message, shown in English from the catalogue).
EN_EXAMPLE = "4,600,000,000"
EN_UNREADABLE = gettext_noop(
    "Không đọc được số «%(text)s». Ghi dấu phẩy ngăn hàng nghìn và dấu chấm trước phần thập phân, ví dụ "
    "%(example)s hoặc 7.5."
)
EN_UNREADABLE_COUNT = gettext_noop(
    "Không đọc được số «%(text)s». Ghi số nguyên, hàng nghìn ngăn bằng dấu phẩy, ví dụ 1,500 hoặc 108,373."
)
EN_UNREADABLE_MONEY = gettext_noop(
    "Không đọc được số tiền «%(text)s». Ghi dấu phẩy ngăn hàng nghìn và dấu chấm trước phần thập phân, ví dụ "
    "%(example)s hoặc 2.5 tỷ."
)
EN_NOT_WHOLE = gettext_noop(
    "Ghi số nguyên: «%(text)s» có phần thập phân. Hàng nghìn ngăn bằng dấu phẩy, ví dụ 1,500 hoặc 108,373."
)
EN_TOO_MANY_DECIMALS = gettext_noop("Chỉ ghi tối đa %(places)s chữ số thập phân.")
TWO_WRITINGS = gettext_noop(
    "Số «%(text)s» có thể là %(english)s (đọc theo cách viết tiếng Anh) hoặc %(vietnamese)s (đọc theo cách "
    "viết tiếng Việt). Ghi rõ số muốn nhập: %(english)s hoặc %(vietnamese)s."
)
TWO_WRITINGS_ONE_FITS = gettext_noop(
    "Số «%(text)s» đọc theo cách viết tiếng Anh là %(english)s, ô này không nhận số đó; đọc theo cách viết "
    "tiếng Việt là %(vietnamese)s: nếu đúng vậy, ghi %(vietnamese)s."
)
# The one shape of text that both writings read, as different values: digits, one comma or one dot, and
# three digits ("1,250", "1.250", "12500,000"); the comma is the English thousands or the Vietnamese decimal
# one, the dot the other way round. A first digit 0 ("0,250") is no thousands.
_TWO_WAY = re.compile(r"[+-]?(?:[1-9][0-9]*|[0-9]{1,3}(?: [0-9]{3})+)[,.][0-9]{3}")
# Of those, the ones the English writing itself allows: a first group of one to three digits, no space.
_ENGLISH_GROUP = re.compile(r"[+-]?[1-9][0-9]{0,2}[,.][0-9]{3}")


def _writing(group: str, decimal: str) -> re.Pattern[str]:
    """A figure in one writing: digits, grouped by threes with group or a space, and a fraction after decimal."""
    grouped = rf"[1-9][0-9]{{0,2}}(?:{re.escape(group)}[0-9]{{3}})+"
    return re.compile(rf"[+-]?(?:[0-9]+|{grouped}|[0-9]{{1,3}}(?: [0-9]{{3}})+)(?:{re.escape(decimal)}[0-9]+)?")


ENGLISH_WRITING, VIETNAMESE_WRITING = _writing(",", "."), _writing(".", ",")


def _value(number: str, group: str = "", decimal: str = "") -> Decimal:
    """number's digits, its group marks left out and its decimal mark a point."""
    digits = number.replace(" ", "").replace(group, "") if group else number.replace(" ", "")
    return Decimal(digits.replace(decimal, ".") if decimal else digits)


def _fits(value: Decimal, decimal_places: int) -> bool:
    exponent = value.normalize().as_tuple().exponent
    return not isinstance(exponent, int) or exponent >= -decimal_places


def parse_english(text: str, *, money: bool = False, decimal_places: int = 0) -> Decimal:
    """A figure typed in the English interface, or FigureError in words for it.

    The English writing is read ("5,400,000,000", "1.25"), and the official Vietnamese one where no English
    text is the same ("4.600.000.000", "1,25", "1,5 triệu"). A text of both (_TWO_WAY) is read the English
    way only where the Vietnamese reading cannot go in the box: "1,250" in a box of whole numbers is 1250
    (a whole number is never written with a decimal comma, "1,000" is not 1); anywhere else ("1.250",
    "1,250" where decimals fit, "7,037 tỷ") it is refused naming both readings and how to write each.
    """
    text, number, scale = split_scale(text, money)
    number = re.sub(r"[\u2009\u202f]", " ", western_digits(number))
    if not number:
        raise FigureError(NO_FIGURE, example=EN_EXAMPLE)
    with localcontext() as context:
        context.prec = max(context.prec, len(number) + 20)
        if _TWO_WAY.fullmatch(number):
            return _one_of_two(text, number, scale, money=money, decimal_places=decimal_places)
        if ENGLISH_WRITING.fullmatch(number):
            value = _value(number, ",", ".")
        elif VIETNAMESE_WRITING.fullmatch(number):
            value = _value(number, ".", ",")
        else:
            raise FigureError(_unreadable(money, decimal_places, english=True), text=text, example=EN_EXAMPLE)
        return within_places(value * scale, text, money=money, decimal_places=decimal_places, locale="en")


def _one_of_two(text: str, number: str, scale: int, *, money: bool, decimal_places: int) -> Decimal:
    comma = "," in number
    thousands = _value(number, group="," if comma else ".") * scale
    fraction = _value(number, decimal="," if comma else ".") * scale
    english, vietnamese = (thousands, fraction) if comma else (fraction, thousands)
    # "1,000" in a count is not 1: the official writing puts no comma in a whole number (a scale word
    # aside: "7,037 tỷ" is whole đồng).
    vietnamese_fits = _fits(vietnamese, decimal_places) and not (comma and decimal_places == 0 and scale == 1)
    # "12500,000" is no English writing: 12.500 officially, or 12,500,000 with its commas left out, asked.
    if not vietnamese_fits and _ENGLISH_GROUP.fullmatch(number):
        return within_places(english, text, money=money, decimal_places=decimal_places, locale="en")
    if _fits(english, decimal_places):
        raise FigureError(
            TWO_WRITINGS,
            text=text,
            english=written_back(english, decimal_places, "en"),
            vietnamese=written_back(vietnamese, decimal_places, "en"),
        )
    raise FigureError(
        TWO_WRITINGS_ONE_FITS,
        text=text,
        english=format_number(english.normalize(), locale="en"),
        vietnamese=written_back(vietnamese, decimal_places, "en"),
    )
