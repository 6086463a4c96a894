"""A key figure's link lists exactly the rows the figure counts, where the list's own filters could not say
them: private trips left out of «Đoàn ra», an ABTC counted on the day it was decided, not received, fishermen
still detained on the period's last day, a unit's rows and no other's."""

from datetime import date

import pytest

from ngoaivu.register.models import AbtcApplication, FishingIncident, OutgoingDelegation

pytestmark = pytest.mark.django_db


def link(client, code, window="period_url", **query):
    page = client.get("/", {"period": "2021-03", **query})
    return next(row for row in page.context["figures"] if row["code"] == code)[window]


def listed(client, url):
    response = client.get(url)
    assert response.status_code == 200 and not response.context["counted"].errors
    return sorted(record.pk for record, _cells in response.context["rows"])


def test_the_figures_rows_and_no_other(client_for, units):
    official = OutgoingDelegation.objects.create(
        unit=units["sngv"], title="Đoàn công tác Nhật Bản", countries=["JP"], start_date=date(2021, 3, 10)
    )
    OutgoingDelegation.objects.create(
        unit=units["sngv"], title="Đi việc riêng", countries=["TH"], start_date=date(2021, 3, 12), nature="private"
    )
    decided = AbtcApplication.objects.create(
        unit=units["sngv"],
        enterprise="Công ty A",
        businesspeople=2,
        received_on=date(2021, 2, 10),
        decided_on=date(2021, 3, 5),
        status="approved",
    )
    AbtcApplication.objects.create(
        unit=units["sngv"], enterprise="Công ty B", businesspeople=1, received_on=date(2021, 3, 2)
    )
    AbtcApplication.objects.create(
        unit=units["sngv"],
        enterprise="Công ty C",
        businesspeople=1,
        received_on=date(2021, 3, 3),
        decided_on=date(2021, 3, 20),
        status="refused",
    )
    held = FishingIncident.objects.create(
        unit=units["sngv"],
        boat_number="QNg 1 TS",
        country="CN",
        occurred_on=date(2021, 2, 1),
        released_on=date(2021, 4, 1),
        fishermen=6,
    )
    FishingIncident.objects.create(
        unit=units["sngv"],
        boat_number="QNg 2 TS",
        country="CN",
        occurred_on=date(2021, 2, 1),
        released_on=date(2021, 3, 15),
        fishermen=4,
    )
    client = client_for("officer")
    province = {"unit": ""}
    assert listed(client, link(client, "outgoing_delegations", **province)) == [official.pk]
    assert listed(client, link(client, "abtc", **province)) == [decided.pk]
    assert listed(client, link(client, "abtc", "ytd_url", **province)) == [decided.pk]
    assert listed(client, link(client, "fishermen_still_detained", **province)) == [held.pk]
    page = client.get(link(client, "fishermen_still_detained", **province)).content.decode()
    assert "Các bản ghi được tính vào chỉ tiêu «Ngư dân còn bị giữ» vào ngày 31/03/2021, số liệu toàn tỉnh." in page


def test_a_units_figure_lists_its_rows_and_a_reporters_its_own(client_for, units, incoming):
    sngv = incoming(title="Đoàn của Sở", start_date=date(2021, 3, 4))
    vp = incoming(title="Đoàn của Văn phòng", start_date=date(2021, 3, 5), unit="vp")
    incoming(title="Đoàn tháng trước", start_date=date(2021, 2, 5), unit="vp")
    officer = client_for("officer")
    assert listed(officer, link(officer, "incoming_delegations", unit=units["vp"].pk)) == [vp.pk]
    assert listed(officer, link(officer, "incoming_delegations", unit=units["sngv"].pk)) == [sngv.pk]
    assert listed(officer, link(officer, "incoming_delegations", unit="")) == sorted([sngv.pk, vp.pk])
    reporter = client_for("reporter")
    assert listed(reporter, link(reporter, "incoming_delegations")) == [vp.pk]
