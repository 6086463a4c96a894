"""Putting back into a draft a section removed from it (outline_changes.remove_section), from the
section's history: its last version, the deletion, holds its text as it was removed.

The section comes back with that text and its drafted text, not written again from the register; under
its own id, so that its history goes on; after the sections that came before it when it was removed,
those still in the draft; numbered again as outline_changes numbers the draft. Its footnote marks
numbered the report's notes at that moment: they are brought into today's list of notes.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext as _

from .document import section_label
from .models import Report, ReportSection
from .outline_changes import renumber, fresh_outline
from .redrafting import RENAMED_KEYS, number_notes_again, into_report


@dataclass
class Removed:
    record: object  # the deletion: a HistoricalReportSection
    label: str

    @property
    def when(self):
        return self.record.history_date

    @property
    def by(self):
        return self.record.history_user


def _deletions(report):
    """The versions of report's sections that removed a section for good: no later version of that
    section follows them."""
    history = ReportSection.history.filter(report_id=report.pk)
    later = history.filter(id=OuterRef("id")).filter(
        Q(history_date__gt=OuterRef("history_date"))
        | Q(history_date=OuterRef("history_date"), history_id__gt=OuterRef("history_id"))
    )
    return history.filter(history_type="-").filter(~Exists(later))


def _present(key, drafted):
    """Whether the draft (its keys: drafted) has the section of key, under that key or the other key of
    the same section (redrafting.RENAMED_KEYS)."""
    same = {key, RENAMED_KEYS.get(key)} | {old for old, new in RENAMED_KEYS.items() if new == key}
    return bool(same & set(drafted))


def removed_sections(report):
    """The sections removed from report that it does not have again, the latest removal first; none
    for a compiled report (its sections are the answers', never removed one by one)."""
    if report.compiled:
        return []
    drafted = set(report.sections.values_list("key", flat=True))
    deletions = _deletions(report).select_related("history_user").order_by("-history_date", "-history_id")
    return [
        Removed(record, section_label(record.number, record.heading, record.level))
        for record in deletions
        if not _present(record.key, drafted)
    ]


def removal(report, history_id):
    """The deletion history_id of a section of report that can be put back: ValidationError when it is
    not one (another report's, not a removal, a section removed again since) or the draft has it."""
    record = ReportSection.history.filter(report_id=report.pk, history_id=history_id, history_type="-").first()
    if record is None or not _deletions(report).filter(history_id=record.history_id).exists():
        if record is not None and report.sections.filter(pk=record.id).exists():
            raise ValidationError(_("Dự thảo đã có mục này nên không khôi phục nữa."))
        raise ValidationError(
            _("Không tìm thấy mục đã gỡ này trong lịch sử của dự thảo (có thể trang đã cũ); tải lại trang rồi xem lại.")
        )
    if _present(record.key, report.sections.values_list("key", flat=True)):
        raise ValidationError(_("Dự thảo đã có mục này nên không khôi phục nữa."))
    return record


def _notes_then(report, moment):
    """The report's notes as they were just before moment (what a section removed then marked)."""
    version = report.history.filter(history_date__lt=moment).order_by("-history_date", "-history_id").first()
    return list(version.footnotes or []) if version is not None else list(report.footnotes or [])


def _index(report, record, sections):
    """Where the removed section goes among the draft's sections (an index): after the last of those
    that came before it when it was removed; first when none of them is left."""
    then = ReportSection.history.filter(report_id=report.pk, history_date__lte=record.history_date)
    before = {
        version.id
        for version in then.latest_of_each()
        if version.history_type != "-" and version.position < record.position
    }
    indexes = [index for index, section in enumerate(sections) if section.pk in before]
    return max(indexes) + 1 if indexes else 0


@transaction.atomic
def restore_section(report, history_id):
    """Put back into the draft the section the deletion history_id removed, with its text as it was then.
    Returns it; ValidationError when it cannot be (removal) or the report is no longer a draft."""
    report = Report.objects.select_for_update().get(pk=report.pk)
    if not report.is_editable:
        raise ValidationError(_("Báo cáo không còn ở trạng thái dự thảo nên không khôi phục được mục."))
    record = removal(report, history_id)
    notes = _notes_then(report, record.history_date)
    footnotes = list(report.footnotes or [])
    sections = list(report.sections.order_by("position"))
    index = _index(report, record, sections)
    section = record.instance
    section.text = into_report(record.text, notes, footnotes)
    section.generated_text = into_report(record.generated_text, notes, footnotes)
    section.position = index
    section._change_reason = _("Khôi phục vào dự thảo: nội dung như lúc gỡ.")
    section.save(force_insert=True)
    for position, each in enumerate([*sections[:index], section, *sections[index:]]):
        if each.position != position:
            ReportSection.objects.filter(pk=each.pk).update(position=position)
    report.footnotes = footnotes  # saved by number_notes_again, below
    draft = fresh_outline(report)
    if draft is not None:
        renumber(report, draft)
    number_notes_again(report)
    section.refresh_from_db()
    return section
