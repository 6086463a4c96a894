"""A unit's answer: the template's indicators and sections, prefilled from the register or a file."""

import re

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.core.models import Unit
from ngoaivu.register.intake_rules import engine_code
from ngoaivu.reporting.context import build_context, indicator_codes, unit_words
from ngoaivu.reporting.drafting import build, period_words
from ngoaivu.pure.text import fold
from ngoaivu.register.engine import evaluate
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.periods import parse
from ngoaivu.reporting.sentences import Context, PatternError, fill

from .compiled_text import marks_to_superscripts
from .models import ReportRequest, Submission


class SubmissionError(Exception):
    """A step the submission's status does not allow; the message is for the user."""


def period_for(request, unit):
    return parse(request.period_code, unit.reporting_convention)


def measures(template):
    """[(code, indicator name, measure name, measure unit)] the template's patterns use, in catalogue order."""
    rows = []
    for code in indicator_codes(template.definition):
        indicator = BY_CODE[code]
        rows.extend((code, indicator.name, m.name, m.unit) for m in indicator.measures)
    return rows


def drafted_texts(template, unit, period):
    """({leaf section key: drafted text}, footnotes) from the register, footnote marks as a unit sees them ("¹")."""
    try:
        draft = build(template.definition, build_context(unit, period, template.definition))
    except PatternError:
        # A template an administrator wrote wrong: the unit writes its texts itself; the office
        # is told why when it drafts a report from the template (reporting.services).
        return {}, []
    texts = {s.key: marks_to_superscripts(s.text) for s in draft.flat() if not s.children}
    return texts, list(draft.footnotes)


def section_keys(template, unit, period):
    """[(key, number, heading)] of the leaf sections, headings filled, without evaluating any figure."""
    context = Context(figures={}, period=period_words(period), unit=unit_words(unit))
    result = []

    def walk(specs, parent):
        for spec in specs:
            key = f"{parent}.{spec.get('number', '')}" if parent else spec.get("number", "")
            if spec.get("children"):
                walk(spec["children"], key)
            else:
                result.append((key, spec.get("number", ""), _heading(spec.get("heading", ""), context)))

    walk(template.definition.get("sections", []), "")
    return result


def _heading(pattern, context):
    try:
        return fill(pattern, context)
    except PatternError:
        return pattern  # as written, placeholders and all, rather than no form at all


def register_values(submission):
    """{code: {measure: n}}: the template's figures computed from the register for the unit and period."""
    request, unit = submission.request, submission.unit
    codes = indicator_codes(request.template.definition)
    figures = evaluate(codes, period_for(request, unit), unit.scope_ids())
    return {code: {name: figure.period for name, figure in by_measure.items()} for code, by_measure in figures.items()}


def prefill(submission, register=None):
    """The unit's figures and draft texts from the register, for the indicators and sections of the template;
    register: the figures of register_values(), when the caller has them already."""
    request, unit = submission.request, submission.unit
    submission.values = register if register is not None else register_values(submission)
    submission.texts, footnotes = drafted_texts(request.template, unit, period_for(request, unit))
    submission.sources = {"footnotes": footnotes}


@transaction.atomic
def start(submission):
    """Not started → draft, with the register's figures in the form."""
    submission = Submission.objects.select_for_update().get(pk=submission.pk)
    if submission.status == Submission.Status.NOT_STARTED:
        prefill(submission)
        submission.status = Submission.Status.DRAFT
        submission.save()
    return submission


def _key(text):
    return re.sub(r"[^a-z0-9]+", " ", fold(text)).strip()


def _flatten(read_sections, parent=""):
    for section in read_sections:
        key = f"{parent}.{section.get('number') or ''}" if parent else (section.get("number") or "")
        yield key, section
        yield from _flatten(section.get("children", []), key)


