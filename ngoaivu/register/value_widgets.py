"""How a cell holding a value is read from a sheet and written to one (django-import-export widgets).

Values are read as officers type them: dd/mm/yyyy dates, Vietnamese numbers ("7.037.000.000"),
choice labels in either language, Có or Không, country names, a tax code Excel took for a number.
They are written as typed values (dates, numbers, text) for workbooks.py to make real Excel cells.
The cells that name another row (a unit, a legal document, a parent row) are widgets.py's.
"""

import unicodedata
from datetime import date, datetime
from decimal import Decimal, localcontext

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext as _
from import_export import widgets

from ngoaivu.core.countries import country_code, country_name
from ngoaivu.core.date_fields import DateField, refuse_cell_date
from ngoaivu.core.errors import error_text
from ngoaivu.pure.numbers import FigureError, format_number, parse_figure, within_places


def nfc(value):
    return unicodedata.normalize("NFC", str(value)).strip()


def is_blank(value):
    return value is None or nfc(value) == ""


class DateWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        if is_blank(value):
            return None
        day = self._read(value)
        try:  # the years the form's date box takes (1899 is a slip, not a date), cell or text alike
            DateField(required=False).validate(day)
        except ValidationError as error:
            raise ValueError(error.messages[0]) from None
        return day

    @staticmethod
    def _read(value):
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"):
            try:
                return datetime.strptime(nfc(value), pattern).date()
            except ValueError:
                continue
        raise ValueError(refuse_cell_date(value))

    def render(self, value, obj=None, **kwargs):
        return value or None  # a date: the writer makes it an Excel date or dd/mm/yyyy text


class NumberWidget(widgets.Widget):
    """Accepts Excel numbers and figures written as in the forms ("7.037.000.000", "2,5", "7,037 tỷ")."""

    def __init__(self, integer=False, grouped=True, decimal_places=0, **kwargs):
        self.integer = integer
        self.grouped = grouped  # shown as 4.600.000.000; a year or a number like a code is not
        self.decimal_places = 0 if integer else decimal_places  # the model field's: an amount in đồng has none
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        if is_blank(value):
            return None
        try:
            if isinstance(value, (int, float, Decimal)):
                number = Decimal(str(value))
                if not number.is_finite():  # a cell holding NaN or infinity: read as the text it shows
                    number = parse_figure(str(value), money=not self.integer, decimal_places=self.decimal_places)
                if not self.integer:  # an Excel number 1.5 in a column of đồng is refused as "1,5" typed
                    number = within_places(
                        number, format_number(number), money=True, decimal_places=self.decimal_places
                    )
            else:
                number = parse_figure(nfc(value), money=not self.integer, decimal_places=self.decimal_places)
        except FigureError as error:
            raise ValueError(error_text(error)) from None
        if self.integer:
            if number != number.to_integral_value():
                raise ValueError(_("«%(value)s» phải là số nguyên.") % {"value": format_number(number)})
            return int(number)
        if number == number.to_integral_value():
            # Written as typed: "1.250.000.000" has no decimals for the model to refuse; with digits enough for a
            # spreadsheet's 1E+300, which the model then refuses as too large.
            with localcontext() as context:
                context.prec = max(context.prec, number.adjusted() + 1)
                return number.quantize(Decimal(1))
        return number.normalize()

    def render(self, value, obj=None, **kwargs):
        return value


