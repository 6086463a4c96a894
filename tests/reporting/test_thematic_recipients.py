"""The thematic reports (international integration, people's diplomacy) go to the body that asked by letter,
named in Nơi nhận as in the closing (seeds 000, 002: «- Sở Ngoại vụ;»); without a letter, to the province's
focal point, or the UBND tỉnh for the focal point itself."""

from datetime import date

from ngoaivu.core.models import LegalDocument, Unit
from ngoaivu.pure.period_parsing import parse
from ngoaivu.reporting.context import build_context
from ngoaivu.reporting.drafting import build
from ngoaivu.reporting.outlines import INTEGRATION_REPORT, PEOPLES_DIPLOMACY
from tests.reporting.succession import sngv_ends_in_february_2025


def _draft(template, unit, letter=None):
    draft = build(template, build_context(unit, parse("2024"), template, letter))
    return draft.closing, draft.recipients


def test_the_body_that_asked_is_in_nơi_nhận_as_the_closing_names_it(units):
    letter = LegalDocument.objects.create(
        doc_type="Công văn", number="1874/SNgV-ĐN", issued_on=date(2024, 11, 12), issuer="Sở Ngoại vụ"
    )
    # No focal point recorded: the letter's issuer all the same (seed 002).
    assert _draft(INTEGRATION_REPORT, units["vp"], letter) == (
        "Kính gửi Sở Ngoại vụ tổng hợp./.",
        ["Sở Ngoại vụ", "VP: CVP, các PCVP", "Lưu: VT"],
    )
    closing, recipients = _draft(PEOPLES_DIPLOMACY, units["vp"], letter)
    assert closing.endswith("kính gửi Sở Ngoại vụ theo dõi, tổng hợp./.") and recipients == [
        "Sở Ngoại vụ",
        "VP: CVP, các PCVP",
        "Lưu: VT",
    ]


def test_without_a_letter_to_the_focal_point_or_the_committee(units):
    vp, sngv = units["vp"], units["sngv"]
    assert _draft(INTEGRATION_REPORT, vp) == (
        "Văn phòng UBND tỉnh kính báo cáo UBND tỉnh./.",
        ["UBND tỉnh", "VP: CVP, các PCVP", "Lưu: VT"],
    )
    closing, recipients = _draft(PEOPLES_DIPLOMACY, vp)
    assert closing == (
        "Trên đây là báo cáo thực hiện công tác đối ngoại nhân dân năm 2024 của Văn phòng UBND tỉnh, "
        "kính báo cáo UBND tỉnh./."
    )
    assert recipients == ["UBND tỉnh", "VP: CVP, các PCVP", "Lưu: VT"]
    sngv.coordinates_province = True
    sngv.save()
    assert _draft(INTEGRATION_REPORT, vp) == (
        "Kính gửi Sở Ngoại vụ tổng hợp./.",
        ["Sở Ngoại vụ", "VP: CVP, các PCVP", "Lưu: VT"],
    )
    closing, recipients = _draft(PEOPLES_DIPLOMACY, vp)
    assert closing.endswith("của Văn phòng UBND tỉnh, kính gửi Sở Ngoại vụ theo dõi, tổng hợp./.")
    assert recipients == ["Sở Ngoại vụ", "VP: CVP, các PCVP", "Lưu: VT"]
    assert _draft(INTEGRATION_REPORT, sngv)[1] == ["UBND tỉnh", "Lưu: VT"]  # the focal point itself


def _duties_moved_in_2025(units):
    sngv_ends_in_february_2025(units)
    return LegalDocument.objects.create(
        doc_type="Công văn", number="120/SNgV-ĐN", issued_on=date(2025, 2, 10), issuer="Sở Ngoại vụ"
    )


def test_the_closing_and_nơi_nhận_name_one_body_once_the_body_that_asked_has_ended(units):
    letter = _duties_moved_in_2025(units)
    year = parse("2025")
    # The Văn phòng is the focal point itself when it sends the report: to the UBND tỉnh, in both places.
    for template in (PEOPLES_DIPLOMACY, INTEGRATION_REPORT):
        draft = build(template, build_context(units["vp"], year, template, letter))
        assert draft.closing.endswith("kính báo cáo UBND tỉnh./.")
        assert draft.recipients == ["UBND tỉnh", "VP: CVP, các PCVP", "Lưu: VT"]
    # Another unit answering the Sở's letter sends to the one carrying its work, named the same in both.
    sct = Unit.objects.create(name="Sở Công Thương", code="SCT", parent=units["committee"])
    draft = build(PEOPLES_DIPLOMACY, build_context(sct, year, PEOPLES_DIPLOMACY, letter))
    assert draft.closing.endswith("của Sở Công Thương, kính gửi Văn phòng UBND tỉnh theo dõi, tổng hợp./.")
    assert draft.recipients == ["Văn phòng UBND tỉnh", "Lưu: VT"]


def test_a_report_the_ubnd_tỉnh_asked_for_is_reported_to_it(units):
    letter = LegalDocument.objects.create(
        doc_type="Công văn", number="55/UBND-NC", issued_on=date(2024, 11, 2), issuer="UBND tỉnh"
    )
    units["sngv"].coordinates_province = True
    units["sngv"].save()
    assert _draft(INTEGRATION_REPORT, units["vp"], letter) == (
        "Văn phòng UBND tỉnh kính báo cáo UBND tỉnh./.",
        ["UBND tỉnh", "VP: CVP, các PCVP", "Lưu: VT"],
    )
