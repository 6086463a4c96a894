"""Signing an issued report: the signer's signature, then the organisation's."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _, gettext_lazy
from django.views.decorators.debug import sensitive_post_parameters


from .frozen import DocumentSignature
from .signing import SigningRefused, configured_token, may_sign, missing_image, sign_report, waiting_document
from .views import _report

KIND_SLUGS = {"nguoi-ky": DocumentSignature.Kind.PERSON, "co-quan": DocumentSignature.Kind.ORGANISATION}
MAX_PKCS12_BYTES = 64 * 1024


class SignForm(forms.Form):
    source = forms.ChoiceField(
        label=gettext_lazy("Khóa ký"), choices=DocumentSignature.KeySource.choices, widget=forms.RadioSelect
    )
    pkcs12 = forms.FileField(label=gettext_lazy("Tệp chứng thư số (.p12, .pfx)"), required=False)
    passphrase = forms.CharField(
        label=gettext_lazy("Mật khẩu của tệp"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(render_value=False),
    )
    pin = forms.CharField(
        label=gettext_lazy("Mã PIN của thiết bị"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(render_value=False),
    )

    def __init__(self, *args, token=None, **kwargs):
        super().__init__(*args, **kwargs)
        if token is None:
            self.fields["source"].choices = [
                (DocumentSignature.KeySource.PKCS12, DocumentSignature.KeySource.PKCS12.label)
            ]
            self.fields["source"].initial = DocumentSignature.KeySource.PKCS12
            del self.fields["pin"]
        else:
            self.fields["source"].initial = DocumentSignature.KeySource.TOKEN

    def clean(self):
        data = super().clean()
        if data.get("source") == DocumentSignature.KeySource.PKCS12:
            upload = data.get("pkcs12")
            if upload is None:
                self.add_error("pkcs12", _("Chọn tệp chứng thư số (.p12, .pfx) để ký."))
            elif upload.size > MAX_PKCS12_BYTES:
                self.add_error("pkcs12", _("Tệp chứng thư số quá lớn; tệp .p12 thường chỉ vài KB."))
            if not data.get("passphrase"):
                self.add_error("passphrase", _("Nhập mật khẩu của tệp chứng thư số."))
        elif data.get("source") == DocumentSignature.KeySource.TOKEN and not data.get("pin"):
            self.add_error("pin", _("Nhập mã PIN của thiết bị ký số."))
        return data


@sensitive_post_parameters("passphrase", "pin")
@login_required
def report_sign(request, pk, kind_slug):
    report = _report(request, pk)
    kind = KIND_SLUGS.get(kind_slug)
    if kind is None:
        raise Http404
    if not may_sign(request.user, report, kind):
        raise PermissionDenied
    try:
        document = waiting_document(report, kind)
        missing = missing_image(request.user, report, kind)
        if missing:  # said before a key is chosen, not after
            raise SigningRefused(missing)
    except SigningRefused as refused:
        messages.error(request, str(refused))
        return redirect("reporting:detail", pk)
    token = configured_token(request.user, report, kind)
    form = SignForm(request.POST or None, request.FILES or None, token=token)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        pkcs12 = data["pkcs12"].read() if data["source"] == DocumentSignature.KeySource.PKCS12 else None
        try:
            signature = sign_report(
                report,
                request.user,
                kind,
                pkcs12=pkcs12,
                passphrase=data.get("passphrase", ""),
                pin=data.get("pin", ""),
            )
        except SigningRefused as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("Đã ký số: %(kind)s (%(holder)s). Mã SHA-256 của tệp mới: %(hash)s")
                % {"kind": signature.get_kind_display(), "holder": signature.holder, "hash": signature.pdf_sha256},
            )
            return redirect("reporting:detail", pk)
    return render(
        request,
        "reporting/sign.html",
        {"report": report, "document": document, "form": form, "kind": DocumentSignature.Kind(kind), "token": token},
    )
