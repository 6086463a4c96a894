"""Lập báo cáo: the period is chosen with the picker and named in words afterwards."""

from ngoaivu.core.models import Unit
from ngoaivu.reporting.models import Report, ReportTemplate


def test_a_report_for_the_first_half_is_made_from_the_picker_and_listed_in_words(client, demo_users):
    client.force_login(demo_users["chuyenvien"])
    form = client.get("/bao-cao/tao/").content.decode()
    assert '<option value="half:1">6 tháng đầu năm</option>' in form and "Khoảng thời gian (nhập ngày)" in form
    data = {
        "unit": Unit.objects.get(code="SNgV").pk,
        "template": ReportTemplate.objects.get(code="general").pk,
        "period_code_kind": "half:1",
        "period_code_year": "2021",
    }
    response = client.post("/bao-cao/tao/", data)
    report = Report.objects.latest("pk")
    assert response["Location"] == f"/bao-cao/{report.pk}/" and report.period_code == "2021-H1"
    listing = client.get("/bao-cao/").content.decode()
    assert "6 tháng đầu năm 2021" in listing and "2021-H1" not in listing


def test_a_range_without_its_end_date_is_refused_beside_the_picker(client, demo_users):
    client.force_login(demo_users["chuyenvien"])
    data = {
        "unit": Unit.objects.get(code="SNgV").pk,
        "template": ReportTemplate.objects.get(code="general").pk,
        "period_code_kind": "custom",
        "period_code_start": "01/01/2021",
    }
    reports = Report.objects.count()
    page = client.post("/bao-cao/tao/", data).content.decode()
    assert "Nhập ngày bắt đầu và ngày kết thúc của khoảng thời gian." in page
    assert 'value="01/01/2021"' in page and Report.objects.count() == reports


def test_an_ended_unit_reports_on_the_time_it_existed_only(client, demo_users):
    client.force_login(demo_users["chuyenvien"])
    form = client.get("/bao-cao/tao/").content.decode()
    # The officer's Sở has ended: the form starts from the unit that carries its work.
    assert "selected>Văn phòng UBND tỉnh</option>" in form
    found = client.get("/don-vi/tim/", {"q": "SNgV"}).json()["results"]
    assert "Sở Ngoại vụ (đến 28/02/2025)" in [row["text"] for row in found]  # offered, said to have ended
    data = {
        "unit": Unit.objects.get(code="SNgV").pk,
        "template": ReportTemplate.objects.get(code="general").pk,
        "period_code_kind": "half:1",
        "period_code_year": "2026",
    }
    reports = Report.objects.count()
    page = client.post("/bao-cao/tao/", data).content.decode()
    assert "Sở Ngoại vụ tỉnh Quảng Ngãi đã thôi hoạt động từ ngày 01/03/2025" in page
    assert Report.objects.count() == reports
    # A commune that began on 01/07/2025 has no report of the first half of 2025.
    data.update(unit=Unit.objects.get(code="ĐKLS").pk, period_code_year="2025")
    page = client.post("/bao-cao/tao/", data).content.decode()
    assert "bắt đầu hoạt động từ ngày 01/07/2025" in page and Report.objects.count() == reports
