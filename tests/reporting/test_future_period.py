"""A report is drafted for a period under way or past, never for one that has not begun: its stocks would
be stated as fact for days still to come."""

from ngoaivu.reporting.models import Report, ReportTemplate


def post(client, units, period):
    data = {"unit": units["sngv"].pk, "template": ReportTemplate.objects.get(code="general").pk, "period_code": period}
    return client.post("/bao-cao/tao/", data)


def test_a_period_not_begun_is_refused_beside_the_period(client_for, units, clock):
    clock(2021, 8, 20)
    response = post(client_for("officer"), units, "2099-01")
    assert response.status_code == 200 and not Report.objects.exists()
    errors = response.context["form"].errors["period_code"]
    assert len(errors) == 1 and errors[0].startswith("Kỳ báo cáo bắt đầu từ ngày ") and "chưa đến" in errors[0]
    assert "chưa đến" in response.content.decode()


def test_the_period_under_way_may_be_drafted(client_for, units, clock):
    clock(2021, 8, 20)
    response = post(client_for("officer"), units, "2021-08")
    assert response.status_code == 302 and Report.objects.get().period_code == "2021-08"
