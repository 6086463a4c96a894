"""The home page's panels: requests due, answers owed by this unit, drafts awaiting approval."""

import datetime as dt

from ngoaivu.collection.models import ReportRequest
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report


def test_a_reporter_sees_what_its_unit_owes(client_for, outgoing, clock):
    clock(2021, 9, 12)
    outgoing(deadline=dt.date(2021, 9, 10), recipients=("vp",))
    page = client_for("reporter").get("/")
    assert [s.unit.code for s in page.context["awaiting"]] == ["VP"]
    assert "quá hạn 02 ngày" in page.content.decode()
    assert "· Chưa thực hiện</small>" in page.content.decode()  # the answer's status
    assert client_for("other_reporter").get("/").context["awaiting"] == []


def test_days_late_are_a_count_in_the_official_style(client_for, outgoing, clock):
    clock(2024, 9, 12)
    outgoing(deadline=dt.date(2021, 9, 10), recipients=("vp",))
    assert "quá hạn 1.098 ngày" in client_for("reporter").get("/").content.decode()


def test_incoming_requests_show_until_answered(client_for, units, clock):
    clock(2023, 11, 20)
    ReportRequest.objects.create(
        direction="incoming",
        subject="Báo cáo đối ngoại nhân dân",
        requested_by="Sở Ngoại vụ",
        unit=units["vp"],
        template=ReportTemplate.objects.get(code="peoples_diplomacy"),
        period_code="2023",
        deadline=dt.date(2023, 11, 20),
    )
    assert "hết hạn hôm nay" in client_for("reporter").get("/").content.decode()
    assert client_for("other_reporter").get("/").context["due_requests"] == []
    assert len(client_for("officer").get("/").context["due_requests"]) == 1


def test_leaders_see_drafts_waiting_for_approval(client_for, units):
    report = create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08")
    report.status = "submitted"
    report.save()
    assert client_for("leader").get("/").context["approvals"] == [report]
    assert client_for("officer").get("/").context["approvals"] == []


def test_writers_see_their_units_drafts_and_nobody_elses(client_for, units):
    template = ReportTemplate.objects.get(code="general")
    mine = create_report(units["vp"], template, "2021-08")
    create_report(units["dh"], template, "2021-08")
    issued = create_report(units["vp"], template, "2021-07")
    issued.status = "issued"
    issued.number, issued.issued_on = 1, dt.date(2021, 8, 5)
    issued.save()
    assert client_for("reporter").get("/").context["drafts"] == [mine]
    assert client_for("viewer").get("/").context["drafts"] == []
