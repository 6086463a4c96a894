"""A figure allowed but unlikely is asked about beside its field, and saved as typed once confirmed."""

from datetime import date
from decimal import Decimal

from ngoaivu.core.confirm import CHECKED_FIELD, SEAL_FIELD
from ngoaivu.register.models import ForeignAid, OutgoingDelegation

AID_URL = "/so-theo-doi/vien-tro/them/"
OUTGOING_URL = "/so-theo-doi/doan-ra/them/"
RATE_WARNING = (
    "Giá trị quy đổi 4.600.000.000 đồng cho 1.000 USD tương ứng tỷ giá 4.600.000 đồng/USD, khác xa tỷ giá "
    "thông thường (khoảng 20.000–30.000 đồng/USD). Kiểm tra lại số liệu; nếu đúng, đánh dấu «Tôi đã kiểm tra» "
    "và lưu lại."
)


def aid_data(units, **overrides):
    data = {
        "title": "Dự án nước sạch cho xã Bình Hải",
        "donor": "Tổ chức Good Neighbors",
        "country": "KR",
        "kind": "project",
        "value_vnd": "4.600.000.000",
        "value_original": "1.000",
        "currency": "USD",
        "approved_on": "15/03/2021",
        "unit": units["sngv"].pk,
    }
    return {**data, **overrides}


def warned(response):
    return response.context["form"].warnings


def confirm(response, data):
    """The same submission with the box ticked on the page that showed the warnings."""
    return {**data, CHECKED_FIELD: "1", SEAL_FIELD: response.context["form"].warnings_seal}


def test_an_unlikely_rate_is_shown_as_a_warning_and_nothing_is_saved(client_for, units):
    response = client_for("officer").post(AID_URL, aid_data(units))
    assert response.status_code == 200
    assert warned(response) == {"value_vnd": RATE_WARNING}
    assert response.context["form"].errors == {}  # a warning, not an error
    body = response.content.decode()
    assert f'<div class="warning" id="id_value_vnd_warning">{RATE_WARNING}</div>' in body
    assert 'class="field has-warning"' in body and "has-error" not in body
    assert 'class="error-summary warnings"' in body and 'href="#id_value_vnd"' in body
    assert f'name="{CHECKED_FIELD}" value="1"' in body and "Tôi đã kiểm tra" in body
    assert 'value="4.600.000.000"' in body  # what was typed stays in the box
    assert 'aria-describedby="id_value_vnd_warning"' in body
    assert not ForeignAid.objects.exists()


def test_confirmed_the_figures_are_saved_as_typed(client_for, units):
    client = client_for("officer")
    first = client.post(AID_URL, aid_data(units))
    response = client.post(AID_URL, confirm(first, aid_data(units)))
    aid = ForeignAid.objects.get()
    assert response.status_code == 302
    assert (aid.value_vnd, aid.value_original, aid.currency) == (Decimal(4_600_000_000), Decimal(1000), "USD")


def test_a_figure_changed_after_the_warning_is_asked_again(client_for, units):
    client = client_for("officer")
    first = client.post(AID_URL, aid_data(units))
    changed = confirm(first, aid_data(units, value_vnd="4.700.000.000"))
    response = client.post(AID_URL, changed)
    assert response.status_code == 200 and "4.700.000 đồng/USD" in warned(response)["value_vnd"]
    assert 'name="warnings_checked" value="1" id="id_warnings_checked">' in response.content.decode()  # not ticked
    assert not ForeignAid.objects.exists()
    client.post(AID_URL, confirm(response, changed))
    assert ForeignAid.objects.get().value_vnd == Decimal(4_700_000_000)


def test_a_box_ticked_before_any_warning_confirms_nothing(client_for, units):
    response = client_for("officer").post(AID_URL, {**aid_data(units), CHECKED_FIELD: "1"})
    assert "value_vnd" in warned(response)
    assert not ForeignAid.objects.exists()


def test_likely_figures_are_saved_at_once(client_for, units):
    response = client_for("officer").post(
        AID_URL, aid_data(units, value_vnd="25.400.000.000", value_original="1.000.000")
    )
    assert response.status_code == 302 and ForeignAid.objects.get().value_vnd == Decimal(25_400_000_000)


def test_an_amount_in_dong_alone_is_not_checked(client_for, units):
    response = client_for("officer").post(AID_URL, aid_data(units, value_original="", currency="VND"))
    assert response.status_code == 302 and ForeignAid.objects.exists()


