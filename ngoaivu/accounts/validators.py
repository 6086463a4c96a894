"""The password policy beyond Django's own validators (similarity to the user's name, common words)."""

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


class LettersAndDigitsValidator:
    """A password holds at least one letter and one digit: Django's NumericPasswordValidator is not used,
    this rule covers it and the help lists it once."""

    def validate(self, password, user=None):
        if not (any(c.isalpha() for c in password) and any(c.isdigit() for c in password)):
            raise ValidationError(_("Mật khẩu phải có cả chữ và số."), code="password_letters_and_digits")

    def get_help_text(self):
        return _("Mật khẩu phải có cả chữ và số.")


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """Django's length rule, said in Vietnamese (Django's own catalog leaves this one in English)."""

    def get_error_message(self):
        return _("Mật khẩu này quá ngắn: cần ít nhất %(min_length)d ký tự.") % {"min_length": self.min_length}

    def get_help_text(self):
        return _("Mật khẩu cần ít nhất %(min_length)d ký tự.") % {"min_length": self.min_length}
