"""`ngoaivu make_report` (or `ngoaivu report`): a draft from the register, as JSON, DOCX or PDF, without saving anything."""

import json
from dataclasses import replace

from django.core.exceptions import ValidationError
from django.core.management.base import CommandError

from ngoaivu.core.management.base import BaseCommand, WrongValue
from ngoaivu.core.date_fields import iso_date
from ngoaivu.core.errors import error_text, os_reason
from ngoaivu.core.models import Unit
from ngoaivu.reporting.context import build_context, comparison_note
from ngoaivu.reporting.docx_render import render_docx
from ngoaivu.reporting.drafting import build
from ngoaivu.reporting.ended import ended_notice
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.pdf import PdfFailed, PdfUnavailable, docx_to_pdf
from ngoaivu.reporting.sentences import PatternError
from ngoaivu.pure.period_parsing import parse
from ngoaivu.pure.periods import PeriodError
from ngoaivu.reporting.services import (
    check_as_of,
    check_begun,
    default_as_of,
    drafted_report,
    drafted_sections,
    to_document,
)


class Command(BaseCommand):
    help = "Lập dự thảo báo cáo từ sổ theo dõi (không lưu vào cơ sở dữ liệu)."

    def add_arguments(self, parser):
        parser.add_argument("--unit", required=True, metavar="KÝ_HIỆU", help="ký hiệu đơn vị, ví dụ SNgV")
        parser.add_argument(
            "--period",
            required=True,
            metavar="KỲ",
            help="kỳ báo cáo: 2021-08, 2021-Q1, 2021-H1, 2021-9M, 2021 hoặc 2021-01-01..2021-03-12",
        )
        parser.add_argument("--template", default="general", metavar="MÃ", help="mã mẫu báo cáo (mặc định: general)")
        parser.add_argument(
            "--format", default="json", choices=["docx", "pdf", "json"], help="định dạng (mặc định: json)"
        )
        parser.add_argument(
            "--as-of",
            metavar="NGÀY",
            help="số liệu tính đến ngày, dạng 2021-09-10 (để trống: kỳ đang diễn ra tính đến hôm nay)",
        )
        parser.add_argument("--out", metavar="TỆP", help="tệp ghi ra (bắt buộc với docx và pdf)")

    def handle(self, unit, period, template, format, as_of=None, out=None, **options):
        unit_obj = Unit.objects.filter(code__iexact=unit).first()
        if unit_obj is None:
            raise WrongValue(f"Không có đơn vị có ký hiệu «{unit}».")
        template_obj = ReportTemplate.objects.filter(code=template).first()
        if template_obj is None:
            raise WrongValue(f"Không có mẫu báo cáo «{template}».")
        try:
            cut_off = iso_date(as_of) if as_of else None
        except ValidationError as error:
            raise WrongValue(f"--as-of: {' '.join(error.messages)}") from None
        try:
            period_obj = parse(period, unit_obj.reporting_convention, cut_off)
        except PeriodError as error:
            raise WrongValue(error_text(error)) from None
        cut_off = default_as_of(period_obj, cut_off)  # a period under way: to today, as «Lập báo cáo» counts it
        period_obj = replace(period_obj, as_of=cut_off)
        try:
            check_as_of(period_obj, cut_off)  # as «Lập báo cáo» refuses it
            check_begun(period_obj)
            template_obj.check_period(period_obj)
            unit_obj.check_existed(period_obj.start, period_obj.end)  # as «Lập báo cáo» refuses it
        except ValidationError as error:
            raise WrongValue(" ".join(error.messages)) from None
        context = build_context(unit_obj, period_obj, template_obj.definition)
        try:
            draft = build(template_obj.definition, context)
        except PatternError as error:
            raise CommandError(f"Mẫu «{template_obj.name}» có chỗ viết sai: {error}") from None
        report = drafted_report(unit_obj, template_obj, period_obj, draft)
        if notice := ended_notice(report):  # a unit that has ended: said as the page says it (reporting/ended.py)
            self.stderr.write(notice)
        if format == "json":
            payload = json.dumps(_as_json(unit_obj, period_obj, draft, context), ensure_ascii=False, indent=2)
            if out:
                _write(out, payload.encode("utf-8"))
            else:
                self.stdout.write(payload)
            return
        if not out:
            raise WrongValue("Cần --out TỆP cho định dạng docx và pdf.")
        content = render_docx(to_document(report, drafted_sections(draft)))
        if format == "pdf":
            try:
                content = docx_to_pdf(content)
            except (PdfUnavailable, PdfFailed) as error:
                raise CommandError(str(error)) from None
        _write(out, content)
        self.stderr.write(f"Đã ghi {out}")


def _write(path, content):
    """Write the file, or say in one line why it cannot be: no such folder, no right to write there…"""
    try:
        with open(path, "wb") as handle:
            handle.write(content)
    except OSError as error:
        raise WrongValue(f"Không ghi được tệp «{path}»: {os_reason(error)}.") from None


def _scope_json(unit, period):
    """Whose rows the figures count: the units, and the note on units merged since last year."""
    scope = unit.scope(period.end)
    return {
        "units": None
        if scope is None
        else sorted(Unit.objects.filter(pk__in=scope.unit_ids).values_list("code", flat=True)),
        "comparison_note": comparison_note([unit], period),
    }


def _as_json(unit, period, draft, context):
    return {
        "unit": unit.code,
        "period": {
            "code": period.code(),
            "label": period.label(),
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            "convention": period.convention,
        },
        "title": draft.title,
        "intro": draft.intro,
        "closing": draft.closing,
        "recipients": draft.recipients,
        "sections": [
            {"key": s.key, "number": s.number, "heading": s.heading, "level": s.level, "text": s.text}
            for s in draft.flat()
        ],
        "footnotes": draft.footnotes,
        "scope": _scope_json(unit, period),
        "indicators": {
            code: {measure: figure.as_dict() for measure, figure in measures.items()}
            for code, measures in sorted(context.figures.items())
        },
    }
