"""Figures with their units as the interface shows them.

In Vietnamese the interface uses the reports' own words (pure/wording.format_amount, "05 đoàn",
"7,31 tỷ đồng"); when English is chosen, English words with their plural. Reports and their
sentences stay Vietnamese whatever the reader's language.
"""

from django.utils.translation import gettext as _, ngettext_lazy

from ngoaivu.pure.changes import change_phrase
from ngoaivu.pure.wording import format_amount

from .screen_figures import in_vietnamese, screen_number

# One entry per unit word of pure/indicators.py; "%(shown)s" is the figure as written.
UNIT_WORDS = {
    "đoàn": ngettext_lazy("%(shown)s đoàn", "%(shown)s đoàn", "count"),
    "lượt người": ngettext_lazy("%(shown)s lượt người", "%(shown)s lượt người", "count"),
    "thỏa thuận": ngettext_lazy("%(shown)s thỏa thuận", "%(shown)s thỏa thuận", "count"),
    "bước": ngettext_lazy("%(shown)s bước", "%(shown)s bước", "count"),
    "hội nghị": ngettext_lazy("%(shown)s hội nghị", "%(shown)s hội nghị", "count"),
    "đại biểu nước ngoài": ngettext_lazy("%(shown)s đại biểu nước ngoài", "%(shown)s đại biểu nước ngoài", "count"),
    "lớp": ngettext_lazy("%(shown)s lớp", "%(shown)s lớp", "count"),
    "hoạt động": ngettext_lazy("%(shown)s hoạt động", "%(shown)s hoạt động", "count"),
    "văn bản": ngettext_lazy("%(shown)s văn bản", "%(shown)s văn bản", "count"),
    "doanh nghiệp": ngettext_lazy("%(shown)s doanh nghiệp", "%(shown)s doanh nghiệp", "count"),
    "doanh nhân": ngettext_lazy("%(shown)s doanh nhân", "%(shown)s doanh nhân", "count"),
    "khoản viện trợ": ngettext_lazy("%(shown)s khoản viện trợ", "%(shown)s khoản viện trợ", "count"),
    "đồng": ngettext_lazy("%(shown)s đồng", "%(shown)s đồng", "count"),
    "vụ việc": ngettext_lazy("%(shown)s vụ việc", "%(shown)s vụ việc", "count"),
    "tàu cá": ngettext_lazy("%(shown)s tàu cá", "%(shown)s tàu cá", "count"),
    "ngư dân": ngettext_lazy("%(shown)s ngư dân", "%(shown)s ngư dân", "count"),
    "lưu học sinh": ngettext_lazy("%(shown)s lưu học sinh", "%(shown)s lưu học sinh", "count"),
    "người": ngettext_lazy("%(shown)s người", "%(shown)s người", "count"),
    "số": ngettext_lazy("%(shown)s số", "%(shown)s số", "count"),
    "tin bài": ngettext_lazy("%(shown)s tin bài", "%(shown)s tin bài", "count"),
    "phóng viên": ngettext_lazy("%(shown)s phóng viên", "%(shown)s phóng viên", "count"),
    "nhiệm vụ": ngettext_lazy("%(shown)s nhiệm vụ", "%(shown)s nhiệm vụ", "count"),
    "thủ tục": ngettext_lazy("%(shown)s thủ tục", "%(shown)s thủ tục", "count"),
    "bản dịch": ngettext_lazy("%(shown)s bản dịch", "%(shown)s bản dịch", "count"),
}


def amount_shown(value, unit):
    """ "05 đoàn" in Vietnamese, "5 delegations" in English; money "4,600,000,000 VND" in English."""
    if in_vietnamese() or unit not in UNIT_WORDS:
        return format_amount(value, unit)
    # gettext chooses the plural by an integer: a whole Decimal is that integer, a fraction is plural.
    count = int(value) if value == int(value) else 2
    return UNIT_WORDS[unit] % {"count": count, "shown": screen_number(value)}


def amounts_shown(values):
    """ "05 đoàn, 17 lượt người" from [(value, unit)], or "không có" when every value is zero (never
    "00 đoàn")."""
    if not any(value for value, _unit in values):
        return _("không có")
    return ", ".join(amount_shown(value, unit) for value, unit in values)


def unit_shown(unit):
    """The unit word alone, as a label says it: "đoàn", "delegations"."""
    if in_vietnamese() or unit not in UNIT_WORDS:
        return unit
    return (UNIT_WORDS[unit] % {"count": 2, "shown": ""}).strip()


def change_shown(pairs, year, windows=("period", "last_year"), compared=True):
    """A figure against the same period of another year, from (Measure, Figure) pairs, as the reports
    word it (pure/changes.change_phrase) in the reader's language ("up 3 delegations and 11
    person-visits on the same period of 2020")."""
    return change_phrase(pairs, year, windows, compared, say=_, amount=amount_shown, unit_word=unit_shown)
