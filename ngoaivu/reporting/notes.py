"""A footnote added to a draft by hand, as seed 001 cites in one the documents its work followed («… các văn bản
chỉ đạo triển khai thực hiện của HĐND, UBND tỉnh¹.», ¹ listing them): marked in a section's text and numbered
among the report's other notes, which are renumbered in the order the texts mark them."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from .document import FOOTNOTE_MARK
from .models import Report
from .redrafting import number_notes_again
from .sentence_lists import mark_before_stop


@transaction.atomic
def add_footnote(section, note, after=None):
    """Add note to the draft section belongs to, its mark right after the words after (their first occurrence;
    None: before the section's final stop). The section's text is then its own, no longer as drafted. A report
    past drafting, a section with no text, words the section does not hold, or a note the section has already, are
    refused (ValidationError)."""
    report = Report.objects.select_for_update().get(pk=section.report_id)
    section.refresh_from_db()
    if not report.is_editable:
        raise ValidationError(_("Báo cáo không còn ở trạng thái dự thảo nên không sửa được."))
    if not section.text.strip():
        raise ValidationError(_("Mục «%(section)s» chưa có nội dung để đặt chú thích.") % {"section": section})
    note = note.strip()
    for number in FOOTNOTE_MARK.findall(section.text):  # a form sent twice adds no second note
        if (report.footnotes or [])[int(number) - 1 : int(number)] == [note]:
            raise ValidationError(
                {
                    "note": _("Mục «%(section)s» đã có chú thích này (chú thích %(number)s).")
                    % {"section": section, "number": number}
                }
            )
    footnotes = [*(report.footnotes or []), note]
    mark = f"[[fn:{len(footnotes)}]]"
    if after is None:
        text = mark_before_stop(section.text.rstrip(), len(footnotes))
    elif after in section.text:
        at = section.text.index(after) + len(after)
        text = f"{section.text[:at]}{mark}{section.text[at:]}"
    else:
        raise ValidationError(_("Mục «%(section)s» không có đoạn «%(words)s».") % {"section": section, "words": after})
    section.text = text
    section.save()
    report.footnotes = footnotes
    report.save(update_fields=["footnotes"])
    number_notes_again(report)
    section.refresh_from_db()
    return section
