import getpass
import sys

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.management.base import CommandError
from django.utils.text import capfirst

from ngoaivu.core.errors import with_label
from ngoaivu.core.management.base import BaseCommand, WrongValue
from ngoaivu.core.models import Role, Unit, User


class Command(BaseCommand):
    help = "Tạo người dùng thuộc một đơn vị, với một vai trò."

    def add_arguments(self, parser):
        parser.add_argument("username", metavar="TÊN_ĐĂNG_NHẬP", help="tên đăng nhập")
        parser.add_argument("--role", required=True, choices=Role.values, help="vai trò")
        parser.add_argument("--unit", metavar="KÝ_HIỆU", help="ký hiệu đơn vị, ví dụ SNgV")
        parser.add_argument("--password", metavar="MẬT_KHẨU", help="mật khẩu (mặc định: hỏi khi chạy)")
        parser.add_argument("--name", default="", metavar="HỌ_TÊN", help="họ và tên")

    def handle(self, username, role, unit=None, password=None, name="", **options):
        unit_obj = None
        if unit:
            unit_obj = Unit.objects.filter(code__iexact=unit).first()
            if unit_obj is None:
                raise WrongValue(f"Không có đơn vị có ký hiệu «{unit}».")
        if role == Role.REPORTER and unit_obj is None:
            raise WrongValue("Người dùng của đơn vị báo cáo phải có --unit.")
        user = User(
            username=username,
            role=role,
            unit=unit_obj,
            last_name=name,
            is_staff=role == Role.ADMIN,
            is_superuser=role == Role.ADMIN,
        )
        _refuse_invalid(user)
        if password is None:
            password = asked_password()
        save_password(user, password)
        self.stdout.write(f"Đã tạo người dùng {username} ({user.get_role_display()}).")


def _refuse_invalid(user):
    """The model's own validation, as the site's forms run it: a username empty, with spaces or «/<>», over
    150 characters, or taken whatever its case is refused in one line, before a password is asked."""
    try:
        user.full_clean(exclude=["password"])
    except ValidationError as error:
        if all(item.code == "unique" for items in error.error_dict.values() for item in items):
            raise CommandError(f"Đã có người dùng «{user.username}».") from None
        lines = []
        for field, messages in error.message_dict.items():
            label = "" if field == NON_FIELD_ERRORS else capfirst(User._meta.get_field(field).verbose_name)
            lines += [with_label(label, message.rstrip(".") + ".") for message in messages]
        raise WrongValue(" ".join(lines)) from None


def save_password(user, password):
    """Set and save user's password once the project's password rules (AUTH_PASSWORD_VALIDATORS) accept it."""
    try:
        validate_password(password, user)
    except ValidationError as error:
        raise CommandError(" ".join(error.messages)) from None
    user.set_password(password)
    user.save()


def asked_password(prompt="Mật khẩu: "):
    """The password typed at the prompt (not shown), or the line given on the standard input when it is not
    a terminal (a script's pipe); nothing given (Ctrl+D, </dev/null) is said in one line."""
    try:
        if sys.stdin is not None and sys.stdin.isatty():
            return getpass.getpass(prompt)
        line = sys.stdin.readline() if sys.stdin is not None else ""
    except EOFError:
        line = ""
    if not line:
        raise WrongValue("Chưa nhập mật khẩu: ghi --password MẬT_KHẨU, hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.")
    return line.rstrip("\r\n")
