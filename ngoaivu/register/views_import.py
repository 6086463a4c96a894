"""The register's spreadsheets: a filtered list exported to CSV or Excel, a workbook imported all or
nothing, and the import template of an area."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.core.confirm import CHECKED_FIELD, SEAL_FIELD
from ngoaivu.core.downloads import attachment, refused_filters
from ngoaivu.core.errors import error_text
from ngoaivu.core.permissions import can_write
from ngoaivu.core.uploads import UploadError, kind_of, read_upload
from ngoaivu.reading.errors import ReadError

from . import pending_imports, workbooks
from .importing import import_rows, import_seal
from .resources import resource_class
from .offering import area_or_404, listed_area
from .views_list import filtered
from ngoaivu.core.screen_figures import screen_count

SHOWN_PROBLEMS = 200  # an import's errors listed on its page: a file imported twice has one for every row


@login_required
def record_export(request, slug, fmt):
    area = listed_area(slug, request.user)
    if fmt not in ("csv", "xlsx"):
        raise Http404
    filterset, queryset = filtered(area, request)
    refused = refused_filters(filterset.form)  # an unbound filter has no error
    if refused:
        return refused
    resource = resource_class(area, request.user)(user=request.user)
    stamp = timezone.localdate().strftime("%Y%m%d")
    if fmt == "csv":
        content = workbooks.export_csv(resource, queryset)
    else:
        content = workbooks.export_xlsx(resource, queryset, area.title)
    return attachment(content, fmt, f"{slug}-{stamp}.{fmt}")


@login_required
def record_import(request, slug):
    """Import a workbook, all or nothing. When it holds unlikely figures, the page lists them and keeps the
    file (pending_imports.py): ticking «Tôi đã kiểm tra» then imports that very file, read again, if its
    hash and its warnings are still those shown; a file chosen on that page takes its place."""
    area = area_or_404(slug)
    if not can_write(request.user, area.model):
        raise PermissionDenied
    problems, warnings, error, pending = [], [], None, None
    if request.method == "POST":
        # The sheet is read before any transaction (on SQLite one holds the only write lock): a file chosen
        # now, or the one kept under the page's token.
        upload = request.FILES.get("file")
        try:
            shown = pending_imports.find(request, area, request.POST.get(pending_imports.TOKEN_FIELD))
        except pending_imports.Gone as gone:  # a file chosen now takes its place; else say why it went
            shown, error = None, gone.message
        if upload is not None or shown is None:
            data, dataset, read_error = _read_workbook(upload, area)
            if upload is not None or error is None:  # else no file chosen: why the one named went
                error = read_error
        else:
            data, dataset, error = _read_kept(shown, area)
        if dataset is not None:
            # The seal of the warnings the person saw and ticked «Tôi đã kiểm tra» for, of the file shown.
            checked = request.POST.get(CHECKED_FIELD) and request.POST.get(pending_imports.HASH_FIELD) == (
                pending_imports.digest(data)
            )
            confirmed = request.POST.get(SEAL_FIELD, "") if checked else ""
            # A kept file goes once imported, or when a file chosen on its page replaces it.
            gone_as = pending_imports.Reason.REPLACED if upload is not None else pending_imports.Reason.IMPORTED
            try:
                with transaction.atomic():
                    # The kept file locked, then imported and dropped in one transaction: a second «Nhập» of
                    # it (a double click, another tab) waits, finds it gone and imports nothing twice.
                    if upload is None:
                        pending_imports.lock(shown)
                    name = upload.name if upload is not None else shown.file_name
                    counts, problems, warnings = import_rows(
                        area, request.user, dataset, confirmed=confirmed, file_name=name
                    )
                    if not problems and not warnings:
                        pending_imports.drop(shown, gone_as)
                        messages.success(request, _import_summary(counts))
                        return redirect("register:list", slug)
            except pending_imports.Gone as gone:
                dataset, error, shown = None, gone.message, None
        if warnings and upload is None:
            pending = shown
        elif warnings:
            pending_imports.drop(shown, pending_imports.Reason.REPLACED)
            pending = pending_imports.keep(request, area, upload.name, data)
        elif dataset is not None:  # errors: the kept file read again, or the one chosen in its place
            pending_imports.drop(shown, pending_imports.Reason.REFUSED if upload is None else gone_as)
    context = {"area": area, "problems": problems[:SHOWN_PROBLEMS], "error": error, "pending": pending}
    context["warnings"], context["warnings_seal"] = warnings[:SHOWN_PROBLEMS], import_seal(warnings)
    context["warning_count"], context["unshown_warnings"] = len(warnings), max(0, len(warnings) - SHOWN_PROBLEMS)
    context["problem_count"], context["unshown"] = len(problems), max(0, len(problems) - SHOWN_PROBLEMS)
    return render(request, "register/import.html", context)


def _import_summary(counts):
    """«Đã nhập tệp: 02 dòng mới, 01 dòng sửa.»: what the file changed, the rows it left as they were (those
    the person may only read apart: «bỏ qua 05 dòng chỉ được xem, không thay đổi»)."""
    words = {
        "new": _("%(n)s dòng mới"),
        "update": _("%(n)s dòng sửa"),
        "skip": _("%(n)s dòng không thay đổi"),
        "read_only": _("bỏ qua %(n)s dòng chỉ được xem, không thay đổi"),
    }
    parts = [words[kind] % {"n": screen_count(n)} for kind, n in counts.items() if n]
    return _("Đã nhập tệp: %(parts)s.") % {"parts": ", ".join(parts)}


def _read_workbook(upload, area):
    """(bytes, dataset, None) or (None, None, a message saying why the file cannot be read)."""
    if upload is None:
        return None, None, _("Chọn tệp Excel (.xlsx) để nhập.")
    try:
        data, _kind = read_upload(upload, ("xlsx",))
    except UploadError as error:
        return None, None, _another_sheet_format(upload) or str(error)
    return (data, *_dataset(data, area))


def _read_kept(pending, area):
    """(bytes, dataset, None) of a workbook kept for its confirmation, read again as uploaded."""
    return (pending.data, *_dataset(pending.data, area))


def _dataset(data, area):
    try:
        dataset = workbooks.read_sheet(
            data, skip_titles=workbooks.helper_sheet_titles(), prefer_titles=workbooks.area_sheet_titles(area)
        )
    except ReadError as error:
        return None, error_text(error)
    if dataset is None:
        return None, _("Tệp không có dòng tiêu đề.")
    return dataset, None


def _another_sheet_format(upload):
    """What to do with a sheet saved as Excel 97–2003 (.xls) or CSV, which are not read, when its name and
    content agree; None for any other refused file (too large, empty, something else)."""
    name = upload.name.lower()
    if upload.size > settings.MAX_UPLOAD_SIZE or not name.endswith((".xls", ".csv")):
        return None
    upload.seek(0)
    kind = kind_of(upload.read())
    if name.endswith(".xls") and kind == "doc":  # an OLE container, as Word 97–2003's
        return _(
            "Tệp «%(name)s» là định dạng Excel cũ (.xls), không nhập được. Mở tệp bằng Excel, chọn "
            "Lưu thành… → Sổ làm việc Excel (.xlsx), rồi nhập tệp .xlsx đó."
        ) % {"name": upload.name}
    if name.endswith(".csv") and kind == "text":
        return _(
            "Tệp «%(name)s» là tệp CSV; chỉ nhập được tệp Excel (.xlsx). Mở tệp bằng Excel, chọn "
            "Lưu thành… → Sổ làm việc Excel (.xlsx), rồi nhập tệp .xlsx đó."
        ) % {"name": upload.name}
    return None


@login_required
def import_template(request, slug):
    """The area's columns with an example row, drop-down lists and a sheet of instructions, to fill in and import."""
    area = listed_area(slug, request.user)
    resource = resource_class(area, request.user)(user=request.user)
    return attachment(workbooks.import_template(resource, area, request.user), "xlsx", f"mau-{slug}.xlsx")
