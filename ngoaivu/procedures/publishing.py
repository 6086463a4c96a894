"""The procedures as foreigners read them: the public languages, the published translations, search.

The public URLs name a language by its code of the procedure catalogue (vi, en, zh, ko, ja);
Django's catalogue of Simplified Chinese is zh_Hans, activated as "zh-hans". The staff interface
offers Vietnamese and English only (settings.LANGUAGES): these languages are activated by the
public pages alone, with translation.override. The public pages and the public API both read here.
"""

from django.db.models import Case, Exists, F, IntegerField, OuterRef, Prefetch, Q, Subquery, TextField, Value, When
from django.db.models.fields.json import KT
from django.db.models.functions import Coalesce, Trim
from django.db.models.lookups import Contains, Regex
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from ngoaivu.core.search import Folded
from ngoaivu.pure.search_terms import search_terms, term_pattern

from .models import TEXT_FIELDS, Language, Procedure, Translation, being_updated, shown_publicly

PUBLIC_LANGUAGES = ["vi", "en", "zh", "ko", "ja"]
NAMES = {"vi": "Tiếng Việt", **dict(Language.choices)}
# A translation as the staff interface names it: «bản dịch tiếng Anh», not in the language's own script.
TRANSLATION_NAMES = {
    "en": _("bản dịch tiếng Anh"),
    "zh": _("bản dịch tiếng Trung"),
    "ko": _("bản dịch tiếng Hàn"),
    "ja": _("bản dịch tiếng Nhật"),
}
DJANGO_LANGUAGES = {"zh": "zh-hans"}  # public code → Django's language code
HTML_LANGUAGES = {"zh": "zh-Hans"}  # public code → BCP 47, for lang="…"

SCAN = gettext_noop("Quét mã để đọc bằng ngôn ngữ của bạn")
# A procedure shown in Vietnamese on a page in another language, said in that language (Shown.mark: beside
# its name in the lists, atop its page).
NOT_TRANSLATED = gettext_noop("Chưa có bản dịch – nội dung tiếng Việt")
# Said instead of NOT_TRANSLATED while a translation published before is revised (models.being_updated): to
# a changed Vietnamese text, or drafted anew after it was withdrawn. The procedure has a translation, not
# shown meanwhile; the words claim no reason, which the page cannot tell.
UPDATING = gettext_noop("Bản dịch đang được cập nhật")
# The notice atop a procedure's page whose translation leaves some of its texts blank.
PARTLY_TRANSLATED = gettext_noop("Một số nội dung chưa có bản dịch, hiển thị bằng tiếng Việt.")

# The names the catalogue repeats from one procedure to another: a field, an agency. Each is shown as its
# translation in any procedure's public translation, as the public list's filters name it (_known_name),
# even where the procedure's own translation lacks it or it has none.
NAMES_REPEATED = ("field", "agency")


def django_language(lang: str) -> str:
    """The Django language code under which a public page in `lang` is rendered."""
    return DJANGO_LANGUAGES.get(lang, lang)


def in_language(lang: str, message: str) -> str:
    """A marked message translated into the public language `lang`."""
    with translation.override(django_language(lang)):
        return translation.gettext(message)


# The words of the public pages outside their templates; shown under the page's language.
FIELD_LABELS = {
    "field": _("Lĩnh vực"),
    "agency": _("Cơ quan thực hiện"),
    "processing_time": _("Thời hạn giải quyết"),
    "shortened_time": _("Thời hạn đã rút ngắn"),
    "fees": _("Phí, lệ phí"),
    "documents": _("Thành phần hồ sơ"),
    "steps": _("Trình tự thực hiện"),
    "legal_basis": _("Căn cứ pháp lý"),
}
ONLINE_LEVELS = {"none": _("Không"), "partial": _("Một phần"), "full": _("Toàn trình")}


def published(lang, procedures=None):
    """The procedures for the public, each with its published translation in lang (or none) as .shown: while
    a revision of it is drafted and reviewed, the version published before (Translation.public_value).
    Every one public is listed in every language, in its Vietnamese while it has no translation there
    (Shown), or while the one it had is updated to a changed Vietnamese text (.translation_updating): the
    public pages, the kiosk and the QR sheets list these. procedures: of these only."""
    queryset = Procedure.objects.public()
    if procedures is not None:
        queryset = queryset.filter(pk__in=procedures.values("pk"))
    if lang != "vi":
        queryset = queryset.prefetch_related(
            Prefetch(
                "translations", queryset=Translation.objects.filter(shown_publicly(), language=lang), to_attr="shown"
            )
        ).annotate(
            translation_updating=Exists(
                Translation.objects.filter(being_updated(), procedure=OuterRef("pk"), language=lang)
            ),
            **{f"known_{name}": _known_name(name, lang) for name in NAMES_REPEATED},
        )
    return queryset


def _known_name(name, lang):
    """The translation in lang of a procedure's field or agency (name): as the first public procedure with the
    same Vietnamese text (in the catalogue's order, as the public list's filters take it) has it published."""
    shown = Coalesce(KT(f"published_text__{name}"), F(name), output_field=TextField())  # Translation.public_value
    return Subquery(
        Translation.objects.filter(
            shown_publicly(),
            language=lang,
            procedure__in=Procedure.objects.public().values("pk"),
            **{f"procedure__{name}": OuterRef(name)},
        )
        .annotate(known=shown)
        .alias(trimmed=Trim("known"))
        .exclude(trimmed="")
        .order_by("procedure__field", "procedure__code")
        .values("known")[:1]
    )