def period_indicator(fact):
    """The catalogue indicator whose figure for the period a fact read from a text states, or None:
    a flow in the period, or a stock ("đang học tập") for a stock; the month's arrivals are no stock."""
    code = engine_code(fact)
    if code is None or fact.get("scope") != ("stock" if BY_CODE[code].is_stock else "period"):
        return None
    return code


def document_figures(template, facts):
    """{code: {measure: {"document": n, "sentence": "…"}}}: the period figures an uploaded report states,
    the first statement of each, for the measures of the template."""
    wanted = {}
    for code, _name, measure, _word in measures(template):
        wanted.setdefault(code, set()).add(measure)
    read = {}
    for fact in facts:
        code = period_indicator(fact)
        if code not in wanted:
            continue
        for measure in sorted(wanted[code]):
            number = fact.get(measure)
            if isinstance(number, (int, float)) and number == int(number) and measure not in read.get(code, {}):
                read.setdefault(code, {})[measure] = {"document": int(number), "sentence": fact.get("text", "")}
    return read


def from_reading(submission, result, file_name):
    """Keep what the reader found in an uploaded report beside the answer: the texts go into the form,
    the figures beside the register's, for the unit to choose; a read figure never replaces one unseen."""
    template = submission.request.template
    figures = document_figures(template, result.get("facts", []))
    # The report's own footnotes, for the marks ("¹") its texts carry into the compiled report.
    footnotes = [note.get("text", "") for note in result.get("footnotes", [])]
    submission.sources = {"figures": figures, "footnotes": footnotes}
    found = sum(len(by_measure) for by_measure in figures.values())
    keys = section_keys(template, submission.unit, period_for(submission.request, submission.unit))
    by_heading = {_key(heading): key for key, _n, heading in keys}
    known = {key for key, _n, _h in keys}
    texts = {}  # the unit's own report replaces the register's draft texts
    matched = 0
    for read_key, section in _flatten(result.get("sections", [])):
        text = (section.get("text") or "").strip()
        if not text:
            continue
        key = by_heading.get(_key(section.get("heading"))) or (read_key if read_key in known else None)
        if key:
            texts[key] = text
            matched += 1
    submission.texts = texts
    submission.uploaded_file = file_name[:255]
    if submission.status == Submission.Status.NOT_STARTED:
        submission.status = Submission.Status.DRAFT
    submission.save()
    return found, matched


def keep_file(submission, data, kind):
    """Keep the unit's own report beside its answer, in private storage; a new upload replaces the last."""
    extension = {"text": "txt"}.get(kind, kind)
    if submission.stored_file:
        submission.stored_file.delete(save=False)
    submission.stored_file.save(f"bao-cao.{extension}", ContentFile(data), save=False)
    submission.save(update_fields=["stored_file", "updated_at"])


def save_answer(submission, values, texts, submit=False):
    if submission.status in (Submission.Status.SUBMITTED, Submission.Status.ACCEPTED):
        raise SubmissionError(_("Báo cáo đã gửi, không sửa được nữa."))
    submission.values, submission.texts = values, texts
    if submit:
        submission.status = Submission.Status.SUBMITTED
        submission.submitted_at = timezone.now()
    elif submission.status == Submission.Status.NOT_STARTED:
        submission.status = Submission.Status.DRAFT
    submission.save()
    return submission


def review(submission, action, comment=""):
    """The office returns a submitted answer with a comment, or accepts it."""
    if submission.status != Submission.Status.SUBMITTED:
        raise SubmissionError(_("Chỉ xử lý được báo cáo đã gửi."))
    if action == "return":
        if not comment.strip():
            raise SubmissionError(_("Ghi rõ lý do trả lại."))
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
    Submission.objects.bulk_create([Submission(request=request, unit=unit) for unit in units], ignore_conflicts=True)
    return request


def answer_units():
    return Unit.objects.filter(is_active=True).exclude(kind__in=[Unit.Kind.PROVINCE, Unit.Kind.PEOPLES_COMMITTEE])
