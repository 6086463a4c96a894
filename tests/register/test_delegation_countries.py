"""«Nước đến» of an outgoing delegation: a box per country (a filter box above them, site.js), several
ticked at once; none ticked is said once, in the model's words."""

from ngoaivu.register.models import OutgoingDelegation

URL = "/so-theo-doi/doan-ra/them/"


def data(units, **overrides):
    return {
        "title": "Đoàn công tác tỉnh Champasak",
        "head": "Phó Chủ tịch UBND tỉnh",
        "persons": "5",
        "start_date": "06/01/2020",
        "end_date": "09/01/2020",
        "purpose": "Hội đàm",
        "nature": "official",
        "in_annual_plan": "True",
        "unit": units["sngv"].pk,
        **overrides,
    }


def test_the_countries_are_boxes_to_tick_in_a_filtered_list(client_for):
    page = client_for("officer").get(URL).content.decode()
    assert 'id="id_countries" class="check-list"' in page
    assert page.count('type="checkbox" name="countries"') > 200
    assert '<select name="countries"' not in page


def test_two_countries_ticked_are_both_kept(client_for, units):
    response = client_for("officer").post(URL, data(units, countries=["LA", "KH"]))
    assert response.status_code == 302
    assert {country.code for country in OutgoingDelegation.objects.get().countries} == {"LA", "KH"}


def test_none_ticked_is_said_once(client_for, units):
    response = client_for("officer").post(URL, data(units))
    assert response.context["form"].errors["countries"] == ["Chọn ít nhất một nước đến."]
    assert "Trường này là bắt buộc" not in response.content.decode()
    assert not OutgoingDelegation.objects.exists()


def test_whether_a_trip_is_in_the_annual_plan_is_asked_never_preset(client_for, units):
    client = client_for("officer")
    form = client.get(URL).context["form"]
    assert form["in_annual_plan"].value() is None  # a new trip: no answer given for the officer
    unanswered = data(units, countries=["LA"])
    del unanswered["in_annual_plan"]
    response = client.post(URL, unanswered)
    assert response.context["form"].errors["in_annual_plan"] == ["Chọn «Có» hoặc «Không»."]
    assert not OutgoingDelegation.objects.exists()
    assert client.post(URL, data(units, countries=["LA"], in_annual_plan="False")).status_code == 302
    assert OutgoingDelegation.objects.get().in_annual_plan is False
