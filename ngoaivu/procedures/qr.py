"""QR codes (segno) pointing at a procedure's public page in one language."""

import io

import segno
from django.conf import settings
from django.urls import reverse

from .models import has_public_address

QUIET_ZONE = 4  # modules of white around the code, as ISO/IEC 18004 asks: a printed code on a dark wall still reads


def public_url(procedure, language):
    """The public page's address; "" for a code that cannot be one (published() never lists it)."""
    if not has_public_address(procedure.code):
        return ""
    return settings.PUBLIC_BASE_URL + reverse("tthc:detail", args=[language, procedure.code])


def qr_svg(url, scale=4, sized=True):
    """sized=False: a viewBox and no size of its own, so that the page's CSS sizes the code (the A4 sheet)."""
    out = io.BytesIO()
    segno.make(url, error="m").save(
        out, kind="svg", scale=scale, border=QUIET_ZONE, xmldecl=False, svgns=True, omitsize=not sized
    )
    return out.getvalue()


def qr_png(url, scale=8):
    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="png", scale=scale, border=QUIET_ZONE)
    return out.getvalue()