def test_an_edit_asks_only_about_what_it_changes(client_for, units):
    """A row already holding an unlikely figure (imported, or confirmed before) is edited without asking
    about it again; a new unlikely figure is asked about."""
    aid = ForeignAid.objects.create(
        unit=units["sngv"],
        title="Dự án nước sạch",
        donor="KOICA",
        country="KR",
        value_vnd=Decimal(4_600_000_000),
        value_original=Decimal(1000),
        currency="USD",
        approved_on=date(2021, 3, 15),
    )
    client = client_for("officer")
    url = f"/so-theo-doi/vien-tro/{aid.pk}/sua/"
    data = aid_data(units, title="Dự án nước sạch", donor="KOICA", notes="Đã bàn giao.", version="1")
    assert client.post(url, data).status_code == 302
    aid.refresh_from_db()
    assert aid.notes == "Đã bàn giao." and aid.version == 2

    response = client.post(url, {**data, "version": "2", "value_original": "100"})
    assert "46.000.000 đồng/USD" in warned(response)["value_vnd"]
    aid.refresh_from_db()
    assert aid.value_original == Decimal(1000)


def outgoing_data(units, **overrides):
    data = {
        "title": "Đoàn công tác tỉnh thăm tỉnh Champasak",
        "persons": "12",
        "countries": ["LA"],
        "start_date": "10/3/2026",
        "nature": "official",
        "in_annual_plan": "True",
        "unit": units["sngv"].pk,
    }
    return {**data, **overrides}


def test_a_very_large_delegation_and_a_far_date_are_asked_about(client_for, units, clock):
    clock(2026, 3, 1)
    client = client_for("officer")
    data = outgoing_data(units, persons="1212", start_date="10/3/2062")
    first = client.post(OUTGOING_URL, data)
    assert warned(first) == {
        "persons": "Số người 1.212 là lớn bất thường cho một đoàn (một đoàn thường không quá 200 người). "
        "Kiểm tra lại số liệu; nếu đúng, đánh dấu «Tôi đã kiểm tra» và lưu lại.",
        "start_date": "Ngày 10/03/2062 là hơn một năm sau ngày hôm nay. "
        "Kiểm tra lại ngày; nếu đúng, đánh dấu «Tôi đã kiểm tra» và lưu lại.",
    }
    assert not OutgoingDelegation.objects.exists()
    assert client.post(OUTGOING_URL, confirm(first, data)).status_code == 302
    assert OutgoingDelegation.objects.get().start_date == date(2062, 3, 10)


def test_a_usual_delegation_is_saved_at_once(client_for, units, clock):
    clock(2026, 3, 1)
    response = client_for("officer").post(OUTGOING_URL, outgoing_data(units, start_date="1/3/2027"))
    assert response.status_code == 302 and OutgoingDelegation.objects.get().persons == 12


def test_a_plan_of_a_year_far_ahead_is_asked_about_and_saved_as_typed(client_for, units, clock):
    from ngoaivu.register.models import DelegationPlan

    clock(2026, 3, 1)
    client = client_for("officer")
    url = "/so-theo-doi/ke-hoach-doan/them/"
    data = {"year": "2062", "status": "draft", "unit": units["sngv"].pk}
    first = client.post(url, data)
    assert warned(first) == {
        "year": "Năm 2062 là hơn một năm sau năm nay (2026). "
        "Kiểm tra lại năm; nếu đúng, đánh dấu «Tôi đã kiểm tra» và lưu lại."
    }
    assert not DelegationPlan.objects.exists()
    changed = confirm(first, {**data, "year": "2063"})  # another year than the one confirmed: asked again
    assert "Năm 2063" in warned(client.post(url, changed))["year"]
    assert client.post(url, confirm(first, data)).status_code == 302
    assert DelegationPlan.objects.get().year == 2062
    assert client.post(url, {**data, "year": "2027"}).status_code == 302


def test_an_aid_of_nothing_is_asked_about_and_one_in_dong_needs_no_currency(client_for, units):
    client = client_for("officer")
    nothing = aid_data(units, value_vnd="0", value_original="", currency="")
    response = client.post(AID_URL, nothing)
    assert warned(response) == {
        "value_vnd": "Giá trị viện trợ là 0 đồng: khoản viện trợ vẫn được đếm trong báo cáo nhưng không cộng thêm "
        "giá trị. Kiểm tra lại số liệu; nếu đúng, đánh dấu «Tôi đã kiểm tra» và lưu lại."
    }
    assert response.context["form"].errors == {}  # the empty currency is no error: the aid is in đồng
    assert not ForeignAid.objects.exists()
    client.post(AID_URL, confirm(response, nothing))
    assert ForeignAid.objects.values_list("value_vnd", "currency").get() == (Decimal(0), "VND")


def test_a_foreign_amount_without_its_currency_is_refused_beside_the_currency(client_for, units):
    response = client_for("officer").post(AID_URL, aid_data(units, currency=""))
    assert response.context["form"].errors == {"currency": ["Ghi loại tiền của giá trị nguyên tệ, ví dụ USD."]}
    assert not ForeignAid.objects.exists()
