"""The English catalog: the interface switches language, and the shipped .po/.mo are complete and in step."""

import gettext
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.utils import translation

LC_MESSAGES = Path(settings.LOCALE_PATHS[0]) / "en" / "LC_MESSAGES"
PO = LC_MESSAGES / "django.po"
MO = LC_MESSAGES / "django.mo"
LIST_URL = "/so-theo-doi/doan-vao/"
PLACEHOLDER = re.compile(r"%\(\w+\)s")


def heading(response):
    match = re.search(r"<h1>(.*?)</h1>", response.content.decode(), re.S)
    assert match, "the page has no <h1>"
    return match.group(1).strip()


def read_catalog():
    with PO.open("rb") as f:
        return read_po(f, locale="en")


def pairs(message):
    ids = message.id if isinstance(message.id, tuple) else (message.id,)
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return list(zip(ids, strings, strict=False)), ids, strings


# --- The interface in English ---------------------------------------------------------------


def test_default_language_is_vietnamese(client_for):
    client = client_for("officer")
    response = client.get(LIST_URL)
    assert response.status_code == 200
    assert heading(response) == "Đoàn vào"
    assert '<html lang="vi">' in response.content.decode()


def test_each_language_is_offered_in_its_own_name(client_for):
    client = client_for("officer")
    page = client.get(LIST_URL).content.decode()
    assert '<option value="en" lang="en">English</option>' in page and "Tiếng Anh" not in page
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = client.get(LIST_URL).content.decode()
    assert '<option value="vi" lang="vi">Tiếng Việt</option>' in page and ">Vietnamese<" not in page


def test_a_help_text_set_when_a_form_class_is_built_follows_the_users_language(client_for):
    client = client_for("officer")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = client.get("/bao-cao/tao/").content.decode()
    assert "Enter it as it is cited, e.g." in page and "Ghi như khi trích dẫn" not in page


def test_language_cookie_switches_to_english(client_for):
    client = client_for("officer")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get(LIST_URL)
    assert response.status_code == 200
    page = response.content.decode()
    assert heading(response) == "Incoming delegations"
    assert "Đoàn vào" not in heading(response)
    assert '<html lang="en">' in page
    assert "Person-visits" in page  # column header from the model's verbose_name
    assert "Đăng xuất" not in page and "Log out" in page


def test_set_language_view_switches_to_english_and_back(client_for, incoming):
    incoming()
    client = client_for("officer")
    response = client.post("/i18n/setlang/", {"language": "en", "next": LIST_URL})
    assert response.status_code == 302
    response = client.get(LIST_URL)
    assert heading(response) == "Incoming delegations"
    assert "1 record" in response.content.decode()

    client.post("/i18n/setlang/", {"language": "vi", "next": LIST_URL})
    assert heading(client.get(LIST_URL)) == "Đoàn vào"


def test_model_names_translate_under_english():
    from ngoaivu.register.models import IncomingDelegation

    with translation.override("en"):
        assert str(IncomingDelegation._meta.verbose_name_plural) == "incoming delegations"
        assert str(IncomingDelegation._meta.get_field("person_visits").verbose_name) == "person-visits"
    with translation.override("vi"):
        assert str(IncomingDelegation._meta.verbose_name_plural) == "đoàn vào"


# --- The catalog files ------------------------------------------------------------------------


def test_po_is_complete():
    catalog = read_catalog()
    messages = [m for m in catalog if m.id]
    assert len(messages) > 300
    empty, fuzzy, broken = [], [], []
    for message in messages:
        pairs_, ids, strings = pairs(message)
        if message.fuzzy:
            fuzzy.append(message.id)
        if len(strings) != len(ids) or not all(strings):
            empty.append(message.id)
        for msgid, msgstr in pairs_:
            if "no-python-format" in message.flags:
                continue  # params chosen per language on purpose: "tháng 8/2021" is "August 2021"
            if sorted(PLACEHOLDER.findall(msgid)) != sorted(PLACEHOLDER.findall(msgstr)):
                broken.append(msgid)
    assert not empty, f"untranslated: {empty}"
    assert not fuzzy, f"fuzzy: {fuzzy}"
    assert not broken, f"placeholders changed: {broken}"


def test_mo_matches_po():
    """The committed .mo says what the .po says (rerun compilemessages after editing the .po)."""
    assert MO.exists(), "run: python -m django compilemessages"
    with MO.open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    stale = []
    for message in read_catalog():
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            singular, plural = message.id
            if (
                compiled.ngettext(singular, plural, 1) != message.string[0]
                or compiled.ngettext(singular, plural, 2) != message.string[1]
            ):
                stale.append(message.id)
        elif message.context:
            if compiled.pgettext(message.context, message.id) != message.string:
                stale.append((message.context, message.id))
        elif compiled.gettext(message.id) != message.string:
            stale.append(message.id)
    assert not stale, f".mo is out of date for: {stale}"


@pytest.mark.parametrize(
    ("msgid", "english"),
    [
        ("đoàn vào", "incoming delegations"),
        ("số lượt người", "person-visits"),
        ("viện trợ PCPNN", "foreign NGO aid"),
        ("Chuyên viên ngoại vụ", "Foreign-affairs officer"),
        ("UBND tỉnh", "Provincial People's Committee"),
    ],
)
def test_sample_translations(msgid, english):
    with MO.open("rb") as f:
        assert gettext.GNUTranslations(f).gettext(msgid) == english
    with translation.override("en"):
        assert translation.gettext(msgid) == english


def test_plural_forms_in_mo():
    with MO.open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    assert compiled.ngettext("%(count)s bản ghi", "%(count)s bản ghi", 1) == "%(count)s record"
    assert compiled.ngettext("%(count)s bản ghi", "%(count)s bản ghi", 7) == "%(count)s records"
    assert compiled.ngettext("khoảng %(count)s bản ghi", "khoảng %(count)s bản ghi", 7) == "about %(count)s records"
