"""Checking the signatures of a PDF on its own page: any signed-in user, nothing kept."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext_lazy

from .errors import error_text
from .signature_checks import check_signatures, rows
from .uploads import UploadError, read_upload


class PdfForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Tệp PDF cần kiểm tra"),
        error_messages={"required": gettext_lazy("Chọn tệp PDF cần kiểm tra chữ ký số.")},
    )


@login_required
def verify_pdf(request):
    form, checked, name = PdfForm(), None, ""
    if request.method == "POST":
        form = PdfForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                data, _kind = read_upload(upload, ("pdf",))
            except UploadError as error:
                form.add_error("file", error_text(error))
            else:
                checked, name = check_signatures(data), upload.name
    return render(
        request,
        "core/verify.html",
        {"form": form, "checked": checked, "rows": rows(checked) if checked else [], "name": name},
    )
