"""A unit's answer: the template's indicators and sections, prefilled from the register or a file."""

import json
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.db import models, transaction
from django.utils import timezone
from django.utils import translation
from django.utils.translation import gettext as _

from ngoaivu.core.figure_limits import text_size_error
from ngoaivu.core.locking import expect_version
from ngoaivu.core.models import Unit
from ngoaivu.core.permissions import can_edit
from ngoaivu.register.intake_rules import engine_code
from ngoaivu.register.models.readings import ReadingState
from ngoaivu.reporting.context import build_context, unit_words
from ngoaivu.reporting.template_names import CODE_IN_PATTERN, indicator_codes
from ngoaivu.reporting.document import Section
from ngoaivu.reporting.drafting import build, expanded, period_words
from ngoaivu.reporting.lists import heading_rows
from ngoaivu.reporting.services import create_report
from ngoaivu.register.engine import evaluate
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.period_parsing import parse
from ngoaivu.pure.periods import PeriodError
from ngoaivu.reporting.sentences import Context, PatternError, fill

from .compiled_text import marks_to_superscripts
from .figures import OutlineSection
from .models import ReportRequest, Submission


class SubmissionError(Exception):
    """A step the submission's status does not allow; the message is for the user, beside field when
    one is named."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.field = field


def measures(template):
    """[(code, indicator name, measure name, measure unit)] the template's patterns use, by code (the answer
    form groups them by section: figures.group_figures)."""
    rows = []
    for code in indicator_codes(template.definition):
        indicator = BY_CODE[code]
        rows.extend((code, indicator.name, m.name, m.unit) for m in indicator.measures)
    return rows


@translation.override("vi")  # the unit's report text, whatever language its reporter reads
def drafted_texts(template, unit, period):
    """({leaf section key: drafted text}, footnotes) from the register, footnote marks as a unit sees them ("¹")."""
    try:
        context = build_context(unit, period, template.definition, own=True)
        # An answer counts the unit's own rows: it speaks for the unit, even the focal point's ("toàn tỉnh có
        # …" would call its own rows the province's, which the office adds up from every unit's answer).
        context.unit = {**context.unit, "focal": False}
        draft = build(template.definition, context)
    except PatternError:
        # A template an administrator wrote wrong: the unit writes its texts itself; the office
        # is told why when it drafts a report from the template (reporting.services).
        return {}, []
    texts = {s.key: marks_to_superscripts(s.text) for s in draft.flat() if not s.children}
    return texts, list(draft.footnotes)


def _heading_context(unit, period):
    """What a heading names ("{period.label_upper}", "{unit.name}"), without evaluating any figure."""
    return Context(figures={}, period=period_words(period), unit=unit_words(unit))


def section_keys(template, unit, period):
    """[(key, number, heading)] of the leaf sections, headings filled, without evaluating any figure."""
    return [
        (key, number, heading) for key, number, heading, leaves in all_sections(template, unit, period) if not leaves
    ]


def _outline(template, unit, period):
    """(spec, key, number, heading, level) of every section in the template's order, keyed, numbered and
    headed as the unit's report writes them (drafting.expanded): a section repeated for each country reported
    apart is one section per country, named in its heading, the sections after it numbered on."""
    context = _heading_context(unit, period)
    units = unit.scope(period.end, own=True)

    def walk(specs, parent, level):
        outer = context.each
        for spec, key, number, row in expanded(specs, lambda name: heading_rows(name, units, period), parent):
            if row is not None:
                context.each = {name: value for name, value in row.items() if name != "lists"}
            yield spec, key, number, _heading(spec.get("heading", ""), context), level
            yield from walk(spec.get("children") or [], key, level + 1)
            context.each = outer

    yield from walk(template.definition.get("sections", []), "", 1)


def all_sections(template, unit, period):
    """[(key, number, heading, leaves)] of every section in the template's order (_outline), headings filled;
    leaves: the keys of the leaf sections under it, [] for a leaf itself."""
    outline = [(key, number, heading, level) for _spec, key, number, heading, level in _outline(template, unit, period)]
    # a section's leaves: the sections after it deeper than it, up to the next of its level, that have none below
    leaf = [at + 1 == len(outline) or outline[at + 1][3] <= level for at, (*_s, level) in enumerate(outline)]
    result = []
    for at, (key, number, heading, level) in enumerate(outline):
        below = []
        for (k, _n, _h, deeper), is_leaf in zip(outline[at + 1 :], leaf[at + 1 :]):
            if deeper <= level:
                break
            if is_leaf:
                below.append(k)
        result.append((key, number, heading, below))
    return result


def answer_sections(sections, texts):
    """[(key, number, heading)] of all_sections an answer has a text box for: each leaf, and a section
    above its a), b) whose own text the answer holds (a unit's file that says the section's work without
    them: uploaded._placed_texts), so that it is seen, kept when saved and compiled as the section's text."""
    texts = texts or {}
    return [(key, number, heading) for key, number, heading, leaves in sections if not leaves or texts.get(key)]


def numbered(sections):
    """{key: "I.5"}: each section of all_sections by its numbers from the top, as the report prints them
    (the aid section, keyed I.4, is «5.» after «4.» of Laos); what a unit's form labels it by and a unit's
    file numbers it by."""
    found = {}
    for key, number, _heading, _leaves in sections:
        parent = key.rpartition(".")[0] if "." in key else None
        found[key] = f"{found[parent]}.{number}" if parent in found else number
    return found


