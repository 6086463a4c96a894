"""An outgoing request asks only units that existed in its period, and is sent to them with a deadline
that can be met: the form's refusals and the units offered on the request's page."""

import datetime as dt

import pytest
from django.conf import settings
from django.utils.translation import trans_real

from ngoaivu.collection.models import ReportRequest
from ngoaivu.core.models import Unit
from ngoaivu.reporting.models import ReportTemplate

SENT = "Đã gửi yêu cầu báo cáo đến %(n)s đơn vị."


@pytest.fixture
def commune(units):
    """A commune of the 2025 reorganization: nothing of it before 01/7/2025."""
    return Unit.objects.create(
        name="UBND phường Cẩm Thành",
        code="PCT",
        kind=Unit.Kind.COMMUNE,
        parent=units["committee"],
        started_on=dt.date(2025, 7, 1),
    )


def request_data(units, recipients, period="2021", deadline="20/12/2026"):
    return {
        "subject": "Báo cáo công tác đối ngoại năm 2021",
        "unit": units["vp"].pk,
        "template": ReportTemplate.objects.get(code="general").pk,
        "period_code": period,
        "deadline": deadline,
        "recipients": [unit.pk for unit in recipients],
    }


def test_a_request_is_not_sent_to_a_unit_for_a_period_before_it_began(client_for, units, commune, clock):
    clock(2026, 12, 2)
    client = client_for("officer")
    refused = client.post("/yeu-cau/tao/yeu-cau-di/", request_data(units, [commune, units["dh"]]))
    assert refused.status_code == 200
    assert refused.context["form"].errors["recipients"] == [
        "Không gửi yêu cầu cho UBND phường Cẩm Thành: đơn vị hoạt động từ 01/07/2025, không có ngày nào trong kỳ "
        "báo cáo năm 2021."
    ]
    assert not ReportRequest.objects.exists()
    # a period it lived some days of is its to report on
    sent = client.post("/yeu-cau/tao/yeu-cau-di/", request_data(units, [commune, units["dh"]], period="2025"))
    assert sent.status_code == 302
    assert {s.unit for s in ReportRequest.objects.get().submissions.all()} == {commune, units["dh"]}


def test_the_add_box_offers_only_units_that_existed_in_the_period(client_for, outgoing, units, commune, clock):
    clock(2026, 12, 2)
    item = outgoing(period="2021-9M", recipients=("vp",))
    client = client_for("officer")
    offered = set(client.get(f"/yeu-cau/{item.pk}/").context["add_form"].fields["recipients"].queryset)
    assert units["dh"] in offered and commune not in offered
    # posted all the same (a page kept open, a hand-made form): refused, nothing added
    refused = client.post(f"/yeu-cau/{item.pk}/them-don-vi/", {"recipients": [commune.pk]})
    assert refused.status_code == 200 and "recipients" in refused.context["add_form"].errors
    assert item.submissions.count() == 1


def test_a_deadline_years_ahead_is_refused_beside_it(client_for, units, clock):
    clock(2026, 12, 2)
    client = client_for("officer")
    far = client.post("/yeu-cau/tao/yeu-cau-di/", request_data(units, [units["dh"]], deadline="01/01/2099"))
    assert far.context["form"].errors["deadline"] == [
        "Hạn báo cáo 01/01/2099 quá xa: hạn không được muộn hơn một năm sau ngày kết thúc kỳ báo cáo hoặc sau "
        "hôm nay (muộn nhất là 02/12/2027)."
    ]
    # a year after the period's end, when that is later than a year from today
    late = client.post(
        "/yeu-cau/tao/yeu-cau-den/", {**request_data(units, [], period="2027", deadline="01/01/2029"), "letter": ""}
    )
    assert (
        "quá xa" in late.context["form"].errors["deadline"][0]
        and "31/12/2028" in late.context["form"].errors["deadline"][0]
    )
    assert not ReportRequest.objects.exists()
    assert client.post("/yeu-cau/tao/yeu-cau-di/", request_data(units, [units["dh"]])).status_code == 302


def test_the_message_after_sending_has_a_plural_form(client_for, units, clock, monkeypatch):
    # The interface in English: one unit is «1 unit», two are «2 units» (Vietnamese has one form for both).
    english = trans_real.translation("en")._catalog._catalogs[0]
    monkeypatch.setitem(english, (SENT, 0), "Report request sent to %(n)s unit.")
    monkeypatch.setitem(english, (SENT, 1), "Report request sent to %(n)s units.")
    clock(2026, 12, 2)
    client = client_for("officer")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = client.post("/yeu-cau/tao/yeu-cau-di/", request_data(units, [units["dh"]]), follow=True)
    assert "Report request sent to 1 unit." in page.content.decode()
