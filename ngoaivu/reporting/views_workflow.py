"""A report's workflow steps (submit, return, approve, issue), each confirmed once on a page saying what
it will do (core/confirm.py)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.core.confirm import confirmation_page, is_confirmed
from ngoaivu.core.permissions import may_move_report
from ngoaivu.pure.wording import screen_date

from .models import Report
from .outline_changes import changes
from .workflow import (
    TRANSITIONS,
    NumberTaken,
    WorkflowError,
    allowed_actions,
    approvers,
    next_number,
    reason_refusal,
    refused,
    transition,
)
from .views import _report
from ngoaivu.core.screen_figures import screen_count


def _issue_notes(report, today):
    """What an issue today would say that the officer may not mean: a date before the period ends (its
    last days not yet in the register), a unit that no longer exists."""
    notes = []
    end = report.period.end
    if today < end:
        notes.append(
            _(
                "Lưu ý: ngày ban hành %(day)s trước ngày cuối kỳ báo cáo %(end)s; số liệu các ngày còn lại của kỳ "
                "chưa có trong báo cáo."
            )
            % {"day": screen_date(today), "end": screen_date(end)}
        )
    if report.unit.ended_on is not None and report.unit.ended_on <= today:
        notes.append(
            _("Lưu ý: %(unit)s đã thôi hoạt động từ ngày %(day)s; văn bản ban hành hôm nay vẫn mang tên đơn vị này.")
            % {"unit": report.unit.name, "day": screen_date(report.unit.ended_on)}
        )
    return notes


@login_required
def report_transition(request, pk, action):
    """A workflow step. Each one locks or changes the report for others, so a GET, or a POST without
    confirmed=1, only says what the step will do and asks once more (core/confirm.py)."""
    if action not in TRANSITIONS:
        raise Http404  # no such step: an address mistyped, not a step refused
    report = _report(request, pk)
    if not may_move_report(request.user, action, report):
        raise PermissionDenied
    if action not in allowed_actions(request.user, report):  # an old page: the report has moved on
        messages.error(request, str(refused(report)))
        return redirect("reporting:detail", pk)
    if not is_confirmed(request):
        return _confirm_step(request, report, action)
    # The page promised a number: the issue itself refuses it (NumberTaken) if another report took it since,
    # and the page asks again with the one now free; a post without it is asked again at once.
    posted = request.POST.get("number", "")
    number = int(posted) if action == "issue" and posted.isdigit() else None
    if action == "issue" and number is None:
        messages.error(request, str(NumberTaken()))
        return _confirm_step(request, report, action)
    reason = request.POST.get("reason", "").strip()
    refusal = reason_refusal(report, action, reason)
    if refusal:
        return _confirm_step(request, report, action, reason_error=refusal)
    try:
        transition(report, action, request.user, reason=reason, number=number)
    except NumberTaken as error:
        messages.error(request, str(error))
        return _confirm_step(request, report, action)
    except WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            {
                "submit": _("Đã trình duyệt báo cáo."),
                "return": _("Đã trả lại để chỉnh sửa."),
                "approve": _("Đã duyệt báo cáo."),
                "issue": _("Đã ban hành báo cáo số %(number)s.") % {"number": report.number_label},
            }[action],
        )
    return redirect("reporting:detail", pk)


def _confirm_step(request, report, action, reason_error=""):
    """The confirmation of a step: the state it leaves the report in, who acts next, what can no longer change.
    A return asks why (a box «Lý do trả lại»), always required (workflow.reason_refusal)."""
    values = {
        "title": report.title,
        "unit": report.unit,
        "status": Report.Status(TRANSITIONS[action][1]).label,
    }
    people, people_title, hidden = [], "", {}
    if action == "submit":
        title, button = _("Trình duyệt báo cáo"), _("Trình duyệt")
        people = approvers(report)
        lines = [
            _("Báo cáo «%(title)s» sẽ chuyển sang trạng thái «%(status)s» và được trình lãnh đạo %(unit)s duyệt.")
            % values,
            _("Người duyệt sẽ thấy nút «Duyệt» và «Trả lại» trên báo cáo: duyệt, hoặc trả lại để sửa tiếp.")
            if people
            else _("%(unit)s chưa có tài khoản lãnh đạo nên người quản trị hệ thống sẽ duyệt.") % values,
            _("Trong khi chờ duyệt, nội dung báo cáo không sửa được."),
        ]
        people_title = _("Người duyệt")
    elif action == "return" and report.status == Report.Status.APPROVED:
        title, button = _("Trả lại báo cáo đã duyệt"), _("Hủy duyệt, trả lại để soạn lại")
        lines = [
            _(
                "Báo cáo «%(title)s» đã duyệt, chưa ban hành, sẽ trở lại trạng thái «%(status)s» để %(unit)s soạn "
                "lại; lần duyệt trước không còn hiệu lực."
            )
            % values,
            _("Sau khi sửa, báo cáo phải được trình duyệt lại. Lý do trả lại được lưu trong lịch sử của báo cáo."),
        ]
    elif action == "return":
        title, button = _("Trả lại báo cáo"), _("Trả lại để chỉnh sửa")
        lines = [
            _("Báo cáo «%(title)s» sẽ trở lại trạng thái «%(status)s» để %(unit)s sửa tiếp.") % values,
            _("Sau khi sửa, báo cáo phải được trình duyệt lại."),
        ]
    elif action == "approve":
        title, button = _("Duyệt báo cáo"), _("Duyệt báo cáo")
        lines = [
            _("Báo cáo «%(title)s» sẽ chuyển sang trạng thái «%(status)s».") % values,
            _(
                "Sau khi duyệt, nội dung báo cáo không sửa được nữa; trước khi ban hành, người duyệt vẫn trả lại "
                "được để soạn lại."
            ),
            _("Bước tiếp theo là ban hành, cấp số, do chuyên viên ngoại vụ hoặc lãnh đạo %(unit)s thực hiện.") % values,
        ]
    else:  # issue: the number and date it takes, which can never be taken back
        number = next_number(report)
        label, hidden = report.label_of(number), {"number": number}
        day = timezone.localdate().strftime("%d/%m/%Y")
        title, button = _("Ban hành báo cáo"), _("Ban hành, cấp số %(label)s") % {"label": label}
        lines = [
            _(
                "Báo cáo «%(title)s» sẽ được ban hành với số %(label)s, ngày %(day)s. Sau khi ban hành, "
                "báo cáo không sửa được nữa và số này không dùng lại được."
            )
            % {"title": report.title, "label": label, "day": day}
        ] + _issue_notes(report, timezone.localdate())
    stale, dropped, missing = changes(report) if action in ("submit", "approve", "issue", "return") else ([], [], [])
    if missing:
        lines.insert(
            0,
            _("Lưu ý: mẫu báo cáo hôm nay viết thêm %(n)s mục mà báo cáo này chưa có: %(sections)s.")
            % {"n": screen_count(len(missing)), "sections": "; ".join(row.label for row in missing)},
        )
    if dropped:
        lines.insert(
            0,
            _("Lưu ý: mẫu báo cáo hôm nay không còn viết %(n)s mục của báo cáo này: %(sections)s.")
            % {"n": screen_count(len(dropped)), "sections": "; ".join(str(row.section) for row in dropped)},
        )
    if stale:
        note = (
            _(
                "Lưu ý: %(n)s mục không còn khớp với nội dung tổng hợp từ báo cáo của các đơn vị hôm nay (đã "
                "tiếp nhận thêm báo cáo, hoặc sổ theo dõi hay mẫu báo cáo đã thay đổi sau khi tổng hợp): %(sections)s."
            )
            if report.compiled
            else _(
                "Lưu ý: %(n)s mục không còn khớp với nội dung soạn từ sổ theo dõi hôm nay (số liệu, văn bản trích "
                "dẫn hoặc mẫu báo cáo đã thay đổi sau khi soạn): %(sections)s."
            )
        )
        lines.insert(0, note % {"n": screen_count(len(stale)), "sections": "; ".join(str(s) for s in stale)})
    return confirmation_page(
        request,
        "reporting/confirm_step.html",
        title=title,
        lines=lines,
        button=button,
        action_url=reverse("reporting:transition", args=[report.pk, action]),
        cancel_url=reverse("reporting:detail", args=[report.pk]),
        report=report,
        people=[(str(user), user.position) for user in people],
        people_title=people_title,
        hidden=hidden,
        ask_reason=action == "return",
        reason=request.POST.get("reason", ""),
        reason_error=reason_error,
        # The issue of stale figures: its approver may return it to be redrafted first.
        reopen_url=reverse("reporting:transition", args=[report.pk, "return"])
        if action == "issue" and (stale or dropped or missing) and may_move_report(request.user, "return", report)
        else "",
    )
