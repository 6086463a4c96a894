"""Database rules that explain themselves beside the field they concern.

Django reports a broken CheckConstraint or UniqueConstraint as an error of the whole row
("Constraint “…” is violated."), shown at the top of a form. `Check` and `Unique` are the
same constraints, each with a Vietnamese message and the field(s) it belongs to (`on`):
forms, the admin, XLSX imports and the API, which all validate through full_clean(), show
the message beside that field.

    Check(condition=Q(person_visits__gte=F("groups")), name="incoming_visits_cover_groups",
          violation_error_message=_("Số lượt người không được ít hơn số đoàn."), on="person_visits")

`labels` fills placeholders of the message with fields' verbose names, so one message serves
every pair of dates. `on` must name fields the rule reads: a form leaves a rule unchecked when
one of its fields is not in the form, so its error never lands on a field the form lacks.

Where a message goes is no business of the database: migrations record, and compare, the plain
Django constraint (see deconstruct()), so changing `on` needs no migration.
"""

from django.core import checks
from django.core.exceptions import NON_FIELD_ERRORS, FieldDoesNotExist, ValidationError
from django.db import models
from django.db.utils import DEFAULT_DB_ALIAS
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.conditions import UNDECIDED, decide


def referenced_fields(model, constraint):
    """The names of the fields a constraint reads."""
    if isinstance(constraint, models.UniqueConstraint):
        names = set(constraint.fields)
        expressions = [constraint.condition] if constraint.condition is not None else []
    else:
        names, expressions = set(), [constraint.condition]
    for expression in expressions:
        names.update(name for name, *_lookups in model._get_expr_references(expression))
    if "pk" in names:
        names.add(model._meta.pk.name)
    return names


class _OnFields:
    plain = None  # the Django class migrations record

    def __init__(self, *args, on, violation_error_message, labels=None, **kwargs):
        self.on = (on,) if isinstance(on, str) else tuple(on)
        self.labels = dict(labels or {})
        if not self.on:
            raise ValueError("A rule needs the field(s) its message belongs to.")
        super().__init__(*args, violation_error_message=violation_error_message, **kwargs)

    def get_violation_error_message(self):
        # Formatted in message(), where the model and so its fields' labels are known.
        return self.violation_error_message

    def message(self, model):
        params = {"name": self.name}
        params.update({key: model._meta.get_field(field).verbose_name for key, field in self.labels.items()})
        return capfirst(self.violation_error_message % params)

    def validate(self, model, instance, exclude=None, using=DEFAULT_DB_ALIAS):
        try:
            super().validate(model, instance, exclude=exclude, using=using)
        except ValidationError as error:
            message = self.message(model)
            raise ValidationError({name: [ValidationError(message, code=error.code)] for name in self.on}) from None

    def deconstruct(self):
        _path, args, kwargs = super().deconstruct()
        return self.plain, args, kwargs

    def clone(self):
        _path, args, kwargs = self.deconstruct()
        return type(self)(*args, on=self.on, labels=self.labels, **kwargs)

    def _check(self, model, connection):
        errors = super()._check(model, connection)
        read = referenced_fields(model, self)
        for name in self.on:
            try:
                model._meta.get_field(name)
            except FieldDoesNotExist:
                errors.append(
                    checks.Error(
                        f"Constraint {self.name!r} puts its message on {name!r}, which is not a field.",
                        obj=model,
                        id="ngoaivu.E001",
                    )
                )
                continue
            if name not in read:
                errors.append(
                    checks.Error(
                        f"Constraint {self.name!r} puts its message on {name!r}, which it does not read.",
                        obj=model,
                        id="ngoaivu.E002",
                    )
                )
        return errors


class _DecidedInMemory:
    """A CheckConstraint decided in Python when its condition allows (core/conditions.py), without the
    query (and savepoint) Django spends on each rule of each row validated; else by Django's query."""

    def validate(self, model, instance, exclude=None, using=DEFAULT_DB_ALIAS):
        verdict = decide(self, model, instance, exclude=exclude, using=using)
        if verdict is UNDECIDED:
            return super().validate(model, instance, exclude=exclude, using=using)
        if not verdict:
            raise ValidationError(self.get_violation_error_message(), code=self.violation_error_code)


class Check(_OnFields, _DecidedInMemory, models.CheckConstraint):
    plain = "django.db.models.CheckConstraint"


class Unique(_OnFields, models.UniqueConstraint):
    plain = "django.db.models.UniqueConstraint"


def refused_message():
    return _("Không lưu được vì dữ liệu trùng hoặc mâu thuẫn với một bản ghi khác; vui lòng kiểm tra lại rồi lưu lại.")


def explain_refusal(instance, fields=None):
    """A ValidationError saying why the database refused to save instance (an IntegrityError).

    Validation passed before the save, so another save won a race since: validating again now
    sees its row and names the rule, on its field. Failing that, a general message, never the
    database's own (English) text. With fields (a form's), errors on other fields become the
    form's own, as form.add_error(None, …) needs.
    """
    try:
        instance.full_clean()
    except ValidationError as error:
        if fields is None or not hasattr(error, "error_dict"):
            return error
        keyed = {}
        for name, errors in error.error_dict.items():
            keyed.setdefault(name if name in fields else NON_FIELD_ERRORS, []).extend(errors)
        return ValidationError(keyed)
    return ValidationError(refused_message(), code="refused")
