"""The wordings an administrator teaches the reader of reports."""

import unicodedata

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.constraints import Unique


def reading_indicators():
    """The indicators an administrator may add phrases to (reading/lexicon.teachable)."""
    from ngoaivu.pure.indicators import BY_CODE
    from ngoaivu.reading.lexicon import ENTRIES, teachable

    return [(e["indicator"], _(BY_CODE[e["indicator"]].name)) for e in ENTRIES if teachable(e)]


class ReadingPhrase(models.Model):
    """A wording the reader of reports learns: "lao động người nước ngoài" names foreign workers.

    Added to the shipped lexicon (ngoaivu/reading/lexicon/) for every reading of a unit's report.
    """

    indicator = models.CharField(_("chỉ tiêu"), max_length=40, choices=reading_indicators)
    phrase = models.CharField(
        _("cụm từ"),
        max_length=200,
        help_text=_("Viết như trong báo cáo, có dấu; hoa thường không phân biệt. Ví dụ: lao động người nước ngoài."),
    )

    class Meta:
        ordering = ["indicator", "phrase"]
        verbose_name = _("cụm từ đọc báo cáo")
        verbose_name_plural = _("cụm từ đọc báo cáo")
        constraints = [
            Unique(
                fields=["indicator", "phrase"],
                name="reading_phrase_unique",
                on="phrase",
                violation_error_message=_("Chỉ tiêu này đã có cụm từ này."),
            )
        ]

    def __str__(self):
        return f"{self.phrase} → {self.get_indicator_display()}"

    def clean(self):
        self.phrase = " ".join(unicodedata.normalize("NFC", self.phrase or "").split())
        if not self.phrase:
            return  # "required" says it already
        if not any(ch.isalpha() for ch in self.phrase):
            raise ValidationError({"phrase": _("Cụm từ phải có chữ.")})
        # Case aside, as the reader reads it: one phrase names one indicator, once.
        said = self.phrase.casefold()
        for other in ReadingPhrase.objects.exclude(pk=self.pk):
            if other.phrase.casefold() == said and other.indicator == self.indicator:
                raise ValidationError({"phrase": _("Chỉ tiêu này đã có cụm từ này.")})
            if other.phrase.casefold() == said:
                message = _("Cụm từ này đã có cho chỉ tiêu «%(indicator)s»; mỗi cụm từ chỉ một chỉ tiêu.")
                raise ValidationError({"phrase": message % {"indicator": other.get_indicator_display()}})

    @classmethod
    def as_lexicon(cls):
        """{indicator: [phrase]}: what read_text(…, phrases=) takes."""
        phrases = {}
        for indicator, phrase in cls.objects.values_list("indicator", "phrase"):
            phrases.setdefault(indicator, []).append(phrase)
        return phrases
