"""The pure core's errors reach the user in the user's language (ngoaivu.core.errors.error_text)."""

import io
import unicodedata
import re
import zipfile

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from ngoaivu.core.errors import error_text, with_label
from ngoaivu.pure.numbers import FigureError, parse_figure
from ngoaivu.pure.period_parsing import parse
from ngoaivu.pure.periods import PeriodError
from ngoaivu.reading.errors import ReadError
from ngoaivu.reading.extract import extract_bytes
from ngoaivu.sandbox import _too_slow
from ngoaivu.signatures.fields import SIGNER_FIELD, field_label

BROKEN_PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer broken\n%%EOF\n"


def caught(function, *args, **kwargs):
    try:
        function(*args, **kwargs)
    except Exception as error:  # noqa: BLE001 - the test looks at it
        return error
    raise AssertionError("nothing was raised")


def broken_workbook():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("xl/workbook.xml", "not xml at all <")
    return buffer.getvalue()


# --- The helper ---------------------------------------------------------------------------------


def test_vietnamese_by_default_as_str_says():
    error = caught(parse, "tháng tám")
    with translation.override("vi"):
        assert error_text(error) == str(error)
    assert str(error).startswith("Không hiểu kỳ báo cáo «tháng tám»")


@pytest.mark.parametrize(
    ("make", "english"),
    [
        (lambda: caught(parse, "tháng tám"), "The reporting period “tháng tám” is not understood"),
        (lambda: caught(parse, "1800"), "The year 1800 is outside the years that can be reported on (1945–2999)."),
        (lambda: caught(extract_bytes, b"  \n", "x.txt"), "The file is empty; there is nothing to read."),
        (lambda: caught(extract_bytes, BROKEN_PDF, "x.pdf"), "The PDF file is damaged or incomplete"),
        (lambda: _too_slow(30.0), "Reading the file took more than 30 seconds and was stopped"),
        (lambda: caught(parse_figure, "abc"), "abc"),
    ],
)
def test_english_under_english(make, english):
    error = make()
    assert isinstance(error, (PeriodError, ReadError, FigureError)) or error.reason == "time"
    with translation.override("en"):
        text = error_text(error)
    assert english in text
    assert text != str(error)


def test_a_signature_fields_label_is_said_in_the_lines_language():
    from ngoaivu.signatures.pades import FIELD_TAKEN, SigningFailed

    error = SigningFailed(FIELD_TAKEN, field=field_label(SIGNER_FIELD))
    with translation.override("en"):
        english = error_text(error)
    assert "Signer" in english and "Người ký" not in english
    with translation.override("vi"):
        assert error_text(error) == "Văn bản đã có chữ ký «Người ký»; không ký lại vào cùng vị trí được."


def test_an_error_without_a_template_is_shown_as_is():
    with translation.override("en"):
        assert error_text(ValueError("Tệp «x» rỗng.")) == "Tệp «x» rỗng."


def test_every_marked_message_has_its_english():
    """The messages of the pure core, the reader and the sandbox are in the English catalogue."""
    from ngoaivu import sandbox
    from ngoaivu.pure import numbers, period_parsing, periods

    messages = [
        value
        for module in (numbers, periods, period_parsing, sandbox)
        for name, value in vars(module).items()
        if name.isupper() and isinstance(value, str) and re.search(r"[À-ɏḀ-ỿ]", value)
    ]
    assert len(messages) >= 10
    with translation.override("en"):
        untranslated = [message for message in messages if translation.gettext(message) == message]
    assert untranslated == []


# --- The pages ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_period_error_in_english_on_the_home_page(client_for):
    client = client_for("officer")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = client.get("/", {"period": "tháng tám"}).content.decode()
    assert "The reporting period “tháng tám” is not understood" in page
    assert "Không hiểu kỳ báo cáo" not in page


@pytest.mark.django_db
def test_a_period_error_stays_vietnamese_for_vietnamese(client_for):
    page = client_for("officer").get("/", {"period": "tháng tám"}).content.decode()
    assert "Không hiểu kỳ báo cáo «tháng tám»" in page


@pytest.mark.django_db
def test_read_errors_in_english_when_reading_a_report(client_for, run_tasks):
    client = client_for("officer")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    empty = client.post("/so-theo-doi/doc-bao-cao/", {"file": SimpleUploadedFile("empty.docx", b"")})
    assert "empty.docx" in empty.content.decode() and "Tệp «empty.docx» rỗng" not in empty.content.decode()
    broken = client.post(
        "/so-theo-doi/doc-bao-cao/", {"file": SimpleUploadedFile("report.pdf", BROKEN_PDF)}, follow=True
    )
    html = broken.content.decode()
    assert "The PDF file is damaged or incomplete and cannot be read." in html
    assert "Tệp PDF bị hỏng" not in html


@pytest.mark.django_db
def test_read_error_in_vietnamese_when_reading_a_report(client_for, run_tasks):
    client = client_for("officer")
    html = client.post(
        "/so-theo-doi/doc-bao-cao/", {"file": SimpleUploadedFile("report.pdf", BROKEN_PDF)}, follow=True
    ).content.decode()
    assert "Tệp PDF bị hỏng hoặc không đầy đủ, không đọc được." in html


@pytest.mark.django_db
def test_a_damaged_workbook_is_refused_in_english(client_for):
    client = client_for("officer")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    upload = SimpleUploadedFile("rows.xlsx", broken_workbook())
    html = client.post("/so-theo-doi/doan-vao/nhap/", {"file": upload}).content.decode()
    assert "The Excel file could not be read; it may be damaged." in html


@pytest.mark.parametrize(
    ("label", "message", "said"),
    [
        ("Ngày đi", "Ngày đi không được trước ngày đến.", "Ngày đi không được trước ngày đến."),
        ("Ngày đi", "Trường này là bắt buộc.", "Ngày đi: Trường này là bắt buộc."),
        # case and Unicode form do not matter: "ngày" decomposed (NFD), a label in capitals
        ("ngày đi", unicodedata.normalize("NFD", "Ngày đi không được trước ngày đến."), None),
        ("SỐ LƯỢT NGƯỜI", "Số lượt người không được ít hơn số đoàn.", None),
        # the whole label, in whole words: «Ngày đi» is not named by "Ngày đến …", nor «Số đoàn» by "Số đoànx"
        ("Ngày đi", "Ngày đến 12/3/2021 chưa đến.", "Ngày đi: Ngày đến 12/3/2021 chưa đến."),
        ("Số đoàn", "Số đoànx", "Số đoàn: Số đoànx"),
        ("", "Trùng với bản ghi mã 3.", "Trùng với bản ghi mã 3."),
    ],
)
def test_an_error_is_said_after_its_label_unless_it_names_its_field_first(label, message, said):
    assert with_label(label, message) == (said if said is not None else message)
