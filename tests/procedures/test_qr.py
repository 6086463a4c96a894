"""A QR code decodes back to the procedure's public page, at the base URL from the settings."""

import re
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db


def test_png_qr_code_decodes_to_the_public_url(client, procedure, settings, tmp_path):
    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        if os.environ.get("NGOAIVU_REQUIRE_ALL"):
            pytest.fail("zbarimg (zbar-tools) không có trên máy này")
        pytest.skip("zbarimg (zbar-tools) không có trên máy này")
    settings.PUBLIC_BASE_URL = "https://dichvucong.quangngai.gov.vn"
    procedure()
    response = client.get("/tthc/ja/1.000105/qr.png")
    assert response["Content-Type"] == "image/png"
    path = tmp_path / "qr.png"
    path.write_bytes(response.content)
    decoded = subprocess.run([zbarimg, "--quiet", "--raw", str(path)], capture_output=True, text=True, check=True)
    assert decoded.stdout.strip() == "https://dichvucong.quangngai.gov.vn/tthc/ja/1.000105/"


def test_svg_qr_code_and_a4_sheet(client, client_for, procedure):
    procedure()
    svg = client.get("/tthc/en/1.000105/qr.svg")
    assert svg["Content-Type"] == "image/svg+xml" and b"<svg" in svg.content
    assert b'd="M4 4.5' in svg.content  # the first dark module after a quiet zone of four
    sheet = client_for("officer").get("/thu-tuc/ma-qr/", {"field": "Việc làm", "lang": "zh"}).content.decode()
    assert sheet.count("<svg") == 1 and "procedures/qr_sheet.css" in sheet and "1.000105" in sheet
    # sized by the sheet's CSS (40 mm), not by its own pixels, which left it small over an empty box
    assert re.search(r'<svg [^>]*viewBox="0 0 \d+ \d+"', sheet) and not re.search(r"<svg [^>]*width=", sheet)
    assert "size: A4" in Path(finders.find("procedures/qr_sheet.css")).read_text()
    assert client_for("officer").get("/thu-tuc/ma-qr/", {"field": "Đường bộ"}).content.decode().count("<svg") == 0


def test_the_sheets_heading_marks_its_foreign_words(client_for, procedure):
    # «Thủ tục hành chính – Việc làm · スキャンして…»: the Vietnamese heading, the words to scan by in the sheet's.
    procedure(translations={"ja": ("published", "外国人労働者の労働許可")})
    sheet = client_for("officer").get("/thu-tuc/ma-qr/", {"field": "Việc làm", "lang": "ja"}).content.decode()
    heading = re.search(r"<h1 lang=\"vi\">(.*?)</h1>", sheet, re.S).group(1)
    scan = re.search(r'<span lang="ja">([^<]+)</span>', heading).group(1)
    assert heading.startswith("Thủ tục hành chính – Việc làm · ") and scan and not scan.isascii()
    assert '<div lang="ja">外国人労働者の労働許可</div>' in sheet
    chinese = client_for("officer").get("/thu-tuc/ma-qr/", {"lang": "zh"}).content.decode()
    assert '<html lang="zh-Hans">' in chinese and '<span lang="zh-Hans">' in chinese and 'lang="zh"' not in chinese


def test_the_sheet_s_fields_are_in_vietnamese_order(client_for, procedure):
    for code, field in (("1.000001", "Đường bộ"), ("1.000002", "Xuất nhập cảnh"), ("1.000003", "Đầu tư tại Việt Nam")):
        procedure(code=code, field=field)
    sheet = client_for("officer").get("/thu-tuc/ma-qr/").content.decode()
    assert re.findall(r"<option>([^<]+)</option>", sheet) == ["Đầu tư tại Việt Nam", "Đường bộ", "Xuất nhập cảnh"]


def test_a_sheet_for_a_field_without_a_published_procedure_says_so(client_for, procedure):
    procedure(field="Việc làm")
    sheet = client_for("officer").get("/thu-tuc/ma-qr/", {"field": "Không có", "lang": "en"}).content.decode()
    assert sheet.count("<svg") == 0 and "Lĩnh vực này chưa có thủ tục nào được công bố." in sheet


def test_a_procedure_not_translated_is_marked_on_the_sheet_in_its_language_as_on_the_public_pages(
    client_for, procedure
):
    # Its Vietnamese changed, its translation went back to a draft: its code leads to its Vietnamese, marked.
    procedure(translations={"en": ("draft", "Issuance of a work permit"), "ja": ("published", "労働許可")})
    english = client_for("officer").get("/thu-tuc/ma-qr/", {"lang": "en"}).content.decode()
    assert english.count("<svg") == 1 and "Issuance of a work permit" not in english
    assert '<div class="vi-mark" lang="en">Not yet translated – Vietnamese text</div>' in english
    japanese = client_for("officer").get("/thu-tuc/ma-qr/", {"lang": "ja"}).content.decode()
    assert '<div lang="ja">労働許可</div>' in japanese and "vi-mark" not in japanese
