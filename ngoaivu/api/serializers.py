"""One ModelSerializer per register area, built from the area's form fields."""

from django.core.exceptions import FieldDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import MaxValueValidator
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django_countries.serializers import CountryFieldMixin
from rest_framework import serializers
from rest_framework.settings import api_settings

from ngoaivu.core.composed import compose_text
from ngoaivu.core.confirm import CHECKED_FIELD
from ngoaivu.core.constraints import explain_refusal
from ngoaivu.core.figure_limits import figure_kind
from ngoaivu.core.locking import FIELD, VersionConflict, expect_version, is_versioned
from ngoaivu.core.models import LegalDocument, Unit
from ngoaivu.core.unit_picker import UnitChoiceField
from ngoaivu.core.permissions import can_edit, default_unit, owning_unit, scope, unit_choices
from ngoaivu.register.models.base import copy_message, first_copy
from ngoaivu.register.unlikely import API, row_values, row_warnings
from ngoaivu.pure.text import typed_code

from .figures import FIELD_MAPPING, refuse_container
from .relations import CitationField, IdField, asking_user, citation_lookups, saved_citations
from .strict import StrictFields


class AreaSerializer(StrictFields, CountryFieldMixin, serializers.ModelSerializer):
    """Runs the model's own validation (full_clean()) so the API obeys the same rules as the forms.

    A broken database rule is answered 400 with the rule's message under its field, as in the
    forms (see ngoaivu/core/constraints.py); a save the database still refuses, after losing a
    race, is answered the same way, never 500.

    A field it does not know, or a read-only one sent with another value than the row's, is refused
    (api/strict.py): a row read and sent back whole is taken.

    `version` is read-only: every answer gives the row's version, which goes up by one on each
    save. A PUT or PATCH may send back the version it started from: if the row has moved on
    since, nothing is written and the view answers 409 with the current row (VersionConflict,
    see ngoaivu/core/locking.py). A PUT or PATCH without `version` is saved as before: the last
    write wins.

    A figure allowed but unlikely (register/unlikely.py: a rate far from its currency's band, a
    delegation of over 200 people, a date or a year far off) is answered 400 with its warning under
    its field, as the forms ask, unless the request sends `warnings_checked: true`; then it is saved
    as sent. On an update, only what the request changes is asked about.
    """

    area = None  # set by serializer_for
    serializer_field_mapping = FIELD_MAPPING
    serializer_related_field = IdField  # "unit": 1.5 is refused, not saved under the unit 1
    checked_on_update = (FIELD,)  # the version an update started from: another one is a 409

    def get_fields(self):
        fields = super().get_fields()
        for name, field in fields.items():
            if isinstance(field, serializers.IntegerField) and self._is_figure(name):
                # The database's range ("≤ 2147483647") gives way to the register's limit, said in
                # the forms' words by full_clean() (core/figure_limits.py).
                field.max_value = None
                field.validators = [v for v in field.validators if not isinstance(v, MaxValueValidator)]
        user = asking_user(self)
        if user is None or not getattr(user, "is_authenticated", False):
            return fields
        if "unit" in fields and not fields["unit"].read_only:
            # Ended units too: a row dated while one existed is its own (Record.clean_fields).
            fields["unit"].queryset = unit_choices(user, Unit.objects.all())
            if default_unit(user) is not None:
                fields["unit"].required = False  # a new row defaults to the user's unit: see validate()
            fields["unit"].error_messages["required"] = NO_DEFAULT_UNIT
            # another unit is refused in the words of the page's unit box, not as an id that does not exist
            fields["unit"].error_messages["does_not_exist"] = UnitChoiceField.default_error_messages["invalid_choice"]
        parent = self.area.parent_field
        if parent and parent in fields:
            fields[parent].queryset = scope(fields[parent].queryset.model.objects.all(), user)
        return fields

    def _unit_required(self):
        """Whether a row must name a unit it may write (a document may name none: the province's own)."""
        field = self.fields.get("unit")
        return field is not None and not field.read_only and not self.area.model._meta.get_field("unit").null

    def _is_figure(self, name):
        try:
            return figure_kind(self.area.model._meta.get_field(name)) is not None
        except FieldDoesNotExist:
            return False

    def started_from(self, data=None):
        """The version the request says it started from, or None when it sends none."""
        if not is_versioned(self.area.model):
            return None
        data = self.initial_data if data is None else data
        value = data.get(FIELD) if hasattr(data, "get") else None
        if value is None or value == "":
            return None
        try:
            number = int(value)
        except (TypeError, ValueError):
            number = 0
        if isinstance(value, bool) or number < 1 or str(number) != str(value).strip():
            raise serializers.ValidationError({FIELD: [_("Phiên bản phải là số nguyên dương.")]})
        return number

    def unsaved_row(self):
        return getattr(self, "_validated_instance", None)  # a new row as validate() made it

    def get_unique_together_validators(self):
        # full_clean() in validate() checks every unique rule and puts its message on its field.
        return []

    def to_internal_value(self, data):
        # A stale version is answered before anything else: the client must first see the current row.
        started_from = self.started_from(data) if self.instance is not None else None
        if started_from is not None and started_from != self.instance.version:
            raise VersionConflict(self.instance, started_from, self.instance.version)
        if hasattr(data, "get"):
            errors = {}
            for name, field in self.fields.items():  # a choice, a country: one value each
                if isinstance(field, serializers.ChoiceField) and not isinstance(
                    field, serializers.MultipleChoiceField
                ):
                    try:
                        refuse_container(data.get(name))
                    except serializers.ValidationError as error:
                        errors[name] = error.detail
            if errors:
                raise serializers.ValidationError(errors)
            typed = [name for name in getattr(self.area.model, "typed_fields", ()) if isinstance(data.get(name), str)]
            if typed:  # "０１０１ 234 567" is checked as the form checks it: 0101234567
                data = data.copy()
                for name in typed:
                    data[name] = typed_code(data[name])
        return super().to_internal_value(data)

    def validate(self, attrs):
        attrs = super().validate(attrs)
        checked = attrs.pop(CHECKED, False)
        user, area = asking_user(self), self.area
        parent = attrs.get(area.parent_field) if area.parent_field else None
        if parent is not None and user is not None and not can_edit(user, parent):
            raise serializers.ValidationError({area.parent_field: ["Không có quyền ghi vào bản ghi này."]})

        instance = self.instance if self.instance is not None else area.model()
        names = [name for name in area.form_fields() if name != FIELD]
        stored = row_values(instance, names) if instance.pk is not None else None
        if self.instance is None and self._unit_required():
            # Sent without a unit, a new row names the user's, as the form presets it (default_unit).
            attrs.setdefault("unit", default_unit(user))
        for name, value in attrs.items():
            setattr(instance, name, value)
        if any(f.name == "unit" for f in area.model._meta.get_fields()):
            unit_id = owning_unit(user, instance, parent)
            if unit_id != instance.unit_id:  # a child's parent's unit, a reporter's own: saved with the row
                instance.unit_id = unit_id
                attrs["unit"] = instance.unit
        compose_text(type(instance), instance)  # checked as it will be stored: "Quyết  định" as "Quyết định"
        try:
            instance.full_clean()
        except DjangoValidationError as error:
            raise serializers.ValidationError(serializers.as_serializer_error(error)) from None
        self._refuse_a_copy(instance)
        warnings = row_warnings(area.model, row_values(instance, names), stored, ask=API)
        if warnings and not checked:
            raise serializers.ValidationError({name: [message] for name, message in warnings.items()})
        self._validated_instance = instance
        return attrs

    def _refuse_a_copy(self, instance):
        """A row equal in every field to one already kept, refused as the register's form and import refuse it
        (register/forms.py, register/resources.py): counting it would double a figure. On create and on update."""
        citations = [name for name, field in self.fields.items() if isinstance(field, CitationField)]
        names = [name for name in self.area.form_fields() if name != FIELD and name not in citations]
        first = first_copy(instance, names, citation_lookups(instance, citations))
        if first is not None:
            raise serializers.ValidationError({api_settings.NON_FIELD_ERRORS_KEY: [copy_message(first)]})

    def save(self, **kwargs):
        try:
            with transaction.atomic():  # a document added for a citation goes if the row is refused
                saved_citations(self, self._validated_data)
                return super().save(**kwargs)
        except IntegrityError:
            error = explain_refusal(self._validated_instance)
            raise serializers.ValidationError(serializers.as_serializer_error(error)) from None

    def update(self, instance, validated_data):
        # The save claims the row only if it is still at the version sent (none sent: last write wins).
        expect_version(instance, self.started_from())
        return super().update(instance, validated_data)


