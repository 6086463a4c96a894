"""An import speaks the person's language, whatever language the file was made in: a template or an export
downloaded in English is read by its English columns, choices and example row, and what is wrong with a row
is said in Vietnamese to a person who reads the pages in Vietnamese, in English only to one who chose it."""

from ngoaivu.register.models import IncomingDelegation
from tests.register.test_import import HEADERS, good_row, saved, template, upload

URL = "/so-theo-doi/doan-vao/nhap/"


def _english_template(client):
    client.cookies["django_language"] = "en"
    book = template(client)
    headers = [cell.value for cell in book.worksheets[0][1]]
    assert "Person-visits" in headers and "Số lượt người" not in headers
    return book, headers


def _row(headers, visits, purpose="Study"):
    values = {
        "Delegation name": "Đoàn Đại học Khon Kaen",
        "Nationality": "Thái Lan",
        "Host level": "Departments, agencies and localities",
        "Purpose": purpose,
        "Arrival date": "05/03/2021",
        "Departure date": "07/03/2021",
        "Number of delegations": 1,
        "Person-visits": visits,
        "Unit": "SNgV",
    }
    assert set(values) <= set(headers), headers
    return [values.get(header) for header in headers]


def test_an_english_file_is_answered_in_vietnamese_by_default(client_for):
    client = client_for("officer")
    book, headers = _english_template(client)  # its example row «Example» is passed over
    book.worksheets[0].append(_row(headers, -1, purpose="Sightseeing"))
    client.cookies["django_language"] = "vi"
    problems = {
        column: message for _row, column, message in client.post(URL, {"file": saved(book)}).context["problems"]
    }
    assert problems["Person-visits"] == "Số không được âm."
    assert problems["Purpose"].startswith("Giá trị «Sightseeing» không hợp lệ; chọn một trong: «Làm việc»; «Học tập»")
    assert IncomingDelegation.objects.count() == 0


def test_an_english_file_takes_the_vietnamese_choices_its_message_lists(client_for):
    client = client_for("officer")
    book, headers = _english_template(client)
    book.worksheets[0].append(_row(headers, 4, purpose="Học tập"))
    client.cookies["django_language"] = "vi"
    response = client.post(URL, {"file": saved(book)})
    assert response.status_code == 302, response.context["problems"]
    assert IncomingDelegation.objects.get().purpose == "study"


def test_a_vietnamese_file_is_answered_in_english_to_who_chose_english(client_for):
    client = client_for("officer")
    client.cookies["django_language"] = "en"
    problems = upload(client, [good_row(visits=-1)], HEADERS).context["problems"]
    assert problems == [(2, "Số lượt người", "The number cannot be negative.")]
