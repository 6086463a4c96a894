"""A report made for a period still under way counts its figures to the day it is made, stored with it:
compared with the same days of last year («cùng kỳ»), never with the whole of last year."""

from datetime import date

from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.redrafting import stale_sections
from ngoaivu.reporting.services import create_report


def _text(report):
    return "\n".join(report.sections.values_list("text", flat=True))


def _december(client, units):
    data = {"unit": units["sngv"].pk, "template": ReportTemplate.objects.get(code="general").pk}
    return client.post("/bao-cao/tao/", data | {"period_code": "2026-12"})


def test_a_period_under_way_is_counted_to_today_and_compared_with_the_same_days(client_for, units, incoming, clock):
    incoming(start_date=date(2025, 12, 20), person_visits=56)  # after 07/12 last year: not the same days
    incoming(start_date=date(2025, 12, 3), person_visits=4)
    incoming(start_date=date(2026, 12, 2), person_visits=6)
    clock(2026, 12, 7)
    client = client_for("officer")
    form = client.get("/bao-cao/tao/").context["form"]
    assert "kỳ đang diễn ra tính đến hôm nay (07/12/2026)" in form.fields["as_of"].help_text
    assert _december(client, units).status_code == 302
    report = Report.objects.get()
    assert report.as_of == date(2026, 12, 7)  # stored: a redraft on another day counts to the same day
    text = _text(report)
    assert "56 lượt" not in text and "so với cùng kỳ năm 2025" in text
    assert "Số liệu tính đến ngày 07/12/2026" in client.get(f"/bao-cao/{report.pk}/").content.decode()
    sources = client.get(f"/bao-cao/{report.pk}/nguon-so-lieu/").content.decode()
    assert "Số liệu tính đến ngày 07/12/2026." in sources and "31/12/2026" not in sources
    # The same days asked for again, left blank: a second draft of them is asked about.
    asked = _december(client, units)
    assert asked.status_code == 200 and asked.context["form"].existing_reports == [report]
    clock(2026, 12, 20)
    incoming(start_date=date(2026, 12, 15))
    assert not stale_sections(report)  # the stored day holds: the figures do not change silently


def test_a_cut_off_given_or_a_period_ended_is_kept(units, clock):
    clock(2026, 12, 7)
    general = ReportTemplate.objects.get(code="general")
    assert create_report(units["sngv"], general, "2026-12", as_of=date(2026, 12, 3)).as_of == date(2026, 12, 3)
    assert create_report(units["sngv"], general, "2026-11").as_of is None


def test_a_cut_off_day_still_to_come_is_refused_beside_its_field(client_for, units, clock):
    # Stocks («còn bị giữ») counted to 20/12 on 07/12 would be stated as fact for days not yet lived.
    clock(2026, 12, 7)
    data = {"unit": units["sngv"].pk, "template": ReportTemplate.objects.get(code="general").pk}
    refused = client_for("officer").post("/bao-cao/tao/", data | {"period_code": "2026-12", "as_of": "20/12/2026"})
    assert refused.status_code == 200 and not Report.objects.exists()
    assert refused.context["form"].errors["as_of"] == [
        "Ngày chốt số liệu 20/12/2026 chưa đến: chọn một ngày không sau hôm nay (07/12/2026)."
    ]


def test_in_english_the_cut_off_is_refused_in_english_and_the_report_written_in_vietnamese(
    client_for, users, units, clock
):
    clock(2026, 12, 7)
    users["officer"].language = "en"
    users["officer"].save()
    client = client_for("officer")
    data = {"unit": units["sngv"].pk, "template": ReportTemplate.objects.get(code="general").pk}
    refused = client.post("/bao-cao/tao/", data | {"period_code": "2026-12", "as_of": "20/12/2026"})
    said = refused.context["form"].errors["as_of"][0]
    assert "20/12/2026" in said and "Ngày chốt" not in said, said
    assert client.post("/bao-cao/tao/", data | {"period_code": "2026-11"}).status_code == 302
    assert Report.objects.get().title == "Công tác đối ngoại tháng 11/2026"
