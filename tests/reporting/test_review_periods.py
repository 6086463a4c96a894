"""The review of direction and operation is of the first 6 months or of the year (seed 001): a review
of the second half is refused wherever a template and a period are chosen."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from ngoaivu.core.models import Unit
from ngoaivu.pure.period_parsing import parse
from ngoaivu.reporting.models import Report, ReportTemplate

REFUSED = "không dùng cho kỳ 6 tháng cuối năm 2021; mẫu này chỉ dùng cho kỳ 6 tháng đầu năm hoặc cả năm"


def test_the_review_template_takes_the_first_half_and_the_year_only(demo, db):
    review = ReportTemplate.objects.get(code="review")
    review.check_period(parse("2021-H1"))
    review.check_period(parse("2021"))
    with pytest.raises(Exception, match=REFUSED):
        review.check_period(parse("2021-H2"))
    ReportTemplate.objects.get(code="general").check_period(parse("2021-H2"))  # a general report may


def test_a_second_half_review_is_refused_beside_the_template(client, demo_users):
    client.force_login(demo_users["chuyenvien"])
    data = {
        "unit": Unit.objects.get(code="SNgV").pk,
        "template": ReportTemplate.objects.get(code="review").pk,
        "period_code_kind": "half:2",
        "period_code_year": "2021",
    }
    reports = Report.objects.count()
    response = client.post("/bao-cao/tao/", data)
    assert response.status_code == 200 and Report.objects.count() == reports
    assert REFUSED in response.context["form"].errors["template"][0]
    data.update(period_code_kind="half:1", second_draft="on")  # the demo has its review already
    assert client.post("/bao-cao/tao/", data).status_code == 302


def test_make_report_refuses_a_second_half_review(demo, db):
    with pytest.raises(CommandError, match=REFUSED):
        call_command("make_report", "--unit", "SNgV", "--period", "2021-H2", "--template", "review")
    out = io.StringIO()
    call_command("make_report", "--unit", "SNgV", "--period", "2021", "--template", "review", stdout=out)
    assert "Kiểm điểm công tác chỉ đạo" in out.getvalue()


def _drafted(period, template="review"):
    out = io.StringIO()
    call_command("make_report", "--unit", "SNgV", "--period", period, "--template", template, stdout=out)
    return out.getvalue()


def test_a_year_is_compared_with_the_year_before_and_part_of_one_with_the_same_period(demo, db):
    for template in ("review", "general"):
        year = _drafted("2021", template)
        assert "so với năm 2020" in year and "cùng kỳ năm 2020" not in year, template
    assert "so với cùng kỳ năm 2020" in _drafted("2021-H1")
    # A December report's year to date is the whole year; its month is compared with December 2020.
    december = _drafted("2021-12", "general")
    assert "Tính chung trong cả năm" in december and "so với năm 2020" in december
