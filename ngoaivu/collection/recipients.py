"""The units an outgoing request may ask: those in being, each of which existed in the asked period."""

from datetime import date
from types import SimpleNamespace

from django.utils import timezone
from django.utils.translation import gettext

from ngoaivu.core.period_field import in_words
from ngoaivu.pure.periods import PeriodError

from .requesting import answer_units


def a_year_after(day):
    """The same day a year later (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return date(day.year + 1, day.month, 28)


def recipient_choices(exclude=(), period=None):
    """The units a request may be sent to: those in being today (not one that ended, merged in the 2025
    reorganization, nor one yet to begin) and, a period given, that existed in it (lifetime_errors), by kind
    and name; exclude: ids of units not offered."""
    today = timezone.localdate()
    alive = answer_units().existed_in(SimpleNamespace(start=today, end=today))
    if period is not None:
        alive = alive.existed_in(period)
    return alive.exclude(pk__in=exclude).order_by("kind", "name")


def lifetime_errors(request, units):
    """[(unit, why)]: the units of units that did not exist on any day of the request's period as each counts
    it (ReportRequest.period_for), by the rule that refuses a report or a register row dated outside a unit's
    lifetime (Unit.existed_in, Unit.check_existed): a commune begun in 2025 has no 2021 to report on. A period
    that does not read is its own field's error."""
    if not request.period_code or request.is_incoming:
        return []
    errors = []
    for unit in units:
        try:
            period = request.period_for(unit)
        except PeriodError:
            return []
        if not unit.existed_in(period):
            why = gettext(
                "Không gửi yêu cầu cho %(unit)s: đơn vị hoạt động %(lifespan)s, không có ngày nào trong kỳ báo "
                "cáo %(period)s."
            )
            errors.append((unit, why % {"unit": unit.name, "lifespan": unit.lifespan, "period": in_words(period)}))
    return errors
