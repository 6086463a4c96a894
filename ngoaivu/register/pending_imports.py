"""The workbook of an import kept between its two steps: the page that lists its unlikely figures
(views_import.record_import) carries a token, never the file, and «Nhập» with the box ticked imports the file
kept under that token, so the person does not choose it again.

A token is its uploader's, in the session that uploaded it, for the area it was uploaded to: another
user presenting it is answered 404 and never reads the file. A kept file is dropped once imported,
when another file replaces it on the page, and KEEP after its upload (each upload drops those).
"""

import hashlib
import secrets
from datetime import timedelta

from django.http import Http404
from django.utils import timezone

from .models import PendingImport

KEEP = timedelta(days=1)
KEEP_PER_USER = 5  # workbooks waiting for one person's confirmation, in as many tabs: the oldest go first
TOKEN_FIELD = "pending_file"
HASH_FIELD = "file_sha256"


def digest(data):
    return hashlib.sha256(data).hexdigest()


def drop_expired():
    """Delete every kept file uploaded more than KEEP ago, whoever uploaded it."""
    PendingImport.objects.filter(created_at__lt=timezone.now() - KEEP).delete()


def keep(request, area, file_name, data):
    """Keep an uploaded workbook for its confirmation; the files past KEEP go at the same time."""
    drop_expired()
    kept = PendingImport.objects.filter(user=request.user).order_by("-created_at", "-pk")
    PendingImport.objects.filter(pk__in=list(kept.values_list("pk", flat=True)[KEEP_PER_USER - 1 :])).delete()
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
    """The kept file a confirmation names, or None when there is none to read any more (imported, replaced,
    past KEEP, or kept for another session or area of the same person): the page asks for the file again.
    Http404 when the token is another user's."""
    if not token:
        return None
    pending = PendingImport.objects.filter(token=token).first()
    if pending is None:
        return None
    if pending.user_id != request.user.pk:
        raise Http404
    if pending.created_at < timezone.now() - KEEP:
        pending.delete()
        return None
    if pending.session_key != (request.session.session_key or "") or pending.area != area.slug:
        return None
    data = bytes(pending.content)
    if digest(data) != pending.sha256:  # not the bytes that were kept: never imported in their place
        pending.delete()
        return None
    pending.data = data
    return pending


def lock(pending):
    """Lock the kept file's row until the caller's transaction ends: False when it is gone meanwhile
    (imported by another request, or replaced)."""
    return pending is not None and PendingImport.objects.select_for_update().filter(pk=pending.pk).exists()


def drop(pending):
    if pending is not None and pending.pk is not None:
        pending.delete()
