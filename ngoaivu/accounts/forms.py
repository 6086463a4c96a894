from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    """The six digits the authenticator app shows; checked against one device."""

    code = forms.CharField(label=_("Mã xác thực (6 chữ số)"), max_length=6, min_length=6,
                           widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code",
                                                         "autofocus": True, "pattern": "[0-9]{6}"}))

    def __init__(self, *args, device=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        code = self.cleaned_data["code"].strip()
        if not code.isdigit():
            raise forms.ValidationError(_("Mã xác thực chỉ gồm 6 chữ số."))
        allowed, _details = self.device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError(_("Nhập sai nhiều lần liên tiếp; vui lòng chờ một lát rồi thử lại."))
        if not self.device.verify_token(code):
            raise forms.ValidationError(_("Mã xác thực không đúng hoặc đã hết hạn."))
        return code
