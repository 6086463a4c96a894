"""Making and regenerating reports, and a report as plain data for the renderers. A report's steps once
drafted (submit, return, approve, issue) are reporting/workflow.py's."""

from dataclasses import replace

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils import translation
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from .context import build_context
from .document import ReportDocument, Section, Signature, is_summary, split_paragraphs
from .drafting import build
from .ended import has_ended_since
from .sentences import PatternError
from .models import Report, ReportSection
from ngoaivu.pure.period_parsing import parse
from ngoaivu.pure.periods import PeriodError
from ngoaivu.pure.wording import screen_date
from ngoaivu.core.errors import error_text
from ngoaivu.core.models import Unit
from ngoaivu.core.lineage import counts_province
from ngoaivu.core.permissions import reads_province_reports


@translation.override("vi")  # list rows hold lazy labels (a task's progress): written in Vietnamese too
def draft_for(report):
    return drafted(
        report.template, build_context(report.unit, report.period, report.template.definition, report.letter)
    )


def drafted(template, context):
    """The template written from context; a pattern that names what does not exist is refused
    with its reason, for the administrator who edited the template."""
    try:
        return build(template.definition, context)
    except PatternError as error:
        message = _("Mẫu «%(name)s» có chỗ viết sai, người quản trị cần sửa mẫu: %(error)s")
        raise ValidationError({"template": message % {"name": template.name, "error": error}}) from None


# (authority, title) of the head who signs for a unit of each kind (Nghị định 30/2020/NĐ-CP): the
# signature block when no leader of the unit has an account, the name left for the officer to fill in.
HEAD_SIGNS = {
    Unit.Kind.DEPARTMENT: ("", "GIÁM ĐỐC"),
    Unit.Kind.OFFICE: ("", "CHÁNH VĂN PHÒNG"),
    Unit.Kind.UNIVERSITY: ("", "HIỆU TRƯỞNG"),
    Unit.Kind.PEOPLES_COMMITTEE: ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
    Unit.Kind.DISTRICT: ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
    Unit.Kind.COMMUNE: ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
}


def default_signer(unit):
    """The unit's leader signs; a deputy signs for the head ("KT. GIÁM ĐỐC"). Without a leader's
    account (or position), the head's title by the unit's kind, and no name yet."""
    leader = unit.leaders().first()
    title = (leader.position or "").upper() if leader is not None else ""
    if not title:
        authority, title = HEAD_SIGNS.get(unit.kind, ("", ""))
        return authority, title, leader.get_full_name() if leader is not None and title else ""
    authority = ""
    if title.startswith("PHÓ "):
        authority = f"KT. {title[4:]}"
    return authority, title, leader.get_full_name()


def check_as_of(period, as_of):
    """Refuse (ValidationError on «as_of») a cut-off day before the period begins ("Từ ngày 01/8/2026 đến
    ngày 01/01/2020" says nothing) or still to come (stocks stated as fact for days not yet lived). The
    forms that create and edit a report, the API and `ngoaivu make_report` all hold to it."""
    if as_of is None:
        return
    values = {"day": screen_date(as_of), "start": screen_date(period.start)}
    if as_of < period.start:
        raise ValidationError(
            {"as_of": _("Ngày chốt số liệu %(day)s ở trước ngày đầu kỳ báo cáo (%(start)s).") % values}
        )
    today = timezone.localdate()
    if as_of > today:
        raise ValidationError(
            {
                "as_of": _("Ngày chốt số liệu %(day)s chưa đến: chọn một ngày không sau hôm nay (%(today)s).")
                % (values | {"today": screen_date(today)})
            }
        )


def check_begun(period):
    """Refuse (ValidationError on «period_code») a period that has not begun: its stocks («còn bị giữ»)
    would be stated as fact for days still to come. A period under way may be drafted, its figures to date."""
    if period.start > timezone.localdate():
        raise ValidationError(
            {
                "period_code": _(
                    "Kỳ báo cáo bắt đầu từ ngày %(start)s, chưa đến: chỉ lập được báo cáo cho kỳ đã hoặc đang diễn ra."
                )
                % {"start": screen_date(period.start)}
            }
        )


def default_as_of(period, as_of):
    """The day a new report's figures are counted to: as_of when given; for a period still under way, today,
    stored with the report, so that it compares with the same days of last year («cùng kỳ»), not with the
    whole of it, and a later redraft counts to the same day; None for a period ended (or not begun)."""
    today = timezone.localdate()
    if as_of is None and period.start <= today < period.end:
        return today
    return as_of


@transaction.atomic
def create_report(unit, template, period_code, user=None, as_of=None, letter=None, context=None):
    """A draft report written from the register, or from context (a sentences.Context) when given,
    as a compilation of the units' answers does. A refusal is said in the language of the person asking;
    the report is written in Vietnamese."""
    period, as_of = _checked_period(unit, template, period_code, user, as_of, context)
    return _written(unit, template, period, user, as_of, letter, context)


