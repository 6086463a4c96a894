"""The languages of the public pages. Their words are in Django's catalogues (ngoaivu/locale).

The public URLs name a language by its code of the procedure catalogue (vi, en, zh, ko, ja);
Django's catalogue of Simplified Chinese is zh_Hans, activated as "zh-hans". The staff interface
offers Vietnamese and English only (settings.LANGUAGES): these languages are activated by the
public views alone, with translation.override.
"""

from django.utils import translation
from django.utils.translation import gettext_noop

from .models import Language

PUBLIC_LANGUAGES = ["vi", "en", "zh", "ko", "ja"]
NAMES = {"vi": "Tiếng Việt", **dict(Language.choices)}
DJANGO_LANGUAGES = {"zh": "zh-hans"}  # public code → Django's language code
HTML_LANGUAGES = {"zh": "zh-Hans"}  # public code → BCP 47, for lang="…"

SCAN = gettext_noop("Quét mã để đọc bằng ngôn ngữ của bạn")


def django_language(lang: str) -> str:
    """The Django language code under which a public page in `lang` is rendered."""
    return DJANGO_LANGUAGES.get(lang, lang)


def in_language(lang: str, message: str) -> str:
    """A marked message translated into the public language `lang`."""
    with translation.override(django_language(lang)):
        return translation.gettext(message)


class _Labels:
    """LABELS[lang]["scan"]: what procedures/views.py (the staff QR sheet) still reads.

    Kept until that view calls in_language(lang, SCAN); then this class and LABELS go.
    """

    KEYS = {"scan": SCAN}

    def __getitem__(self, lang):
        return {key: in_language(lang, message) for key, message in self.KEYS.items()}


LABELS = _Labels()
