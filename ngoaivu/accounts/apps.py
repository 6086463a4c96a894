from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "ngoaivu.accounts"
    verbose_name = "Đăng nhập và bảo mật"
