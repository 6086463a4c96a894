"""What a write sends is written or refused, never dropped: the rule of every serializer a request writes through.

DRF leaves out of a save any key its serializer does not know, and any read-only field: a misspelt figure
("so_luot_nguoi", "person_visit") or a row's `unit` changed by hand was answered 200 or 201, and the client
believed saved what never was. Here such a key is refused, 400 under its own name, naming the fields that are
written (and the one meant, when it is close). A read-only field may still be sent back as it was read (a row
read, changed and sent back whole): on an update it must hold the stored value, on a new row nothing (null or
"") or the value the row will be given; anything else is refused, as it would not be written.
"""

import difflib
import json
import re
from collections.abc import Mapping
from itertools import islice

from django.core.exceptions import ObjectDoesNotExist
from django.utils import translation
from django.utils.translation import gettext as _
from rest_framework import serializers
from rest_framework.fields import SkipField, empty
from rest_framework.relations import PKOnlyObject
from rest_framework.utils.encoders import JSONEncoder

from ngoaivu.pure.numbers import quoted
from ngoaivu.pure.text import fold

from .metadata import label_of

# Names the API took before version 0.2.0 (README): a client still sending one is told the new name.
RENAMED = {"request": "letter", "state": "status", "stage": "status"}
# How alike a key and a field's name or label must be to be offered as the one meant.
CLOSE = 0.8
# Unknown fields named in one refusal: a body of thousands is refused as well without naming them all.
NAMED = 20
_UNREADABLE = object()  # a value the row does not have yet (a relation of a row not saved): never the one sent


class StrictFields:
    """A serializer's mixin (first among its bases): unknown body fields and read-only fields sent with another
    value than the row holds (or will hold) are refused, each under its name, with the other errors."""

    # Read-only fields whose value an update checks by a rule of its own (AreaSerializer: `version`, the version
    # the update started from; another one is a 409).
    checked_on_update = ()
    # Said after an unknown field's refusal in place of the list of fields written (a text saying what each does).
    fields_said = None

    def to_internal_value(self, data):
        self._read_only_sent = {}
        refused = self._refusals(data) if isinstance(data, Mapping) else {}
        try:
            value = super().to_internal_value(data)
        except serializers.ValidationError as error:
            if refused and isinstance(error.detail, Mapping):
                raise serializers.ValidationError({**error.detail, **refused}) from None
            raise
        if refused:
            raise serializers.ValidationError(refused)
        return value

    def run_validation(self, data=empty):
        value = super().run_validation(data)
        # A new row's read-only fields, compared once validate() has said what the row will hold.
        sent = getattr(self, "_read_only_sent", None)
        if sent:
            row = self.unsaved_row()
            refused = {
                name: [self._read_only_refusal(name, None)]
                for name, given in sent.items()
                if row is None or not same(given, shown(self.fields[name], row))
            }
            if refused:
                raise serializers.ValidationError(refused)
        return value

    def unsaved_row(self):
        """The new row as it would be saved, or None: then a read-only field is taken on create as null or "" only."""
        return None

    def _refusals(self, data):
        fields = self.fields
        unknown = islice((str(key) for key in data if key not in fields), NAMED)
        refused = {name: [self._unknown_refusal(name)] for name in unknown}
        for name, field in fields.items():
            if name not in data or not field.read_only:
                continue
            given = data.get(name)
            if self.instance is None:
                if given is not None and given != "":
                    self._read_only_sent[name] = given
            elif name not in self.checked_on_update:
                stored = shown(field, self.instance)
                if not same(given, stored):
                    refused[name] = [self._read_only_refusal(name, stored)]
        return refused

    def _writable(self):
        return [name for name, field in self.fields.items() if not field.read_only]

    def _unknown_refusal(self, name):
        said = [
            _("Không có trường «%(name)s» ở địa chỉ này: yêu cầu không được thực hiện, không lưu gì.")
            % {"name": quoted(name)}
        ]
        meant = self._meant(name)
        if meant:
            said.append(_("Có phải «%(name)s»?") % {"name": meant})
        if self.fields_said:
            said.append(str(self.fields_said))
        else:
            said.append(_("Các trường ghi được: %(names)s.") % {"names": ", ".join(self._writable())})
        return " ".join(said)

    def _meant(self, name):
        """The writable field a key most likely meant: its new name, its own name or its label in other letters
        ("Title", "so_luot_nguoi" for «Số lượt người»), or one close to it ("person_visit")."""
        writable = self._writable()
        if RENAMED.get(name) in writable:
            return RENAMED[name]
        with translation.override("vi"):  # a Vietnamese name is matched whatever the language of the answer
            labels = {field: str(label_of(self.fields[field]) or "") for field in writable}
        names = {_key(label): field for field, label in labels.items() if label}
        names.update({_key(field): field for field in writable})
        key = _key(name)
        swapped = [field for written, field in names.items() if sorted(written) == sorted(key)]  # "nmae"
        close = difflib.get_close_matches(key, list(names), n=1, cutoff=CLOSE)
        return swapped[0] if swapped else names[close[0]] if close else None

    def _read_only_refusal(self, name, stored):
        if self.instance is None:
            return _("Trường «%(name)s» chỉ đọc, không ghi được khi thêm mới: bỏ trường này hoặc gửi null.") % {
                "name": name
            }
        return _(
            "Trường «%(name)s» chỉ đọc, không ghi được: giá trị đang lưu là %(value)s. Gửi lại đúng giá trị đó "
            "hoặc bỏ trường này."
        ) % {"name": name, "value": _quoted_value(stored)}


def _key(text):
    """A name or label as a field's name is written: "Số lượt người" → "so_luot_nguoi"."""
    return re.sub(r"[^0-9a-z]+", "_", fold(str(text))).strip("_")


def shown(field, row):
    """The field's value as the API writes it for the row (a GET of it), as JSON reads it back."""
    try:
        attribute = field.get_attribute(row)
    except (SkipField, ValueError, ObjectDoesNotExist):
        return _UNREADABLE
    if (attribute.pk if isinstance(attribute, PKOnlyObject) else attribute) is None:
        return None
    return json.loads(json.dumps(field.to_representation(attribute), cls=JSONEncoder))


def same(given, stored):
    """Whether a value sent is the one the API writes: 12 or "12" for 12 (a form body sends text), true for true."""
    if stored is _UNREADABLE:
        return False
    if isinstance(given, str) and not isinstance(stored, (str, list, dict)):
        return given == json.dumps(stored)
    if isinstance(given, bool) != isinstance(stored, bool):
        return False  # true is not the row 1
    return given == stored


def _quoted_value(value):
    if value is _UNREADABLE:
        value = None
    if isinstance(value, str):
        return f"«{quoted(value)}»"
    return quoted(json.dumps(value, ensure_ascii=False))
