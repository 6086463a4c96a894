"""What the office makes of the answers: the unit × indicator table, its XLSX, the compiled draft.

A figure a unit's text states against its answer is contradictions.py's; the on-time rate of the
units' answers, compliance.py's."""

from io import BytesIO
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from ngoaivu.pure.wording import screen_date
from ngoaivu.pure.spreadsheets import protect_sheet
from ngoaivu.register.workbooks import GROUPED
from ngoaivu.reporting.context import citations, comparison_note, comparison_words, unit_words
from ngoaivu.reporting.lists import build_lists
from ngoaivu.reporting.template_names import list_names
from ngoaivu.reporting.drafting import period_words
from ngoaivu.reporting.paragraphs import sources
from ngoaivu.core.amounts import unit_shown
from ngoaivu.core.screen_figures import screen_count, screen_number
from ngoaivu.core.lineage import current_names
from ngoaivu.register.engine import evaluate
from ngoaivu.reporting.sentences import Context
from ngoaivu.reporting.services import create_report, drafted

from .compiled_figures import by_register, compiled_cells, compiled_parts, counted_figures
from .compiled_figures import register_scope, register_share, whole_province, whole_sources
from .answer_paragraphs import gathered_answers, with_answers
from .compiled_text import without_stock_none
from .unlisted import held_counts, shortfall_notes, shortfalls, unlisted_notes
from .models import ReportRequest, Submission
from .answer_outline import measures


# The screen's mark of a row whose register differs from the compiled total (amber, as warnings are).
DIFFERS = PatternFill("solid", fgColor="FFF3CD")


def answers_of(request):
    """The units' answers to a request, in the order of their names. An answer of the asking unit itself
    (a request stored before the form refused it) is none: its own work is in its register, which the
    compilation counts (own_figures), and is not told again as one of the units reporting to it."""
    return list(request.submissions.exclude(unit=request.unit_id).select_related("unit").order_by("unit__name"))


def accepted_of(submissions):
    """The answers among submissions that were accepted: those the compilation counts."""
    return [s for s in submissions if s.status == Submission.Status.ACCEPTED]


def own_figures(request, codes, period):
    """{code: {measure: Figure}}: the asking unit's own work in its register (never the province its
    focal point reports for), which its compiled report counts beside the units' answers."""
    return evaluate(codes, period, request.unit.scope(period.end, own=True))


def table(request):
    """{"rows": [{code, indicator, measure, unit, cells: [n…], total, register, differs}],
    "headers": [...], "missing": [...], "differing": n}.

    Only accepted answers count, after the asking unit's own work from its register (the first cell);
    the others are listed as missing with their status. Then, a column each, the units counted by their
    register rows (compiled_figures.register_units: asked without an accepted answer, or not asked, whose
    register holds figures of the period), counted as the compiled report counts them (compiled_cells), each
    column headed so. Each row also gives the register's figure over the compilation's whole scope: an
    answer that differs from its unit's rows shows there.
    """
    submissions = answers_of(request)
    accepted = accepted_of(submissions)
    found = compiled_parts(request, accepted, submissions)
    register = evaluate(found.codes, found.period, found.whole)
    own, others = found.parts[("own", request.unit_id)], found.others
    listed = held_counts(request, accepted, found.own)
    short = shortfalls(accepted, listed)
    notes = shortfall_notes(short, measures(request.template))
    rows = []
    for code, name, measure, word in measures(request.template):
        cells = compiled_cells(own, accepted, code, measure, listed, others)
        # the cells of the units whose answer, in its count or its words, states fewer than the register holds
        fewer = {unit.pk for unit, _stated, _held in short.get((code, measure), [])}
        marked = [False] + [s.unit_id in fewer for s in accepted] + [False for _other in others]
        held = int(register[code][measure].period or 0) if measure in register.get(code, {}) else None
        rows.append(
            {
                "code": code,
                "indicator": name,
                "measure": measure,
                "unit": word,
                "unit_shown": unit_shown(word),
                "cells": cells,
                "total": sum(cells),
                "shown": [screen_number(n) for n in cells],
                # (shown, whether the register's figure stands for the answer's: unlisted.shortfall_notes)
                "marked": [(screen_number(n), fewer) for n, fewer in zip(cells, marked, strict=True)],
                "note": notes.get((code, measure), ""),
                "total_shown": screen_number(sum(cells)),
                "register": held,
                "register_shown": "" if held is None else screen_number(held),
                "differs": held is not None and held != sum(cells),
            }
        )
        # Said in the row's «Ghi chú», on the screen as in the XLSX.
        rows[-1]["differs_note"] = (
            _("Sổ theo dõi ghi số khác với tổng số liệu các đơn vị báo cáo") if rows[-1]["differs"] else ""
        )
    asked = {s.unit_id for s in submissions}
    return {
        "rows": rows,
        # the columns' heads: a register's figure of a unit that did not answer says so
        "headers": [request.unit.name]
        + [s.unit.name for s in accepted]
        + [
            (
                _("%(name)s (sổ theo dõi; chưa có báo cáo được tiếp nhận)")
                if unit.pk in asked
                else _("%(name)s (sổ theo dõi; không được đề nghị báo cáo)")
            )
            % {"name": unit.name}
            for unit, _figures in others
        ],
        "others": [unit for unit, _figures in others],
        "submissions": submissions,
        "accepted": accepted,
        "missing": [s for s in submissions if s.status != Submission.Status.ACCEPTED],
        "differing": sum(row["differs"] for row in rows),
    }


