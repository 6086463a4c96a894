"""`ngoaivu verify FILE [--json]`: exit 0 only when every signature is intact and covers the file."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from ngoaivu.core.models import TrustRoot
from ngoaivu.signatures import keys, pades, stamps
from tests.signing_keys import authority, person, report_pdf, signature_png

pytestmark = pytest.mark.pdf


def verify(path, *options):
    out = io.StringIO()
    try:
        call_command("verify", str(path), *options, stdout=out)
        code = 0
    except SystemExit as stop:
        code = stop.code
    return code, out.getvalue()


def test_exit_codes_and_json(db, tmp_path):
    ca = authority()
    pdf = report_pdf()
    placement = stamps.find_placement(pdf, "Nguyễn Văn An", "GIÁM ĐỐC")
    stamp = pades.Stamp(
        "NguoiKy", placement.page, placement.signature, stamps.signer_style(signature_png(), placement.signature)
    )
    signed = pades.sign(pdf, keys.from_pkcs12(person(ca).pkcs12("x", [ca.certificate]), "x"), stamp)
    TrustRoot.objects.create(name="CA thử nghiệm", certificate=ca.certificate_pem.decode())
    (tmp_path / "ky.pdf").write_bytes(signed)
    (tmp_path / "chua-ky.pdf").write_bytes(pdf)
    flipped = bytearray(signed)
    flipped[len(pdf) // 2] ^= 0x01
    (tmp_path / "sua.pdf").write_bytes(bytes(flipped))
    (tmp_path / "khong-phai.pdf").write_text("không phải PDF")

    code, text = verify(tmp_path / "ky.pdf")
    assert code == 0 and "Nguyễn Văn An" in text and ": hợp lệ." in text
    assert "Chữ ký «Người ký» của" in text  # the field as the page names it, not NguoiKy
    code, text = verify(tmp_path / "ky.pdf", "--json")
    result = json.loads(text)
    assert code == 0 and result["sound"] is True
    assert [(s["signer"], s["intact"], s["covers_whole_file"], s["trusted"]) for s in result["signatures"]] == [
        ("Nguyễn Văn An", True, True, True)
    ]
    assert result["signatures"][0]["signed_at_text"].endswith("+07:00)")
    assert verify(tmp_path / "chua-ky.pdf") == (1, "Tệp không có chữ ký số nào.\n")
    code, text = verify(tmp_path / "sua.pdf")
    assert code == 1 and "đã bị sửa sau khi ký" in text
    assert verify(tmp_path / "khong-phai.pdf")[0] == 2
    with pytest.raises(CommandError, match="Không đọc được tệp"):
        call_command("verify", str(tmp_path / "khong-co.pdf"))


@pytest.mark.pdf
def test_an_unsigned_file_is_a_plain_fact_and_an_unreadable_one_a_fault(db):
    from ngoaivu.core.signature_checks import signature_lines

    assert signature_lines(report_pdf()) == [{"line": "Tệp không có chữ ký số nào.", "sound": None}]
    [line] = signature_lines(b"%PDF-1.7 broken")
    assert line["sound"] is False
