"""The public pages (no login): choose a language, search, read a procedure, QR codes, kiosk."""

import base64

from django.db.models import Exists, OuterRef, Prefetch, Q
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.cache import never_cache

from .labels import LABELS, NAMES, PUBLIC_LANGUAGES
from .models import TEXT_FIELDS, Procedure, Translation
from .qr import public_url, qr_png, qr_svg
from .text import fold

PUBLISHED = Translation.Status.PUBLISHED


def _language(lang):
    if lang not in PUBLIC_LANGUAGES:
        raise Http404
    return lang


def _published(lang):
    """The procedures, each with its published translation in lang (or none) as .shown."""
    queryset = Procedure.objects.all()
    if lang != "vi":
        queryset = queryset.prefetch_related(
            Prefetch(
                "translations", queryset=Translation.objects.filter(language=lang, status=PUBLISHED), to_attr="shown"
            )
        )
    return queryset


class Shown:
    """A procedure as a public page shows it in one language: each text with its fallback mark."""

    def __init__(self, procedure, lang):
        self.procedure = procedure
        self.lang = lang
        shown = getattr(procedure, "shown", [])
        self.translation = shown[0] if shown else None

    def text(self, name):
        if self.translation is not None:
            return self.translation.text(name)
        return getattr(self.procedure, name), self.lang != "vi"

    @property
    def name(self):
        return self.text("name")

    @property
    def translated(self):
        return self.lang == "vi" or self.translation is not None

    def fields(self):
        rows = []
        for name in TEXT_FIELDS[1:]:
            value, fallback = self.text(name)
            if value:
                rows.append({"key": name, "label": LABELS[self.lang][name], "value": value, "vi": fallback})
        return rows


def _context(lang, **extra):
    return {
        "lang": lang,
        "t": LABELS[lang],
        "languages": [(code, NAMES[code]) for code in PUBLIC_LANGUAGES],
        "html_lang": {"zh": "zh-Hans"}.get(lang, lang),
        **extra,
    }


def choose(request):
    return render(request, "procedures/public_choose.html", _context("vi"))


def procedure_list(request, lang):
    lang = _language(lang)
    queryset = _published(lang)
    query = request.GET.get("q", "").strip()
    field = request.GET.get("field", "")
    agency = request.GET.get("agency", "")
    if query:
        folded = fold(query)
        condition = Q(search_text__contains=folded)
        if lang != "vi":
            condition |= Exists(
                Translation.objects.filter(
                    procedure=OuterRef("pk"), language=lang, status=PUBLISHED, search_text__contains=folded
                )
            )
        queryset = queryset.filter(condition)
    if field:
        queryset = queryset.filter(field=field)
    if agency:
        queryset = queryset.filter(agency=agency)
    everything = list(_published(lang))
    fields = _choices(everything, lang, "field")
    agencies = _choices(everything, lang, "agency")
    return render(
        request,
        "procedures/public_list.html",
        _context(
            lang,
            rows=[Shown(p, lang) for p in queryset],
            query=query,
            field=field,
            agency=agency,
            fields=fields,
            agencies=agencies,
        ),
    )


def _choices(procedures, lang, name):
    """[(Vietnamese value, label in lang)] of a field, labelled by the first published translation."""
    seen = {}
    for procedure in procedures:
        value = getattr(procedure, name)
        shown, fallback = Shown(procedure, lang).text(name)
        if value not in seen or (seen[value][1] and not fallback):
            seen[value] = (shown, fallback)
    return sorted(((value, label) for value, (label, _) in seen.items()), key=lambda pair: pair[1])


def procedure_detail(request, lang, code):
    lang = _language(lang)
    procedure = get_object_or_404(_published(lang), code=code)
    shown = Shown(procedure, lang)
    level = {"none": "none_level"}.get(procedure.online_level, procedure.online_level)
    return render(
        request,
        "procedures/public_detail.html",
        _context(
            lang,
            p=procedure,
            shown=shown,
            level=LABELS[lang][level],
            qr=reverse("tthc:qr", args=[lang, procedure.code, "svg"]),
        ),
    )


def qr_code(request, lang, code, fmt):
    lang = _language(lang)
    procedure = get_object_or_404(Procedure, code=code)
    url = public_url(procedure, lang)
    if fmt == "svg":
        return HttpResponse(qr_svg(url), content_type="image/svg+xml")
    if fmt == "png":
        return HttpResponse(qr_png(url), content_type="image/png")
    raise Http404


def _data_uri(url):
    # Inline, so that the screen keeps showing every code while the network is down.
    return "data:image/svg+xml;base64," + base64.b64encode(qr_svg(url, scale=6)).decode()


def kiosk(request):
    return render(
        request, "procedures/kiosk.html", _context("vi", feed=reverse("tthc:kiosk_feed"), initial=kiosk_slides())
    )


@never_cache
def kiosk_feed(request):
    return JsonResponse({"procedures": kiosk_slides()})


def kiosk_slides():
    """The procedures with at least one published translation, for the centre's screen."""
    published = (
        Translation.objects.filter(status=PUBLISHED)
        .select_related("procedure")
        .order_by("procedure__field", "procedure__code", "language")
    )
    slides = {}
    for tr in published:
        p = tr.procedure
        slide = slides.setdefault(
            p.pk,
            {
                "code": p.code,
                "name": p.name,
                "field": p.field,
                "agency": p.agency,
                "time": p.shortened_time or p.processing_time,
                "languages": [],
            },
        )
        slide["languages"].append(
            {
                "lang": tr.language,
                "language": NAMES[tr.language],
                "name": tr.name,
                "url": public_url(p, tr.language),
                "qr": _data_uri(public_url(p, tr.language)),
            }
        )
    return list(slides.values())
