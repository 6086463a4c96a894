"""The rows a figure counts, as an area's list shows them: the home page's key figures link to them.

?counted=incoming_delegations&period=2021-03-01..2021-03-31&scope=12 keeps, of the rows the list would show,
those the indicator counts over the period for unit 12's figures: its scope as the reports count it on the
period's last day (core/lineage.scope_of: the units under it, the predecessors it took over, a unit that went
on counted up to its last day), by the engine's own conditions (register/counting.py), so that the list holds
the rows behind the figure and no other. No scope: the whole register's figures; a unit reporter's are always
its own unit's work, as its home page counts them (dashboard/forms.ScopeForm). A stock (fishermen still
detained) is the rows open on the period's last day.

A unit reporter's figures count rows it does not read: those of the units under its unit, and those of a
predecessor that went on, before the change (core/permissions.figures_scope against readable_unit_ids). The
list keeps to the rows the reporter reads and says, above the table, what else the figure counts (unlisted).
"""

from dataclasses import dataclass

from django import forms
from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import gettext as _, gettext_lazy, ngettext

from ngoaivu.core.errors import error_text
from ngoaivu.core.models import Succession, Unit
from ngoaivu.core.period_field import in_words
from ngoaivu.core.permissions import figures_scope, figures_unit, is_unit_bound, readable_unit_ids, unit_choices
from ngoaivu.core.screen_figures import screen_count
from ngoaivu.core.unit_picker import UnitChoiceField
from ngoaivu.pure.indicators import BY_CODE, CATALOGUE
from ngoaivu.pure.period_parsing import parse
from ngoaivu.pure.periods import PeriodError
from ngoaivu.pure.text import collation_key
from ngoaivu.pure.wording import screen_date

from .counting import kept, window_condition

COUNTED, PERIOD, SCOPE = "counted", "period", "scope"
PARAMETERS = (COUNTED, PERIOD, SCOPE)


def counted_query(indicator_code, period, unit=None):
    """The list's query for the rows indicator_code counts over period (a Period) for unit's figures (None:
    the whole register's). The period goes as its days, which read alike under either convention and keep a
    period cut at a day (the month so far)."""
    query = {COUNTED: indicator_code, PERIOD: f"{period.start.isoformat()}..{period.end.isoformat()}"}
    if unit is not None:
        query[SCOPE] = str(unit.pk)
    return query


class CountedForm(forms.Form):
    counted = forms.ChoiceField(label=gettext_lazy("Chỉ tiêu"))
    period = forms.CharField(label=gettext_lazy("Kỳ"))
    scope = UnitChoiceField(queryset=Unit.objects.all(), required=False, label=gettext_lazy("Đơn vị"))

    def __init__(self, data, area, user):
        super().__init__(data)
        self.user = user
        label = area.model._meta.label
        self.fields[COUNTED].choices = [(i.code, i.code) for i in CATALOGUE if i.model == label]
        self.fields[SCOPE].queryset = unit_choices(user, Unit.objects.all())

    def clean(self):
        cleaned = super().clean()
        text, unit = cleaned.get(PERIOD), cleaned.get(SCOPE)
        if text is None or SCOPE in self.errors:
            return cleaned
        unit = figures_unit(self.user, unit)
        try:
            cleaned[PERIOD] = parse(text, unit.reporting_convention if unit else "calendar")
        except PeriodError as error:
            self.add_error(PERIOD, error_text(error))
        cleaned[SCOPE] = unit
        return cleaned


@dataclass(frozen=True)
class Counted:
    """The figure a list was asked for, or why it cannot be read (errors)."""

    indicator: object = None
    period: object = None
    unit: Unit | None = None
    errors: tuple = ()
    scope: object = None  # the units the figure counts (figures_scope): a Scope, None for every unit, [] for none

    @property
    def condition(self):
        """The rows the figure counts, as a condition of the list's model; None when it counts none."""
        if self.errors or (self.scope is not None and not self.scope):
            return None
        indicator, period = self.indicator, self.period
        condition = Q(**indicator.condition) & window_condition(indicator, period, period)
        if self.scope is not None:
            condition &= Q(unit__in=self.scope.unit_ids) & kept(indicator, self.scope)
        return condition

    @property
    def description(self):
        """What the list holds, in words."""
        name = _(self.indicator.name)
        when = (
            _("vào ngày %(day)s") % {"day": screen_date(self.period.end)}
            if self.indicator.is_stock
            else in_words(self.period)
        )
        if self.unit is None:
            return _("Các bản ghi được tính vào chỉ tiêu «%(indicator)s» %(period)s, số liệu toàn tỉnh.") % {
                "indicator": name,
                "period": when,
            }
        return _("Các bản ghi được tính vào chỉ tiêu «%(indicator)s» %(period)s, số liệu của %(unit)s.") % {
            "indicator": name,
            "period": when,
            "unit": self.unit.name,
        }


