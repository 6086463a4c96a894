"""The monthly general report gives each area's year to date and compares it with last year's (PRODUCT.md:
«Every figure in three columns»), and names the delegations sent and the conferences held, read from the DOCX."""

import io
from datetime import date
from decimal import Decimal

import docx

from ngoaivu.core.models import LegalDocument, Unit
from ngoaivu.register.models import (
    AbtcApplication,
    Conference,
    ConsularCase,
    FishingIncident,
    ForeignAid,
    OutgoingDelegation,
)
from ngoaivu.reporting.docx_render import render_docx
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report, to_document


def _paragraphs(unit, period_code, template="general"):
    report = create_report(unit, ReportTemplate.objects.get(code=template), period_code)
    return [p.text for p in docx.Document(io.BytesIO(render_docx(to_document(report)))).paragraphs]


def _decision(unit, number, day, issuer="Chủ tịch UBND tỉnh"):
    return LegalDocument.objects.create(
        doc_type="Quyết định", number=number, issued_on=day, issuer=issuer, unit=unit, status="issued"
    )


def _aid(unit, day, vnd, **fields):
    return ForeignAid.objects.create(
        unit=unit, title=fields.pop("title", "Khoản viện trợ"), donor="Tổ chức phi chính phủ", country="US",
        value_vnd=Decimal(vnd), approved_on=day, **fields,
    )  # fmt: skip


def _focal(units):
    sngv = units["sngv"]
    sngv.coordinates_province = True  # the province's focal point: it speaks for the province («toàn tỉnh»)
    sngv.save()
    return sngv


def _register(units):
    sngv = _focal(units)
    # aid: one in November 2026, two before it this year; four in January-November 2025, one after
    _aid(sngv, date(2026, 11, 12), 4_600_000_000, value_original=Decimal("175238.50"), currency="USD")
    _aid(sngv, date(2026, 3, 30), 1_910_000_000)
    _aid(sngv, date(2026, 6, 15), 5_400_000_000)
    for day, vnd in ((date(2025, 2, 12), 420_000_000), (date(2025, 5, 16), 2_650_000_000)):
        _aid(sngv, day, vnd)
    for day, vnd in ((date(2025, 6, 3), 1_270_000_000), (date(2025, 11, 28), 3_180_000_000)):
        _aid(sngv, day, vnd)
    _aid(sngv, date(2025, 12, 10), 999_000_000)  # after the same period of last year
    for day, people, enterprise in (
        (date(2026, 11, 9), 2, "Công ty A"),
        (date(2026, 4, 14), 3, "Công ty B"),
        (date(2025, 4, 22), 1, "Công ty C"),
    ):
        AbtcApplication.objects.create(
            unit=sngv, enterprise=enterprise, businesspeople=people, received_on=day, status="approved", decided_on=day
        )
    for day, closed in ((date(2026, 11, 3), None), (date(2026, 2, 5), date(2026, 4, 17)), (date(2024, 6, 1), None)):
        ConsularCase.objects.create(
            unit=sngv, title="Vụ việc", country="MY", occurred_on=day,
            status="closed" if closed else "open", closed_on=closed,
        )  # fmt: skip
    ConsularCase.objects.create(
        unit=sngv, title="Vụ việc", country="MY", occurred_on=date(2025, 8, 12), status="closed",
        closed_on=date(2025, 8, 20),
    )  # fmt: skip
    for day, kind, fishermen, released in (
        (date(2026, 4, 29), "detained", 8, None),
        (date(2025, 5, 27), "detained", 9, date(2025, 10, 2)),
        (date(2025, 9, 3), "detained", 6, None),
        (date(2026, 3, 16), "obstructed", 7, None),
        (date(2026, 7, 8), "robbed", 5, None),
        (date(2025, 4, 11), "obstructed", 8, None),
    ):
        FishingIncident.objects.create(
            unit=sngv, boat_number="QNg 1", kind=kind, country="CN", occurred_on=day, fishermen=fishermen,
            released_on=released,
        )  # fmt: skip
    OutgoingDelegation.objects.create(
        unit=sngv, title="Đoàn công tác tỉnh làm việc với tỉnh Champasak", persons=6, countries=["LA"],
        start_date=date(2026, 11, 16), end_date=date(2026, 11, 20),
        dispatch_decision=_decision(sngv, "1490/QĐ-UBND", date(2026, 11, 5)),
    )  # fmt: skip
    OutgoingDelegation.objects.create(
        unit=sngv, title="Đoàn xúc tiến đầu tư tại Nhật Bản", persons=8, countries=["JP"],
        start_date=date(2026, 11, 24),
    )  # fmt: skip
    OutgoingDelegation.objects.create(
        unit=sngv, title="Đoàn học tập", persons=5, countries=["KR"], start_date=date(2025, 9, 14)
    )
    Conference.objects.create(
        unit=sngv, title="Hội thảo quốc tế về kinh tế biển", organiser="Trường Đại học Phạm Văn Đồng",
        sponsor="Tổ chức JICA", start_date=date(2026, 11, 24), end_date=date(2026, 11, 25), status="done",
        participants=120, foreign_participants=18,
        permit_decision=_decision(sngv, "1535/QĐ-UBND", date(2026, 11, 10)),
    )  # fmt: skip
    Conference.objects.create(
        unit=sngv, title="Hội nghị", organiser="UBND tỉnh", start_date=date(2026, 5, 5), status="done",
        participants=40, foreign_participants=4,
    )  # fmt: skip
    Conference.objects.create(
        unit=sngv, title="Hội nghị", organiser="UBND tỉnh", start_date=date(2025, 5, 5), status="done",
        participants=40, foreign_participants=30,
    )  # fmt: skip


