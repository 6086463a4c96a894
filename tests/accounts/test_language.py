"""The interface is Vietnamese whatever the browser says; English when the user chooses it, remembered."""

from django.conf import settings

from tests.conftest import PASSWORD

LIST_URL = "/so-theo-doi/doan-vao/"


def heading(response):
    return response.content.decode().split("<h1>", 1)[1].split("</h1>", 1)[0]


def test_an_english_browser_gets_vietnamese(client_for, client):
    english = {"HTTP_ACCEPT_LANGUAGE": "en-US,en;q=0.9"}
    sign_in = client.get("/dang-nhap/", **english)
    assert sign_in.status_code == 200 and '<html lang="vi">' in sign_in.content.decode()
    assert sign_in["Content-Language"] == "vi"
    response = client_for("officer").get(LIST_URL, **english)
    assert heading(response) == "Đoàn vào"


def test_the_choice_of_english_is_kept_on_the_user(client_for, users):
    first = client_for("officer")
    response = first.post("/i18n/setlang/", {"language": "en", "next": LIST_URL})
    assert response.status_code == 302 and response["Location"] == LIST_URL
    users["officer"].refresh_from_db()
    assert users["officer"].language == "en"
    # Another computer: a new session without the cookie, a Vietnamese browser; the choice holds.
    first.logout()
    first.cookies.pop(settings.LANGUAGE_COOKIE_NAME, None)
    elsewhere = client_for("officer")
    assert heading(elsewhere.get(LIST_URL, HTTP_ACCEPT_LANGUAGE="vi")) == "Incoming delegations"
    elsewhere.post("/i18n/setlang/", {"language": "vi", "next": LIST_URL})
    assert heading(elsewhere.get(LIST_URL)) == "Đoàn vào"


def test_a_language_that_is_not_offered_is_refused(client_for, users):
    client = client_for("officer")
    client.post("/i18n/setlang/", {"language": "ko", "next": LIST_URL})
    users["officer"].refresh_from_db()
    assert users["officer"].language == ""
    assert heading(client.get(LIST_URL)) == "Đoàn vào"


def test_the_admin_speaks_vietnamese(client_for):
    page = client_for("admin").get("/quan-tri/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Quản trị Ngoại vụ" in page and "Django" not in page.split("<title>", 1)[1].split("</title>", 1)[0]


def test_english_chosen_on_the_sign_in_page_holds_after_signing_in_over_a_saved_choice(client, users):
    users["officer"].language = "vi"
    users["officer"].save(update_fields=["language"])
    client.post("/i18n/setlang/", {"language": "en", "next": "/dang-nhap/"})
    client.post("/dang-nhap/", {"username": "officer", "password": PASSWORD})
    users["officer"].refresh_from_db()
    assert users["officer"].language == "en"
    assert heading(client.get(LIST_URL)) == "Incoming delegations"
