"""What the project's administration pages share: private files named, never linked (no URL serves
them, core/stored_files.py), history pages that answer 404 to an address naming no row, and date
boxes that read a date as every date box of the site does."""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.admin.widgets import AdminFileWidget
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from simple_history.admin import SimpleHistoryAdmin

from .date_fields import DateField
from .forms import StoredTextModelForm


class PrivateFileWidget(AdminFileWidget):
    template_name = "admin/widgets/private_file_input.html"

    def is_initial(self, value):
        return bool(value and value.name)  # Django's asks for the file's URL, which a private file has not


class PrivateFilesAdmin:
    """First among a ModelAdmin's bases: its file fields show the file's name, with no link."""

    formfield_overrides = {models.FileField: {"widget": PrivateFileWidget}}


class DatesAdmin:
    """First among a ModelAdmin's or an inline's bases: its date boxes are core/date_fields.DateField, so that
    "31/02/2026" is «Ngày 31/02/2026 không có: …» as on every page, not Django's «Nhập một ngày hợp lệ.»
    (the admin's calendar widget stays). Its form checks text as it will be stored (core/forms.StoredTextMixin)."""

    form = StoredTextModelForm

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.DateField) and not isinstance(db_field, models.DateTimeField):
            kwargs.setdefault("form_class", DateField)
        return super().formfield_for_dbfield(db_field, request, **kwargs)  # type: ignore[misc]


class ModelAdmin(DatesAdmin, admin.ModelAdmin):
    pass


class TabularInline(DatesAdmin, admin.TabularInline):
    pass


class StackedInline(DatesAdmin, admin.StackedInline):
    pass


class HistoryAdmin(DatesAdmin, SimpleHistoryAdmin):
    def _known_id(self, object_id):
        # "…/6/change/history/" reaches the history view with "6/change"; no row has that key.
        try:
            self.model._meta.pk.to_python(unquote(object_id))
        except ValidationError:
            raise Http404 from None

    def history_view(self, request, object_id, extra_context=None):
        self._known_id(object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        self._known_id(object_id)
        return super().history_form_view(request, object_id, version_id, extra_context)
