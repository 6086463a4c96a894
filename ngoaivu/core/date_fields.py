"""Date boxes typed dd/mm/yyyy, and a date that is none told the same way everywhere: a day the month
lacks, a citation's, the API's yyyy-mm-dd, a year no report covers."""

import calendar
import re
from datetime import date, timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from ngoaivu.pure.numbers import quoted, western_digits
from ngoaivu.pure.period_parsing import FIRST_YEAR, LAST_YEAR


class DateWidget(forms.DateInput):
    """A date typed dd/mm/yyyy whatever the browser's language; site.js adds a calendar to it
    (data-picker) and typing still works."""

    def __init__(self, attrs=None):
        base = {"placeholder": "dd/mm/yyyy", "inputmode": "numeric", "autocomplete": "off", "data-picker": "date"}
        super().__init__(attrs={**base, **(attrs or {})}, format="%d/%m/%Y")


def typed_date(text: str) -> str:
    """text as the date boxes read it: any script's digits as 0–9 (western_digits) and the full-width slash of
    an East Asian keyboard ("１５／０３／２０２６") as "/"."""
    return western_digits(text).replace("\uff0f", "/")


_DAY_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")


def no_such_day(text):
    """ "Ngày 31/02/2026 không có: tháng 2/2026 chỉ có 28 ngày." for a date written dd/mm/yyyy whose month
    has no such day, or a month past 12; None for any other text (a slip of format is said otherwise)."""
    match = _DAY_MONTH_YEAR.match(typed_date(str(text or "")))
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        return _("Ngày %(text)s không có: tháng chỉ từ 1 đến 12.") % {"text": text.strip()}
    days = calendar.monthrange(year, month)[1] if year >= 1 else 31
    if not 1 <= day <= days:
        return _("Ngày %(text)s không có: tháng %(month)s/%(year)s chỉ có %(days)s ngày.") % {
            "text": text.strip(),
            "month": month,
            "year": year,
            "days": days,
        }
    return None


# The date of a citation as the reader of citations takes it: "ngày 31/02/2024", "31-02-2024", "31.02.2024"
# or "ngày 31 tháng 02 năm 2024".
_CITED_DAY = re.compile(r"ngày\s+(\d{1,2})\s*(?:[/.-]|tháng)\s*(\d{1,2})\s*(?:[/.-]|năm)\s*(\d{4})", re.IGNORECASE)


def no_cited_day(citation):
    """no_such_day for the date a citation writes, which the citation's reader leaves out when the
    calendar lacks it: refused with its reason rather than stored without its date."""
    written = _CITED_DAY.search(str(citation or ""))
    return no_such_day("/".join(written.groups())) if written else None


# What is shown back of a date that is none: enough to find it in the box, not a page of it.
SHOWN_TYPED = 30


# "10/3/26": a year of two digits is not guessed (1926 or 2026?), the date is asked again with four.
_SHORT_YEAR = re.compile(r"^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\s*$")
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


# A date cell formatted as a number ("General") holds Excel's count of days since 30/12/1899: 44260 is
# 05/03/2021. Said, never taken: the figure may be a count typed in the wrong column.
EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_SERIAL = re.compile(r"^\s*([2-7]\d{4})(?:[.,]0+)?\s*$")  # 1954–2119


def refuse_cell_date(value):
    """refuse_date for a date cell of an imported sheet, which may hold Excel's count of days (44260): said
    with the day it stands for."""
    serial = _EXCEL_SERIAL.match(str(value))
    if serial is None:
        return refuse_date(value)
    day = (EXCEL_EPOCH + timedelta(days=int(serial[1]))).strftime("%d/%m/%Y")
    return _(
        "Ngày «%(value)s» là một số: ô được định dạng kiểu số, Excel ghi ngày %(day)s như vậy. Định dạng ô "
        "là ngày, hoặc gõ %(day)s nếu đúng là ngày này."
    ) % {"value": serial[0].strip(), "day": day}


def refuse_date(value, iso=False):
    """What is said of value when it is no date: no_such_day() for a day the calendar lacks, else the
    text (shortened) and the way to write it. The forms read dd/mm/yyyy; the API (iso) reads yyyy-mm-dd,
    and its "2026-02-31" is said as the forms say "31/02/2026"."""
    text = str(value)
    if iso:
        written = _ISO_DAY.match(text)
        said = no_such_day("/".join(reversed(written.groups()))) if written else None
    else:
        said = no_such_day(text)
    if said:
        return said
    typed = quoted(" ".join(text.split()), SHOWN_TYPED)
    if not iso and _SHORT_YEAR.match(typed_date(text)):
        return _("Ngày «%(value)s» ghi năm bằng hai chữ số; ghi năm đủ bốn chữ số, theo dạng dd/mm/yyyy.") % {
            "value": typed
        }
    if iso:
        return _("Ngày «%(value)s» không hợp lệ, ghi theo dạng yyyy-mm-dd.") % {"value": typed}
    return _("Ngày «%(value)s» không hợp lệ, ghi theo dạng dd/mm/yyyy.") % {"value": typed}


class DateField(forms.DateField):
    """A date of the register: in the years a report can cover ("10/11/0001" is a slip, not a date).

    Every date box of the web forms is one, so a date that is none is told the same way everywhere:
    «Ngày 31/02/2026 không có: …» for a day the month lacks, else the text typed and the way to write it.
    """

    def to_python(self, value):
        # "١٥/٠٣/٢٠٢٦" or "１５／０３／２０２６" is 15/03/2026, its digits read as the figure boxes read them.
        typed, value = value, typed_date(value) if isinstance(value, str) else value
        try:
            return super().to_python(value)
        except ValidationError as error:
            if error.code != "invalid":
                raise
            # The text typed goes in as a parameter: a "%" in it is no placeholder to whoever formats
            # the message again (django-filters does, on the API's filters).
            raise ValidationError("%(said)s", code="invalid", params={"said": refuse_date(typed)}) from None

    def validate(self, value):
        super().validate(value)
        if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise ValidationError(
                _("Năm %(year)s không hợp lệ: ngày phải trong khoảng năm %(first)s đến năm %(last)s."),
                code="year_out_of_range",
                params={"year": value.year, "first": FIRST_YEAR, "last": LAST_YEAR},
            )


_ISO_WRITTEN = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def iso_date(text):
    """A date given to a command, written yyyy-mm-dd as the API writes it: the date, or ValidationError
    in the words the API refuses one with («Ngày 31/02/2021 không có: …», «Ngày «abc» không hợp lệ, ghi
    theo dạng yyyy-mm-dd.»), or a year no report covers."""
    text = str(text).strip()
    try:
        if not _ISO_WRITTEN.match(text):
            raise ValueError(text)
        day = date.fromisoformat(text)
    except ValueError:
        raise ValidationError(refuse_date(text, iso=True), code="invalid") from None
    DateField(required=False).validate(day)
    return day
