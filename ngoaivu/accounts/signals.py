"""API tokens end with the credentials they were made under.

A user's tokens are revoked when the password hash changes, whatever changed it (the password
page, the admin, `manage changepassword`, code calling set_password), and when the account is
disabled. Watching the saved hash rather than each place that sets a password means a new path
cannot forget it. The one exception is Django re-hashing the same password at sign-in, when
the hasher's cost goes up: that is not a new password (Django says so too: it leaves
`_password` unset then, so password_changed() is not called either).
"""

from .models import revoke_all

WATCHED = {"password", "is_active"}


def note_credential_change(sender, instance, raw=False, update_fields=None, **kwargs):
    """pre_save of the user: compare with the saved row, before it is overwritten."""
    instance._revoke_api_tokens = False
    if raw or instance.pk is None:
        return
    fields = None if update_fields is None else set(update_fields)
    if fields is not None and not fields & WATCHED:
        return  # a sign-in saving last_login, and the like: no query
    if fields == {"password"} and getattr(instance, "_password", None) is None:
        return  # check_password() upgrading the hash of the same password
    saved = sender._base_manager.filter(pk=instance.pk).values("password", "is_active").first()
    if saved is None:
        return
    instance._revoke_api_tokens = saved["password"] != instance.password or (
        saved["is_active"] and not instance.is_active
    )


def revoke_on_credential_change(sender, instance, raw=False, **kwargs):
    """post_save of the user: the change is saved, its tokens go."""
    if getattr(instance, "_revoke_api_tokens", False):
        instance._revoke_api_tokens = False
        revoke_all(instance.pk)


def note_confirmation(sender, instance, raw=False, **kwargs):
    """pre_save of a TOTP device: is it being confirmed now? (It is saved again at every code given.)"""
    instance._newly_confirmed = False
    if raw or not instance.confirmed:
        return
    instance._newly_confirmed = (
        instance.pk is None or not sender.objects.filter(pk=instance.pk, confirmed=True).exists()
    )


def revoke_on_second_factor(sender, instance, raw=False, **kwargs):
    """post_save of a TOTP device: once it is confirmed, tokens made with the password alone stop working.

    Only then: django-otp saves the device at each code given, and the tokens made on the security
    page after the code must outlive the next sign-in.
    """
    if getattr(instance, "_newly_confirmed", False):
        instance._newly_confirmed = False
        revoke_all(instance.user_id)