def test_the_monthly_report_gives_each_area_its_year_to_date_and_last_years(units):
    _register(units)
    paragraphs = _paragraphs(units["sngv"], "2026-11")
    text = "\n".join(paragraphs)
    # aid: the month against November 2025, then the 11 months against January-November 2025
    assert (
        "phê duyệt 01 khoản viện trợ với tổng giá trị 4,6 tỷ đồng (bằng về số khoản viện trợ, tăng 1,42 tỷ đồng so với "
        "cùng kỳ năm 2025). Tính chung trong 11 tháng, có 03 khoản viện trợ được phê duyệt với tổng giá trị 11,91 tỷ "
        "đồng (giảm 01 khoản viện trợ, tăng 4,39 tỷ đồng so với cùng kỳ năm 2025)."
    ) in text
    # the month's cards and cases against November 2025, as aid's; the comparison names the businesspeople
    # first, as the sentence does; the cards and the cases of the year to date in one sentence; the cases
    # still open of any year
    assert (
        "cho phép 02 doanh nhân của 01 doanh nghiệp trên địa bàn tỉnh sử dụng thẻ ABTC (tăng 02 doanh nhân với 01 "
        "doanh nghiệp so với cùng kỳ năm 2025); phối hợp với Công an tỉnh"
    ) in text
    assert (
        "Trong tháng, tiếp nhận, phối hợp xử lý 01 vụ việc lãnh sự (tăng 01 vụ việc so với cùng kỳ năm 2025). Tính "
        "chung trong 11 tháng, có 05 doanh nhân của 02 doanh nghiệp được cho phép sử dụng thẻ ABTC (tăng 04 doanh "
        "nhân với 01 doanh nghiệp so với cùng kỳ năm 2025); tiếp nhận, phối hợp xử lý 02 vụ việc lãnh sự (tăng 01 vụ "
        "việc so với cùng kỳ năm 2025). Tính đến cuối kỳ báo cáo, còn 02 vụ việc đang tiếp tục phối hợp xử lý."
    ) in text
    assert (
        "- Trong tháng, toàn tỉnh không có tàu và ngư dân bị nước ngoài bắt giữ. Tính chung trong 11 tháng, có 01 tàu "
        "cá cùng 08 ngư dân bị nước ngoài bắt giữ (giảm 01 tàu cá cùng 07 ngư dân so với cùng kỳ năm 2025)."
    ) in paragraphs
    # none obstructed in the month: the year to date is a bullet of its own (robbed boats counted)
    assert (
        "- Tính chung trong 11 tháng, có 02 tàu cá cùng 12 ngư dân bị nước ngoài ngăn cản, lấy tài sản (tăng 01 tàu "
        "cá cùng 04 ngư dân so với cùng kỳ năm 2025)."
    ) in paragraphs
    assert "- Toàn tỉnh vẫn còn 02 tàu cá cùng 14 ngư dân đang bị các nước bắt giữ." in text
    # each delegation: its country when its name does not say it, its days, the decision that sent it
    assert (
        "cử 02 đoàn với 14 lượt cán bộ đi công tác nước ngoài (tăng 02 đoàn với 14 lượt người so với cùng kỳ năm "
        "2025): Đoàn công tác tỉnh làm việc với tỉnh Champasak (Lào) từ ngày 16/11/2026 đến ngày 20/11/2026 (Quyết "
        "định số 1490/QĐ-UBND ngày 05/11/2026 của Chủ tịch UBND tỉnh); Đoàn xúc tiến đầu tư tại Nhật Bản ngày "
        "24/11/2026."
    ) in text
    assert (
        "trong đó 01 hội nghị có đại biểu nước ngoài tham dự. Hội thảo quốc tế về kinh tế biển do Trường Đại học Phạm "
        "Văn Đồng tổ chức với sự tài trợ của Tổ chức JICA từ ngày 24/11/2026 đến ngày 25/11/2026, có đại biểu "
        "nước ngoài tham dự, được cho phép tổ chức tại Quyết định số 1535/QĐ-UBND ngày 10/11/2026 của Chủ tịch UBND "
        "tỉnh. Tính chung trong 11 tháng, có 02 hội nghị, hội thảo quốc tế được tổ chức (tăng 01 hội nghị so với "
        "cùng kỳ năm 2025)."
    ) in text