class ChoiceWidget(widgets.Widget):
    def __init__(self, choices, **kwargs):
        self.by_key = {}
        for value, label in choices:
            self.by_key[nfc(value).casefold()] = value
            self.by_key[nfc(label).casefold()] = value
        # A label in any interface language: a file made in English is answered in the person's language,
        # whose labels its messages list (importing._resource_for).
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                for value, label in choices:
                    self.by_key.setdefault(nfc(label).casefold(), value)
        self.labels = dict(choices)
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        if is_blank(value):
            return None
        try:
            return self.by_key[nfc(value).casefold()]
        except KeyError:
            # each choice quoted: a label with a comma in it («Sở, ngành, địa phương») reads as one
            allowed = "; ".join(f"«{label}»" for label in self.labels.values())
            raise ValueError(
                _("Giá trị «%(value)s» không hợp lệ; chọn một trong: %(allowed)s.")
                % {"value": value, "allowed": allowed}
            ) from None

    def render(self, value, obj=None, **kwargs):
        return str(self.labels.get(value, value or ""))


class BooleanWidget(widgets.Widget):
    """Có or Không; a blank cell is Không, as a box left unticked, unless the answer is asked (asked: forms.ASKED_ANSWERS)."""

    TRUE = {"có", "x", "1", "true", "yes", "đúng"}
    FALSE = {"không", "0", "false", "no", "sai", ""}

    def __init__(self, asked=False, **kwargs):
        super().__init__(**kwargs)
        self.asked = asked

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            return value
        key = "" if value is None else nfc(value).casefold()
        if self.asked and key == "":
            raise ValueError(_("Chọn «Có» hoặc «Không»."))
        if key in self.TRUE:
            return True
        if key in self.FALSE:
            return False
        raise ValueError(_("«%(value)s» phải là Có hoặc Không.") % {"value": value})

    def render(self, value, obj=None, **kwargs):
        return _("Có") if value else _("Không")


class CountryWidget(widgets.Widget):
    def __init__(self, multiple=False, **kwargs):
        self.multiple = multiple
        super().__init__(**kwargs)

    def _code(self, name):
        code = country_code(name)
        if code is None:
            raise ValueError(_("Không rõ quốc gia «%(name)s».") % {"name": name})
        return code

    def clean(self, value, row=None, **kwargs):
        if is_blank(value):
            return [] if self.multiple else ""
        if self.multiple:
            return [self._code(part) for part in nfc(value).replace(";", ",").split(",") if part.strip()]
        return self._code(value)

    def render(self, value, obj=None, **kwargs):
        if self.multiple:
            return ", ".join(str(country.name) for country in value or [])
        return str(country_name(value.code if hasattr(value, "code") else value))


class TaxCodeWidget(widgets.CharWidget):
    """A tax code (mã số thuế) is text, yet a cell typed as a number holds it as a number, and Excel drops
    its leading 0 (0101234567 → 101234567). A whole number of 9 digits is restored, with one 0 in front,
    and said (restored); a number of other length is read as its digits, for the model to refuse. A text
    cell is read as written."""

    def __init__(self, **kwargs):
        super().__init__(allow_blank=True, **kwargs)

    @staticmethod
    def _digits(value):
        """The digits of a numeric cell holding a whole number ("101234567" for 101234567.0), else None."""
        if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
            return None
        number = Decimal(str(value))
        if not number.is_finite() or number < 0 or number != number.to_integral_value():
            return None
        return str(int(number))

    def restored(self, value):
        """The tax code a numeric cell of 9 digits stood for, its leading 0 given back; None otherwise."""
        digits = self._digits(value)
        return "0" + digits if digits is not None and len(digits) == 9 else None

    def note(self, value):
        """What the import says of a cell it restored (resources.py lists it to confirm); None otherwise."""
        restored = self.restored(value)
        if restored is None:
            return None
        return _(
            "Ô kiểu số %(number)s thiếu chữ số 0 ở đầu (Excel bỏ số 0 đầu của ô kiểu số); mã số thuế được đọc là "
            "%(code)s. Nếu không đúng, định dạng ô là văn bản (Text), gõ lại mã số thuế rồi nhập lại."
        ) % {"number": self._digits(value), "code": restored}

    def clean(self, value, row=None, **kwargs):
        digits = self._digits(value)
        if digits is not None:
            return self.restored(value) or digits
        return super().clean(value, row, **kwargs)
