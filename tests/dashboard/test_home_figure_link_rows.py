"""A key figure's link lists exactly the rows the figure counts, where the list's own filters could not say
them: private trips left out of «Đoàn ra», an ABTC counted on the day it was decided, not received, fishermen
still detained on the period's last day, a unit's rows and no other's."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ngoaivu.core.models import Succession, Unit
from ngoaivu.register.models import IncomingDelegation, OutgoingDelegation

from tests.dashboard.rows import abtc, delegation_of, detained

pytestmark = pytest.mark.django_db


def home_row(client, code, **query):
    """The home page's row of the figure code, for March 2021."""
    page = client.get("/", {"period": "2021-03", **query})
    return next(row for row in page.context["figures"] if row["code"] == code)


def link(client, code, window="period_url", **query):
    return home_row(client, code, **query)[window]


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
    decided = abtc(units["sngv"], "Công ty A", date(2021, 2, 10), 2, decided_on=date(2021, 3, 5), status="approved")
    abtc(units["sngv"], "Công ty B", date(2021, 3, 2))
    abtc(units["sngv"], "Công ty C", date(2021, 3, 3), decided_on=date(2021, 3, 20), status="refused")
    held = detained(units["sngv"], "QNg 1 TS", date(2021, 4, 1), 6)
    detained(units["sngv"], "QNg 2 TS", date(2021, 3, 15), 4)
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


@pytest.fixture
def under_the_office(units, incoming):
    """(the Văn phòng's delegation of March 2021, one of a unit under the Văn phòng)."""
    centre = Unit.objects.create(name="Trung tâm Hội nghị tỉnh", code="TTHN", parent=units["vp"])
    own = incoming(title="Đoàn của Văn phòng", start_date=date(2021, 3, 5), unit="vp")
    under = delegation_of(centre, "Đoàn của Trung tâm", date(2021, 3, 8), person_visits=2)
    return own, under


NOT_READ = "Số liệu này còn gồm 01 bản ghi của đơn vị trực thuộc (Trung tâm Hội nghị tỉnh), ngoài phạm vi bạn được xem."


def test_a_reporters_list_says_what_its_figure_counts_that_it_cannot_read(client_for, under_the_office):
    own, _under = under_the_office
    reporter = client_for("reporter")
    assert home_row(reporter, "incoming_delegations")["period"].startswith(
        "02 đoàn"
    )  # the unit's own work counts the centre's
    url = link(reporter, "incoming_delegations")
    assert listed(reporter, url) == [own.pk]
    page = reporter.get(url).content.decode()
    assert NOT_READ in page
    assert page.index(NOT_READ) < page.index('<table class="list">')


def test_staff_list_every_row_of_the_figure_and_are_told_nothing(client_for, units, under_the_office):
    own, under = under_the_office
    officer = client_for("officer")
    url = link(officer, "incoming_delegations", unit=units["vp"].pk)
    assert listed(officer, url) == sorted([own.pk, under.pk])
    assert "Số liệu này còn gồm" not in officer.get(url).content.decode()


def test_several_units_under_it_are_named_and_their_rows_added(client_for, units, under_the_office):
    school = Unit.objects.create(name="Trường Chính trị tỉnh", code="TCT", parent=units["vp"])
    for day in (11, 12):
        delegation_of(school, f"Đoàn {day}", date(2021, 3, day))
    reporter = client_for("reporter")
    page = reporter.get(link(reporter, "incoming_delegations")).content.decode()
    assert (
        "Số liệu này còn gồm 03 bản ghi của các đơn vị trực thuộc (Trung tâm Hội nghị tỉnh, Trường Chính trị tỉnh), "
        "ngoài phạm vi bạn được xem." in page
    )


def test_a_unit_that_handed_over_duties_and_went_on_is_named_as_such(client_for, units, incoming):
    Succession.objects.create(
        predecessor=units["dh"],
        successor=units["vp"],
        kind=Succession.Kind.DUTIES,
        effective_on=date(2021, 3, 15),
        legal_basis="Quyết định số 1/QĐ-UBND",
    )
    own = incoming(title="Đoàn của Văn phòng", start_date=date(2021, 3, 20), unit="vp")
    incoming(title="Đoàn của Trường trước chuyển giao", start_date=date(2021, 3, 10), unit="dh")
    incoming(title="Đoàn của Trường sau chuyển giao", start_date=date(2021, 3, 16), unit="dh")  # its own again
    reporter = client_for("reporter")
    url = link(reporter, "incoming_delegations")
    assert listed(reporter, url) == [own.pk]
    assert (
        "Số liệu này còn gồm 01 bản ghi trước sắp xếp của đơn vị đã chuyển giao nhiệm vụ (Trường Đại học Phạm Văn Đồng), "
        "ngoài phạm vi bạn được xem." in reporter.get(url).content.decode()
    )


def test_saying_so_costs_one_query_of_the_register_more(client_for, units, under_the_office):
    def register_queries(name, **query):
        client = client_for(name)
        url = link(client, "incoming_delegations", **query)
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        return sum(IncomingDelegation._meta.db_table in q["sql"] for q in captured.captured_queries)

    assert register_queries("reporter") == register_queries("officer", unit=units["vp"].pk) + 1