def _heading(pattern, context):
    try:
        return fill(pattern, context)
    except PatternError:
        return pattern  # as written, placeholders and all, rather than no form at all


def figure_outline(template, unit, period):
    """[OutlineSection] of every section of the template, in its order (_outline), each heading as the report
    prints it and with the indicators its own text names (conditions included), first named first."""
    result = []
    for spec, _key, number, heading, level in _outline(template, unit, period):
        own = {name: value for name, value in spec.items() if name != "children"}
        named = CODE_IN_PATTERN.findall(json.dumps(own, ensure_ascii=False))
        codes = dict.fromkeys(code for code in named if code in BY_CODE)  # first mention first, once
        result.append(OutlineSection(level=level, label=Section(number, heading, level).label(), codes=tuple(codes)))
    return result


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


@transaction.atomic
def send_request(request, units):
    """An outgoing request and one not-started submission per chosen unit."""
    request.direction = ReportRequest.Direction.OUTGOING
    request.save()
    ask_units(request, units)
    return request


def ask_units(request, units):
    """One not-started answer per unit for a request sent: what the unit finds on its home page and is
    reminded of (reminders.py), as the units first asked. A unit asked already keeps its answer."""
    Submission.objects.bulk_create([Submission(request=request, unit=unit) for unit in units], ignore_conflicts=True)


def answer_units():
    return Unit.objects.filter(is_active=True).exclude(kind__in=[Unit.Kind.PROVINCE, Unit.Kind.PEOPLES_COMMITTEE])


def answer_request(item, user, as_of=None, letter=None):
    """(report, made): the draft that answers an incoming request, opening with its letter (or letter, when
    the request has none), linked to it — «Lập báo cáo trả lời» on the request's page, and «Lập báo cáo»
    when the officer says the report answers it. A request answered meanwhile keeps its report: made False."""
    with transaction.atomic():
        report = create_report(
            item.unit, item.template, item.period_code, user, as_of=as_of, letter=item.letter or letter
        )
        # Linked only while it has no report, in the same transaction: of two people answering at once,
        # one report is linked and the other rolled back (SQLite has no row locks to wait on).
        linked = ReportRequest.objects.filter(pk=item.pk, report__isnull=True).update(report=report)
        if not linked:
            transaction.set_rollback(True)
    if not linked:
        item.refresh_from_db(fields=["report"])
        return item.report, False
    item.report = report
    return report, True


def open_requests_for(user, unit, template, period_code):
    """The incoming requests still without a report that ask unit for exactly this template and period,
    among those user sees (a unit reporter: its own unit's only) and may answer."""
    try:
        code = parse(period_code, unit.reporting_convention).code()
    except PeriodError:
        return []
    items = (
        ReportRequest.objects.visible_to(user)
        .filter(
            direction=ReportRequest.Direction.INCOMING,
            unit=unit,
            template=template,
            period_code=code,
            report__isnull=True,
        )
        .select_related("unit", "template", "letter")
    )
    return [item for item in items if can_edit(user, item)]


@dataclass(frozen=True)
class AnswerOffer:
    """An open request offered on «Lập báo cáo» (reporting.signals.answer_offers): what the page shows,
    and answer(), which makes and links the report as the request's own page does."""

    item: ReportRequest

    @property
    def pk(self):
        return self.item.pk

    @property
    def subject(self):
        return self.item.subject

    @property
    def deadline(self):
        return self.item.deadline

    @property
    def letter(self):
        return self.item.letter.citation if self.item.letter else ""

    def answer(self, user, as_of=None, letter=None):
        return answer_request(self.item, user, as_of=as_of, letter=letter)


def answer_offers(sender, user, unit, template, period_code, **kwargs):
    """The receiver of reporting.signals.answer_offers (connected in apps.py)."""
    return [AnswerOffer(item) for item in open_requests_for(user, unit, template, period_code)]


def late_answers(sender, units, period, **kwargs):
    """The receiver of reporting.signals.late_answers (connected in apps.py): the units that answered
    late, or not at all, an outgoing request of units for period or due within it; as known on the
    day the figures are counted to (period.as_of), else today. A unit whose answer, first sent in time, was
    returned for correction and is not sent again has no answer past the deadline (Submission.is_late),
    but was not late: its row says returned."""
    day = period.as_of or timezone.localdate()
    # An office that asked itself too is not late to itself: it is the one compiling.
    asked = Submission.objects.filter(request__direction=ReportRequest.Direction.OUTGOING).exclude(
        unit_id=models.F("request__unit_id")
    )
    if units is not None:  # None: the whole register
        asked = asked.filter(request__unit__in=list(units))
    asked = asked.filter(
        models.Q(request__period_code=period.code()) | models.Q(request__deadline__range=(period.start, period.end))
    )
    rows = {}
    for answer in asked.select_related("request", "unit").order_by("request__deadline", "unit__name"):
        # First sent in time, returned for correction and not sent again: no answer to compile (is_late),
        # but the unit was not late; its row says «returned» (reporting.lists: the list returned_answers).
        first = answer.first_submitted_at or answer.submitted_at
        returned = (
            answer.status == Submission.Status.RETURNED
            and first is not None
            and timezone.localdate(first) <= min(answer.request.deadline, day)
        )
        if answer.is_late(day):
            rows.setdefault(
                (answer.unit_id, returned),
                {
                    "unit": answer.unit.report_name,
                    "deadline": answer.request.deadline,
                    "returned": returned,
                },
            )
    return list(rows.values())
