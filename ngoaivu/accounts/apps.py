"""The accounts app, and the Vietnamese names of the sign-in apps it builds on (django-axes, django-otp,
Django's sessions, DRF's old tokens).

Those packages name their apps and models in English and ship no Vietnamese catalogue, so the admin
showed "Axes", "Access attempts", "Otp_Totp", "TOTP devices" to a Vietnamese administrator. Their app
names are given here by AppConfig subclasses that INSTALLED_APPS names instead of the packages; their model
names, which only a model's Meta sets, by NAMES below, applied once in AccountsConfig.ready(). DRF's
tokens app keeps its own AppConfig (DRF looks for "rest_framework.authtoken" in INSTALLED_APPS, and
makes its Token model abstract without it), so its name is set there too. All this only renames:
labels, tables and migrations stay the packages' (migrations read Meta's original options, not these),
and the names are translatable like ours.
"""

from axes.apps import AppConfig as AxesAppConfig
from django.apps import AppConfig, apps
from django.contrib.sessions.apps import SessionsConfig as DjangoSessionsConfig
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.apps import DefaultConfig as TotpDefaultConfig


class AccountsConfig(AppConfig):
    default = True  # this module holds other AppConfigs too: "ngoaivu.accounts" alone means this one
    name = "ngoaivu.accounts"
    verbose_name = _("Đăng nhập và bảo mật")

    def ready(self):
        from axes.signals import user_locked_out
        from django.contrib.auth import get_user_model
        from django.contrib.auth.signals import user_logged_in
        from django.db.models.signals import post_save, pre_save
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from . import signals
        from .lockouts import log_lockout
        from .language import keep_choice_at_sign_in

        user = get_user_model()
        pre_save.connect(signals.note_credential_change, sender=user, dispatch_uid="api_tokens_note_credentials")
        post_save.connect(signals.revoke_on_credential_change, sender=user, dispatch_uid="api_tokens_credentials")
        pre_save.connect(signals.note_confirmation, sender=TOTPDevice, dispatch_uid="api_tokens_note_second_factor")
        post_save.connect(signals.revoke_on_second_factor, sender=TOTPDevice, dispatch_uid="api_tokens_second_factor")
        user_logged_in.connect(keep_choice_at_sign_in, dispatch_uid="language_chosen_before_signing_in")
        user_locked_out.connect(log_lockout, dispatch_uid="lockout_in_the_server_log")
        name_models()


class AxesConfig(AxesAppConfig):
    default = False
    verbose_name = _("Theo dõi đăng nhập")


class OtpConfig(AppConfig):
    default = False
    name = "django_otp"
    verbose_name = _("Mật khẩu một lần (OTP)")


class TotpConfig(TotpDefaultConfig):
    default = False
    verbose_name = _("Xác thực hai lớp")


class SessionsConfig(DjangoSessionsConfig):
    default = False
    verbose_name = _("Phiên đăng nhập")


# (app label, model name): (verbose_name, verbose_name_plural), for the models of the apps above.
NAMES = {
    ("axes", "accessattempt"): (_("số lần đăng nhập sai"), _("số lần đăng nhập sai")),
    ("axes", "accessfailurelog"): (_("lần đăng nhập sai"), _("nhật ký đăng nhập sai")),
    ("axes", "accesslog"): (_("lần đăng nhập"), _("nhật ký đăng nhập")),
    ("axes", "accessattemptexpiration"): (_("hạn tạm khóa đăng nhập"), _("hạn tạm khóa đăng nhập")),
    ("otp_totp", "totpdevice"): (_("thiết bị xác thực hai lớp"), _("thiết bị xác thực hai lớp")),
    ("sessions", "session"): (_("phiên đăng nhập"), _("phiên đăng nhập")),
    ("authtoken", "token"): (_("khóa API cũ"), _("khóa API cũ")),
    ("authtoken", "tokenproxy"): (_("khóa API cũ"), _("khóa API cũ")),
}


def name_models():
    """Give the packages' models, and DRF's tokens app, their Vietnamese names (see the module's docstring)."""
    apps.get_app_config("authtoken").verbose_name = _("Khóa API cũ (không còn dùng)")
    for (label, model_name), (singular, plural) in NAMES.items():
        meta = apps.get_model(label, model_name)._meta
        meta.verbose_name, meta.verbose_name_plural = singular, plural
