from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "ngoaivu.accounts"
    verbose_name = "Đăng nhập và bảo mật"

    def ready(self):
        from django.db.models.signals import post_save
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from .two_factor import drop_tokens_on_confirm

        post_save.connect(drop_tokens_on_confirm, sender=TOTPDevice, dispatch_uid="drop_tokens_on_confirm")