class Shown:
    """A procedure as a public page shows it in one language: each text with its fallback mark."""

    def __init__(self, procedure, lang):
        self.procedure = procedure
        self.lang = lang
        shown = getattr(procedure, "shown", [])
        self.translation = shown[0] if shown else None

    def text(self, name):
        """(text, is_vietnamese): the published translation's text, else the Vietnamese; a field or an agency
        the catalogue has translated elsewhere (NAMES_REPEATED) is that translation."""
        if self.translation is not None:
            value, vietnamese = self.translation.text(name)
        else:
            value, vietnamese = getattr(self.procedure, name), self.lang != "vi"
        known = getattr(self.procedure, f"known_{name}", None) if vietnamese else None
        return (known, False) if known else (value, vietnamese)

    @property
    def name(self):
        return self.text("name")

    @property
    def translated(self):
        return self.lang == "vi" or self.translation is not None

    @property
    def updating(self):
        """Whether its translation, published before, is being updated to a changed Vietnamese text."""
        return not self.translated and getattr(self.procedure, "translation_updating", False)

    @property
    def mark(self):
        """What a list says beside a name shown in Vietnamese, in the page's language: not translated yet, or
        its translation being updated; "" when translated."""
        if self.translated:
            return ""
        return in_language(self.lang, UPDATING if self.updating else NOT_TRANSLATED)

    @property
    def notice(self):
        """What a procedure's page says once, atop it, when any of its texts is shown in Vietnamese: the list's
        mark when it has no translation, else that some texts are not translated; "" when none is."""
        if self.lang == "vi":
            return ""
        if not self.translated:
            return self.mark
        vietnamese = [name for name in TEXT_FIELDS if getattr(self.procedure, name) and self.text(name)[1]]
        return in_language(self.lang, PARTLY_TRANSLATED) if vietnamese else ""

    def fields(self):
        rows = []
        for name in TEXT_FIELDS[1:]:
            value, fallback = self.text(name)
            if value:
                rows.append({"key": name, "label": FIELD_LABELS[name], "value": value, "vi": fallback})
        return rows


def public_text_holds(word):
    """The translations shown publicly whose text, as shown, holds the folded word (_holding)."""
    current = Q(status=Translation.Status.PUBLISHED) & _holding("search_text", word)
    return Translation.objects.alias(kept_search=KT("published_text__search_text")).filter(
        current | _holding("kept_search", word)
    )


def _holding(field, text):
    """field (stored folded) holds text: anywhere, a Korean term at the start of a word (search_terms)."""
    pattern = term_pattern(text)
    return Q(**{f"{field}__regex": pattern}) if pattern else Q(**{f"{field}__contains": text})


def search_query(text):
    """A search as the public list and the public API read it, without the spaces around it. It is at most
    SEARCH_LENGTH characters: a longer one, a hand-made link or a call to the public API, is refused where it
    is sent (register.filters.SearchField, as the register's lists refuse it), never cut to part of it."""
    return (text or "").strip()


def search(queryset, lang, query):
    """The procedures whose Vietnamese text or published translation in lang (as shown) holds every word of
    query (of SEARCH_LENGTH characters at most, checked by the caller), in any order, accents ignored
    (search_text is stored folded); a term of pure.search_terms as any of its equivalents («ビザ» as «査証»),
    a Korean one at a word's start.
    Searched: texts.SEARCHED, the code too. Those whose name says it all come first (_named), each group in
    the catalogue's order: «hộ chiếu» lists the passport's procedures before those that ask for a passport."""
    parts = search_terms(search_query(query))
    if not parts:
        return queryset
    named = Q()
    for alternatives in parts:
        queryset = queryset.filter(_any_of(alternatives, lang, _holds))
        named &= _any_of(alternatives, lang, _named)
    first = Case(When(named, then=Value(0)), default=Value(1), output_field=IntegerField())
    return queryset.alias(rank=first).order_by("rank", *Procedure._meta.ordering)


def _any_of(alternatives, lang, holds):
    """A part of a search (search_terms): one of its alternatives, every text of it as holds(text, lang) finds it."""
    condition = Q()
    for texts in alternatives:
        every = Q()
        for text in texts:
            every &= holds(text, lang)
        condition |= every
    return condition


def _holds(text, lang):
    holds = _holding("search_text", text)
    if lang != "vi":
        holds |= Exists(public_text_holds(text).filter(procedure=OuterRef("pk"), language=lang))
    return holds


def _named(text, lang):
    """The procedure's name holds text (folded as search_text is), in Vietnamese or, in lang, as its translation
    shown publicly names it (Translation.public_value: the kept published name while a revision is pending).
    Folded as the query is read: a catalogue's few hundred names, only those the search found."""
    named = _folded_holds(Folded("name"), text)
    if lang != "vi":
        shown = Coalesce(KT("published_text__name"), F("name"), output_field=TextField())
        names = Translation.objects.filter(shown_publicly(), procedure=OuterRef("pk"), language=lang)
        named |= Exists(names.filter(_folded_holds(Folded(shown), text)))
    return named


def _folded_holds(folded, text):
    pattern = term_pattern(text)
    return Q(Regex(folded, pattern) if pattern else Contains(folded, text))
