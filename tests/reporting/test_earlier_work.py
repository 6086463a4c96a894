"""Lập báo cáo for a period whose work another unit did then: the form says so before drafting.

In the demo the Sở Ngoại vụ was the focal point until 28/02/2025 and its duties passed to the Văn
phòng UBND tỉnh on 01/3/2025; the officer's unit has ended, so the form starts from the Văn phòng,
whose register has no row of 2021.
"""

from datetime import date

from ngoaivu.core.models import Unit
from ngoaivu.pure.period_parsing import parse
from ngoaivu.register.models import ConsularCase
from ngoaivu.reporting.earlier_work import earlier_holder
from ngoaivu.reporting.models import Report, ReportTemplate

WARNING = (
    "Trong kỳ năm 2021, công tác đối ngoại do Sở Ngoại vụ đảm nhiệm (đến ngày 28/02/2025), sổ theo dõi của "
    "Văn phòng UBND tỉnh không có bản ghi nào trong kỳ này. Chọn Sở Ngoại vụ để lập báo cáo kỳ này, hoặc "
    "đánh dấu «Vẫn lập báo cáo cho đơn vị đã chọn»."
)


def post(client, unit, period="2021", **extra):
    data = {
        "unit": Unit.objects.get(code=unit).pk,
        "template": ReportTemplate.objects.get(code="general").pk,
        "period_code": period,
        **extra,
    }
    return client.post("/bao-cao/tao/", data)


def unit_errors(response):
    assert response.status_code == 200, response.get("Location")
    return response.context["form"].errors.get("unit", [])


def test_the_office_of_2021_is_warned_of_the_sos_work_and_drafts_once_ticked(client, demo_users):
    client.force_login(demo_users["chuyenvien"])
    reports = Report.objects.count()
    response = post(client, "VP")
    assert unit_errors(response) == [WARNING] and Report.objects.count() == reports
    page = response.content.decode()
    assert 'type="checkbox" name="draft_anyway"' in page and "Vẫn lập báo cáo cho đơn vị đã chọn</label>" in page
    response = post(client, "VP", draft_anyway="on")
    assert response.status_code == 302
    report = Report.objects.latest("pk")
    assert response["Location"] == f"/bao-cao/{report.pk}/"
    assert (report.unit.code, report.period_code) == ("VP", "2021")


def test_the_unit_that_did_the_work_drafts_without_a_warning(client, demo_users):
    client.force_login(demo_users["chuyenvien"])
    vp, sngv = Unit.objects.get(code="VP"), Unit.objects.get(code="SNgV")
    # The Sở's own rows of 2021; the office's of 2024, the year it recorded; a change in force by the
    # period's end, whose rows the office's report counts already (core/lineage.scope_of).
    assert earlier_holder(sngv, parse("2021")) is None
    assert earlier_holder(vp, parse("2024")) is None
    assert earlier_holder(vp, parse("2025-Q1")) is None
    for unit, period in (("SNgV", "2021"), ("VP", "2024"), ("VP", "2025-Q1")):
        response = post(client, unit, period)
        assert response.status_code == 302, unit_errors(response)
    holder = earlier_holder(vp, parse("2021"))
    assert (holder.unit, holder.last_day, holder.focal) == (sngv, date(2025, 2, 28), True)


def test_no_warning_when_no_earlier_unit_was_the_focal_point_or_held_rows(client, demo_users):
    client.force_login(demo_users["chuyenvien"])
    # The Sở Kế hoạch và Đầu tư merged into the Sở Tài chính in 2025 but recorded nothing in 2021;
    # the university has no predecessor at all.
    finance, university = Unit.objects.get(code="STC"), Unit.objects.get(code="DHPVD")
    assert earlier_holder(finance, parse("2021")) is None
    assert earlier_holder(university, parse("2025-01")) is None
    for unit, period in (("STC", "2021"), ("DHPVD", "2025-01")):
        response = post(client, unit, period)
        assert response.status_code == 302, unit_errors(response)


