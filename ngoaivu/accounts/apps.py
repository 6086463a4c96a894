from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "ngoaivu.accounts"
    verbose_name = _("Đăng nhập và bảo mật")

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import post_save, pre_save
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from . import signals

        user = get_user_model()
        pre_save.connect(signals.note_credential_change, sender=user, dispatch_uid="api_tokens_note_credentials")
        post_save.connect(signals.revoke_on_credential_change, sender=user, dispatch_uid="api_tokens_credentials")
        pre_save.connect(signals.note_confirmation, sender=TOTPDevice, dispatch_uid="api_tokens_note_second_factor")
        post_save.connect(signals.revoke_on_second_factor, sender=TOTPDevice, dispatch_uid="api_tokens_second_factor")
