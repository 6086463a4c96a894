"""A sheet as an import reads it: its header against the area's columns, and its rows without the
blank ones and the template's example row, each with the sheet row it came from."""

import tablib
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ngoaivu.core.permissions import owning_unit

from .forms import ASKED_ANSWERS
from .value_widgets import is_blank, nfc


def is_required(resource, field):
    """A column every file must have: a field the model requires and fills with no default, or an answer the
    forms ask (forms.ASKED_ANSWERS), never taken from a default."""
    model_field = resource._meta.model._meta.get_field(field.attribute)
    if field.attribute in ASKED_ANSWERS:
        return True
    return not (model_field.blank or model_field.has_default() or model_field.null)


def header_problems(resource, headers):
    """[(1, column, message)] of the columns the sheet has that the area does not know, and of the required
    columns it lacks."""
    by_column = {field.column_name: field for field in resource.fields.values()}
    headers = [nfc(h) for h in headers if not is_blank(h)]
    problems = [
        (1, h, _("Cột «%(column)s» không có trong mẫu của mục này.") % {"column": h})
        for h in headers
        if h not in by_column
    ]
    present = {by_column[h].attribute for h in headers if h in by_column}
    for name, field in resource.fields.items():
        if name == "id" or field.attribute in present or not is_required(resource, field):
            continue
        if field.attribute == "unit" and owning_unit(resource.user, resource._meta.model()) is not None:
            continue  # a reporter's rows are its own unit's: a new row needs no unit named
        present.add(field.attribute)  # one message for the unit, whichever of its two columns
        problems.append((1, field.column_name, _("Thiếu cột bắt buộc «%(column)s».") % {"column": field.column_name}))
    return problems


EXAMPLE_MARK = gettext_lazy("Ví dụ")


def example_marks():
    """What the template's example row says in its «Mã» column, in every interface language («Ví dụ»,
    «Example»): a template made in English is read for a person reading Vietnamese too."""
    marks = set()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            marks.add(nfc(EXAMPLE_MARK).casefold())
    return marks


def data_rows(dataset, id_column):
    """The rows to import, without blank rows and the example row, and the sheet row each came from."""
    kept, sheet_rows = tablib.Dataset(headers=dataset.headers), []
    marks = example_marks()
    for number, row in enumerate(dataset, start=2):  # the header is sheet row 1
        mark = dict(zip(dataset.headers, row)).get(id_column)
        if all(is_blank(value) for value in row) or (not is_blank(mark) and nfc(mark).casefold() in marks):
            continue
        kept.append(row)
        sheet_rows.append(number)
    return kept, sheet_rows