def _checked_period(unit, template, period_code, user, as_of, context):
    """(the period, its cut-off day) of a new report, or ValidationError saying why it cannot be made."""
    if unit.kind == Unit.Kind.PROVINCE:  # the land the units work in, no body that writes a report
        raise ValidationError({"unit": _("Tỉnh không phải là đơn vị báo cáo: chọn cơ quan, đơn vị lập báo cáo.")})
    try:
        period = parse(period_code, unit.reporting_convention, as_of)
    except PeriodError as error:
        raise ValidationError({"period_code": error_text(error)}) from None
    if context is None:  # a compilation counts the answers' figures, cut as each answer was
        as_of = default_as_of(period, as_of)
        period = replace(period, as_of=as_of)
    check_as_of(period, as_of)
    check_begun(period)
    template.check_period(period)
    try:
        unit.check_existed(period.start, period.end)  # an ended unit reports on the time it existed
    except ValidationError as error:
        raise ValidationError({"period_code": error.messages}) from None
    if user is not None and not reads_province_reports(user) and counts_province(unit, period.end):
        raise ValidationError(
            {
                "unit": _(
                    "%(unit)s là cơ quan đầu mối đối ngoại của tỉnh trong kỳ này: báo cáo kỳ này tổng hợp số liệu "
                    "của các đơn vị trong tỉnh, nên do chuyên viên hoặc lãnh đạo lập. Tài khoản báo cáo của đơn vị "
                    "chỉ lập báo cáo về công việc của đơn vị mình và trả lời các yêu cầu báo cáo."
                )
                % {"unit": unit.name}
            }
        )
    return period, as_of


@translation.override("vi")  # the report's words, whoever drafts it in whatever language
def _written(unit, template, period, user, as_of, letter, context):
    """The draft of create_report, saved with its sections' first versions."""
    draft = drafted(template, context or build_context(unit, period, template.definition, letter))
    report = drafted_report(
        unit,
        template,
        period,
        draft,
        convention=unit.reporting_convention,
        as_of=as_of,
        letter=letter,
        compiled=context is not None,
        created_by=user,
    )
    report.save()
    # Each section's first version is kept too, so later edits show against it.
    bulk_create_with_history(drafted_sections(draft, report), ReportSection, default_user=user)
    return report


def drafted_report(unit, template, period, draft, **fields):
    """unit's Report of period written from draft (drafting.build), signed as default_signer says, not
    saved: what create_report saves, and what `ngoaivu make_report` renders without saving."""
    authority, title, name = default_signer(unit)
    return Report(
        unit=unit,
        template=template,
        period_code=period.code(),
        year=period.year,
        title=draft.title,
        intro=draft.intro,
        closing=draft.closing,
        recipients="\n".join(draft.recipients),
        footnotes=draft.footnotes,
        signer_authority=authority,
        signer_title=title,
        signer_name=name,
        **fields,
    )


def drafted_sections(draft, report=None):
    """The draft's sections as report's rows, in order, not saved; each text is also what was generated."""
    return [
        ReportSection(
            report=report,
            key=s.key,
            number=s.number,
            heading=s.heading,
            level=s.level,
            position=position,
            text=s.text,
            generated_text=s.text,
        )
        for position, s in enumerate(draft.flat())
    ]


def to_document(report, sections=None):
    """The report as plain data for the renderers; sections default to the saved ones."""
    # An issued report keeps the names it was issued under (Report.issuer), whatever the unit is called now.
    issuer, code, parent, place = report.issuer()
    roots, stack = [], []
    for row in sections if sections is not None else report.sections.order_by("position"):
        section = Section(
            number=row.number,
            heading=row.heading,
            level=row.level,
            paragraphs=split_paragraphs(row.text),
            summary=is_summary(row.key),
        )
        while stack and stack[-1].level >= row.level:
            stack.pop()
        (stack[-1].children if stack else roots).append(section)
        stack.append(section)
    _say_nothing_happened(roots)
    signature = (
        # The signature block's lines upper-case as Nghị định 30 writes them, whatever was typed («kt. chánh
        # văn phòng»): the page's preview as the DOCX; the report keeps them as typed.
        Signature(title=_upper(report.signer_title), name=report.signer_name, authority=_upper(report.signer_authority))
        if report.signer_title
        else None
    )
    return ReportDocument(
        parent_body=_upper(parent),
        issuer=_upper(issuer),
        number_suffix=f"BC-{code}",
        place=place,
        # «ngày … tháng … năm 2026»: the year it is written in (a draft), not its period's; issued, its day of issue;
        # blank for a draft of a unit that has ended since (ended.py), written when issued.
        year=None if has_ended_since(report) else (report.issued_on or timezone.localdate()).year,
        title=report.title,
        intro=report.intro,
        sections=roots,
        closing=report.closing,
        recipients=[r for r in report.recipients.splitlines() if r.strip()],
        signature=signature,
        footnotes=list(report.footnotes or []),
        number=report.number,
        issued_on=report.issued_on,
        # The unit's name in full: the header's «VĂN PHÒNG» alone names no one in a file's properties.
        # An issued report is rendered once, when it is issued (reporting/frozen.py), under the name of then.
        author=report.unit.name,
        created=report.created_at,
        modified=_last_changed(report),
    )


def _last_changed(report):
    """When the report's head or any of its sections was last saved (None for a report never saved)."""
    if report.pk is None:
        return None
    sections = ReportSection.history.filter(report_id=report.pk).aggregate(last=Max("history_date"))["last"]
    return max(moment for moment in (report.updated_at, sections) if moment is not None)


NOTHING_HAPPENED = "Không phát sinh."


def _say_nothing_happened(sections):
    """A heading with nothing under it reads as a page left unfinished: a section of a unit that did no
    such work (a university's fishermen, a commune's economic diplomacy) says so."""
    for section in sections:
        if section.children:
            _say_nothing_happened(section.children)
        elif not section.paragraphs:
            section.paragraphs = [NOTHING_HAPPENED]


def _upper(text):
    # "UBND tỉnh Quảng Ngãi" → "UBND TỈNH QUẢNG NGÃI"; str.upper keeps Vietnamese letters right.
    return text.upper()