def coverage_note(submissions, counted=None):
    """What a compiled report counts by register rows rather than answers, from the request's answers
    (answers_of), said where it is made: the units asked that have no accepted answer, whether the register
    holds figures of theirs, and the units not asked whose figures it holds: the units the compilation table
    gives a column of the register's figures (compiled_figures.register_units, one answer for both). "" when
    every answer is accepted and no other unit is counted. Its sentences that speak for the province then
    say whose reports they count (compiled_context: across), but those an administrator wrote or edited in
    the template without {across} and without «toàn tỉnh», and those the officer adds. counted: the units
    table() gives a column of the register's figures ("others"), when the page has them already."""
    if not submissions:
        return ""
    request = submissions[0].request
    accepted = accepted_of(submissions)
    missing = [s.unit for s in submissions if s.status != Submission.Status.ACCEPTED]
    values = {
        "accepted": screen_count(len(accepted)),
        "total": screen_count(len(submissions)),
        "names": ", ".join(u.name for u in missing),
    }
    if not accepted:  # nothing to compile yet (compile_report refuses)
        return _("Chưa tiếp nhận báo cáo nào trong số %(total)s đơn vị được yêu cầu; chưa gồm %(names)s.") % values
    if counted is None:
        counted = [unit for unit, _figures in compiled_parts(request, accepted, submissions).others]
    said = _missing_said(missing, counted, values)
    others = [u.name for u in counted if u not in missing]
    if others:
        said.append(
            _("Báo cáo tổng hợp tính cả số liệu trong sổ theo dõi của đơn vị không được đề nghị báo cáo: %(names)s.")
            % {"names": ", ".join(others)}
        )
    if not said:
        return ""
    values["sources"] = sources(unit_words(request.unit)["name"], len(accepted))  # as compiled_context
    advice = (
        _(
            "Các câu nêu số liệu chung của tỉnh ghi rõ nguồn, như «%(sources)s» (chỉ tính các đơn vị có số liệu "
            "của chỉ tiêu trong câu); đề nghị kiểm tra các câu viết thêm hoặc đã sửa trong mẫu báo cáo trước khi trình."
        )
        % values
    )
    return " ".join([*said, advice])


def _missing_said(missing, counted, values):
    """[sentence]: the units asked without an accepted answer (missing), those whose register figures the
    compilation counts (counted: compiled_figures.register_units) said apart from those it has none of."""
    if not missing:
        return []
    held = [u.name for u in missing if u in counted]
    if len(held) == len(missing):
        # two counts, written as the advice after it writes its count («01 đơn vị»)
        return [
            _(
                "Số liệu tổng hợp gồm báo cáo đã được tiếp nhận của %(accepted)s trong số %(total)s đơn vị; "
                "chưa có báo cáo được tiếp nhận của %(names)s: số liệu của các đơn vị này lấy từ sổ theo dõi."
            )
            % values
        ]
    said = [
        _(
            "Số liệu tổng hợp gồm báo cáo đã được tiếp nhận của %(accepted)s trong số %(total)s đơn vị; "
            "chưa có báo cáo được tiếp nhận của %(names)s."
        )
        % values
    ]
    if not held:
        return [*said, _("Sổ theo dõi cũng chưa có số liệu trong kỳ của các đơn vị này.")]
    empty = [u.name for u in missing if u not in counted]
    return [
        *said,
        _("Số liệu của %(names)s lấy từ sổ theo dõi; sổ theo dõi chưa có số liệu trong kỳ của %(empty)s.")
        % {"names": ", ".join(held), "empty": ", ".join(empty)},
    ]


