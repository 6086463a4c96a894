import getpass

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError

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
        if User.objects.filter(username=username).exists():
            raise CommandError(f"Đã có người dùng «{username}».")
        unit_obj = None
        if unit:
            unit_obj = Unit.objects.filter(code__iexact=unit).first()
            if unit_obj is None:
                raise WrongValue(f"Không có đơn vị có ký hiệu «{unit}».")
        if role == Role.REPORTER and unit_obj is None:
            raise WrongValue("Người dùng của đơn vị báo cáo phải có --unit.")
        user = User(
            username=username, role=role, unit=unit_obj, is_staff=role == Role.ADMIN, is_superuser=role == Role.ADMIN
        )
        if name:
            user.last_name = name
        if password is None:
            password = getpass.getpass("Mật khẩu: ")
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        user.set_password(password)
        user.save()
        self.stdout.write(f"Đã tạo người dùng {username} ({user.get_role_display()}).")
