"""The public pages (no login): choose a language, search, read a procedure, QR codes, kiosk."""

import base64
from functools import wraps
from urllib.parse import urlencode

from django import forms
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache

from ngoaivu.core.search import SEARCH_LENGTH
from ngoaivu.pure.text import collation_key
from ngoaivu.register.filters import SearchField

from .publishing import (
    HTML_LANGUAGES,
    NAMES,
    ONLINE_LEVELS,
    PUBLIC_LANGUAGES,
    SCAN,
    Shown,
    django_language,
    in_language,
    published,
    search,
    search_query,
)
from .models import Language, Procedure
from .qr import public_url, qr_png, qr_svg


def _offered_language(view):
    """A page in a language not offered sends the visitor to choose one, on the page that offers them all."""

    @wraps(view)
    def checked(request, lang, *args, **kwargs):
        if lang not in PUBLIC_LANGUAGES:
            return redirect("tthc:choose")
        return view(request, lang, *args, **kwargs)

    return checked


def _list_address(code):
    return reverse("tthc:list", args=[code])


def _context(lang, address=_list_address, **extra):
    return {
        "lang": lang,
        "languages": [(code, NAMES[code]) for code in PUBLIC_LANGUAGES],
        # The language switch: (code, name, lang="…", address) of this page in each language, address(code):
        # a procedure stays that procedure (a QR code scanned in the wrong language), a search that search.
        "switch": [(code, NAMES[code], HTML_LANGUAGES.get(code, code), address(code)) for code in PUBLIC_LANGUAGES],
        # (public code, Django's code, lang="…") of each language, for lines written in all of them
        "every_language": [(code, django_language(code), HTML_LANGUAGES.get(code, code)) for code in PUBLIC_LANGUAGES],
        "html_lang": HTML_LANGUAGES.get(lang, lang),
        **extra,
    }


def render_public(request, template, lang, address=_list_address, **extra):
    """The page in the public language `lang`, whatever the staff interface's language is; address(code) is
    this page's address in the language code, for the language switch (by default, the list)."""
    with translation.override(django_language(lang)):
        response = render(request, template, _context(lang, address, **extra))
    response["Content-Language"] = HTML_LANGUAGES.get(lang, lang)  # the staff language's middleware keeps it
    return response


def choose(request):
    return render_public(request, "procedures/public_choose.html", "vi")


class SearchForm(forms.Form):
    """The public list's search as sent. A NUL character, which PostgreSQL refuses in a query (a 500), is
    refused as the register lists and the API refuse it (Django's ProhibitNullCharactersValidator): nothing
    is searched, and the page says why. So is a search longer than the box holds (SEARCH_LENGTH), sent by a
    hand-made or shortened link, by the register lists' rule: searching only its first characters would list
    what the visitor did not ask for, and the page would not say so. The filters are read as they were
    sent, not stripped."""

    q = SearchField(required=False)
    field = forms.CharField(required=False, strip=False)
    agency = forms.CharField(required=False, strip=False)


def _shown_back(value):
    return (value or "").replace("\x00", "")


@_offered_language
def procedure_list(request, lang):
    queryset = published(lang)
    form = SearchForm(request.GET)
    with translation.override(django_language(lang)):  # a refusal is worded as it is found, in the page's language
        valid = form.is_valid()
    if not valid:
        return _refused_search(request, lang, form)
    query = search_query(form.cleaned_data["q"])  # shown back in the box as it was searched
    field = form.cleaned_data["field"]
    agency = form.cleaned_data["agency"]
    if query:
        queryset = search(queryset, lang, query)
    if field:
        queryset = queryset.filter(field=field)
    if agency:
        queryset = queryset.filter(agency=agency)
    everything = list(published(lang))
    fields = _choices(everything, lang, "field")
    agencies = _choices(everything, lang, "agency")
    kept = urlencode([(name, value) for name, value in (("q", query), ("field", field), ("agency", agency)) if value])
    return render_public(
        request,
        "procedures/public_list.html",
        lang,
        address=lambda code: _list_address(code) + (f"?{kept}" if kept else ""),
        rows=[Shown(p, lang) for p in queryset],
        query=query,
        query_length=SEARCH_LENGTH,
        field=field,
        agency=agency,
        fields=fields,
        agencies=agencies,
    )