def test_a_month_without_any_says_so_for_the_year_to_date_too(units):
    paragraphs = _paragraphs(_focal(units), "2026-11")
    assert (
        "- Trong tháng, không có khoản viện trợ nào được phê duyệt. Tính chung trong 11 tháng, chưa có khoản viện trợ "
        "nào được phê duyệt."
    ) in paragraphs
    assert (
        "- Trong tháng, toàn tỉnh không có tàu và ngư dân bị nước ngoài bắt giữ. Tính chung trong 11 tháng, chưa có "
        "tàu cá, ngư dân bị nước ngoài bắt giữ."
    ) in paragraphs
    assert not [p for p in paragraphs if "ABTC (" in p or "ngăn cản" in p or "vụ việc lãnh sự (" in p]


def test_the_review_lists_without_a_year_to_date(units):
    """The 6-month review reuses the areas: its period is its year to date, said once."""
    _register(units)
    OutgoingDelegation.objects.create(
        unit=units["sngv"], title="Đoàn học tập tại Hàn Quốc", persons=3, countries=["KR"], start_date=date(2026, 3, 2)
    )
    text = "\n".join(_paragraphs(units["sngv"], "2026-H1", template="review"))
    assert "Tính chung" not in text
    assert (
        "đi công tác nước ngoài (tăng 01 đoàn với 03 lượt người so với cùng kỳ năm 2025): Đoàn học tập tại Hàn " in text
    )
    assert "Hội nghị do UBND tỉnh tổ chức ngày 05/5/2026, có đại biểu nước ngoài tham dự." in text
    assert (
        "- Có 01 tàu cá cùng với 07 ngư dân bị nước ngoài ngăn cản, lấy tài sản (bằng về số tàu cá, giảm 01 ngư dân "
        "so với cùng kỳ năm 2025)."
    ) in text
    assert "Tính đến cuối kỳ báo cáo, còn 01 vụ việc đang tiếp tục phối hợp xử lý." in text


