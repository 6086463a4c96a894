"""The resource of an area (django-import-export): its columns with Vietnamese names, each read and
written by its widget (widgets.py), and how each row of a file is checked and saved: as a form checks it,
within the rows the user may read and edit, a row typed twice or edited since its export refused. Exports
carry typed values (dates, numbers, text); workbooks.py writes them as real Excel cells or as CSV. A file's
import as a whole, all or nothing, is importing.py's.
"""

from copy import deepcopy
from itertools import groupby

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from import_export import fields, resources

from ngoaivu.core.composed import compose_text
from ngoaivu.core.locking import FIELD, is_versioned
from ngoaivu.core.permissions import can_edit, default_unit, owning_unit, scope

from .copies import NOT_READ, KeptRows
from .value_widgets import NumberWidget, is_blank
from .widgets import UnitCodeWidget, UnitWidget, widget_for
from .models.base import copy_message, first_copy
from .unlikely import row_values, row_warnings


class CellError(ValueError):
    """A row refused for what one of its cells holds: field, the name of that cell's field, gives the column
    the import's list of errors names (importing.row_problems)."""

    def __init__(self, message, field):
        super().__init__(message)
        self.field = field


class RecordResource(resources.ModelResource):
    shared_when_null = False  # the area's (resource_class): rows without a unit are reference data all read

    def __init__(self, user=None, **kwargs):
        self.user = user
        self.sheet_rows = []  # the sheet row of each dataset row (data_rows), for messages
        self.added = {}  # {pk: sheet row} of the rows this import added, rolled back if any row is bad
        self.kept = None  # the kept rows a new row may copy (copies.KeptRows), read in before_import
        self.saved = []  # [(instance, is_create)] in the order saved, for write_history
        self.passed = set()  # {(field name, type, value)} of relations and choices clean_fields passed
        self.warnings = []  # [(sheet row, column, message)] of figures allowed but unlikely (unlikely.py)
        self.edited = {}  # {pk: sheet row} of the records the file's rows update, to refuse a second row
        self.read_only = set()  # {pk} of the rows the user only reads, passed over unchanged
        self.change_reason = None  # what the history says of every row saved: «Nhập từ tệp Excel «…»»
        super().__init__(**kwargs)

    def _sheet_row(self, number):
        """The sheet row of the dataset's row number (import-export counts from 1)."""
        return self.sheet_rows[number - 1] if number and number <= len(self.sheet_rows) else number

    def before_import(self, dataset, **kwargs):
        super().before_import(dataset, **kwargs)
        self.kept = KeptRows.for_import(self._meta.model, self._compared(), self.fields, dataset)

    def _compared(self):
        """The fields a new row is compared in with the rows kept (_refuse_a_copy)."""
        return [field.attribute for field in self.fields.values() if field.attribute not in ("id", FIELD)]

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        """import-export's: the row's import errors with those of Model.full_clean(), whose steps are
        taken here as Django takes them, except that a relation or a choice whose value passed
        clean_fields on an earlier row of the file is not cleaned again (a query for a relation, a
        walk through some 250 countries for a country, on every row). Its text is checked as it will be
        stored (core/composed.py): a name typed with two spaces is the name already kept."""
        compose_text(type(instance), instance)
        errors = dict(import_validation_errors or {})
        exclude = set(errors)
        repeated = {name for name, key in self._passable(instance) if key in self.passed}
        try:
            instance.clean_fields(exclude=exclude | repeated)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        try:
            instance.clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for step in [instance.validate_unique] * validate_unique + [instance.validate_constraints]:
            exclude |= {name for name in errors if name != NON_FIELD_ERRORS}
            try:
                step(exclude=exclude)
            except ValidationError as error:
                errors = self._said_against_the_file(instance, error).update_error_dict(errors)
        self.passed.update(key for name, key in self._passable(instance) if name not in exclude | set(errors))
        if errors:
            raise ValidationError(errors)

    def _said_against_the_file(self, instance, error):
        """A value unique to one row (a procedure's code) that a row of this very file gave first is said
        against that row, as a row typed twice is (_refuse_a_copy): no record holds it until the file is saved."""
        said = {}
        for name, messages in error.error_dict.items():
            first = None
            if name != NON_FIELD_ERRORS and any(message.code == "unique" for message in messages):
                holder = type(instance)._base_manager.filter(**{name: getattr(instance, name)})
                first = self.added.get(holder.values_list("pk", flat=True).first())
            said[name] = [_("Trùng với dòng %(row)s của tệp.") % {"row": first}] if first else messages
        return ValidationError(said)

    def _passable(self, instance):
        """[(name, key)] of the relations and choices of instance whose cleaning only its value decides."""
        for field in instance._meta.fields:
            if not (field.many_to_one or field.one_to_one or field.choices):
                continue
            value = getattr(instance, field.attname)
            try:
                hash(value)
            except TypeError:  # a list of countries
                continue
            yield field.name, (field.name, type(value), value)

    def save_instance(self, instance, is_create, row, **kwargs):
        self._look_for_warnings(instance, is_create, kwargs.get("row_number"))
        self._say_restored(row, kwargs.get("row_number"))
        # Its history is written with the others' once every row is saved (write_history), at the
        # moment of its own save, as the save would have written it.
        instance.skip_history_when_saving = True
        instance._history_date = timezone.now()
        super().save_instance(instance, is_create, row, **kwargs)
        self.saved.append((instance, is_create))
        if self.kept is not None:
            self.kept.saved(instance)

    def _look_for_warnings(self, instance, is_create, number):
        """The warnings of a row about to be saved, as its form would give them: on an update, only
        what the file changes (the row as stored is read only when there is something to compare)."""
        names = list(dict.fromkeys(self._compared()))
        model = self._meta.model
        found = row_warnings(model, row_values(instance, names))
        if found and not is_create:
            stored = model._base_manager.filter(pk=instance.pk).first()
            if stored is not None:
                found = row_warnings(model, row_values(instance, names), row_values(stored, names))
        if not found:
            return
        columns = {}
        for field in self.fields.values():
            columns.setdefault(field.attribute, field.column_name)
        sheet_row = self._sheet_row(number)
        for name, message in found.items():
            self.warnings.append((sheet_row, columns.get(name, name), message))

    def _say_restored(self, row, number):
        """A cell read as other than it holds (a tax code's leading 0 given back, TaxCodeWidget) is listed
        with the warnings, to be confirmed: a figure in a file never changes silently."""
        for field in self.fields.values():
            note = getattr(field.widget, "note", None)
            message = note(row.get(field.column_name)) if note is not None else None
            if message:
                self.warnings.append((self._sheet_row(number), field.column_name, message))

    def write_history(self):
        """The history of every saved row, in a few INSERTs rather than one per row: the same records
        (type, values, moment, user) in the same order as each save would have written, each saying it came
        from the file (change_reason)."""
        history = self._meta.model.history
        for is_create, run in groupby(self.saved, key=lambda pair: pair[1]):
            instances = [instance for instance, _is_create in run]
            # default_change_reason: a save without a reason writes None, where bulk_history_create writes ""
            history.bulk_history_create(
                instances, update=not is_create, batch_size=500, default_change_reason=self.change_reason
            )
            for instance in instances:
                del instance.skip_history_when_saving
        self.saved = []

    def after_save_instance(self, instance, row, **kwargs):
        super().after_save_instance(instance, row, **kwargs)
        number = kwargs.get("row_number")
        if number is not None and number <= len(self.sheet_rows):
            self.added.setdefault(instance.pk, self.sheet_rows[number - 1])

    def import_field(self, field, instance, row, is_m2m=False, **kwargs):
        # The row's instance for the widgets that read a cell against what it stores (widgets.CitationWidget).
        super().import_field(field, instance, row, is_m2m, **kwargs, row_instance=instance)

    def get_queryset(self):
        """The rows a file's «Mã» may name: those the user reads, as the area's list shows them (shared
        reference rows too), whether the user may edit them or only read them (import_instance)."""
        return scope(self._meta.model.objects.all(), self.user, shared_when_null=self.shared_when_null)

    def before_import_row(self, row, **kwargs):
        """Two rows updating one record: the second would silently undo the first, and its version, raised
        by the first, would be said to be someone else's edit. Refused against the first row."""
        super().before_import_row(row, **kwargs)
        try:
            pk = self.fields["id"].clean(row)
        except (KeyError, ValueError):
            return  # get_instance says what is wrong with the number
        if pk is None:
            return
        sheet_row = self._sheet_row(kwargs.get("row_number"))
        first = self.edited.setdefault(pk, sheet_row)
        if first != sheet_row:
            raise CellError(
                _(
                    "Dòng %(row)s của tệp đã sửa bản ghi mã %(pk)s: mỗi bản ghi chỉ sửa ở một dòng; gộp các thay "
                    "đổi vào một dòng rồi nhập lại."
                )
                % {"row": first, "pk": pk},
                "id",
            )

    def get_instance(self, instance_loader, row):
        """A row with a number updates that record, which must be one the user may see."""
        number = row.get(self.fields["id"].column_name)
        if is_blank(number):
            return None
        try:
            instance = super().get_instance(instance_loader, row)
        except ValueError as error:  # a «Mã» that is no number
            raise CellError(str(error), "id") from error
        if instance is None:
            raise CellError(_("Không có bản ghi mã «%(value)s» trong dữ liệu bạn được sửa.") % {"value": number}, "id")
        return instance

    def import_instance(self, instance, row, **kwargs):
        if instance.pk is not None and self.user is not None and not can_edit(self.user, instance):
            self._pass_over_read_only(instance, row, **kwargs)
            return
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if "unit" not in errors:  # given even when another cell is bad: the row is not said to lack one
            missing = self._give_unit(instance)
            if missing is not None:
                errors["unit"] = [missing]
        if errors:
            raise ValidationError(errors)
        if self.user is not None and not can_edit(self.user, instance):  # a child of a row it only reads
            raise CellError(_("Bạn chỉ được nhập dữ liệu của đơn vị mình."), "unit")
        if instance.pk is None:
            self._refuse_a_copy(instance)

    def _give_unit(self, instance):
        """The row's unit as the form and the API give it: a child's its parent's; a new row naming none the
        writer's (default_unit, as the form presets it); a reporter's its own (owning_unit). Returns the
        error of a row left without the unit it must have, else None."""
        if not any(field.name == "unit" for field in instance._meta.fields):
            return None
        parent_field = getattr(self, "parent_field", None)
        parent = (
            getattr(instance, parent_field) if parent_field and getattr(instance, f"{parent_field}_id", None) else None
        )
        required = not instance._meta.get_field("unit").null  # a document may name none: the province's own
        if required and instance.pk is None and instance.unit_id is None and self.user is not None:
            instance.unit = default_unit(self.user)
        instance.unit_id = owning_unit(self.user, instance, parent)
        if required and instance.unit_id is None:
            return ValidationError(_("Ghi tên hoặc ký hiệu đơn vị của dòng này."), code="required")
        return None

    def _pass_over_read_only(self, instance, row, **kwargs):
        """A row the user reads but may not edit (an ended unit's the successor took over, a shared reference
        row): left as stored when the file has it unchanged, as an export imported back has it; refused
        when the file changes it. Read is not write (core/permissions.can_edit)."""
        written = deepcopy(instance)
        try:  # the file's cells read as for a save, its unit even where the user may not give it
            super().import_instance(written, row, **kwargs, for_comparison=True)
        except ValidationError:
            unchanged = False
        else:
            unchanged = super().skip_row(written, instance, row)
        if not unchanged:
            raise CellError(_("Bản ghi mã «%(value)s» chỉ được xem, không được sửa.") % {"value": instance.pk}, "id")
        self.read_only.add(instance.pk)

    def before_save_instance(self, instance, row, **kwargs):
        """A row changed in a file exported before someone else's edit would undo that edit without a word:
        the file's «Phiên bản» must be the row's still (an unchanged row is skipped before this)."""
        super().before_save_instance(instance, row, **kwargs)
        field = self.fields.get(FIELD)
        written = field.widget.clean(row.get(field.column_name)) if field is not None and instance.pk else None
        if written is None:
            return
        current = type(instance)._base_manager.filter(pk=instance.pk).values_list(FIELD, flat=True).first()
        if current is not None and current != written:
            raise CellError(
                _(
                    "Bản ghi mã %(pk)s đã được sửa sau khi xuất tệp này (tệp ghi phiên bản %(written)s, sổ theo dõi "
                    "đang ở phiên bản %(current)s); nhập dòng này sẽ xóa mất phần sửa đó. Tải tệp xuất mới rồi "
                    "sửa lại dòng này."
                )
                % {"pk": instance.pk, "written": written, "current": current},
                FIELD,
            )

    def _refuse_a_copy(self, instance):
        """A new row equal in every column to one already kept is the same file imported again, or a row
        typed twice: counting it would double a figure, so it is refused with the number of the first."""
        first = self.kept.first(instance) if self.kept is not None else NOT_READ
        if first is NOT_READ:
            first = first_copy(instance, self._compared())
        if first in self.added:  # a row typed twice in the file: the first is no kept record yet
            raise ValueError(
                _("Trùng với dòng %(row)s của tệp (mọi thông tin đều giống): lưu cả hai sẽ tính số liệu hai lần.")
                % {"row": self.added[first]}
            )
        if first is not None:
            raise ValueError(copy_message(first))
        if self.user is not None and not instance.pk and hasattr(instance, "created_by_id"):
            instance.created_by = self.user


