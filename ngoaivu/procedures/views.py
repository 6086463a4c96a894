"""Staff pages: the translation status of every procedure, the side-by-side editor, QR sheets."""

import operator
from copy import copy
from functools import reduce

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.core.validators import ProhibitNullCharactersValidator
from django.http import Http404, HttpResponseBadRequest
from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from ngoaivu.core.constraints import explain_refusal
from ngoaivu.core.locking import VersionConflict, say_saved
from ngoaivu.core.permissions import can_edit, can_write, scope
from ngoaivu.register.conflicts import conflict_page
from ngoaivu.pure.text import collation_key

from .agencies import ended_agencies
from .forms import SOURCE_CHANGED_FIELD, TranslationForm
from .publishing import HTML_LANGUAGES, NAMES, SCAN, TRANSLATION_NAMES, Shown, in_language, published
from .models import (
    TEXT_FIELDS,
    Language,
    Procedure,
    Translation,
    awaiting_second_review,
    sees_translations,
)
from .qr import public_url, qr_svg


def _procedures(user):
    return scope(Procedure.objects.all(), user)


# The index's choice of the procedures with a translation published without a second person's review.
UNREVIEWED = "unreviewed"
# Its choices of the procedures lacking a translation («Chưa dịch», or none made yet): in any language,
# or "missing-en" in that one.
MISSING = "missing"


def _lacking(show):
    """The condition on procedures that show (MISSING or "missing-<code>") asks for, or None."""
    codes = Language.values if show == MISSING else [show.removeprefix(MISSING + "-")]
    if not show.startswith(MISSING) or not set(codes) <= set(Language.values):
        return None
    made = Translation.objects.filter(procedure=OuterRef("pk")).exclude(status=Translation.Status.MISSING)
    return reduce(operator.or_, (~Exists(made.filter(language=code)) for code in codes))


def _missing_choices():
    return [(MISSING, _("Còn ngôn ngữ chưa dịch"))] + [
        (f"{MISSING}-{code}", _("Chưa có %(translation)s") % {"translation": TRANSLATION_NAMES[code]})
        for code in Language.values
    ]


@login_required
def index(request):
    if not sees_translations(request.user):
        raise PermissionDenied
    procedures = _procedures(request.user)
    # Those who may review (the office: Procedure.office_writes) are shown the translations published
    # without a second person's review, to settle them; the others see the page as before.
    reviews = can_write(request.user, Procedure)
    awaiting = Translation.objects.filter(awaiting_second_review(), procedure__in=procedures)
    awaiting_pks = set(awaiting.values_list("pk", flat=True)) if reviews else set()
    show = request.GET.get("show", "")
    lacking = _lacking(show)
    if show == UNREVIEWED and reviews:
        procedures = procedures.filter(Exists(awaiting.filter(procedure=OuterRef("pk"))))
    elif lacking is not None:
        procedures = procedures.filter(lacking)
    else:
        show = ""
    procedures = list(procedures.prefetch_related("translations"))
    # An agency that has ended since the text was written: the officer is told which unit took its work.
    warnings = ended_agencies(procedures)
    rows = []
    for procedure in procedures:
        by_language = {tr.language: tr for tr in procedure.translations.all()}
        cells = []
        for code, _name in Language.choices:
            tr = by_language.get(code)
            cells.append((code, tr, tr is not None and tr.pk in awaiting_pks))
        rows.append((procedure, warnings.get(procedure.pk), cells))
    fields = sorted({p.field for p in procedures}, key=collation_key)
    return render(
        request,
        "procedures/index.html",
        {
            "rows": rows,
            "languages": Language.choices,
            "fields": fields,
            "statuses": Translation.Status,
            "reviews": reviews,
            "awaiting_count": len(awaiting_pks),
            "show": show,
            "unreviewed": UNREVIEWED,
            "missing_choices": _missing_choices(),
            "lacking": lacking is not None,
        },
    )


