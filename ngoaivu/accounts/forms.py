from django import forms
from django.contrib.auth import forms as auth_forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    """The six digits the authenticator app shows; checked against one device."""

    code = forms.CharField(
        label=_("Mã xác thực (6 chữ số)"),
        max_length=6,
        min_length=6,
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "autofocus": True, "pattern": "[0-9]{6}"}
        ),
    )

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


class ApiTokenForm(forms.Form):
    """The name of a new API token: the script or machine that will use it."""

    name = forms.CharField(
        label=_("Tên khóa"),
        max_length=100,
        help_text=_(
            "Máy hoặc phần mềm dùng khóa, ví dụ «Máy chủ tổng hợp số liệu». "
            "Tạo khóa trùng tên thì khóa cũ cùng tên hết hiệu lực."
        ),
        error_messages={"required": _("Đặt tên cho khóa: máy hoặc phần mềm sẽ dùng khóa.")},
    )

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())


class PasswordChangeForm(auth_forms.PasswordChangeForm):
    def validate_password_for_user(self, user, password_field_name="new_password2"):
        # Django checks the rules on the confirmation; they are about the new password, whose box
        # lists them, and the confirmation only has to match it.
        super().validate_password_for_user(user, "new_password1")


class LoginForm(auth_forms.AuthenticationForm):
    error_messages = {
        **auth_forms.AuthenticationForm.error_messages,
        # Django's Vietnamese asks to "fill in" both fields, as if they were empty.
        "invalid_login": _("Tên đăng nhập hoặc mật khẩu không đúng."),
    }
