"""A conference's partner country («quốc gia đối tác»): typed in the form, shown on the list and the detail
page, filtered by, exported and imported by its name; optional, as a conference may have no one partner."""

import io
from datetime import date

import openpyxl
from django.urls import reverse

from ngoaivu.register.models import Conference

URL = "/so-theo-doi/hoi-nghi/"


def form_data(units, **overrides):
    data = {
        "title": "Hội nghị trực tuyến với tỉnh Champasak",
        "organiser": "UBND tỉnh Quảng Ngãi",
        "sponsor": "",
        "country": "LA",
        "start_date": "25/11/2021",
        "end_date": "",
        "status": "done",
        "format": "online",
        "location": "",
        "participants": "60",
        "foreign_participants": "25",
        "permitting_authority": "",
        "permit_decision": "",
        "unit": units["sngv"].pk,
        "notes": "",
    }
    data.update(overrides)
    return data


def test_the_form_keeps_the_partner_country_and_the_pages_show_it(client_for, units):
    client = client_for("officer")
    response = client.post(f"{URL}them/", form_data(units))
    assert response.status_code == 302, response.context["form"].errors
    record = Conference.objects.get()
    assert record.country.code == "LA"
    detail = client.get(f"{URL}{record.pk}/").content.decode()
    assert "Quốc gia đối tác" in detail and "Lào" in detail
    listing = client.get(URL)
    labels = [str(label) for label in listing.context["area"].column_labels()]
    ((_record, cells),) = listing.context["rows"]
    assert str(cells[labels.index("quốc gia đối tác")]) == "Lào"


def test_the_country_may_be_left_empty(client_for, units):
    response = client_for("officer").post(f"{URL}them/", form_data(units, country=""))
    assert response.status_code == 302, response.context["form"].errors
    assert Conference.objects.get().country == ""


def test_the_list_filters_by_country(client_for, units):
    for title, country in (("Lào", "LA"), ("Nhật", "JP"), ("Chung", "")):
        Conference.objects.create(
            unit=units["sngv"], title=title, organiser="Sở Ngoại vụ", start_date=date(2021, 3, 1), country=country
        )
    response = client_for("officer").get(URL, {"country": "LA"})
    assert [record.title for record, _cells in response.context["rows"]] == ["Lào"]


def test_the_country_is_exported_and_imported_by_its_name(client_for, units):
    Conference.objects.create(
        unit=units["sngv"], title="Hội nghị với tỉnh Champasak", organiser="Sở Ngoại vụ",
        start_date=date(2021, 3, 1), country="LA",
    )  # fmt: skip
    client = client_for("officer")
    exported = client.get(reverse("register:export", args=["hoi-nghi", "xlsx"]))
    sheet = openpyxl.load_workbook(io.BytesIO(exported.content)).active
    headers = [cell.value for cell in sheet[1]]
    column = headers.index("Quốc gia đối tác")
    assert sheet[2][column].value == "Lào"
    # The same sheet with the country changed to Japan, by its name, updates the row.
    sheet.cell(row=2, column=column + 1, value="Nhật Bản")
    upload = io.BytesIO()
    sheet.parent.save(upload)
    upload.seek(0)
    upload.name = "hoi-nghi.xlsx"
    response = client.post(reverse("register:import", args=["hoi-nghi"]), {"file": upload})
    assert response.status_code == 302, response.context and response.context["problems"]
    assert Conference.objects.get().country.code == "JP"
