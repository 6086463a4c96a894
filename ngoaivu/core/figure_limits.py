"""How large a figure may be. No count of the register comes near ten million, no amount near a
million billion đồng: a number beyond is a slip of the keyboard, refused wherever it comes in (a
form, the API, a spreadsheet import, a unit's answer) before it reaches the totals of every report.
A text of the register (notes, results) is a few paragraphs: one beyond TEXT_LIMIT characters is a
paste gone wrong, refused with its length rather than cut, so that nothing typed is lost unseen.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext as _

from ngoaivu.pure.numbers import format_number

from .screen_figures import screen_count

COUNT_LIMIT = 10_000_000
AMOUNT_LIMIT = Decimal(10) ** 15
TEXT_LIMIT = 20_000

# Fields that hold a number but are read as a name, never grouped: "năm 2021", not "2.021".
PLAIN_NUMBER_FIELDS = {"year", "issue_number", "version"}


def check_size(value, money=False, ceiling=None):
    """Refuse a figure above its limit (or above ceiling, when lower), in words. What is no number
    yet is left to the field's own validation."""
    if not isinstance(value, (int, Decimal, float)) or isinstance(value, bool):
        return
    if value < 0:
        raise ValidationError(_("Số không được âm."), code="min_value")
    limit = AMOUNT_LIMIT if money else COUNT_LIMIT
    high = min(limit, ceiling or limit)
    if value > high:
        raise ValidationError(
            _("Số %(value)s lớn bất thường (tối đa %(limit)s); vui lòng kiểm tra lại."),
            code="max_value",
            params={"value": format_number(value), "limit": format_number(high)},
        )


def below_least(value, least, money=False):
    """The ValidationError for a figure below least, in the project's words («Số phải từ 01 trở lên.», a
    count written as every message writes it, an amount as it is), not Django's «… lớn hơn hoặc bằng với 1 .»;
    None when it is not below."""
    if value is None or least is None or isinstance(value, bool) or value >= least:
        return None
    message = _("Số không được âm.") if least == 0 else _("Số phải từ %(limit)s trở lên.")
    limit = format_number(least) if money else screen_count(least)
    return ValidationError(message, code="min_value", params={"limit": limit})


def least_value(model_field):
    """The model field's own lower bound (MinValueValidator(1)), or None."""
    lows = [v.limit_value for v in model_field.validators if isinstance(v, MinValueValidator)]
    return max(lows) if lows else None


def figure_kind(model_field):
    """ "money" for a decimal field, "count" for an integer one, None for what is no figure (a year,
    a choice, a key): every decimal field of the register is money."""
    if model_field.name in PLAIN_NUMBER_FIELDS or model_field.choices or model_field.primary_key:
        return None
    if isinstance(model_field, models.DecimalField):
        return "money"
    if isinstance(model_field, models.IntegerField):
        return "count"
    return None


def text_size_error(value, limit=TEXT_LIMIT):
    """The message for a text longer than limit characters, or None."""
    if isinstance(value, str) and len(value) > limit:
        return _("Nội dung dài %(length)s ký tự, vượt quá giới hạn %(limit)s ký tự; vui lòng rút gọn.") % {
            "length": format_number(len(value)),
            "limit": format_number(limit),
        }
    return None


def size_errors(instance, exclude=()):
    """{field name: [message]} for the figures of a model instance above their limit, and its texts."""
    errors = {}
    for model_field in instance._meta.concrete_fields:
        if isinstance(model_field, models.TextField) and model_field.name not in exclude:
            message = text_size_error(getattr(instance, model_field.attname))
            if message:
                errors[model_field.name] = [message]
            continue
        kind = figure_kind(model_field)
        if kind is None or model_field.name in exclude:
            continue
        value = getattr(instance, model_field.attname)
        too_few = below_least(value, least_value(model_field), money=kind == "money") if value is not None else None
        if too_few is not None:  # said by the model as by its form (core/forms.py), in an import or the API too
            errors[model_field.name] = too_few.messages
            continue
        try:
            check_size(value, money=kind == "money")
        except ValidationError as error:
            errors[model_field.name] = error.messages
    return errors
