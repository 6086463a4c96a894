"""The unit filter of a list is one rule for every role: the units whose rows the user reads (core/permissions.
scope). A unit reporter whose unit took over an ended one filters by either; a unit it does not read is refused
beside the filter and lists nothing, in the page and its exports, never that unit's rows."""

import re
from datetime import date

import pytest

from ngoaivu.core.models import Succession, Unit

URL = "/so-theo-doi/doan-vao/"
REFUSED = "Đơn vị này không có trong danh sách đơn vị bạn được chọn."


def titles(response):
    return sorted(record.title for record, _cells in response.context["rows"])


@pytest.fixture
def college(units, incoming):
    """A college that ended on 01/01/2024, its work taken over by the university (the other reporter's unit)."""
    college = Unit.objects.create(
        name="Trường Cao đẳng Sư phạm",
        code="CDSP",
        kind=Unit.Kind.UNIVERSITY,
        ended_on=date(2024, 1, 1),
        is_active=False,
    )
    Succession.objects.create(
        predecessor=college, successor=units["dh"], kind=Succession.Kind.MERGE, effective_on=date(2024, 1, 1)
    )
    row = incoming(title="Đoàn của Trường Cao đẳng", start_date=date(2023, 5, 4))
    type(row).objects.filter(pk=row.pk).update(unit=college)
    incoming(title="Đoàn của Trường Đại học", unit="dh")
    incoming(title="Đoàn của Sở", unit="sngv")
    return college


def test_a_reporter_whose_unit_took_over_another_filters_by_either(client_for, units, college):
    client = client_for("other_reporter")
    page = client.get(URL)
    assert titles(page) == ["Đoàn của Trường Cao đẳng", "Đoàn của Trường Đại học"]
    picker = re.search(r'<select name="unit".*?</select>', page.content.decode(), re.S).group(0)
    assert "Trường Cao đẳng Sư phạm" in picker and "Trường Đại học Phạm Văn Đồng" in picker
    assert "Sở Ngoại vụ" not in picker  # only the units it reads
    assert titles(client.get(URL, {"unit": college.pk})) == ["Đoàn của Trường Cao đẳng"]
    assert titles(client.get(URL, {"unit": units["dh"].pk})) == ["Đoàn của Trường Đại học"]


def test_a_unit_the_reporter_does_not_read_is_refused_not_listed(client_for, units, college):
    client = client_for("other_reporter")
    response = client.get(URL, {"unit": units["sngv"].pk})
    assert response.status_code == 200 and titles(response) == []
    assert response.context["filter"].form.errors["unit"] == [REFUSED]
    assert REFUSED in response.content.decode()
    export = client.get("/so-theo-doi/doan-vao/xuat.csv", {"unit": units["sngv"].pk})
    assert "Đoàn của Sở" not in export.content.decode("utf-8-sig", errors="replace")


def test_a_reporter_of_one_unit_has_no_filter_to_choose_and_another_unit_is_refused(client_for, units, incoming):
    incoming(title="Đoàn của Văn phòng", unit="vp")
    incoming(title="Đoàn của Sở", unit="sngv")
    client = client_for("reporter")
    page = client.get(URL)
    assert titles(page) == ["Đoàn của Văn phòng"] and '<select name="unit"' not in page.content.decode()
    assert titles(client.get(URL, {"unit": units["vp"].pk})) == ["Đoàn của Văn phòng"]
    refused = client.get(URL, {"unit": units["sngv"].pk})
    assert titles(refused) == [] and REFUSED in refused.content.decode()


def test_the_staff_filter_by_any_unit_by_the_same_rule(client_for, units, college):
    client = client_for("viewer")
    assert titles(client.get(URL, {"unit": college.pk})) == ["Đoàn của Trường Cao đẳng"]
    assert titles(client.get(URL, {"unit": units["sngv"].pk})) == ["Đoàn của Sở"]