# Said when a new row names no unit and its writer has none to give it (default_unit() is None).
NO_DEFAULT_UNIT = _lazy("Chọn đơn vị của bản ghi: tài khoản của bạn không gắn với đơn vị nào để ghi mặc định.")

# Sent true, it confirms the warnings of figures allowed but unlikely (AreaSerializer): the same name as
# the forms' box «Tôi đã kiểm tra» (core/confirm.CHECKED_FIELD).
CHECKED = CHECKED_FIELD


def serializer_for(area):
    names = area.form_fields()
    citations = [
        n
        for n in names
        if area.model._meta.get_field(n).is_relation and area.model._meta.get_field(n).related_model is LegalDocument
    ]
    # A cited document reads and is written as its citation ("Quyết định số 12/QĐ-UBND ngày …"), or null.
    attrs = {name: CitationField() for name in citations}
    attrs[CHECKED] = serializers.BooleanField(
        write_only=True,
        required=False,
        default=False,
        help_text=_lazy(
            "Gửi true để xác nhận số liệu khác thường đã được kiểm tra (tỷ giá, số người một đoàn, ngày, năm): "
            "không có nó, số liệu đó được trả lời 400 kèm cảnh báo theo từng trường và chưa lưu."
        ),
    )
    fields = ["id", *([FIELD] if is_versioned(area.model) else []), *names, CHECKED]
    # What the register derives and lists (a document is the unit's own) is read, never written.
    fields += [name for name in area.list_display if name not in fields and name != "unit"]
    if area.parent_field and "unit" not in fields:
        attrs["unit"] = serializers.PrimaryKeyRelatedField(read_only=True)
        fields.append("unit")
    attrs["area"] = area
    attrs["Meta"] = type("Meta", (), {"model": area.model, "fields": fields})
    return type(f"{area.model.__name__}Serializer", (AreaSerializer,), attrs)