def xlsx(request):
    data = table(request)
    book = Workbook()
    sheet = book.active
    sheet.title = _("Tổng hợp")
    sheet.append([request.subject])
    sheet.append(
        [
            _("Kỳ báo cáo: %(period)s; hạn: %(deadline)s")
            % {"period": request.period_label, "deadline": screen_date(request.deadline)}
        ]
    )
    sheet.append([])
    header = [_("Chỉ tiêu"), _("Đơn vị tính")] + data["headers"] + [_("Tổng cộng")]
    # As the screen shows it: the register's figure beside the total, a row where they differ marked.
    sheet.append([*header, _("Sổ theo dõi"), _("Ghi chú")])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for row in data["rows"]:
        # As the screen marks it: the cell whose register figure stands for the answer's in bold, its note «* …».
        note = " ".join(n for n in (f"* {row['note']}" if row["note"] else "", row["differs_note"]) if n)
        sheet.append(
            [
                row["indicator"],
                row["unit"],
                *row["cells"],
                row["total"],
                row["register"],
                note,
            ]
        )
        for cell in sheet[sheet.max_row][2:-1]:
            cell.number_format = GROUPED  # 12.500.000.000, as the register's exports show figures
        for cell, (_shown, marked) in zip(sheet[sheet.max_row][2:], row["marked"]):
            if marked:
                cell.font = Font(bold=True)
        if note:
            for cell in sheet[sheet.max_row]:
                cell.fill = DIFFERS
    if data["missing"]:
        sheet.append([])
        sheet.append([_("Đơn vị chưa có báo cáo được tiếp nhận")])
        for submission in data["missing"]:
            sheet.append([submission.unit.name, submission.get_status_display()])
    sheet.column_dimensions["A"].width = 45
    protect_sheet(sheet)  # the subject and unit names are typed text: a leading "=" stays text
    output = BytesIO()
    book.save(output)
    return output.getvalue()


@translation.override("vi")  # the compiled report is written in Vietnamese, as the register's
def compiled_context(request, accepted, submissions, found, held):
    """The template's context with the asking unit's own work (its register's) and the accepted answers'
    totals as the period's figures; submissions: answers_of, found: compiled_parts, held: unlisted.held_counts
    (counted_context reads them).

    The year to date, last year's and a stock come from the register over the compilation's whole scope,
    the asked units' part of the period replaced by the answers' (compiled_figures.py). The units counted
    by their register rows (compiled_figures.register_units) are counted so in every window and listed:
    a list names their rows as the register's report does."""
    unit, definition = request.unit, request.template.definition
    period, codes, whole, names = found.period, found.codes, found.whole, list_names(definition)
    own = found.parts[("own", unit.pk)]
    cells_of, figures = counted_figures(codes, found, own, accepted, held)
    contributors, registered, own_period = {}, {}, set()
    for (code, measure), cells in cells_of.items():
        for s, n, counts in zip(accepted, cells[1 : 1 + len(accepted)], held, strict=True):
            # the answers that give the indicator a figure: its sentences say those (paragraphs.attributed);
            # one whose figure is its register's (it stated fewer) is said with the registers
            if n:
                counted = registered if by_register(s, counts, code, measure) else contributors
                counted.setdefault(code, set()).add(s.unit_id)
        if cells[0]:
            own_period.add(code)  # the asking unit's own work: said only where it counts
    # an answer counted by its register in one measure of an indicator (its delegations, not their persons)
    # is said with the registers for the whole indicator, never as a report too
    contributors = {code: ids - registered.get(code, set()) for code, ids in contributors.items()}
    words = unit_words(unit, period.end)
    whole_contributors, period_others, own_whole = whole_sources(
        codes, period, unit, found.parts, contributors, registered
    )
    whole_said = whole_province(request, period, accepted, submissions, found.own)
    return Context(
        figures=figures,
        period=period_words(period) | comparison_words(whole, period),  # every window counts the whole scope
        unit=words,
        # every row of the whole scope: the answering units' register rows, and those of the units counted by
        # their register, which the figures count
        lists=build_lists(whole, period, names, speaker=unit),
        citations=citations(definition),
        # last year counts the units the figures count: the asking unit's whole scope (the province's, for
        # the focal point, as the year to date), and the units asked, each its own
        comparison_note=comparison_note([s.unit for s in submissions], period, own=True, whole=[unit]),
        renamed=current_names(period.end),  # the bodies of the report's time
        across="" if whole_said else f"{sources(words['name'], len(accepted))},",
        answers=len(accepted),  # other units' work: no count sentence names the asking unit (sentences.counted)
        # what a sentence listing the register's rows without saying whose says: the register's part of the
        # compilation, the asking unit's own work and the units counted by their register rows
        # (paragraphs.speaking_for); the answering units' work is in their paragraphs
        own_figures=register_share(found.parts, codes),
        own_lists=build_lists(register_scope(found.scopes), period, names, speaker=unit),
        contributors=contributors,
        whole_contributors=whole_contributors,
        period_others=period_others,
        own_contributes={code: (code in own_period, own_whole.get(code, False)) for code in codes},
        source=words["name"],  # as the seeds name it: «Sở Ngoại vụ», not «Sở Ngoại vụ tỉnh Quảng Ngãi»
    )


