"""A unit's answer: prefilled from the register, saved, sent and reviewed. The template's sections and
indicators as the answer shows them are answer_outline.py's; sending requests and answering them,
requesting.py's."""

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.core.amounts import unit_shown
from ngoaivu.core.figure_limits import text_size_error
from ngoaivu.core.locking import expect_version
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.register.engine import evaluate
from ngoaivu.register.intake_rules import engine_code
from ngoaivu.register.measure_floors import floor_errors
from ngoaivu.register.models.readings import ReadingState
from ngoaivu.reporting.template_names import indicator_codes

from .answer_outline import drafted_texts, measures
from .models import Submission


class SubmissionError(Exception):
    """A step the submission's status does not allow; the message is for the user, beside field when
    one is named."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.field = field


def register_values(submission):
    """{code: {measure: n}}: the template's figures computed from the register for the unit and period:
    its own work, even for the province's focal point, whose answer the office adds to the others'."""
    request, unit = submission.request, submission.unit
    codes = indicator_codes(request.template.definition)
    period = request.period_for(unit)
    figures = evaluate(codes, period, unit.scope(period.end, own=True))
    return {code: {name: figure.period for name, figure in by_measure.items()} for code, by_measure in figures.items()}


def prefill(submission, register=None):
    """The unit's figures and draft texts from the register, for the indicators and sections of the template;
    register: the figures of register_values(), when the caller has them already."""
    request, unit = submission.request, submission.unit
    submission.values = register if register is not None else register_values(submission)
    submission.texts, footnotes = drafted_texts(request.template, unit, request.period_for(unit))
    # The draft as given: a text still equal to it is the register's, not the unit's own words.
    submission.sources = {"footnotes": footnotes, "drafted": dict(submission.texts)}


@transaction.atomic
def start(submission):
    """Not started → draft, with the register's figures in the form."""
    submission = Submission.objects.select_for_update().get(pk=submission.pk)
    if submission.status == Submission.Status.NOT_STARTED:
        prefill(submission)
        submission.status = Submission.Status.DRAFT
        submission.save()
    return submission


def period_indicator(fact):
    """The catalogue indicator whose figure for the period a fact read from a text states, or None:
    a flow in the period, or a stock ("đang học tập") for a stock; the month's arrivals are no stock."""
    code = engine_code(fact)
    if code is None or fact.get("scope") != ("stock" if BY_CODE[code].is_stock else "period"):
        return None
    return code


def keep_file(submission, data, kind):
    """Keep a report as the unit's file in use, in private storage, in place of the last: one known to
    be read (the demo's). An upload waits apart until read (tasks.queue_reading)."""
    extension = {"text": "txt"}.get(kind, kind)
    if submission.stored_file:
        submission.stored_file.delete(save=False)
    submission.stored_file.save(f"bao-cao.{extension}", ContentFile(data), save=False)
    submission.save(update_fields=["stored_file", "uploaded_file", "updated_at"])


def being_read_message():
    return _("Máy chủ đang đọc tệp đã tải lên; vui lòng chờ đọc xong rồi lưu hoặc gửi.")


def save_answer(submission, values, texts, submit=False, version=None):
    """version: the one the page was opened at (core/locking.py); raises VersionConflict when the
    answer was saved since (another tab, a colleague)."""
    expect_version(submission, version)
    if submission.status in (Submission.Status.SUBMITTED, Submission.Status.ACCEPTED):
        raise SubmissionError(_("Báo cáo đã gửi, không sửa được nữa."))
    if submission.is_being_read:
        raise SubmissionError(being_read_message())
    stated = any(any(measures.values()) for measures in values.values()) or any(texts.values())
    # A file stands for the answer only once read: one refused or unreadable states nothing.
    read = bool(submission.uploaded_file) and submission.reading_state == ReadingState.DONE
    if submit and not stated and not read:
        raise SubmissionError(
            _("Báo cáo chưa có số liệu hay nội dung nào: nhập số liệu hoặc nội dung (kể cả «không phát sinh») rồi gửi.")
        )
    # Figures that cannot be together (14 lượt người in 0 đoàn) may wait in a draft, never be sent.
    below = floor_errors(values) if submit else {}
    if below:
        raise SubmissionError(
            _("Chưa gửi báo cáo: một số số liệu chưa khớp nhau. %(problems)s")
            % {"problems": " ".join(_figure_problems(submission.request.template, below))},
            field="values",
        )
    # A section's text holds at most TEXT_LIMIT characters however it comes (form, API, the unit's file).
    # A text kept from before that no form box or API call sent again (read from a file before the limit
    # held) is refused too: the answer is never saved, nor sent, with a text the form would refuse.
    for key, text in texts.items():
        if too_long := text_size_error(text):
            raise SubmissionError(f"{key}: {too_long}", field="texts")
    submission.values, submission.texts = values, texts
    if submit:
        submission.status = Submission.Status.SUBMITTED
        submission.submitted_at = timezone.now()
    elif submission.status == Submission.Status.NOT_STARTED:
        submission.status = Submission.Status.DRAFT
    submission.save()
    return submission


def _figure_problems(template, found):
    """[«label: message»] of found ({(code, measure): message}), each figure named as the answer's form names it."""
    labels = {(code, measure): f"{_(name)} ({unit_shown(word)})" for code, name, measure, word in measures(template)}
    return [f"{labels.get(key, '.'.join(key))}: {message}" for key, message in found.items()]


@transaction.atomic
def review(submission, action, comment=""):
    """The office returns a submitted answer with a comment, or accepts it. Two officers at once: the
    second finds it already handled, and is told so."""
    status = Submission.objects.select_for_update().filter(pk=submission.pk).values_list("status", flat=True).first()
    if status != Submission.Status.SUBMITTED:
        if status in (Submission.Status.ACCEPTED, Submission.Status.RETURNED):
            raise SubmissionError(
                _("Báo cáo vừa được xử lý (%(status)s); xem lại trước khi làm tiếp.")
                % {"status": Submission.Status(status).label}
            )
        raise SubmissionError(_("Chỉ xử lý được báo cáo đã gửi."))
    if action == "return":
        if not comment.strip():
            raise SubmissionError(_("Ghi rõ lý do trả lại."), field="comment")
        submission.status, submission.comment = Submission.Status.RETURNED, comment.strip()
    elif action == "accept":
        submission.status, submission.accepted_at = Submission.Status.ACCEPTED, timezone.now()
    else:
        raise SubmissionError(_("Thao tác không hợp lệ."))
    submission.save()
    return submission
