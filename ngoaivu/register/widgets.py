"""How each kind of field is read from a sheet and written to one (django-import-export widgets).

Values are read as officers type them: dd/mm/yyyy dates, Vietnamese numbers ("7.037.000.000"),
choice labels, country names, a unit's name or code, a legal document's citation. They are
written as typed values (dates, numbers, text) for workbooks.py to make real Excel cells.
"""

import unicodedata
from datetime import date, datetime
from decimal import Decimal, localcontext
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.utils import translation
from django.utils.translation import gettext as _
from django_countries.fields import CountryField
from import_export import widgets

from ngoaivu.core.countries import country_code, country_name
from ngoaivu.core.errors import error_text
from ngoaivu.core.figure_limits import PLAIN_NUMBER_FIELDS
from ngoaivu.core.issuers import Issuers
from ngoaivu.core.date_fields import DateField, refuse_date
from ngoaivu.core.citations import kept_citation
from ngoaivu.core.models import LegalDocument, PartnerLocality, Unit
from ngoaivu.pure.numbers import FigureError, format_number, parse_figure, within_places
from ngoaivu.core.permissions import may_give_unit, scope

from .forms import citation_problem, resolve_document
from .models.consular import TAX_CODE_FORMAT


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
        raise ValueError(refuse_date(value))

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
    TRUE = {"có", "x", "1", "true", "yes", "đúng"}
    FALSE = {"không", "0", "false", "no", "sai", ""}

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            return value
        key = "" if value is None else nfc(value).casefold()
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


class UnitWidget(widgets.Widget):
    """The «Đơn vị» column: a unit by its name or its code (SNgV).

    The «Ký hiệu đơn vị» column, when the sheet has it, is read with it: either may be
    blank, and both filled must name the same unit. A unit reporter may name only its own.
    """

    def __init__(self, user, name_column=None, code_column=None, **kwargs):
        self.user = user
        self.name_column, self.code_column = name_column, code_column
        self._units = None
        super().__init__(**kwargs)

    def _lookup(self):
        # Loaded once per import and matched in Python: SQLite's iexact folds ASCII letters only.
        # A name may be borne by an ended unit and by today's (the new tỉnh Quảng Ngãi): today's
        # first, so that a name alone means the unit that bears it now; a code tells them apart.
        if self._units is None:
            self._units = {}
            for unit in Unit.objects.order_by(F("ended_on").desc(nulls_first=True), "pk"):
                self._units.setdefault(("code", nfc(unit.code).casefold()), []).append(unit)
                self._units.setdefault(("name", nfc(unit.name).casefold()), []).append(unit)
                if unit.short_name:
                    self._units.setdefault(("short", nfc(unit.short_name).casefold()), []).append(unit)
        return self._units

    def _find(self, value, kinds):
        """The units the value names, today's first."""
        key = nfc(value).casefold()
        for kind in kinds:
            units = self._lookup().get((kind, key))
            if units:
                return units
        return []

    def _own(self, unit):
        if not may_give_unit(self.user, unit.pk):
            raise ValueError(_("Bạn chỉ được nhập dữ liệu của đơn vị mình."))
        return unit

    def resolve(self, name, code, own=True):
        """The unit named by the two columns (either may be blank), or None for a blank pair. own: one the
        user may give a row; not asked of a row only compared with the stored one (for_comparison)."""
        by_code, named = None, []
        if not is_blank(code):
            found = self._find(code, ("code",))
            if not found:
                raise ValueError(_("Không có đơn vị ký hiệu «%(value)s».") % {"value": code})
            by_code = found[0]
        if not is_blank(name):
            named = self._find(name, ("name", "code", "short"))
            if not named:
                raise ValueError(_("Không có đơn vị «%(value)s».") % {"value": name})
        if by_code and named and by_code not in named:
            raise ValueError(
                _("«%(name)s» có ký hiệu «%(actual)s», không phải «%(code)s».")
                % {"name": name, "actual": named[0].code, "code": code}
            )
        unit = by_code or (named[0] if named else None)
        if unit is None or not own:
            return unit  # none named: the resource gives owning_unit()
        return self._own(unit)

    def clean(self, value, row=None, **kwargs):
        code = (row or {}).get(self.code_column) if self.code_column else None
        return self.resolve(value, code, own=not kwargs.get("for_comparison"))

    def render(self, value, obj=None, **kwargs):
        return value.name if value else ""


