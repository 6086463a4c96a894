"""A report of a unit that has ended since. An ended unit still reports on the time it existed, and an
approved report is still issued under its name (README); but a draft made today carries the unit's name,
header and leader of then, which its creation and its page say plainly, and its date line leaves the year
blank rather than date a document of the ended unit in a year after its end unseen: the year is written
when the report is issued, on the day of issue (whose page warns again: views_workflow._issue_notes)."""

from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.core.lineage import current_successor
from ngoaivu.pure.wording import screen_date


def has_ended_since(report, today=None):
    """Whether the report, not issued, is of a unit that has ended by today (None: today)."""
    if report.issued_on is not None:
        return False
    return report.unit.has_ended(today or timezone.localdate())


def ended_notice(report, today=None):
    """What the draft's page and its creation say of a unit that has ended by today; "" otherwise."""
    today = today or timezone.localdate()
    if not has_ended_since(report, today):
        return ""
    unit = report.unit
    values = {"unit": unit.report_name, "last": screen_date(unit.last_day)}
    successor = current_successor(unit, today)
    if successor is not None and successor.pk != unit.pk:
        ended = _("%(unit)s chỉ hoạt động đến ngày %(last)s (công việc do %(successor)s tiếp nhận).") % (
            values | {"successor": successor.report_name}
        )
    else:
        ended = _("%(unit)s chỉ hoạt động đến ngày %(last)s.") % values
    made = (
        _(
            "Báo cáo này được lập dưới tên và người ký của %(unit)s tại thời điểm đó; năm ở dòng ngày tháng để trống, "
            "sẽ ghi theo ngày ban hành. Kiểm tra lại người ký trước khi trình duyệt."
        )
        % values
    )
    return f"{ended} {made}"
