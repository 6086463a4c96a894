"""Optimistic locking: a save that started from an old version is refused, and nothing is lost.

Every versioned row carries `version`, which goes up by one on each save. A form or an API
request says which version it started from; the save then claims the row with

    UPDATE … SET version = version + 1 WHERE id = … AND version = <started from>

inside the save's transaction, and writes the row only when that claimed it. The claim is one
statement, so two saves that both started from version N cannot both win: on PostgreSQL the
second waits for the first's row lock and then finds version N+1; on SQLite writers are
serialised. The row's full save() follows in the same transaction, so the model's own save(),
its history (django-simple-history, with the request's user) and its signals run as always.

A save that says nothing of its version (an import, a restore, a workflow step, an API client
that does not send one) still moves the version on, atomically, and wins: last write wins.

A save that would write nothing new (every field it writes already holds that value in the
database) writes nothing: no new version, no history entry, no signal. The form, the API and
the import all save through here, so a row sent back unchanged is one rule, not three. It is
still refused when it started from an old version, so that the client sees the current row.
saved_nothing(instance) says whether the last save() was such a one.

    save_if_unchanged(instance, started_from)   # raises VersionConflict
    class MyForm(VersionFormMixin, forms.ModelForm)  # core/forms.py: a hidden "version" field; save() checks it

The page that answers a refused save, both versions side by side, is the register's:
ngoaivu/register/conflicts.py (conflict_page).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import models, router, transaction
from django.db.models import F
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .composed import compose_text

FIELD = "version"
_STARTED_FROM = "_started_from_version"
_SAVED_NOTHING = "_saved_nothing"


class VersionConflict(Exception):
    """The row moved on from the version the save started from (or is gone: current is None)."""

    def __init__(self, instance, started_from, current):
        self.instance, self.started_from, self.current = instance, started_from, current
        super().__init__(
            f"{type(instance).__name__} #{instance.pk}: started from version {started_from}, "
            f"now {current if current is not None else 'deleted'}"
        )


def conflict_message(by_self=False):
    """What a refused save is told; by_self when the row was last saved by the same user (another tab)."""
    if by_self:
        return _(
            "Bản ghi đã được chính bạn lưu ở một trang khác sau khi mở trang này. "
            "Nội dung trên trang này chưa được lưu."
        )
    return _("Bản ghi đã được người khác sửa trong lúc bạn đang sửa. Nội dung của bạn chưa được lưu.")


class Versioned(models.Model):
    """An abstract model whose rows carry a version, moved on by every save."""

    version = models.PositiveIntegerField(
        gettext_lazy("phiên bản"),
        default=1,
        editable=False,
        help_text=gettext_lazy("Tăng thêm một sau mỗi lần lưu; dùng để phát hiện hai người sửa cùng lúc."),
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        started_from = self.__dict__.pop(_STARTED_FROM, None)
        self.__dict__[_SAVED_NOTHING] = False
        if self.pk is None or kwargs.get("force_insert") or kwargs.get("update_fields") == []:
            return super().save(*args, **kwargs)
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        rows = type(self)._base_manager.using(using).filter(pk=self.pk)
        with transaction.atomic(using=using, savepoint=False):
            stored = self._version_if_stored_as_is(rows, kwargs.get("update_fields"))
            if stored is not None and started_from in (None, stored):
                # Nothing new to write: the version stays, and no history entry says "changed nothing".
                self.version = stored
                self.__dict__[_SAVED_NOTHING] = True
                return None
            if started_from is None:
                # Last write wins, but the version still moves on, from the stored one.
                if rows.update(**{FIELD: F(FIELD) + 1}):
                    self.version = rows.values_list(FIELD, flat=True).get()
                # else: no row yet under this pk (a deleted row restored): inserted as it is.
                return super().save(*args, **kwargs)
            if rows.filter(**{FIELD: started_from}).update(**{FIELD: F(FIELD) + 1}):
                self.version = started_from + 1
                return super().save(*args, **kwargs)
        # Nothing was written; the row is at another version, or was deleted.
        raise VersionConflict(self, started_from, rows.values_list(FIELD, flat=True).first())

    def _version_if_stored_as_is(self, rows, update_fields=None):
        """The stored row's version when it already holds every value this save would write, else None.

        Values are compared as the database is given them (a Country as its code, a file as its name,
        Decimal("4.60") as 4.6, text composed as the save's pre_save composes it, core/composed.py).
        What save() stamps itself (auto_now) is not the caller's change.
        """
        compose_text(type(self), self)  # what the save would do first: its signal then finds it done
        names = None if update_fields is None else set(update_fields)
        deferred = self.get_deferred_fields()
        fields = [
            field
            for field in self._meta.concrete_fields
            if not field.primary_key
            and field.name != FIELD
            and not getattr(field, "auto_now", False)
            and field.attname not in deferred
            and (names is None or field.name in names or field.attname in names)
        ]
        stored = rows.values(FIELD, *(field.attname for field in fields)).first()
        if stored is None:
            return None
        for field in fields:
            try:
                if field.get_prep_value(getattr(self, field.attname)) != field.get_prep_value(stored[field.attname]):
                    return None
            except (TypeError, ValueError, ValidationError):
                return None  # a value the save itself will refuse, or say what is wrong with: not "the same"
        return stored[FIELD]


def is_versioned(model_or_instance):
    return isinstance(model_or_instance, Versioned) or (
        isinstance(model_or_instance, type) and issubclass(model_or_instance, Versioned)
    )


def saved_nothing(instance):
    """Whether the last save() of instance found nothing new to write, and so wrote nothing."""
    return instance.__dict__.get(_SAVED_NOTHING, False)


def say_saved(request, instance, saved):
    """Tell the user what the last save() of instance did: saved (the message saved), or nothing to save
    ("4,6 tỷ" sent for 4.600.000.000 is the same figure), when it wrote no version."""
    if saved_nothing(instance):
        messages.info(request, _("Không có thay đổi nào; bản ghi giữ nguyên."))
    else:
        messages.success(request, saved)


def expect_version(instance, started_from):
    """The next save() of instance succeeds only if its row is still at started_from.

    None means nothing is known of the version the change started from: the save wins.
    """
    if started_from is None:
        instance.__dict__.pop(_STARTED_FROM, None)
    else:
        instance.__dict__[_STARTED_FROM] = int(started_from)
    return instance


def save_if_unchanged(instance, started_from, **save_kwargs):
    """Save instance if its row is still at version started_from; else raise VersionConflict."""
    expect_version(instance, started_from)
    try:
        instance.save(**save_kwargs)
    finally:
        instance.__dict__.pop(_STARTED_FROM, None)
    return instance
