"""A crew too large for one fishing boat is asked about, in the form and the import, as a delegation's size is."""

from ngoaivu.register.models import FishingIncident
from tests.register.test_import import confirmation, workbook
from tests.register.test_unlikely_figures import confirm, warned

URL = "/so-theo-doi/ngu-dan/"
WARNING = (
    "Số ngư dân 1.000 là lớn bất thường cho một tàu cá (một tàu cá thường không quá 50 ngư dân). "
    "Kiểm tra lại số liệu; nếu đúng, đánh dấu «Tôi đã kiểm tra» và lưu lại."
)
HEADERS = ["Số hiệu tàu", "Sự việc", "Nước bắt giữ, ngăn cản", "Ngày xảy ra", "Số ngư dân", "Đơn vị"]


def boat(units, fishermen):
    return {
        "boat_number": "QNg 90479 TS",
        "owner": "",
        "kind": "detained",
        "country": "CN",
        "occurred_on": "02/04/2021",
        "location": "",
        "fishermen": fishermen,
        "released_on": "",
        "unit": units["sngv"].pk,
        "notes": "",
    }


def test_a_thousand_fishermen_on_one_boat_are_asked_about_then_saved_as_typed(client_for, units):
    client = client_for("officer")
    data = boat(units, "1000")
    first = client.post(f"{URL}them/", data)
    assert warned(first) == {"fishermen": WARNING}
    assert not FishingIncident.objects.exists()
    assert client.post(f"{URL}them/", confirm(first, data)).status_code == 302
    assert FishingIncident.objects.get().fishermen == 1000


def test_a_usual_crew_is_saved_at_once(client_for, units):
    response = client_for("officer").post(f"{URL}them/", boat(units, "50"))
    assert response.status_code == 302 and FishingIncident.objects.get().fishermen == 50


def test_the_import_asks_about_a_thousand_fishermen_on_one_boat(client_for, units):
    client = client_for("officer")
    rows = [["QNg 90479 TS", "Bị bắt giữ", "Trung Quốc", "02/4/2021", 1000, "SNgV"]]
    asked = client.post(f"{URL}nhap/", {"file": workbook(rows, HEADERS)})
    assert asked.status_code == 200 and asked.context["warnings"][0][:2] == (2, "Số ngư dân")
    assert not FishingIncident.objects.exists()
    assert client.post(f"{URL}nhap/", confirmation(asked)).status_code == 302
    assert FishingIncident.objects.get().fishermen == 1000
