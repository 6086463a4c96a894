"""The unit pickers of the forms and filters (core/unit_picker.UnitPicker, UnitChoiceField): a short list
is a plain select; a long one (some 442 units nationally) holds only the chosen unit and is searched,
by Tom Select from /don-vi/tim/, or without script by a name typed in the box beside it. The form
still refuses a unit the user may not choose, beside the field."""

import re
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ngoaivu.core.unit_picker import SEARCH_FROM
from ngoaivu.core.models import Unit
from ngoaivu.register.models import IncomingDelegation

CREATE = "/so-theo-doi/doan-vao/them/"
LIST = "/so-theo-doi/doan-vao/"


@pytest.fixture
def many_units(units):
    for n in range(1, SEARCH_FROM + 5):
        Unit.objects.create(name=f"UBND huyện Ba Tơ {n:02d}", code=f"BT{n:02}", parent=units["province"])
    return units


def unit_select(page, name="unit"):
    """The <select> of the field, and the search box beside it if any."""
    match = re.search(rf'<select name="{name}"[^>]*>.*?</select>\s*(<input type="search"[^>]*>)?', page, re.S)
    assert match, page
    return match.group(0)


def options(select):
    return re.findall(r'<option value="([^"]*)"( selected)?>([^<]*)</option>', select)


def incoming_data(**extra):
    return {
        "title": "Đoàn JICA",
        "country": "JP",
        "start_date": "05/03/2021",
        "person_visits": "3",
        "groups": "1",
        "host_level": "agency",
        "purpose": "work",
        **extra,
    }


def test_a_short_list_is_a_plain_select(client_for, units):
    select = unit_select(client_for("officer").get(CREATE).content.decode())
    assert "data-unit-search" not in select and 'type="search"' not in select
    assert len(options(select)) == len(units) + 1  # every unit, and the empty choice


def test_a_long_list_holds_the_chosen_unit_only_and_says_where_to_search(client_for, many_units):
    select = unit_select(client_for("officer").get(CREATE).content.decode())
    assert options(select) == [("", "", "---------"), (str(many_units["sngv"].pk), " selected", "Sở Ngoại vụ")]
    assert 'data-unit-search="/don-vi/tim/"' in select
    assert 'name="unit_search"' in select and 'id="id_unit_search"' in select
    assert " required" not in select.split(">", 1)[0]  # a name typed in the box is enough: the form checks


def test_the_list_filter_holds_all_and_the_chosen_unit(client_for, many_units):
    client = client_for("officer")
    select = unit_select(client.get(LIST).content.decode())
    assert options(select) == [("", " selected", "Tất cả")]
    select = unit_select(client.get(LIST, {"unit": many_units["dh"].pk}).content.decode())
    assert options(select) == [
        ("", "", "Tất cả"),
        (str(many_units["dh"].pk), " selected", "Trường Đại học Phạm Văn Đồng"),
    ]


def test_the_pages_do_not_grow_with_the_number_of_units(client_for, many_units):
    client = client_for("officer")

    def measure(url):
        with CaptureQueriesContext(connection) as queries:
            page = client.get(url).content.decode()
        return len(queries), page.count("<option")

    before = {url: measure(url) for url in (CREATE, LIST, "/bao-cao/tao/", "/thong-ke/", "/yeu-cau/tao/yeu-cau-den/")}
    for n in range(100):
        Unit.objects.create(name=f"UBND xã Sơn Hà {n:03d}", code=f"SH{n:03}", parent=many_units["province"])
    after = {url: measure(url) for url in before}
    assert after == before


def test_a_name_typed_without_script_chooses_the_unit(client_for, many_units):
    client = client_for("officer")
    response = client.post(CREATE, incoming_data(unit="", unit_search="dai hoc pham van dong"))
    assert response.status_code == 302
    assert IncomingDelegation.objects.get().unit == many_units["dh"]
    # A name typed wins over the list's value; an exact name wins over the names that hold it.
    client.post(
        CREATE, incoming_data(title="Đoàn KOICA", unit=many_units["sngv"].pk, unit_search="UBND huyện Ba Tơ 01")
    )
    assert IncomingDelegation.objects.get(title="Đoàn KOICA").unit.code == "BT01"
    # The list filter too.
    response = client.get(LIST, {"unit_search": "ĐHPVĐ dhpvd"})
    assert response.context["filter"].form.cleaned_data["unit"] == many_units["dh"]


def test_several_units_found_are_offered_to_choose_from(client_for, many_units):
    response = client_for("officer").post(CREATE, incoming_data(unit="", unit_search="ba to"))
    assert response.status_code == 200 and not IncomingDelegation.objects.exists()
    assert response.context["form"].errors["unit"] == [
        "Có nhiều đơn vị khớp với «ba to»: chọn một đơn vị trong danh sách, hoặc gõ tên đầy đủ hơn."
    ]
    select = unit_select(response.content.decode())
    found = [label for _value, _selected, label in options(select)[1:]]
    assert found == [f"UBND huyện Ba Tơ {n:02d}" for n in range(1, SEARCH_FROM + 5)]
    assert 'name="unit_search"' in select and 'value="ba to"' not in select  # the box is empty again
    assert 'id="id_unit_error"' in response.content.decode()  # the message beside the field


def test_a_name_that_matches_nothing_is_said_beside_the_field(client_for, many_units):
    response = client_for("officer").post(CREATE, incoming_data(unit="", unit_search="Sở Du lịch"))
    assert response.context["form"].errors["unit"] == ["Không có đơn vị nào bạn được chọn khớp với «Sở Du lịch»."]


def test_a_reporter_cannot_choose_another_unit_by_id_nor_by_name(client_for, many_units):
    client = client_for("reporter")  # of the Văn phòng
    select = unit_select(client.get(CREATE).content.decode())
    assert options(select) == [("", "", "---------"), (str(many_units["vp"].pk), " selected", "Văn phòng UBND tỉnh")]
    response = client.post(CREATE, incoming_data(unit=many_units["sngv"].pk))
    assert response.context["form"].errors["unit"] == ["Đơn vị này không có trong danh sách đơn vị bạn được chọn."]
    response = client.post(CREATE, incoming_data(unit_search="Sở Ngoại vụ"))
    assert response.context["form"].errors["unit"] == ["Không có đơn vị nào bạn được chọn khớp với «Sở Ngoại vụ»."]
    assert not IncomingDelegation.objects.exists()
    assert client.post(CREATE, incoming_data(unit_search="van phong")).status_code == 302
    assert IncomingDelegation.objects.get().unit == many_units["vp"]


def test_a_requests_unit_is_searched_among_the_active_units(client_for, many_units):
    Unit.objects.create(name="Sở Du lịch", code="SDL", is_active=False, ended_on=date(2025, 3, 1))
    page = client_for("officer").get("/yeu-cau/tao/yeu-cau-den/").content.decode()
    select = unit_select(page)
    assert 'data-unit-search="/don-vi/tim/?active=1"' in select
    assert [label for _v, _s, label in options(select)] == ["---------", "Sở Ngoại vụ"]


def test_the_statistics_filter_keeps_the_whole_province_as_a_choice(client_for, many_units):
    select = unit_select(client_for("officer").get("/thong-ke/").content.decode())
    assert [label for _v, _s, label in options(select)] == ["Toàn tỉnh", "Sở Ngoại vụ"]
    assert "data-unit-search" in select
