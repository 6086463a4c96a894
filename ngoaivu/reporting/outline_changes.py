"""A draft whose template now writes another set of sections than when it was drafted: a partner
country whose localities are no longer reported apart (its section is no longer written), one newly
reported apart (a section the draft lacks), a section the template now writes under another key
(redrafting.RENAMED_KEYS: the same section, not one removed and one added).

The draft's page lists both kinds beside the stale sections; the officer removes a section no longer
written, after confirming (its text stays in the section's history: its last version, the deletion,
holds it), and adds a missing one in its place. Either numbers the sections again as the template
does now. Nothing here runs for a compiled report (its sections are the answers') nor changes one
that is no longer a draft.
"""

import re
from collections import defaultdict
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ngoaivu.pure.periods import PeriodError

from .document import section_label
from .drafting import in_order
from .models import Report, ReportSection
from .redrafting import number_notes_again, into_report, key_now, stale_sections
from .services import draft_for

# The key of a section written once per partner country (drafting.py: "each"), its country's code last.
_COUNTRY_KEY = re.compile(r"-[A-Z]{2}$")


@dataclass
class Dropped:
    section: ReportSection
    reason: str


@dataclass
class Missing:
    key: str
    label: str


def fresh_outline(report):
    """The report's template written now (a drafting.Draft), None for a compiled report or when it
    cannot be written (the stale check says nothing then either)."""
    if report.compiled:
        return None
    try:
        return draft_for(report)
    except (ValidationError, PeriodError):
        return None


def changes(report, issued_too=False):
    """(stale sections: redrafting.stale_sections, the sections the template no longer writes: Dropped,
    the sections it writes that the draft lacks: Missing), the template written once for all three."""
    if report.status == Report.Status.ISSUED and not issued_too:
        return [], [], []
    draft = fresh_outline(report)
    if draft is None:
        return stale_sections(report, issued_too=issued_too), [], []
    written = draft.flat()
    fresh = {section.key: (section.text, draft.footnotes) for section in written}
    sections = list(report.sections.order_by("position"))
    drafted = {section.key for section in sections}
    now = {key_now(section.key, fresh, drafted) for section in sections}
    dropped = [
        Dropped(section, _reason(section)) for section in sections if key_now(section.key, fresh, drafted) is None
    ]
    missing = [
        Missing(section.key, section_label(section.number, section.heading, section.level))
        for section in written
        if section.key not in now
    ]
    return stale_sections(report, fresh, issued_too), dropped, missing


def _reason(section):
    if _COUNTRY_KEY.search(section.key):
        return _(
            "Mẫu không còn viết mục này (không còn địa phương đối tác nào của nước này được đánh dấu «báo cáo "
            "thành mục riêng»)."
        )
    return _("Mẫu không còn viết mục này.")


@transaction.atomic
def remove_section(section):
    """Remove from its draft a section the template no longer writes; its history keeps its text.
    Refused (ValidationError) when the template writes it again."""
    report = Report.objects.select_for_update().get(pk=section.report_id)
    draft = fresh_outline(report)
    if draft is None:
        raise ValidationError(_("Không soạn được mẫu báo cáo lúc này nên chưa gỡ được mục."))
    drafted = set(report.sections.values_list("key", flat=True))
    if key_now(section.key, {s.key for s in draft.flat()}, drafted) is not None:
        raise ValidationError(_("Mẫu vẫn viết mục này nên không gỡ."))
    section._change_reason = _("Gỡ khỏi dự thảo: mẫu không còn viết mục này.")
    section.delete()
    renumber(report, draft)
    number_notes_again(report)  # a note only the removed text marked is dropped


@transaction.atomic
def add_section(report, key):
    """Add to the draft the section of key the template writes now and the draft lacks, written now,
    after the section it follows in the template. Returns it; ValidationError when there is none to add."""
    report = Report.objects.select_for_update().get(pk=report.pk)
    draft = fresh_outline(report)
    if draft is None:
        raise ValidationError(_("Không soạn được mẫu báo cáo lúc này nên chưa thêm được mục."))
    written = draft.flat()
    sections = list(report.sections.order_by("position"))
    keys = {s.key for s in written}
    drafted = {s.key for s in sections}
    now = {key_now(s.key, keys, drafted): s for s in sections}
    new = next((s for s in written if s.key == key and key not in now), None)
    if new is None:
        raise ValidationError(_("Mục này đã có trong dự thảo, hoặc mẫu không còn viết mục này."))
    footnotes = list(report.footnotes or [])
    text = into_report(new.text, draft.footnotes, footnotes)
    report.footnotes = footnotes  # saved by number_notes_again, below
    index = _index(sections, written, new, now)
    section = ReportSection(
        report=report,
        key=key,
        number=new.number,
        heading=new.heading,
        level=new.level,
        position=index,
        text=text,
        generated_text=text,
    )
    section._change_reason = _("Thêm vào dự thảo: mẫu báo cáo nay viết mục này.")
    section.save()
    for position, each in enumerate([*sections[:index], section, *sections[index:]]):
        if each.position != position:
            ReportSection.objects.filter(pk=each.pk).update(position=position)
    renumber(report, draft)
    number_notes_again(report)
    return section


def _index(sections, written, new, now):
    """Where new goes among the draft's sections (an index): after the one it follows in the template,
    and after what the draft has under that one that the template no longer writes; else first."""
    before = written[: written.index(new)]
    anchor = next((now[s.key] for s in reversed(before) if s.key in now), None)
    if anchor is None:
        return 0
    index = sections.index(anchor) + 1
    kept = {s.pk for key, s in now.items() if key is not None}
    while index < len(sections) and sections[index].level > new.level and sections[index].pk not in kept:
        index += 1
    return index


def renumber(report, draft):
    """The draft's sections in order, each numbered as the template numbers it now (the
    letters after a partner country's section follow how many countries have one)."""
    sections = list(report.sections.order_by("position"))
    numbers = {s.key: s.number for s in draft.flat()}
    drafted = {s.key for s in sections}
    new = {s.pk: numbers.get(key_now(s.key, numbers, drafted), s.number) for s in sections}
    siblings = defaultdict(list)
    for section in sections:
        siblings[(section.key.rpartition(".")[0], section.level)].append(section)
    for group in siblings.values():
        shown = [new[s.pk] for s in group if new[s.pk]]
        if len(shown) != len(set(shown)):
            # A section the template no longer writes, kept until it is removed (or put back), would share
            # a letter with the one now written in its place: the group is numbered in order instead.
            for section, number in zip(group, in_order(new[group[0].pk], len(group))):
                new[section.pk] = number
    for section in sections:
        if new[section.pk] != section.number:
            ReportSection.objects.filter(pk=section.pk).update(number=new[section.pk])
