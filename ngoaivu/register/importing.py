"""A workbook imported into an area, all or nothing: one pass in one transaction, each row in its own
savepoint, every bad row reported with its reason, and everything rolled back while any row is bad. A
figure allowed but unlikely (unlikely.py) is listed by row, column and message, and the file is saved only
once the person confirms that very list (its seal, import_seal). How each row is read and saved is the
area's resource's (resources.py).
"""

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS
from django.db import DatabaseError, transaction
from django.utils import translation
from django.utils.translation import gettext as _

from ngoaivu.core.confirm import seal_of
from ngoaivu.core.constraints import refused_message

from .resources import resource_class
from .sheet_rows import data_rows, header_problems
from .workbooks import area_sheet_title


def row_problems(result, resource, sheet_rows):
    """[(row number in the sheet, column, message)] for every bad row of an import result, as the warnings
    are listed: the column is the heading of the cell the error is about, empty when it is about the whole
    row (a row typed twice, a database refusal).

    sheet_rows[i] is the sheet row of the dataset's row i + 1 (import-export counts from 1).
    """
    columns = {}
    for field in resource.fields.values():  # the unit's name before its code: the column a person fills in
        columns.setdefault(field.attribute, field.column_name)
    problems = []
    for number, errors in result.row_errors():
        for error in errors:
            # A database refusal (a race with another save) is said in Vietnamese, never in the database's words.
            if isinstance(error.error, DatabaseError):
                problems.append((sheet_rows[number - 1], "", refused_message()))
            else:
                column = columns.get(getattr(error.error, "field", None), "")
                problems.append((sheet_rows[number - 1], column, str(error.error)))
    for invalid in result.invalid_rows:
        for field_name, errors in _error_dict(invalid.error).items():
            for error in errors:
                column = _column_of(field_name, error, columns)
                problems.extend((sheet_rows[invalid.number - 1], column, message) for message in error.messages)
    return sorted(problems, key=lambda p: p[0])


def _error_dict(error):
    """{field name: [ValidationError]} of a row's ValidationError, a plain one as the whole row's."""
    return error.error_dict if hasattr(error, "error_dict") else {NON_FIELD_ERRORS: error.error_list}


def _column_of(field_name, error, columns):
    """The column(s) an error of a row is about: its field's; for an error of the whole row that names the
    fields it compares (a pair of values unique together), theirs; else none."""
    if field_name != NON_FIELD_ERRORS:
        return columns.get(field_name, field_name)
    compared = (getattr(error, "params", None) or {}).get("unique_check") or ()
    return ", ".join(str(columns[name]) for name in compared if name in columns)


def import_seal(warnings):
    """The seal of an import's warnings [(row, column, message)]: a file whose figures changed gives another."""
    return seal_of({f"{row}\t{column}": message for row, column, message in warnings}) if warnings else ""


# The history's column of reasons holds 100 characters.
_REASON_LENGTH = 100


def import_rows(area, user, dataset, confirmed="", file_name=""):
    """Save all or nothing, in one pass. Returns ({"new", "update", "skip", "read_only": rows}, problems,
    warnings), problems [(sheet row, column, message)] (row_problems);
    "read_only": the rows passed over that the user may read but not edit, unchanged in the file.

    warnings are [(sheet row, column, message)] of figures allowed but unlikely: while they are not
    confirmed (confirmed, the seal of the list the person saw and ticked, import_seal), nothing is
    saved and they are returned; errors come first (problems, and no warnings). Every row is validated
    and saved inside one transaction, each row in a savepoint of its own (django-import-export's
    use_transactions), so a row the database refuses is rolled back alone (on PostgreSQL the
    transaction stays usable) and the next rows are still checked.
    If any row is bad, every problem is returned and the whole transaction rolled back.
    """
    resource = _resource_for(area, user, dataset.headers)
    # stored as data, in Vietnamese as the rows: where each row of the history came from
    reason = f"Nhập từ tệp Excel «{file_name}»" if file_name else "Nhập từ tệp Excel"
    resource.change_reason = reason if len(reason) <= _REASON_LENGTH else f"{reason[: _REASON_LENGTH - 2]}…»"
    counts, problems, warnings = _import_rows(resource, dataset, confirmed)
    if problems and problems[0][0] == 1 and dataset.title:
        # the header is not the area's: say which sheet was read, the data may be on another
        said = _(
            "Đã đọc trang «%(sheet)s» của tệp. Nếu số liệu ở trang khác, đặt tên trang đó là «%(title)s» rồi nhập lại."
        ) % {"sheet": dataset.title, "title": area_sheet_title(area.title)}
        problems = [(1, "", said), *problems]
    return counts, problems, warnings


def _resource_for(area, user, headers):
    """The area's resource with its columns named in the interface language the file was made in: a template
    downloaded in English imports for a person reading Vietnamese too, its choices read as written (ChoiceWidget
    reads every language's). What the import says is in the person's language, as every page. The current
    language's when none fits, for header_problems to name the columns it lacks."""
    current = translation.get_language() or settings.LANGUAGE_CODE
    first = None
    for language in [current] + [code for code, _name in settings.LANGUAGES if code != current]:
        with translation.override(language):
            resource = resource_class(area, user)(user=user)
        if not header_problems(resource, headers):
            return resource
        first = first or resource
    return first


def _import_rows(resource, dataset, confirmed):
    problems = header_problems(resource, dataset.headers)
    if problems:
        return {}, problems, []
    dataset, sheet_rows = data_rows(dataset, resource.fields["id"].column_name)
    resource.sheet_rows = sheet_rows
    if not len(dataset):
        return {}, [(2, "", _("Tệp không có dòng dữ liệu nào."))], []
    with transaction.atomic():
        result = resource.import_data(dataset, dry_run=False, raise_errors=False, use_transactions=True)
        if result.base_errors:
            # A failure outside any row (before_import, after_import) rolled the rows back: never a success.
            raise result.base_errors[0].error
        problems = row_problems(result, resource, sheet_rows)
        if problems:
            transaction.set_rollback(True)
            return {}, problems, []
        warnings = sorted(resource.warnings, key=lambda warning: warning[0])
        if warnings and confirmed != import_seal(warnings):
            transaction.set_rollback(True)
            return {}, [], warnings
        resource.write_history()
    counts = {kind: result.totals.get(kind, 0) for kind in ("new", "update", "skip")}
    counts["skip"] -= len(resource.read_only)
    counts["read_only"] = len(resource.read_only)
    return counts, [], []