@translation.override("vi")
@transaction.atomic
def compile_report(request, user):
    """A report draft of the requesting unit: each section states the accepted answers' totals in the
    template's own sentences, then what each unit reported; then the usual workflow. One at a time:
    the request is locked, and a second press finds the report the first made."""
    request = ReportRequest.objects.select_for_update().get(pk=request.pk)
    if request.report_id:
        return request.report
    submissions = answers_of(request)
    if not accepted_of(submissions):
        raise ValidationError(
            _("Chưa có báo cáo nào của đơn vị được tiếp nhận: tiếp nhận ít nhất một báo cáo rồi mới tổng hợp.")
        )
    accepted, _found, held, context = counted_context(request, submissions)
    report = create_report(request.unit, request.template, request.period_code, user, context=context)
    footnotes = list(report.footnotes)
    summaries = dict(report.sections.values_list("key", "text"))
    gathered, told = gathered_answers(accepted, footnotes, summaries, request.unit)  # footnotes gains the units'
    summaries = _told_otherwise(summaries, told, request)
    texts = with_answers(summaries, gathered, unlisted_notes(request, accepted, context, held, told))
    for section in report.sections.filter(key__in=list(texts)):
        section.text = section.generated_text = texts[section.key]
        section.save()  # kept in the section's history like any edit
    report.footnotes = footnotes
    report.save(update_fields=["footnotes"])
    request.report = report
    request.save(update_fields=["report"])
    return report


class CompiledCount(NamedTuple):
    """What compiling, the compiled draft and the compiled sources page count (counted_context)."""

    accepted: list  # accepted_of the answers
    found: object  # compiled_parts
    held: list  # unlisted.held_counts
    context: Context  # compiled_context


def counted_context(request, submissions):
    """CompiledCount of submissions (answers_of request): the answers and the units' scopes read once for all."""
    accepted = accepted_of(submissions)
    found = compiled_parts(request, accepted, submissions)
    held = held_counts(request, accepted, found.own)
    return CompiledCount(accepted, found, held, compiled_context(request, accepted, submissions, found, held))


def _told_otherwise(summaries, told, request):
    """summaries ({key: text}) without the template's «Không có khó khăn, vướng mắc…» in a section where a
    unit tells something of its own (told: gathered_answers'), which would deny it. The asking unit is
    named as the report names it, at the period's end (compiled_context)."""
    unit = request.unit
    words, keys = unit_words(unit, request.period_for(unit).end), {key for _unit, key in told}
    names = [unit.name, words["name"], words["short"]]
    return {key: without_stock_none(text, names) if key in keys else text for key, text in summaries.items()}


@translation.override("vi")
def compiled_draft(request):
    """({section key: text}, notes): the compiled report's sections as the answers accepted now write
    them, nothing saved. The report's sections are held against it (reporting.signals.compiled_draft)."""
    accepted, _found, held, context = counted_context(request, answers_of(request))
    draft = drafted(request.template, context)
    footnotes = list(draft.footnotes)
    summaries = {section.key: section.text for section in draft.flat()}
    gathered, told = gathered_answers(accepted, footnotes, summaries, request.unit)
    summaries = _told_otherwise(summaries, told, request)
    notes = unlisted_notes(request, accepted, context, held, told)
    return summaries | with_answers(summaries, gathered, notes), footnotes


def compiled_sources_of(sender, report, **kwargs):
    """The receiver of reporting.signals.compiled_sources (connected in apps.py)."""
    request = ReportRequest.objects.filter(report=report, direction=ReportRequest.Direction.OUTGOING).first()
    return None if request is None else reverse("collection:sources", args=[request.pk])


def compiled_draft_of(sender, report, **kwargs):
    """The receiver of reporting.signals.compiled_draft (connected in apps.py)."""
    request = ReportRequest.objects.filter(report=report, direction=ReportRequest.Direction.OUTGOING).first()
    return None if request is None else compiled_draft(request)
