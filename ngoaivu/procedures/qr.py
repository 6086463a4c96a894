"""QR codes (segno) pointing at a procedure's public page in one language."""

import io

import segno
from django.conf import settings
from django.urls import reverse


def public_url(procedure, language):
    return settings.PUBLIC_BASE_URL + reverse("tthc:detail", args=[language, procedure.code])


def qr_svg(url, scale=4):
    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="svg", scale=scale, border=2, xmldecl=False, svgns=True)
    return out.getvalue()


def qr_png(url, scale=8):
    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="png", scale=scale, border=4)
    return out.getvalue()