def test_a_predecessor_that_held_rows_in_the_period_is_named_too(client, demo_users):
    client.force_login(demo_users["chuyenvien"])
    case = ConsularCase.objects.filter(unit__code="SNgV", occurred_on__year=2021).earliest("pk")
    ConsularCase.objects.filter(pk=case.pk).update(unit=Unit.objects.get(code="SKHĐT"))
    holder = earlier_holder(Unit.objects.get(code="STC"), parse("2021"))
    assert (holder.unit.code, holder.focal) == ("SKHĐT", False)
    reports = Report.objects.count()
    (error,) = unit_errors(post(client, "STC"))
    assert error.startswith(
        "Trong kỳ năm 2021, công việc nay do Sở Tài chính đảm nhiệm được ghi trong sổ theo dõi của "
        f"{holder.unit} (đến ngày 28/02/2025); sổ theo dõi của Sở Tài chính không có bản ghi nào trong kỳ này. "
        f"Chọn {holder.unit} để lập báo cáo kỳ này"
    )
    assert Report.objects.count() == reports


def test_a_unit_reporter_is_told_only_of_the_units_it_reads(client, demo_users):
    client.force_login(demo_users["vanphong"])  # the Văn phòng's reporter, who chooses its own unit only
    reports = Report.objects.count()
    # The ended Sở's rows are the office's to read (core/lineage.visible_unit_ids): named, not offered.
    (error,) = unit_errors(post(client, "VP"))
    assert error == (
        "Trong kỳ năm 2021, công tác đối ngoại do Sở Ngoại vụ đảm nhiệm (đến ngày 28/02/2025), sổ theo dõi của "
        "Văn phòng UBND tỉnh không có bản ghi nào trong kỳ này. Nếu vẫn lập báo cáo cho Văn phòng UBND tỉnh, "
        "đánh dấu «Vẫn lập báo cáo cho đơn vị đã chọn»."
    )
    # A Sở that goes on after handing over its duties keeps its rows to itself: the focal point of 2021 is
    # said to be another unit, unnamed.
    Unit.objects.filter(code="SNgV").update(ended_on=None, is_active=True)
    (error,) = unit_errors(post(client, "VP"))
    assert error == (
        "Trong kỳ năm 2021, công tác đối ngoại do đơn vị khác đảm nhiệm, sổ theo dõi của Văn phòng UBND tỉnh "
        "không có bản ghi nào trong kỳ này. Nếu vẫn lập báo cáo cho Văn phòng UBND tỉnh, đánh dấu «Vẫn lập báo "
        "cáo cho đơn vị đã chọn»."
    )
    assert "Sở Ngoại vụ" not in error and Report.objects.count() == reports
    assert post(client, "VP", draft_anyway="on").status_code == 302


def test_a_period_given_in_advance_presets_the_unit_that_did_the_work(client, demo_users):
    client.force_login(demo_users["chuyenvien"])
    sngv, vp = Unit.objects.get(code="SNgV"), Unit.objects.get(code="VP")
    assert client.get("/bao-cao/tao/", {"period_code": "2021"}).context["form"]["unit"].initial == sngv.pk
    assert client.get("/bao-cao/tao/", {"period_code": "2024"}).context["form"]["unit"].initial == vp.pk
    assert client.get("/bao-cao/tao/").context["form"]["unit"].initial == vp.pk
    # A reporter never starts from a unit it may not choose.
    client.force_login(demo_users["vanphong"])
    assert client.get("/bao-cao/tao/", {"period_code": "2021"}).context["form"]["unit"].initial == vp.pk


def test_both_questions_are_asked_on_one_page_and_both_ticks_draft(client, demo_users):
    client.force_login(demo_users["chuyenvien"])
    first = Report.objects.get(pk=post(client, "VP", draft_anyway="on")["Location"].split("/")[-2])
    reports = Report.objects.count()
    # The earlier unit's work and the draft already made: asked together, not the second once the first is ticked.
    response = post(client, "VP")
    assert unit_errors(response) == [WARNING] and Report.objects.count() == reports
    assert (
        response.context["form"]
        .errors["period_code"][0]
        .startswith(f"Đơn vị đã có báo cáo cùng mẫu cho kỳ này: «{first.title}» (dự thảo).")
    )
    page = response.content.decode()
    assert 'type="checkbox" name="draft_anyway"' in page and 'type="checkbox" name="second_draft"' in page
    assert post(client, "VP", draft_anyway="on", second_draft="on").status_code == 302
    assert Report.objects.count() == reports + 1
