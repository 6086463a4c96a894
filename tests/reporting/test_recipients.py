"""Nơi nhận: the focal point's list by the kind of report (seeds 003 and 001); a recipient the template
names by a body that has since ended is named as the one carrying its work."""

import io
from datetime import date

import docx

from ngoaivu.core.models import Succession, Unit
from ngoaivu.reporting.drafting import _others
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.docx_render import render_docx
from ngoaivu.reporting.services import create_report, to_document


def _docx_recipients(report):
    """The lines under «Nơi nhận:» in the report's DOCX, as Word shows them."""
    document = docx.Document(io.BytesIO(render_docx(to_document(report))))
    cell = next(cell for table in document.tables for cell in table._cells if cell.paragraphs[0].text == "Nơi nhận:")
    return [paragraph.text for paragraph in cell.paragraphs[1:] if paragraph.text]


def test_the_monthly_report_and_the_6_month_review_go_to_the_recipients_their_seeds_name(units, users):
    units["sngv"].coordinates_province = True
    units["sngv"].save()
    general, review = ReportTemplate.objects.get(code="general"), ReportTemplate.objects.get(code="review")
    month = create_report(units["sngv"], general, "2021-08", users["officer"])
    assert _docx_recipients(month) == [  # seed 003
        "- UBND tỉnh;",
        "- Văn phòng Tỉnh ủy;",
        "- Cục Ngoại vụ;",
        "- Sở Kế hoạch và Đầu tư;",
        "- Công an tỉnh;",
        "- Cục Thống kê tỉnh;",
        "- SNgV: GĐ, các PGĐ, các phòng trực thuộc;",
        "- Lưu: VT, TH.",
    ]
    # The general report of 6 months goes where the monthly one goes.
    assert _docx_recipients(create_report(units["sngv"], general, "2021-H1", users["officer"])) == (
        _docx_recipients(month)
    )
    first_half = create_report(units["sngv"], review, "2021-H1", users["officer"])
    assert _docx_recipients(first_half) == [  # seed 001: the bodies that compile the province's review
        "- UBND tỉnh (báo cáo);",
        "- Sở Kế hoạch và Đầu tư;",
        "- Văn phòng UBND tỉnh;",
        "- SNgV: GĐ, các PGĐ, các phòng trực thuộc;",
        "- Lưu: VT, TH.",
    ]
    assert _docx_recipients(create_report(units["sngv"], review, "2021", users["officer"])) == (
        _docx_recipients(first_half)
    )
    # A unit that is not the focal point sends its report to the focal point, its review up to the UBND
    # tỉnh, and files one copy.
    assert _docx_recipients(create_report(units["dh"], general, "2021-H1", users["officer"])) == [
        "- Sở Ngoại vụ;",
        "- Lưu: VT.",
    ]
    assert _docx_recipients(create_report(units["dh"], review, "2021-H1", users["officer"]))[-1] == "- Lưu: VT."
    # The Văn phòng holding the duty does not send its review to itself, and names its own leaders.
    units["vp"].coordinates_province = True
    units["vp"].save()
    own = _docx_recipients(create_report(units["vp"], review, "2021-H1", users["officer"]))
    assert "- Văn phòng UBND tỉnh;" not in own
    assert f"- {units['vp'].code}: CVP, các PCVP;" in own


def test_a_review_another_body_asked_for_goes_to_it_and_one_the_committee_asked_for_to_its_compilers(units):
    from ngoaivu.core.models import LegalDocument
    from ngoaivu.pure.period_parsing import parse
    from ngoaivu.reporting.context import build_context
    from ngoaivu.reporting.drafting import build
    from ngoaivu.reporting.outlines import REVIEW

    def review(unit, issuer):
        letter = LegalDocument(doc_type="Công văn", number="500/X", issued_on=date(2021, 6, 1), issuer=issuer)
        draft = build(REVIEW, build_context(unit, parse("2021-H1"), REVIEW, letter=letter, own=True))
        return draft.intro, draft.closing, draft.recipients

    intro, closing, recipients = review(units["dh"], "Sở Ngoại vụ")
    name = units["dh"].name
    assert intro == f"Thực hiện Công văn số 500/X ngày 01/6/2021 của Sở Ngoại vụ; {name} báo cáo như sau:"
    assert closing == f"Trên đây là nội dung báo cáo của {name}, kính gửi Sở Ngoại vụ tổng hợp./."
    assert recipients == ["Sở Ngoại vụ", "Lưu: VT"]
    _intro, closing, recipients = review(units["dh"], "Ủy ban nhân dân tỉnh Quảng Ngãi")
    assert closing.endswith("kính đề nghị Sở Kế hoạch và Đầu tư, Văn phòng UBND tỉnh tổng hợp, báo cáo UBND tỉnh./.")
    assert recipients == ["UBND tỉnh (báo cáo)", "Sở Kế hoạch và Đầu tư", "Văn phòng UBND tỉnh", "Lưu: VT"]
    # Asked by its own letter, a unit does not send the review to itself: the one addressee rule
    # (context.addressee) of the other reports names the focal point.
    _intro, closing, recipients = review(units["dh"], name)
    assert f"kính gửi {name}" not in closing and name not in recipients