@login_required
def translate(request, pk, lang):
    procedure = get_object_or_404(_procedures(request.user), pk=pk)
    if lang not in Language.values:
        raise Http404
    translation = Translation.objects.filter(procedure=procedure, language=lang).first() or Translation(
        procedure=procedure, language=lang
    )
    editable = can_edit(request.user, procedure)
    # The form works on a copy: a refused save leaves the page's status line as it is stored.
    # A translator sees why they cannot review their own text in place of the states that would review it.
    own_text = (
        editable
        and translation.status not in Translation.REVIEWED_STATES
        and not translation.reviewable_by(request.user)
    )
    form = TranslationForm(
        request.POST or None,
        instance=copy(translation),
        disabled=not editable,
        own_text=own_text,
        source_changed=SOURCE_CHANGED_FIELD in request.POST,
    )
    form.instance.changed_by = request.user  # who wrote, who reviewed: Translation.review_rule
    # Published without a second person's review: anyone who may edit it but its translator confirms it.
    awaits_review = (
        editable
        and translation.pk is not None
        and Translation.objects.filter(awaiting_second_review(), pk=translation.pk).exists()
    )
    form.instance.confirms_review = request.method == "POST" and "confirm_review" in request.POST
    if request.method == "POST":
        if not editable:
            raise PermissionDenied
        if form.is_valid():
            row = form.save(commit=False)
            try:
                with transaction.atomic():
                    row.save()
            except IntegrityError:
                # Two first saves of one translation at once: the later one is told, not shown a 500.
                form.add_error(None, explain_refusal(row, form.fields))
            except VersionConflict:
                # Saved by someone else since this page was opened: both texts side by side, nothing lost.
                current = Translation.objects.filter(pk=translation.pk).first()
                # The Vietnamese changed since: the text sent translates the old one. The page says so, and
                # saving from it keeps a draft, so that someone reads the new Vietnamese before a review.
                old_source = current is not None and current.source_changed_since(form.started_from)

                def again(data, instance):
                    shown = TranslationForm(data, instance=instance).keep_stored_status()
                    return shown.carry_source_change() if old_source else shown

                notice = _(
                    "Nội dung tiếng Việt của thủ tục đã thay đổi sau khi bạn mở trang này, nên bản dịch đã "
                    "chuyển về bản nháp. «Lưu đè» chỉ lưu nội dung của bạn ở trạng thái bản nháp; hãy đọc nội "
                    "dung tiếng Việt mới trên trang bản dịch trước khi hiệu đính hoặc công bố."
                )
                return conflict_page(
                    request,
                    form,
                    current,
                    again,
                    title=capfirst(TRANSLATION_NAMES[lang]) + f": {procedure.code}",
                    cancel_url=reverse("procedures:translate", args=[procedure.pk, lang]),
                    extra={"notice": notice if old_source else ""},
                )
            else:
                saved = _("Đã lưu %(translation)s.") % {"translation": TRANSLATION_NAMES[lang]}
                if row.confirms_review:
                    saved = _("Đã xác nhận rà soát %(translation)s.") % {"translation": TRANSLATION_NAMES[lang]}
                elif row.sent_back and row.kept_since:
                    saved += " " + _(
                        "Nội dung đã thay đổi nên bản dịch chuyển về bản nháp; cần một người khác hiệu đính "
                        "trước khi công bố. Cho đến khi đó, trang công khai vẫn hiển thị bản đã công bố "
                        "ngày %(date)s."
                    ) % {"date": row.kept_since.strftime("%d/%m/%Y")}
                elif row.sent_back:
                    saved += " " + _(
                        "Nội dung đã thay đổi nên bản dịch chuyển về bản nháp; cần một người khác hiệu đính."
                    )
                say_saved(request, row, saved)
                return redirect("procedures:translate", pk=procedure.pk, lang=lang)
    pairs = [
        (procedure._meta.get_field(name).verbose_name, getattr(procedure, name), form[name]) for name in TEXT_FIELDS
    ]
    return render(
        request,
        "procedures/translate.html",
        {
            "procedure": procedure,
            "translation": translation,
            "form": form,
            "pairs": pairs,
            "lang": lang,
            "language": NAMES[lang],
            "translation_name": capfirst(TRANSLATION_NAMES[lang]),  # the title, in the interface's language
            "languages": Language.choices,
            "editable": editable,
            "own_text": own_text,
            "awaits_review": awaits_review,
            "confirms": awaits_review and translation.reviewable_by(request.user),
            "public_url": public_url(procedure, lang),
        },
    )


@login_required
def qr_sheet(request):
    """A printable A4 sheet of labelled QR codes for the procedures of one field, in one language."""
    if not sees_translations(request.user):
        raise PermissionDenied
    field = request.GET.get("field", "")
    if "\x00" in field:  # as a form's box refuses it (ProhibitNullCharactersValidator); PostgreSQL cannot hold it
        return HttpResponseBadRequest(ProhibitNullCharactersValidator.message, content_type="text/plain; charset=utf-8")
    lang = request.GET.get("lang", "en")
    if lang not in Language.values:
        lang = "en"
    # a code on paper leads to a page that exists: the public list's procedures, named as it names them
    procedures = published(lang, _procedures(request.user))
    if field:
        procedures = procedures.filter(field=field)
    cards = []
    for procedure in procedures:
        url = public_url(procedure, lang)
        shown = Shown(procedure, lang)
        cards.append(
            {
                "procedure": procedure,
                "url": url,
                "svg": qr_svg(url, scale=3, sized=False).decode(),
                "name": shown.name[0] if shown.translated else "",
                "mark": shown.mark,
            }
        )
    fields = sorted(set(_procedures(request.user).values_list("field", flat=True)), key=collation_key)
    return render(
        request,
        "procedures/qr_sheet.html",
        {
            "cards": cards,
            "field": field,
            "fields": fields,
            "lang": lang,
            "html_lang": HTML_LANGUAGES.get(lang, lang),
            "languages": Language.choices,
            "scan": in_language(lang, SCAN),
        },
    )
