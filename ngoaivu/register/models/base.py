"""What every register row shares: the unit that owns it, notes, timestamps, history, a version."""

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from ngoaivu.core.composed import stored_text
from ngoaivu.core.constraints import Check
from ngoaivu.core.figure_limits import size_errors
from ngoaivu.core.locking import Versioned
from ngoaivu.core.models import Unit
from ngoaivu.pure.wording import screen_date


# A plan's or a task's year. On the field, so that forms and the API's schema state the range too.
_YEAR_MESSAGE = _("Năm %(value)s không hợp lệ: ghi năm từ 2000 đến 2100.")
YEAR_VALIDATORS = [MinValueValidator(2000, _YEAR_MESSAGE), MaxValueValidator(2100, _YEAR_MESSAGE)]


class Record(Versioned):
    """Versioned: a save that started from an old version is refused (see ngoaivu/core/locking.py)."""

    unit = models.ForeignKey(
        Unit,
        verbose_name=_("đơn vị"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Đơn vị chủ trì, theo dõi hoạt động."),
    )
    notes = models.TextField(_("ghi chú"), blank=True)
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lần cuối"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tạo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    history = HistoricalRecords(inherit=True)

    # The dates of what has already happened (a case occurred, a decision was made): never after
    # today, which a report would otherwise count as done. Planned work (delegations, events) may be
    # recorded ahead.
    past_dates: tuple[str, ...] = ()
    # The date field whose day __str__ adds to the name ("QNg 96180 TS – Bị bắt giữ (29/04/2026)"), if any.
    name_day: str | None = None

    class Meta:
        abstract = True

    def plain_name(self):
        """The row's name without the day (name_day) and the figures __str__ adds to tell rows apart: for a
        page that shows them beside the name already (the sources of a report's figures)."""
        return str(self)

    def clean_fields(self, exclude=None):
        """Beside each field's own checks: no figure above its limit (core/figure_limits.py), so that
        the API and imports refuse what the forms refuse; and a row is dated while its unit existed
        (Unit.check_existed), so that an ended unit keeps its old rows and takes no new work, said
        beside the date."""
        errors = {**size_errors(self, exclude or ()), **self._future_date_errors(exclude or ())}
        try:
            # A figure too large is said once, in the register's words, not again as the database's range.
            super().clean_fields([*(exclude or ()), *errors])
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError({name: [_one_empty(item) for item in items] for name, items in errors.items()})
        from ngoaivu.register.area_registry import date_field_of  # the areas name each model's date

        field = date_field_of(type(self))
        day = getattr(self, field, None) if field and field not in (exclude or ()) else None
        if day is None or self.unit_id is None:
            return
        try:
            self.unit.check_existed(day, day)
        except ValidationError as error:
            raise ValidationError({field: error.messages}) from None

    def _future_date_errors(self, exclude):
        today = timezone.localdate()
        errors = {}
        for name in self.past_dates:
            day = getattr(self, name)
            if name not in exclude and isinstance(day, date) and day > today:
                message = gettext("%(field)s %(day)s chưa đến (hôm nay là %(today)s): chỉ ghi việc đã diễn ra.")
                label = capfirst(self._meta.get_field(name).verbose_name)
                errors[name] = [message % {"field": label, "day": screen_date(day), "today": screen_date(today)}]
        # An event «Đã thực hiện» is counted as held: its day cannot be ahead (one recorded ahead is planned).
        from ngoaivu.register.area_registry import date_field_of

        name = date_field_of(type(self)) if getattr(self, "status", None) == ActivityStatus.DONE else None
        day = getattr(self, name) if name and name not in exclude and name not in errors else None
        if isinstance(day, date) and day > today:
            label = capfirst(self._meta.get_field(name).verbose_name)
            errors[name] = [
                gettext(
                    "%(field)s %(day)s chưa đến (hôm nay là %(today)s): hoạt động «Đã thực hiện» phải đã diễn ra; "
                    "việc sắp làm chọn tình trạng «Theo kế hoạch»."
                )
                % {"field": label, "day": screen_date(day), "today": screen_date(today)}
            ]
        return errors


class ActivityStatus(models.TextChoices):
    """Where a planned piece of work stands: a delegation in the year's plan, an event recorded ahead."""

    PLANNED = "planned", _("Theo kế hoạch")
    DONE = "done", _("Đã thực hiện")
    POSTPONED = "postponed", _("Hoãn")
    CANCELLED = "cancelled", _("Đã hủy")


def done_status():
    """An event's status: only one done is counted, so a row recorded ahead, postponed or cancelled
    («tổ chức khi tình hình dịch Covid-19 cho phép») is kept without being reported as held."""
    return models.CharField(
        _("tình trạng"),
        max_length=20,
        choices=ActivityStatus.choices,
        default=ActivityStatus.DONE,
        help_text=_("Chỉ hoạt động «Đã thực hiện» được tính vào số liệu báo cáo."),
    )


def copy_values(instance, names):
    """{column: value} of instance in each field of names, as stored: what first_copy compares.

    A list of countries is its codes ("LA,KH"), text composed (core/composed.py does it only on
    saving), else a row typed decomposed would never equal the same row kept."""
    fields = [instance._meta.get_field(name) for name in names]
    return {
        field.attname: stored_value(field, field.value_from_object(instance))
        for field in fields
        if not field.many_to_many
    }


def stored_value(field, value):
    """value of field as first_copy compares it with the stored one (copy_values)."""
    return stored_text(field, field.get_prep_value(value))


def first_copy(instance, names, lookups=None):
    """The number of the first kept row equal to a new instance in each field of names, as stored, and
    in lookups (a field compared otherwise), or None. A copy is a row typed twice or a file imported
    again: counting it would double a figure (copy_message). A saved instance is not compared with itself."""
    equal = copy_values(instance, names)
    equal.update(lookups or {})
    # A row being edited is no copy of itself.
    return type(instance)._base_manager.filter(**equal).exclude(pk=instance.pk).values_list("pk", flat=True).first()


def copy_message(number):
    return gettext(
        "Trùng với bản ghi mã %(number)s đã có (mọi thông tin đều giống): lưu thêm sẽ tính số liệu hai lần. "
        "Nếu đây đúng là một bản ghi khác, ghi rõ điểm khác (ví dụ ở Ghi chú)."
    ) % {"number": number}


def _one_empty(error):
    """An empty cell says the same whatever the field stores: Django words an empty date ("null") and an
    empty text ("blank") apart, and an import would show both."""
    if getattr(error, "code", None) == "null":
        return ValidationError(models.Field.default_error_messages["blank"], code="blank")
    return error


def end_not_before_start(start="start_date", end="end_date", *, name):
    """An end date, when there is one, is not before its start; said beside the end date."""
    return Check(
        condition=Q(**{f"{end}__isnull": True}) | Q(**{f"{end}__gte": F(start)}),
        name=name,
        on=end,
        violation_error_message=_("%(end)s không được trước %(start)s."),
        labels={"end": end, "start": start},
    )
