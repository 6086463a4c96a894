"""Whose register, and which period, a unit's report is set against: the unit that issued it (as the report
names it, an ended one too, and who carries its work today), the unit an officer compares it with, that
unit's scope at the period's end, and the report's period by the unit's convention.
"""

from dataclasses import replace

from django.utils.translation import gettext as _

from ngoaivu.core.lineage import current_successor
from ngoaivu.core.models import Unit
from ngoaivu.core.permissions import is_unit_bound
from ngoaivu.pure.periods import CUSTOM, Period
from ngoaivu.pure.wording import screen_date
from ngoaivu.reading.unit_names import province_now

from .intake_rules import issuer_province, issuing_unit


def _units():
    # Ended units too: a report of 2023 names the unit as it was then (intake_rules.issuing_unit).
    return list(Unit.objects.values("id", "code", "name", "short_name", "started_on", "ended_on"))


def report_issuer(meta):
    """The register's unit that issued the report, as the report names it (an ended one too), or None."""
    issuer_id = issuing_unit(meta, _units())
    return Unit.objects.filter(pk=issuer_id).first() if issuer_id is not None else None


def issuer_words(meta, issuer):
    """ "Sở Ngoại vụ tỉnh Kon Tum (trước sắp xếp; nay là Văn phòng UBND tỉnh Quảng Ngãi)": the unit
    that issued the report as the report names it and, when it has since ended, the unit that
    carries its work today (core/lineage.current_successor). Without a unit of the register, the
    issuer as the report writes it when it names a province that has since been merged or renamed.
    None when there is nothing to say."""
    if issuer is not None:
        today = current_successor(issuer)
        if today == issuer:
            return issuer.name
        if today is not None:
            return _("%(issuer)s (trước sắp xếp; nay là %(today)s)") % {"issuer": issuer.name, "today": today.name}
        return _("%(issuer)s (thôi hoạt động từ ngày %(date)s)") % {
            "issuer": issuer.name,
            "date": screen_date(issuer.ended_on),
        }
    province = issuer_province(meta)
    now = province_now(province) if province is not None else None
    written = " – ".join(part for part in (meta.get("parent_body"), meta.get("issuer")) if part)
    if now is None or not written:
        return None
    today, merged = now
    words = {"issuer": written, "province": province.named, "today": today}
    if merged:
        return _("%(issuer)s (%(province)s trước sắp xếp; nay thuộc %(today)s)") % words
    return _("%(issuer)s (%(province)s, nay là %(today)s)") % words


def comparison_unit(user, meta, chosen_unit_id=None):
    """(unit, notice): whose register rows the report is set against, or unit None.

    The issuing unit is read from the report (its number's code, else its name); an officer
    may choose another. A unit reporter compares with their own unit's rows only, and not at
    all a report that another unit issued.
    """
    units = _units()
    issuer_id = issuing_unit(meta, units)
    if is_unit_bound(user):
        if issuer_id not in (None, user.unit_id):
            issuer = next(u["name"] for u in units if u["id"] == issuer_id)
            return (
                None,
                _(
                    "Báo cáo này do %(issuer)s ban hành; tài khoản của đơn vị chỉ đối chiếu "
                    "được báo cáo của đơn vị mình."
                )
                % {"issuer": issuer},
            )
        return user.unit, None
    wanted = chosen_unit_id or issuer_id
    unit = Unit.objects.filter(pk=wanted).first() if wanted else None
    if unit is None:
        return (
            None,
            _("Chưa xác định được đơn vị ban hành báo cáo; đề nghị chọn đơn vị để đối chiếu với sổ theo dõi."),
        )
    return unit, None


def comparison_scope(user, unit, period):
    """The rows set against the report: a unit reporter's own unit's; else the unit's scope as it
    stood at the end of the report's period (a merger after it does not count)."""
    if is_unit_bound(user):
        return [user.unit_id]
    return unit.scope(period.end if period else None)


def report_period(meta, unit):
    """The report's period, counted by the unit's convention as its own reports are."""
    period = Period.from_dict(meta.get("period"))
    if period is not None and period.kind != CUSTOM and unit is not None:
        period = replace(period, convention=unit.reporting_convention)
    return period
