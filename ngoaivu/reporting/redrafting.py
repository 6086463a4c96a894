"""Writing a draft's sections again from the register: one section after the officer has seen the
difference, or every section the register no longer agrees with at once.

A section's footnote marks ("[[fn:2]]") number the notes of the draft that wrote it; a section written
again brings its notes into the report's list (the same note keeps its number, a new one is added),
and the report's marks are then numbered again in the order they appear, unreferenced notes dropped.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ngoaivu.core.locking import expect_version
from ngoaivu.pure.diff import compare
from ngoaivu.pure.periods import PeriodError

from .document import FOOTNOTE_MARK, split_paragraphs
from .models import Report
from .services import draft_for, to_document
from .signals import compiled_draft


def _resolved(text, notes):
    """text with each mark replaced by its note: what a section says, whatever its notes' numbers."""

    def note(match):
        number = int(match.group(1))
        return f"[[fn:{notes[number - 1] if 0 < number <= len(notes) else number}]]"

    return FOOTNOTE_MARK.sub(note, text or "")


# Sections the templates once wrote under another key, the same section now: the review's area of Laos,
# d) before a section was written per partner country (drafting.py: "each"), is that country's section.
# A draft's section under an old key is held against, and written again as, the section of the new key,
# taking its key, when the template no longer writes the old key and the draft has no section of the new.
RENAMED_KEYS = {"I.2.d": "I.2.d-LA"}


def key_now(key, written, drafted=()):
    """The key the template writes now for a draft's section of key (written: the keys written now,
    drafted: the draft's keys), None when the template no longer writes that section."""
    if key in written:
        return key
    new = RENAMED_KEYS.get(key)
    return new if new in written and new not in drafted else None


def fresh_draft(report):
    """({section key: text}, notes): the report's sections as they would be written now: from the
    register, or for a compiled report from the answers accepted now (reporting.signals.compiled_draft)."""
    if report.compiled:
        for _receiver, reply in compiled_draft.send(sender=Report, report=report):
            if reply is not None:
                return reply
        raise ValidationError(_("Không còn yêu cầu báo cáo mà báo cáo này tổng hợp, nên không tạo lại được."))
    draft = draft_for(report)
    return {s.key: s.text for s in draft.flat()}, draft.footnotes


def _fresh(report):
    """{section key: (text, its notes)} as written now (fresh_draft); None when it cannot be (a template
    written wrong, a period that no longer reads: the section's page says why)."""
    try:
        texts, notes = fresh_draft(report)
    except (ValidationError, PeriodError):
        return None
    return {key: (text, notes) for key, text in texts.items()}


def draft_notice(report):
    """The warning a draft's DOCX and PDF carry at the top when its page warns that the register no longer
    agrees with it (the same rule: stale_sections), "" otherwise and always for an issued report. In
    Vietnamese whatever the reader's language, as the document is."""
    stale = stale_sections(report)
    if not stale:
        return ""
    source = "báo cáo của các đơn vị" if report.compiled else "sổ theo dõi"
    labels = "; ".join(str(section) for section in stale)
    return (
        f"DỰ THẢO CHƯA CẬP NHẬT: các mục sau không còn khớp với {source} hôm nay (số liệu đã thay đổi sau khi "
        f"soạn), cần tạo lại trước khi trình: {labels}."
    )


def document_to_send(report, notice=None):
    """The report as its DOCX and PDF are made: services.to_document, with draft_notice for a draft;
    notice: the draft_notice decided already (when its PDF was started), not decided again."""
    document = to_document(report)
    if report.status != Report.Status.ISSUED:
        document.notice = draft_notice(report) if notice is None else notice
    return document


def regenerate(section):
    """(new text, its notes, the current and the new text side by side: pure.diff rows, one per
    paragraph as rendered, the key the template writes the section under now: key_now, None when it no
    longer writes it). Nothing is saved."""
    texts, notes = fresh_draft(section.report)
    key = key_now(section.key, texts, set(section.report.sections.values_list("key", flat=True)))
    new = texts.get(key, section.generated_text)
    return new, notes, compare(split_paragraphs(section.text), split_paragraphs(new)), key


def stale_sections(report, fresh=None, issued_too=False):
    """The sections whose text, as written now (fresh_draft: figures, cited documents, a compiled
    report's answers), differs from what was drafted, in the report's order; none for an issued report
    unless issued_too (its page says what the register would write now, the document itself frozen)."""
    if report.status == Report.Status.ISSUED and not issued_too:
        return []
    fresh = _fresh(report) if fresh is None else fresh
    if fresh is None:
        return []
    notes = list(report.footnotes or [])
    sections = list(report.sections.order_by("position"))
    drafted = {section.key for section in sections}
    stale = []
    for section in sections:
        key = key_now(section.key, fresh, drafted)
        if key is not None and _resolved(fresh[key][0], fresh[key][1]) != _resolved(section.generated_text, notes):
            stale.append(section)
    return stale


@transaction.atomic
def redraft_unedited(report):
    """Write again from the register every stale section nobody edited by hand. Returns (the sections
    written, the edited ones left for the officer to choose, one by one)."""
    report = Report.objects.select_for_update().get(pk=report.pk)  # one redraft at a time
    fresh = _fresh(report)
    written, edited = [], []
    drafted = set(report.sections.values_list("key", flat=True))
    for section in stale_sections(report, fresh or {}):
        if section.is_edited:
            edited.append(section)
        else:
            key = key_now(section.key, fresh, drafted)
            text, notes = fresh[key]
            expect_version(section, section.version)  # an edit saved meanwhile is never overwritten
            accept_regenerated(section, text, keep_edit=False, notes=notes, key=key)
            written.append(section)
    return written, edited