def test_another_unit_says_its_month_had_none_before_its_year_to_date(units):
    FishingIncident.objects.create(
        unit=units["dh"], boat_number="QNg 1", kind="detained", country="CN", occurred_on=date(2026, 4, 29), fishermen=8
    )
    paragraphs = _paragraphs(units["dh"], "2026-11")
    found = [p for p in paragraphs if "bắt giữ" in p]
    assert found[0].startswith(
        "- Trong tháng, Trường Đại học Phạm Văn Đồng không ghi nhận tàu cá, ngư dân bị nước ngoài bắt giữ. Tính chung "
        "trong 11 tháng, có 01 tàu cá cùng 08 ngư dân bị nước ngoài bắt giữ ("
    )
    assert "toàn tỉnh" not in found[0].lower()


def _incident(unit, day, kind, fishermen):
    FishingIncident.objects.create(
        unit=unit, boat_number="QNg 1", kind=kind, country="CN", occurred_on=day, fishermen=fishermen
    )


def test_the_months_boats_are_compared_with_the_same_month_of_last_year(units):
    """As the delegations and the aid of the month are: the boats detained, obstructed or robbed in it."""
    sngv = _focal(units)
    _incident(sngv, date(2026, 11, 4), "detained", 9)
    _incident(sngv, date(2026, 11, 12), "robbed", 6)
    _incident(sngv, date(2025, 11, 20), "detained", 9)
    _incident(sngv, date(2025, 11, 21), "obstructed", 4)
    _incident(sngv, date(2025, 11, 22), "obstructed", 5)
    text = "\n".join(_paragraphs(sngv, "2026-11"))
    assert (
        "- Trong tháng, toàn tỉnh có 01 tàu cá cùng 09 ngư dân bị nước ngoài bắt giữ (bằng cùng kỳ năm 2025). Trước "
        "tình hình trên, Sở Ngoại vụ phối hợp"
    ) in text
    assert (
        "- Có 01 tàu cá cùng với 06 ngư dân bị nước ngoài ngăn cản, lấy tài sản (giảm 01 tàu cá cùng 03 ngư dân so với "
        "cùng kỳ năm 2025). Sở Ngoại vụ phối hợp"
    ) in text
    # another unit says what it recorded, compared the same way
    _incident(units["dh"], date(2026, 11, 4), "detained", 3)
    text = "\n".join(_paragraphs(units["dh"], "2026-11"))
    assert "ghi nhận 01 tàu cá cùng 03 ngư dân bị nước ngoài bắt giữ (tăng 01 tàu cá cùng 03 ngư dân so với" in text


def test_no_comparison_of_the_month_before_the_register_holds_last_year(units):
    """A unit whose register begins in 2026 has no November 2025 to compare its month with."""
    sngv = _focal(units)
    Unit.objects.filter(pk=sngv.pk).update(recorded_since=date(2026, 1, 1))
    sngv.refresh_from_db()
    AbtcApplication.objects.create(
        unit=sngv, enterprise="Công ty A", businesspeople=3, received_on=date(2026, 11, 2), status="approved",
        decided_on=date(2026, 11, 9),
    )  # fmt: skip
    ConsularCase.objects.create(unit=sngv, title="Vụ việc", country="MY", occurred_on=date(2026, 11, 3))
    _incident(sngv, date(2026, 11, 4), "detained", 9)
    text = "\n".join(_paragraphs(sngv, "2026-11"))
    uncompared = "(chưa có số liệu cùng kỳ năm 2025 để so sánh)"
    assert f"sử dụng thẻ ABTC {uncompared}; phối hợp" in text
    assert f"Trong tháng, tiếp nhận, phối hợp xử lý 01 vụ việc lãnh sự {uncompared}." in text
    assert f"09 ngư dân bị nước ngoài bắt giữ {uncompared}. Trước tình hình trên" in text
