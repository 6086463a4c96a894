"""What a register row's request body is held to beyond its fields' own arguments, said in the schema.

The register's rules are the model's (full_clean(): core/figure_limits, the table's check constraints), so that
the API refuses in the forms' words; drf-spectacular reads only the serializer fields' arguments. Without this the
schema let a client send what is then refused: notes of 25.000 characters, a crew of 0 reporters, 20 million
people; and it asked for a unit that the API fills in itself.
"""

from decimal import Decimal

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy

from ngoaivu.core.figure_limits import COUNT_LIMIT, TEXT_LIMIT, figure_kind
from ngoaivu.core.models import LegalDocument
from ngoaivu.register.models.base import Record

UNIT_DEFAULT = gettext_lazy(
    "Không gửi thì bản ghi mới lấy đơn vị của người dùng (đơn vị đã thôi hoạt động: đơn vị kế tục), bản ghi "
    "đang có giữ đơn vị của nó; tài khoản không gắn với đơn vị nào phải gửi."
)


def add_register_rules(schema, serializer):
    """Write into schema (a register serializer's request body) the limits its model holds each field to."""
    model, properties = serializer.area.model, schema.get("properties", {})
    for name, field in serializer.fields.items():
        if name in properties and not field.read_only:
            properties[name].update(model_limits(model, name, properties[name]))
    if "unit" in properties and serializer._unit_required():
        # A new row without a unit names the user's (AreaSerializer.validate): required of no one in the schema,
        # which is the same for every user; one without a unit is told so (NO_DEFAULT_UNIT).
        required = [name for name in schema.get("required", []) if name != "unit"]
        if required:
            schema["required"] = required
        else:
            schema.pop("required", None)  # OpenAPI 3.0 takes no empty list
        said = properties["unit"].get("description")
        properties["unit"]["description"] = format_lazy("{} {}", said, UNIT_DEFAULT) if said else UNIT_DEFAULT


def model_limits(model, name, described):
    """{keyword: value} of the limits model's field `name` holds beyond what described (its schema) says."""
    try:
        model_field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return {}
    limits = {}
    # Record.clean_fields and LegalDocument.clean_fields hold their texts and figures to core/figure_limits
    if issubclass(model, (Record, LegalDocument)):
        if isinstance(model_field, models.TextField):
            limits["maxLength"] = TEXT_LIMIT
        if figure_kind(model_field) == "count":
            limits["maximum"] = COUNT_LIMIT  # the database's own range gives way to it (AreaSerializer.get_fields)
    least = constraint_least(model, name)
    if least is not None and least > described.get("minimum", least - 1):
        limits["minimum"] = least
    return limits


def constraint_least(model, name):
    """The least value a check constraint holds the field to (Q(persons__gte=1)), or None."""
    leasts = []
    for constraint in model._meta.constraints:
        condition = getattr(constraint, "condition", None)
        if not isinstance(constraint, models.CheckConstraint) or condition is None or condition.negated:
            continue
        if condition.connector != models.Q.AND and len(condition.children) > 1:
            continue  # one of several conditions: none holds alone
        leasts += [
            child[1]
            for child in condition.children
            # a number, not another field (person_visits__gte=F("groups"), a rule between two fields)
            if isinstance(child, tuple) and child[0] == f"{name}__gte" and type(child[1]) in (int, Decimal)
        ]
    return max(leasts) if leasts else None