class UnitCodeWidget(UnitWidget):
    """The «Ký hiệu đơn vị» column; read on its own only when the sheet has no «Đơn vị» column."""

    def clean(self, value, row=None, **kwargs):
        if row is not None and self.name_column in row:
            return None  # the «Đơn vị» column has read both
        return self.resolve(None, value, own=not kwargs.get("for_comparison"))

    def render(self, value, obj=None, **kwargs):
        return value.code if value else ""


class CitationWidget(widgets.Widget):
    """A legal document typed as it is cited, read as the form's CitationField reads it, for user: the row's
    stored document (attname, of the row_instance the resource passes on update) sent back as exported is kept
    as it is, not judged again (core kept_citation)."""

    def __init__(self, user=None, attname=None, **kwargs):
        self.user, self.attname = user, attname
        self._issuers = None  # the units a citation may name as its issuer, read once per import, not per row
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        if is_blank(value):
            return None
        instance = kwargs.get("row_instance")
        if instance is not None and instance.pk is not None and self.attname:
            kept = kept_citation(nfc(value), getattr(instance, self.attname, None))
            if kept is not None:
                return kept
        try:
            document = LegalDocument.from_citation(nfc(value), self.user)
            if document is None or not document.number:
                raise ValueError(_("Không nhận ra văn bản «%(value)s».") % {"value": value})
            if self._issuers is None:
                self._issuers = Issuers()
            problem = citation_problem(value, document, self.user, self._issuers)
            if problem:
                raise ValueError(problem)
            return resolve_document(document, self.user)
        except ValidationError as error:  # said as the others are, after the column's name (resources.py)
            raise ValueError(" ".join(error.messages)) from None

    def render(self, value, obj=None, **kwargs):
        return value.citation() if value else ""


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


class PartnerLocalityWidget(widgets.ForeignKeyWidget):
    def __init__(self, **kwargs):
        super().__init__(PartnerLocality, field="name", **kwargs)

    def clean(self, value, row=None, **kwargs):
        if is_blank(value):
            return None
        locality = PartnerLocality.objects.filter(name=nfc(value)).first()
        if locality is None:
            raise ValueError(_("Không có địa phương đối tác «%(value)s».") % {"value": value})
        return locality


class ScopedForeignKeyWidget(widgets.ForeignKeyWidget):
    """A parent row (a plan, an agreement) by its number, among the rows the user may read."""

    def __init__(self, model, user, **kwargs):
        self.user = user
        super().__init__(model, **kwargs)

    def get_queryset(self, value, row, *args, **kwargs):
        return scope(self.model.objects.all(), self.user)

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except (self.model.DoesNotExist, ValueError):
            raise ValueError(
                _("Không tìm thấy %(what)s số «%(value)s».") % {"what": self.model._meta.verbose_name, "value": value}
            ) from None


def widget_for(model_field, user):
    if isinstance(model_field, CountryField):
        return CountryWidget(multiple=model_field.multiple)
    if model_field.choices:
        return ChoiceWidget(model_field.choices)
    if isinstance(model_field, models.ForeignKey):
        related = model_field.related_model
        if related is Unit:
            return UnitWidget(user)
        if related is LegalDocument:
            return CitationWidget(user, model_field.attname)
        if related is PartnerLocality:
            return PartnerLocalityWidget()
        return ScopedForeignKeyWidget(related, user)
    if isinstance(model_field, models.BooleanField):
        return BooleanWidget()
    if TAX_CODE_FORMAT in model_field.validators:
        return TaxCodeWidget()
    if isinstance(model_field, models.DateField):
        return DateWidget()
    if isinstance(model_field, (models.IntegerField, models.DecimalField)):
        return NumberWidget(
            integer=isinstance(model_field, models.IntegerField),
            grouped=model_field.name not in PLAIN_NUMBER_FIELDS,
            decimal_places=getattr(model_field, "decimal_places", 0),
        )
    return widgets.CharWidget(allow_blank=True)
