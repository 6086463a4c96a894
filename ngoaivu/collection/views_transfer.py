"""The administrator's page that moves a unit's people and open work to its successor (transfer.py)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.core.confirm import confirmation_page, is_confirmed
from ngoaivu.core.models import Succession
from ngoaivu.core.permissions import may_transfer_units
from ngoaivu.pure.wording import screen_date

from .transfer import MOVING, TransferError, apply_transfer, has_work, preview_transfer
from ngoaivu.core.screen_figures import screen_count


def _moved_words(summary):
    """ "04 người dùng, 02 yêu cầu báo cáo và 01 báo cáo dự thảo": what moved, never "00 …"."""
    words = {
        "users": _("%(count)s người dùng"),
        "requests": _("%(count)s yêu cầu báo cáo"),
        "submissions": _("%(count)s báo cáo trả lời chưa gửi"),
        "reports": _("%(count)s báo cáo dự thảo"),
    }
    parts = [words[key] % {"count": screen_count(len(summary[key]))} for key in MOVING if summary[key]]
    if (summary.get("focal") or {}).get("moves"):
        parts.append(_("vai trò cơ quan đầu mối đối ngoại của tỉnh"))
    return (
        parts[0]
        if len(parts) == 1
        else _("%(first)s và %(last)s") % {"first": ", ".join(parts[:-1]), "last": parts[-1]}
    )


@login_required
def unit_transfer(request, pk):
    """A GET (or a POST without confirmed=1) shows what would move and what stays, and asks once more
    (core/confirm.py); the confirmation's own POST moves it. The page shows the transfers done."""
    if not may_transfer_units(request.user):
        raise PermissionDenied
    succession = get_object_or_404(Succession.objects.select_related("predecessor", "successor"), pk=pk)
    if is_confirmed(request):
        try:
            summary = apply_transfer(succession, request.user)
        except TransferError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("Đã chuyển sang %(unit)s: %(moved)s.")
                % {"unit": succession.successor.name, "moved": _moved_words(summary)},
            )
        return redirect("collection:transfer", pk)
    preview = preview_transfer(succession)
    values = {"old": succession.predecessor.name, "new": succession.successor.name}
    if has_work(preview):
        lines = [
            _(
                "Người dùng và công việc đang mở của %(old)s dưới đây sẽ chuyển sang %(new)s trong một lần. "
                "Việc chuyển giao được ghi lại và không tự hoàn tác được."
            )
            % values,
            *preview["notes"],
        ]
    else:
        lines = [_("Không còn người dùng hoặc công việc nào của %(old)s cần chuyển sang %(new)s.") % values]
    if preview["issued"]:
        lines.append(
            _("%(n)s báo cáo đã ban hành của %(old)s giữ nguyên số và tên đơn vị ban hành, không chuyển.")
            % {"n": screen_count(preview["issued"]), **values}
        )
    return confirmation_page(
        request,
        "collection/transfer.html",
        title=_("Chuyển giao người dùng và công việc: %(old)s → %(new)s") % values,
        lines=lines,
        button=_("Chuyển giao"),
        action_url=reverse("collection:transfer", args=[pk]),
        cancel_url=reverse("collection:list"),
        succession=succession,
        preview=preview,
        has_work=has_work(preview),
        effective_on=screen_date(succession.effective_on),
        transfers=_done(succession),
    )


def _done(succession):
    """The transfers already made under the succession, newest first, each with its time in words."""
    transfers = list(succession.transfers.select_related("done_by"))
    for transfer in transfers:
        moment = timezone.localtime(transfer.done_at)
        transfer.when = f"{screen_date(moment.date())} {moment:%H:%M}"
        transfer.counts = {key: screen_count(len(transfer.summary.get(key, []))) for key in MOVING}
    return transfers