def test_the_issuer_is_left_out_and_a_renamed_body_is_listed_once():
    renamed = {"sở kế hoạch và đầu tư": "Sở Tài chính"}
    recipients = ["UBND tỉnh", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Ngoại vụ", "Lưu: VT, TH"]
    assert _others(recipients, {"name": "Sở Ngoại vụ"}, renamed) == ["UBND tỉnh", "Sở Tài chính", "Lưu: VT, TH"]


def test_a_department_merged_into_another_is_named_by_it_in_a_report_of_a_time_after(units, users):
    units["sngv"].coordinates_province = True  # the focal point's report goes to the other departments
    units["sngv"].save()
    planning = Unit.objects.create(
        name="Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi",
        short_name="Sở Kế hoạch và Đầu tư",
        code="SKHĐT",
        parent=units["committee"],
        ended_on=date(2025, 3, 1),
        is_active=False,
    )
    finance = Unit.objects.create(
        name="Sở Tài chính tỉnh Quảng Ngãi", short_name="Sở Tài chính", code="STC", parent=units["committee"]
    )
    template = ReportTemplate.objects.get(code="general")
    assert "Sở Kế hoạch và Đầu tư" in str(template.definition["recipients"])
    before = create_report(units["sngv"], template, "2021-08", users["officer"])
    assert "Sở Kế hoạch và Đầu tư" in before.recipients.splitlines()  # no succession recorded: as written
    Succession.objects.create(
        predecessor=planning, successor=finance, kind=Succession.Kind.MERGE, effective_on=date(2025, 3, 1)
    )
    then = create_report(units["sngv"], template, "2021-09", users["officer"]).recipients.splitlines()
    assert "Sở Kế hoạch và Đầu tư" in then  # in 2021 it still existed
    after = create_report(units["sngv"], template, "2025-03", users["officer"]).recipients.splitlines()
    assert "Sở Tài chính" in after and "Sở Kế hoạch và Đầu tư" not in after
    # The provincial statistics office, no unit of the register, was renamed by the Bộ Tài chính that month.
    assert "Cục Thống kê tỉnh" in then and "Cục Thống kê tỉnh" not in after and "Thống kê tỉnh" in after
    # The review's closing names the compiler of its time too.
    review = ReportTemplate.objects.get(code="review")
    assert create_report(units["sngv"], review, "2021-H1", users["officer"]).closing == (
        "Trên đây là nội dung báo cáo của Sở Ngoại vụ, kính đề nghị Sở Kế hoạch và Đầu tư, Văn phòng UBND tỉnh "
        "tổng hợp, báo cáo UBND tỉnh./."
    )
    assert "kính đề nghị Sở Tài chính, Văn phòng UBND tỉnh tổng hợp" in (
        create_report(units["sngv"], review, "2025", users["officer"]).closing
    )


def test_a_chain_of_successions_is_followed_and_a_shared_old_name_is_left_as_written(
    units, django_assert_max_num_queries
):
    from ngoaivu.core.lineage import current_names

    def ended(code, name, day):
        return Unit.objects.create(name=name, code=code, parent=units["committee"], ended_on=day, is_active=False)

    first = ended("A", "Sở A", date(2024, 1, 1))
    second = ended("B", "Sở B", date(2025, 1, 1))
    last = Unit.objects.create(name="Sở C", code="C", parent=units["committee"])
    Succession.objects.create(predecessor=first, successor=second, kind="merge", effective_on=date(2024, 1, 1))
    Succession.objects.create(predecessor=second, successor=last, kind="merge", effective_on=date(2025, 1, 1))
    for code in ("X1", "X2"):  # two communes of one name, gone to two wards
        old = ended(code, "UBND xã Bình Minh", date(2025, 7, 1))
        ward = Unit.objects.create(name=f"UBND phường {code}", code=f"P{code}", parent=units["committee"])
        Succession.objects.create(predecessor=old, successor=ward, kind="merge", effective_on=date(2025, 7, 1))
    with django_assert_max_num_queries(2):
        names = current_names(date(2026, 1, 1))
    assert names["sở a"] == names["sở b"] == "Sở C"
    assert "ubnd xã bình minh" not in names
    assert current_names(date(2024, 6, 1)) == {"sở a": "Sở B"}
