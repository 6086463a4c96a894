"""The kept rows an import's new rows may copy, read in a few queries for the whole file.

An import refuses a new row equal in every column to a row already kept (models.base.first_copy):
asked row by row, that is one query per row, each reading the whole table. KeptRows reads once,
before the first row, every kept row whose value in one text column (the «by» column, «Tên đoàn»
say) is one the file gives, and then answers first_copy's question in memory for each row: the
first (lowest) number of a kept row equal to it as stored, or None.

The rows the import saves are kept too from the moment they are saved (saved()), as first_copy
would see them: a new row then counts as kept, an updated row under its new values. A row whose
«by» value was not read before (its cell read otherwise than in the pre-reading) is NOT_READ: the
caller asks first_copy.
"""

from django.db.models import CharField, TextField

from .models.base import copy_values, stored_value

NOT_READ = object()
CHUNK = 500  # values per IN (…): well inside SQLite's and PostgreSQL's bounds on parameters


class KeptRows:
    def __init__(self, model, names, by):
        self.model = model
        self.names = names
        self.columns = list(dict.fromkeys(model._meta.get_field(name) for name in names))
        self.columns = [field for field in self.columns if not field.many_to_many]
        self.by = by  # the model field the kept rows are read by
        self.read = set()  # the «by» values (as stored) whose kept rows were read
        self.pks = {}  # {row's values: {pk}}
        self.values_of = {}  # {pk: row's values}

    @classmethod
    def for_import(cls, model, names, fields, dataset):
        """KeptRows for an import's dataset, or None when no text column of the file can read them.

        fields: the resource's import-export fields by attribute; each row's «by» cell is read with
        its widget, as the row will be."""
        field = _by_field(model, names, fields, dataset.headers)
        if field is None:
            return None
        kept = cls(model, names, field)
        column = fields[field.name]
        values = set()
        for data_row in dataset:
            try:
                values.add(stored_value(field, column.clean(dict(zip(dataset.headers, data_row)))))
            except Exception:  # a cell the row itself will refuse, with its message
                continue
        kept.fetch(values)
        return kept

    def fetch(self, values):
        values = sorted(set(values) - self.read - {None}, key=str)
        attnames = [field.attname for field in self.columns]
        for start in range(0, len(values), CHUNK):
            chunk = values[start : start + CHUNK]
            rows = self.model._base_manager.filter(**{f"{self.by.attname}__in": chunk}).values_list("pk", *attnames)
            for pk, *stored in rows:
                self._keep(pk, tuple(field.get_prep_value(value) for field, value in zip(self.columns, stored)))
        self.read.update(values)

    def key(self, instance):
        values = copy_values(instance, [field.name for field in self.columns])
        return tuple(values[field.attname] for field in self.columns)

    def first(self, instance):
        """The number of the first kept row equal to instance (a new row), None, or NOT_READ."""
        key = self.key(instance)
        if key[self.columns.index(self.by)] not in self.read:
            return NOT_READ
        pks = self.pks.get(key)
        return min(pks) if pks else None

    def saved(self, instance):
        """instance was saved by the import: from now on it is kept, with its values as saved."""
        old = self.values_of.pop(instance.pk, None)
        if old is not None:
            self.pks[old].discard(instance.pk)
        key = self.key(instance)
        if key[self.columns.index(self.by)] in self.read:
            self._keep(instance.pk, key)

    def _keep(self, pk, key):
        self.pks.setdefault(key, set()).add(pk)
        self.values_of[pk] = key


def _by_field(model, names, fields, headers):
    """The compared text field to read kept rows by: one of the file's columns, required if one is."""
    candidates = []
    for name in dict.fromkeys(names):
        field = model._meta.get_field(name)
        column = fields.get(name)
        if (
            isinstance(field, (CharField, TextField))
            and not field.choices
            and column is not None
            and column.column_name in headers
        ):
            candidates.append(field)
    candidates.sort(key=lambda field: field.blank)  # a required column is filled on every row
    return candidates[0] if candidates else None
