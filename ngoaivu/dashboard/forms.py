"""The filters of the home page and the statistics page: a unit and a reporting period."""

from django import forms
from django.db.models import Max
from django.utils.functional import cached_property
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.unit_picker import UnitChoiceField
from ngoaivu.core.models import Unit
from ngoaivu.core.period_field import PeriodField
from ngoaivu.core.lineage import working_unit
from ngoaivu.core.permissions import figures_scope, figures_unit, is_unit_bound
from ngoaivu.register import models as register
from ngoaivu.pure.period_parsing import parse
from ngoaivu.pure.periods import CALENDAR, MONTH, YEAR, Period, PeriodError
from ngoaivu.core.errors import error_text

# The rows that show a unit has started keeping its register in a year.
ACTIVITY_DATES = [
    (register.IncomingDelegation, "start_date"),
    (register.OutgoingDelegation, "start_date"),
    (register.ForeignAid, "approved_on"),
    (register.FishingIncident, "occurred_on"),
]


def latest_year(units):
    """The last year any of the main areas has a row in, or None for an empty register."""
    years = []
    for model, field in ACTIVITY_DATES:
        queryset = model.objects.all() if units is None else model.objects.filter(unit__in=units)
        latest = queryset.aggregate(latest=Max(field))["latest"]
        if latest:
            years.append(latest.year)
    return max(years, default=None)


# Until this day of a calendar month the default period is the one that just closed (ScopeForm._current).
YOUNG_UNTIL = 15


class ScopeForm(forms.Form):
    """Which rows the figures count (a unit and those below it, or the whole province) and over which period.

    A unit reporter has no unit to choose: its own is the only one it may see. Anyone else sees their
    own unit's figures by default or, once it has ended, those of the unit that carried its work at
    the end of the period asked: the Sở Ngoại vụ for 2021, the Văn phòng UBND tỉnh for 2026.
    """

    # Ended units too: their figures are those of the time they existed (Unit.scope clamps to it).
    unit = UnitChoiceField(queryset=Unit.objects.all(), required=False, label=_("Đơn vị"), empty_label=_("Toàn tỉnh"))
    # Blank: the month or year whose report is being written (ScopeForm._current); the last year with data
    # when that year has none, said on the page.
    period = PeriodField(label=_("Kỳ"), required=False, blank_label=_("Kỳ mặc định"))

    def __init__(self, data, user, default_kind=YEAR, today=None):
        bound_to_unit = is_unit_bound(user)
        super().__init__(data)
        self.own_unit = user.unit if bound_to_unit else working_unit(user, self._asked_end(user))
        self.initial = {"unit": self.own_unit.pk if self.own_unit else None}
        if data is not None and "unit" not in data and not bound_to_unit:
            # No unit asked for: the user's own, as on a first visit ("" would be the whole province).
            self.data = data.copy()
            self.data["unit"] = self.own_unit.pk if self.own_unit else ""
        self.user = user
        self.default_kind = default_kind
        self.today = today or timezone.localdate()
        self.fallback_from = None  # the current year, when it had no data and an earlier one is shown
        self.last_closed = False  # the default is the period that just closed, not the one in progress
        if bound_to_unit:
            del self.fields["unit"]

    def _asked_end(self, user):
        """The last day of the period asked for, when one is asked and can be read; else None (today)."""
        if not self.is_bound or not user.unit_id:
            return None
        field = self.fields["period"]
        try:
            text = field.clean(field.widget.value_from_datadict(self.data, self.files, self.add_prefix("period")))
            return parse(text, user.unit.reporting_convention).end if text else None
        except (forms.ValidationError, PeriodError):
            return None  # the form says why when it validates

    def clean_period(self):
        text = self.cleaned_data["period"].strip()
        if not text:
            return None
        try:
            return parse(text, self._convention(self.cleaned_data.get("unit")))
        except PeriodError as error:
            raise forms.ValidationError(error_text(error)) from None

    def _convention(self, unit):
        unit = unit or self.own_unit
        return unit.reporting_convention if unit else "calendar"

    def _unit(self):
        return self.cleaned_data.get("unit") if self.is_bound and self.is_valid() else self.own_unit

    @property
    def scope_unit(self):
        """The unit whose figures are shown, None for the whole province's (core/permissions.figures_unit)."""
        return figures_unit(self.user, self._unit())

    def _scope_on(self, day):
        """The units the figures count as the unit stood on day (None: today), or None for the whole register
        (core/permissions.figures_scope)."""
        return figures_scope(self.user, self._unit(), day)

    @property
    def refused(self):
        """Whether a unit or a period was asked for that cannot be read (a month 13, a year 1800, a word for a
        year): the page then says why beside the picker and counts nothing, rather than the default period's
        figures under the message, as the register's list and the compliance page do."""
        return self.is_bound and not self.is_valid()

    @cached_property
    def scope_units(self):
        """As the reports count them: the unit as it stood at the end of the chosen period; no unit at all
        (nothing counted, not the whole province) when the filters are refused."""
        period = self.scope_period()
        return [] if period is None else self._scope_on(period.end)

    def scope_period(self):
        """The chosen period; by default the current one, or the last year with data when this year has none.
        None when the filters are refused (refused): no other period stands in for the one asked."""
        return self._period

    @cached_property
    def _period(self):
        if self.refused:
            return None
        chosen = self.cleaned_data.get("period") if self.is_bound else None
        if chosen:
            return chosen
        convention = self._convention(self._unit())
        current = self._current(convention)
        latest = latest_year(self._scope_on(None))
        if latest is not None and latest < current.year:
            self.fallback_from, self.last_closed = current.year, False
            return Period(YEAR, latest, convention=convention)
        return current

    def _current(self, convention):
        """The period shown by default: the one whose report is being written.

        A month's report is written in the days after its books close. By the calendar a month closes
        on its last day, so while the month is young (before the 15th, the day the regime of Nghị định
        09/2019/NĐ-CP closes its own months on) the officer works on last month's report: on 05/12/2026
        the home page opens on tháng 11/2026, complete, not on a tháng 12 where everything is «không
        có»; from the 15th on, this month so far. The same holds for a year in early January. Under
        Nghị định 09 the month named by today's month is the one to show either way: before the 15th
        it is the month in progress, closing on the 14th; from the 15th, the one that just closed.
        """
        today = self.today
        young = convention == CALENDAR and today.day < YOUNG_UNTIL
        self.last_closed = young and (self.default_kind == MONTH or today.month == 1)
        if self.default_kind == MONTH:
            if self.last_closed:
                year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
                return Period(MONTH, year, month, convention=convention)
            return Period(MONTH, today.year, today.month, convention=convention, as_of=today)
        if self.last_closed:
            return Period(YEAR, today.year - 1, convention=convention)
        return Period(YEAR, today.year, convention=convention, as_of=today)