# The history's note on a section whose text was replaced by the one written again: the version
# before it holds the text replaced (replaced_text).
REPLACED = "Thay bằng bản tạo lại từ số liệu mới nhất."


def _hand_rows(section):
    """(paragraphs of the drafted text before it, paragraph) of each paragraph written into section by
    hand: not the drafted text's, nor one of its paragraphs edited (pure.diff pairs those as "changed").
    A drafted paragraph edited beyond that, or split in two, is found here too, with its old figures."""
    before, found = 0, []
    for row in compare(split_paragraphs(section.generated_text), split_paragraphs(section.text)):
        if row.old is not None:
            before += 1
        elif row.new is not None:
            found.append((before, "".join(piece.text for piece in row.new)))
    return found


def _has_figures(paragraph):
    """Whether paragraph holds a figure (a digit; a note's mark is no figure)."""
    return any(character.isdigit() for character in FOOTNOTE_MARK.sub("", paragraph))


def _kept_rows(section):
    """The rows of _hand_rows which a text written again keeps: the paragraphs without figures. One with
    figures may be a drafted paragraph much edited or split, its figures old."""
    return [(before, paragraph) for before, paragraph in _hand_rows(section) if not _has_figures(paragraph)]


def added_paragraphs(section):
    """The paragraphs written into section by hand which a text written again keeps (with_added)."""
    return [paragraph for _before, paragraph in _kept_rows(section)]


def dropped_paragraphs(section):
    """The paragraphs written into section by hand which a text written again does not keep: those with
    figures, never kept with old figures; the text replaced stays in the section's history."""
    return [paragraph for _before, paragraph in _hand_rows(section) if _has_figures(paragraph)]


def with_added(section, new_text):
    """new_text with the paragraphs written by hand into section kept (added_paragraphs), each after as
    many paragraphs of new_text as drafted ones came before it. Paragraphs of the drafted text edited by
    hand take the new text's, and so do the hand paragraphs with figures: their figures are what changed."""
    hand = _kept_rows(section)
    if not hand:
        return new_text
    new, merged, taken = split_paragraphs(new_text), [], 0
    for before, paragraph in hand:
        place = max(taken, min(before, len(new)))
        merged += new[taken:place] + [paragraph]
        taken = place
    return ("\n\n" if "\n\n" in new_text else "\n").join(merged + new[taken:])


def replaced_text(section):
    """(when, the text) of section before the new text last replaced it (REPLACED), or None."""
    record = section.history.filter(history_change_reason=REPLACED).order_by("-history_date", "-history_id").first()
    earlier = record.prev_record if record is not None else None
    return (record.history_date, earlier.text) if earlier is not None else None


@transaction.atomic
def accept_regenerated(section, new_text, keep_edit, notes=(), key=None):
    """The officer's choice after regenerating: the new text, or their edit kept. notes: the notes the
    new text's marks number; key: the key the template wrote it under (key_now), which a section under
    an old key (RENAMED_KEYS) takes. The new text keeps the paragraphs written by hand (with_added);
    an edited text it replaces stays in the section's history (replaced_text)."""
    report = Report.objects.select_for_update().get(pk=section.report_id)
    footnotes = list(report.footnotes or [])
    new_text = into_report(new_text, notes, footnotes)
    if not keep_edit:
        if section.is_edited:
            section._change_reason = REPLACED
        section.text = with_added(section, new_text)
    section.generated_text = new_text
    if key is not None:
        section.key = key
    section.save()
    report.footnotes = footnotes
    number_notes_again(report)


def into_report(text, notes, footnotes):
    """text with its marks, numbering notes, numbering the report's footnotes instead (a list, the notes
    it lacks appended to it)."""

    def mark(match):
        number = int(match.group(1))
        if not 0 < number <= len(notes):
            return match.group(0)
        if notes[number - 1] not in footnotes:
            footnotes.append(notes[number - 1])
        return f"[[fn:{footnotes.index(notes[number - 1]) + 1}]]"

    return FOOTNOTE_MARK.sub(mark, text)


def number_notes_again(report):
    """The report's notes in the order the texts mark them (the opening, the sections, the closing),
    those of the drafted texts after; a note no text marks is dropped."""
    sections = list(report.sections.order_by("position"))
    texts = [report.intro, *(s.text for s in sections), report.closing, *(s.generated_text for s in sections)]
    order = []
    for text in texts:
        for match in FOOTNOTE_MARK.finditer(text or ""):
            number = int(match.group(1))
            if 0 < number <= len(report.footnotes) and number not in order:
                order.append(number)
    new_number = {old: new for new, old in enumerate(order, start=1)}

    def renumbered(text):
        return FOOTNOTE_MARK.sub(lambda m: f"[[fn:{new_number.get(int(m.group(1)), m.group(1))}]]", text or "")

    for section in sections:
        text, generated = renumbered(section.text), renumbered(section.generated_text)
        if (text, generated) != (section.text, section.generated_text):
            section.text, section.generated_text = text, generated
            section.save(update_fields=["text", "generated_text"])
    report.intro, report.closing = renumbered(report.intro), renumbered(report.closing)
    report.footnotes = [report.footnotes[old - 1] for old in order]
    report.save(update_fields=["intro", "closing", "footnotes"])
