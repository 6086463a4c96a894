"""ngoaivu change_password (ngoaivu changepassword): a user's new password, asked and said in Vietnamese
as create_user does, where Django's changepassword asked «Password:» and answered in English."""

import sys

from django.core.management.base import CommandError

from ngoaivu.core.management.base import BaseCommand, WrongValue
from ngoaivu.core.management.commands.create_user import asked_password, save_password
from ngoaivu.core.models import User


class Command(BaseCommand):
    help = "Đổi mật khẩu của một người dùng."

    def add_arguments(self, parser):
        parser.add_argument("username", metavar="TÊN_ĐĂNG_NHẬP", help="tên đăng nhập")
        parser.add_argument("--password", metavar="MẬT_KHẨU", help="mật khẩu mới (mặc định: hỏi khi chạy)")

    def handle(self, username, password=None, **options):
        user = User.objects.filter(username__iexact=username).first()  # as sign-in finds it
        if user is None:
            raise WrongValue(f"Không có người dùng «{username}».")
        if password is None:
            password = asked_password("Mật khẩu mới: ")
            if sys.stdin.isatty() and asked_password("Nhập lại mật khẩu mới: ") != password:
                raise CommandError("Hai lần nhập mật khẩu mới không khớp; mật khẩu chưa đổi.")
        save_password(user, password)
        self.stdout.write(f"Đã đổi mật khẩu của người dùng {user.username}.")