def asked(area, user, query):
    """The Counted the list's query asks for, or None when it asks for none."""
    if not any(query.get(name) for name in PARAMETERS):
        return None
    form = CountedForm({name: query.get(name, "") for name in PARAMETERS}, area, user)
    if not form.is_valid():
        errors = tuple(
            _("Không lọc được các bản ghi của số liệu được hỏi (%(field)s): %(why)s")
            % {"field": form.fields[name].label, "why": message}
            for name, messages in form.errors.items()
            for message in messages
        )
        return Counted(errors=errors)
    cleaned = form.cleaned_data
    period = cleaned[PERIOD]
    scope = figures_scope(user, cleaned[SCOPE], period.end)
    return Counted(BY_CODE[cleaned[COUNTED]], period, cleaned[SCOPE], scope=scope)


def counted_rows(queryset, counted):
    """Of queryset, the rows counted's figure counts; none when it cannot be read."""
    condition = counted.condition
    return queryset.none() if condition is None else queryset.filter(condition)


def unlisted(area, counted, user):
    """Sentences saying what counted's figure counts that the list does not show user: rows of units it
    does not read, named. For a unit reporter only; whoever else may ask for a figure reads every row it
    counts. Of the figure, not of the filters the list adds: the figure counts them all the same."""
    condition = counted.condition if counted is not None else None
    if condition is None or not is_unit_bound(user):
        return []
    # A unit that handed work over to one the figure counts yet went on (a reporter reads only the units
    # whose whole work it took over) counts its rows before the change; any other unit not read is under
    # the reporter's unit or under one of its predecessors.
    handed_over = Succession.objects.filter(
        predecessor_id=OuterRef("unit_id"), successor_id__in=counted.scope.unit_ids, carries_records=True
    )
    groups = (
        area.model.objects.filter(condition)
        .exclude(unit_id__in=readable_unit_ids(user))
        .annotate(handed_over=Exists(handed_over))
        .values("unit_id", "handed_over")
        .annotate(rows=Count("pk"))
        .order_by()
    )
    units = Unit.objects.in_bulk({group["unit_id"] for group in groups})
    by_kind = {False: [], True: []}
    for group in groups:
        by_kind[group["handed_over"]].append((units[group["unit_id"]].listed_name, group["rows"]))
    return [_said(kind, groups) for kind, groups in by_kind.items() if groups]


def _said(handed_over, groups):
    """The sentence of groups ([(unit's name, rows)]), of units under the reporter's or that handed work over."""
    count = sum(rows for _name, rows in groups)
    names = ", ".join(sorted((name for name, _rows in groups), key=collation_key))
    values = {"count": screen_count(count), "units": names}
    if handed_over and len(groups) == 1:
        return (
            ngettext(
                "Số liệu này còn gồm %(count)s bản ghi trước sắp xếp của đơn vị đã chuyển giao nhiệm vụ "
                "(%(units)s), ngoài phạm vi bạn được xem.",
                "Số liệu này còn gồm %(count)s bản ghi trước sắp xếp của đơn vị đã chuyển giao nhiệm vụ "
                "(%(units)s), ngoài phạm vi bạn được xem.",
                count,
            )
            % values
        )
    if handed_over:
        return (
            _(
                "Số liệu này còn gồm %(count)s bản ghi trước sắp xếp của các đơn vị đã chuyển giao nhiệm vụ "
                "(%(units)s), ngoài phạm vi bạn được xem."
            )
            % values
        )
    if len(groups) == 1:
        return (
            ngettext(
                "Số liệu này còn gồm %(count)s bản ghi của đơn vị trực thuộc (%(units)s), ngoài phạm vi bạn được xem.",
                "Số liệu này còn gồm %(count)s bản ghi của đơn vị trực thuộc (%(units)s), ngoài phạm vi bạn được xem.",
                count,
            )
            % values
        )
    return (
        _("Số liệu này còn gồm %(count)s bản ghi của các đơn vị trực thuộc (%(units)s), ngoài phạm vi bạn được xem.")
        % values
    )