def _refused_search(request, lang, form):
    """A search that cannot be read lists nothing, beside its message: never every procedure as if it held."""
    everything = list(published(lang))
    with translation.override(django_language(lang)):  # said once, in the page's language
        refused = sorted({str(message) for messages in form.errors.values() for message in messages})
    return render_public(
        request,
        "procedures/public_list.html",
        lang,
        rows=[],
        refused=refused,
        query=search_query(_shown_back(request.GET.get("q"))),
        query_length=SEARCH_LENGTH,
        field=_shown_back(request.GET.get("field")),
        agency=_shown_back(request.GET.get("agency")),
        fields=_choices(everything, lang, "field"),
        agencies=_choices(everything, lang, "agency"),
    )


def _choices(procedures, lang, name):
    """[(Vietnamese value, label in lang)] of a field, labelled by the first published translation."""
    seen = {}
    for procedure in procedures:
        value = getattr(procedure, name)
        shown, fallback = Shown(procedure, lang).text(name)
        if value not in seen or (seen[value][1] and not fallback):
            seen[value] = (shown, fallback)
    return sorted(((value, label) for value, (label, _) in seen.items()), key=lambda pair: collation_key(pair[1]))


def _not_found(request, lang):
    """A foreigner's old QR code or a mistyped address: told in their language, led back to the list."""
    response = render_public(request, "procedures/public_not_found.html", lang)
    response.status_code = 404
    return response


@_offered_language
def not_found(request, lang, rest):
    return _not_found(request, lang)


@_offered_language
def procedure_detail(request, lang, code):
    procedure = published(lang).filter(code=code).first()
    if procedure is None:
        return _not_found(request, lang)
    shown = Shown(procedure, lang)
    return render_public(
        request,
        "procedures/public_detail.html",
        lang,
        address=lambda code: reverse("tthc:detail", args=[code, procedure.code]),
        p=procedure,
        shown=shown,
        level=ONLINE_LEVELS.get(procedure.online_level, ""),
        qr=reverse("tthc:qr", args=[lang, procedure.code, "svg"]),
    )


@_offered_language
def qr_code(request, lang, code, fmt):
    procedure = Procedure.objects.public().filter(code=code).first()
    if procedure is None or fmt not in ("svg", "png"):
        return _not_found(request, lang)
    url = public_url(procedure, lang)
    if fmt == "svg":
        return HttpResponse(qr_svg(url), content_type="image/svg+xml")
    return HttpResponse(qr_png(url), content_type="image/png")


def _data_uri(url):
    # Inline, so that the screen keeps showing every code while the network is down.
    return "data:image/svg+xml;base64," + base64.b64encode(qr_svg(url, scale=6)).decode()


def kiosk(request):
    # what to do, in each language the codes lead to: a visitor reads the screen before scanning
    scan = [(HTML_LANGUAGES.get(lang, lang), in_language(lang, SCAN)) for lang in Language.values]
    return render_public(
        request, "procedures/kiosk.html", "vi", feed=reverse("tthc:kiosk_feed"), initial=kiosk_slides(), scan=scan
    )


@never_cache
def kiosk_feed(request):
    return JsonResponse({"procedures": kiosk_slides()})


def kiosk_slides():
    """The procedures of the public list (publishing.published), for the centre's screen, each with its
    code in every public language and its name as the list in that language shows it: the translation
    published (a revision pending shows the version published before), else its Vietnamese, marked."""
    slides = {}
    for lang in Language.values:  # the header's order (English, 中文, 한국어, 日本語), not the codes' alphabet
        for p in published(lang).order_by("field", "code"):
            shown = Shown(p, lang)
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
            url = public_url(p, lang)
            slide["languages"].append(
                {
                    "lang": lang,
                    "language": NAMES[lang],
                    "name": shown.name[0],
                    "mark": shown.mark,
                    "url": url,
                    "qr": _data_uri(url),
                }
            )
    return list(slides.values())