def unit_code_column():
    return _("Ký hiệu đơn vị")


def resource_class(area, user):
    attrs = {"parent_field": area.parent_field, "shared_when_null": area.shared_when_null}
    names = ["id"]
    attrs["id"] = fields.Field(attribute="id", column_name=_("Mã"), widget=NumberWidget(integer=True, grouped=False))
    for name in area.form_fields() + ([area.parent_field] if area.parent_field else []):
        if name in attrs:
            continue
        model_field = area.model._meta.get_field(name)
        column = str(model_field.verbose_name).capitalize()
        widget = UnitWidget(user, column, unit_code_column()) if name == "unit" else widget_for(model_field, user)
        attrs[name] = fields.Field(
            attribute=name,
            column_name=column,
            widget=widget,
            default=None if model_field.null else model_field.get_default(),
        )
        names.append(name)
        if name == "unit":  # the unit's name, then its code in a column of its own; either is read back
            attrs["unit_code"] = fields.Field(
                attribute="unit",
                column_name=unit_code_column(),
                saves_null_values=False,
                widget=UnitCodeWidget(user, column, unit_code_column()),
            )
            names.append("unit_code")
    if is_versioned(area.model):
        # exported so that an import can tell a row edited since the file was made (before_save_instance)
        attrs[FIELD] = fields.Field(
            attribute=FIELD,
            column_name=_("Phiên bản"),
            widget=NumberWidget(integer=True, grouped=False),
            readonly=True,
        )
        names.append(FIELD)
    attrs["Meta"] = type(
        "Meta",
        (),
        {
            "model": area.model,
            "fields": names,
            "import_id_fields": ["id"],
            "clean_model_instances": True,
            "skip_unchanged": True,  # a row exported and imported back unchanged writes no new version
            "skip_html_diff": True,  # the import page lists counts and problems, never a row's HTML diff
            "use_transactions": True,
        },
    )
    return type(f"{area.model.__name__}Resource", (RecordResource,), attrs)
