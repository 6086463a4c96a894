"""A translation's texts: the fields it repeats, and the published version foreigners read while a revision
of it is drafted and reviewed (Translation.published_text)."""

import datetime

from django.utils import timezone

from ngoaivu.pure.text import fold

# The text fields a translation repeats, in the order a page shows them.
TEXT_FIELDS = [
    "name",
    "field",
    "agency",
    "processing_time",
    "shortened_time",
    "fees",
    "documents",
    "steps",
    "legal_basis",
]

# What a public search reads of a procedure and of each translation (publishing.search): what the procedure
# is (its name, field and agency) and the papers it asks for (its documents: «Hộ chiếu», «Passport»), by
# which a foreigner looks for what concerns them. Not its steps, fees, times or legal basis: written alike
# from one procedure to the next (file at the centre or online, collect the result by post; «Không», «05
# ngày làm việc»; the same laws and decrees), their words («trung tâm», «luật», «2019», «cư trú» of the Luật
# Xuất nhập cảnh's title) would list a whole field or the whole catalogue. Changing it is a migration that
# writes the stored texts anew (0013_search_documents).
SEARCHED = ["name", "field", "agency", "documents"]


def searched_text(texts, *before):
    """The folded text a search reads of texts (name → text, SEARCHED), after the texts before (a procedure's
    code): each on its own lines, so that no term runs from the end of one into the next."""
    parts = [*before, *(texts.get(name) or "" for name in SEARCHED)]
    return fold("\n".join(part for part in parts if part))


class PublishedVersion:
    """Translation's reading of its kept published version; save() writes it from _kept_version()."""

    def _kept_version(self, stored):
        """What published_text becomes: the stored published text when this save takes it off the public
        pages for a revision (a changed text sent back to a draft, or a status chosen below «Đã công bố»);
        none once the revision is published, or the translation withdrawn («Chưa dịch»); else as stored.
        Read from the row stored, never from this instance: no form, script or stale copy writes it."""
        if stored is None or self.status in (self.Status.MISSING, self.Status.PUBLISHED):
            return None
        if stored["status"] != self.Status.PUBLISHED:
            return stored["published_text"]
        # A row published by a script without a date: the date it was last saved published.
        since = stored["published_on"] or timezone.localdate(stored["updated_at"])
        return {
            **{name: stored[name] for name in TEXT_FIELDS},
            "published_on": since.isoformat(),
            "search_text": searched_text(stored),
        }

    @property
    def kept_since(self):
        """The date of the published version foreigners still read while a revision is pending, or None."""
        if self.published_text is None:
            return None
        return datetime.date.fromisoformat(self.published_text["published_on"])

    def public_value(self, name):
        """A text as foreigners read it: the kept published version while a revision is pending."""
        if self.published_text is not None:
            return self.published_text.get(name, "")
        return getattr(self, name, "")

    def text(self, name):
        """(text, is_vietnamese) as the public pages show it: the translated text (public_value) or,
        when blank, the Vietnamese one."""
        value = self.public_value(name)
        if value and value.strip():
            return value, False
        return getattr(self.procedure, name), True
