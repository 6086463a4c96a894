"""The workbook of an import kept between its two steps: the page that lists its unlikely figures
(views_import.record_import) carries a token, never the file, and «Nhập» with the box ticked imports the file
kept under that token, so the person does not choose it again.

A token is its uploader's, in the session that uploaded it, for the area it was uploaded to: another
user presenting it is answered 404 and never reads the file. A kept file is dropped once imported,
when another file replaces it on the page, and KEEP after its upload (each upload drops those). A dropped
file leaves its token, name and the reason behind for TRACE, so that a page still naming it tells its
uploader why it cannot be imported (Gone) rather than guessing.
"""

import hashlib
import secrets
from datetime import timedelta

from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.pure.wording import screen_date

from .area_registry import AREAS
from .models import DroppedImport, PendingImport
from ngoaivu.core.screen_figures import screen_count

KEEP = timedelta(days=1)
KEEP_PER_USER = 5  # workbooks waiting for one person's confirmation, in as many tabs: the oldest go first
TRACE = timedelta(days=30)  # how long a dropped file's token still says why it went: a tab left open that long
TOKEN_FIELD = "pending_file"
HASH_FIELD = "file_sha256"
Reason = DroppedImport.Reason


class Gone(Exception):
    """The kept file a confirmation names cannot be imported; message says why, to its uploader only."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def digest(data):
    return hashlib.sha256(data).hexdigest()


def drop_expired():
    """Drop every kept file uploaded more than KEEP ago, whoever uploaded it, and the traces past TRACE."""
    now = timezone.now()
    _drop(PendingImport.objects.filter(created_at__lt=now - KEEP), Reason.EXPIRED)
    DroppedImport.objects.filter(dropped_at__lt=now - TRACE).delete()


def keep(request, area, file_name, data):
    """Keep an uploaded workbook for its confirmation; the files past KEEP go at the same time."""
    drop_expired()
    kept = PendingImport.objects.filter(user=request.user).order_by("-created_at", "-pk")
    crowded = list(kept.values_list("pk", flat=True)[KEEP_PER_USER - 1 :])
    _drop(PendingImport.objects.filter(pk__in=crowded), Reason.CROWDED)
    return PendingImport.objects.create(
        token=secrets.token_urlsafe(32),
        user=request.user,
        session_key=request.session.session_key or "",
        area=area.slug,
        file_name=file_name[:255],
        sha256=digest(data),
        content=data,
    )


def find(request, area, token):
    """The kept file a confirmation names, None when it names none. Gone, saying why, when there is none to
    read any more (imported, replaced, past KEEP) or it was kept for another session or area of the same
    person: the page asks for the file again. Http404 when the token is another user's."""
    if not token:
        return None
    pending = PendingImport.objects.filter(token=token).first()
    if pending is None:
        raise Gone(_why_dropped(request.user.pk, token))
    if pending.user_id != request.user.pk:
        raise Http404
    if pending.created_at < timezone.now() - KEEP:
        _drop(PendingImport.objects.filter(pk=pending.pk), Reason.EXPIRED)
        raise Gone(_why_dropped(request.user.pk, token))
    name = pending.file_name
    if pending.session_key != (request.session.session_key or ""):
        raise Gone(
            _(
                "Tệp «%(name)s» được tải lên trong một phiên đăng nhập khác (ở trình duyệt khác, hoặc trước khi "
                "đăng nhập lại) nên chỉ nhập được từ phiên đó."
            )
            % {"name": name}
            + " "
            + _choose_again()
        )
    if pending.area != area.slug:
        there = AREAS[pending.area].title if pending.area in AREAS else pending.area
        raise Gone(
            _("Tệp «%(name)s» được tải lên để nhập vào mục «%(there)s», không phải mục «%(here)s».")
            % {"name": name, "there": there, "here": area.title}
            + " "
            + _choose_again()
        )
    data = bytes(pending.content)
    if digest(data) != pending.sha256:  # not the bytes that were kept: never imported in their place
        _drop(PendingImport.objects.filter(pk=pending.pk), Reason.DAMAGED)
        raise Gone(_why_dropped(request.user.pk, token))
    pending.data = data
    return pending


def lock(pending):
    """Lock the kept file's row until the caller's transaction ends; Gone when it went meanwhile (imported
    by another request, or replaced)."""
    if not PendingImport.objects.select_for_update().filter(pk=pending.pk).exists():
        raise Gone(_why_dropped(pending.user_id, pending.token))


def drop(pending, reason):
    """Drop a kept file, remembering why: Reason.IMPORTED, REPLACED (by a file chosen on its page) or
    REFUSED (read again, it has errors)."""
    if pending is not None and pending.pk is not None:
        _drop(PendingImport.objects.filter(pk=pending.pk), reason)


def _drop(pendings, reason):
    """Delete the kept files of a queryset, leaving each one's trace (the first one made stays when two
    requests drop one file at once)."""
    traces = [
        DroppedImport(
            token=pending.token,
            user_id=pending.user_id,
            file_name=pending.file_name,
            reason=reason,
            uploaded_at=pending.created_at,
        )
        for pending in pendings.only("token", "user", "file_name", "created_at")
    ]
    DroppedImport.objects.bulk_create(traces, ignore_conflicts=True)
    PendingImport.objects.filter(token__in=[trace.token for trace in traces]).delete()


def _why_dropped(user_pk, token):
    trace = DroppedImport.objects.filter(token=token).first()
    if trace is None:  # past TRACE, or never a token
        return _("Không tìm thấy tệp đã chọn ở bước trước trên máy chủ.") + " " + _choose_again()
    if trace.user_id != user_pk:
        raise Http404
    return _why(trace)


def _why(trace):
    """Why a dropped file cannot be imported, with its name and when."""
    values = {"name": trace.file_name, "time": _moment(trace.dropped_at)}
    if trace.reason == Reason.IMPORTED:
        return _("Tệp «%(name)s» đã được nhập lúc %(time)s; lần bấm «Nhập» này không lưu thêm dòng nào.") % values
    if trace.reason == Reason.EXPIRED:
        values.update(time=_moment(trace.uploaded_at), hours=screen_count(int(KEEP.total_seconds() // 3600)))
        why = _("Tệp «%(name)s» tải lên lúc %(time)s đã quá thời hạn lưu giữ %(hours)s giờ nên đã bị xóa khỏi máy chủ.")
    elif trace.reason == Reason.REPLACED:
        why = _("Tệp «%(name)s» đã được thay bằng tệp khác chọn lúc %(time)s nên không còn được lưu giữ.")
    elif trace.reason == Reason.CROWDED:
        values["count"] = screen_count(KEEP_PER_USER)
        why = _(
            "Tệp «%(name)s» không còn được lưu giữ: mỗi người chỉ được giữ %(count)s tệp chờ xác nhận, và lúc "
            "%(time)s đã có tệp mới hơn được tải lên."
        )
    elif trace.reason == Reason.REFUSED:
        why = _("Tệp «%(name)s» được kiểm tra lại lúc %(time)s thì có lỗi nên không còn được lưu giữ.")
    else:
        why = _("Tệp «%(name)s» lưu trên máy chủ không còn nguyên vẹn nên đã bị xóa lúc %(time)s.")
    return why % values + " " + _choose_again()


def _choose_again():
    return _("Chưa lưu dòng nào; vui lòng chọn lại tệp rồi bấm «Nhập».")


def _moment(value):
    """«08:15 ngày 06/12/2026»."""
    moment = timezone.localtime(value)
    return _("%(clock)s ngày %(day)s") % {"clock": f"{moment:%H:%M}", "day": screen_date(moment.date())}
