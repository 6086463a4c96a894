"""Checking every signature of a PDF: intact, covering, trusted; and the files that are not."""

import io

import pytest

from ngoaivu.signatures import verify
from ngoaivu.signatures.verify import CONTENT_AFTER, MODIFIED, UNTRUSTED, VerifyError

pytestmark = pytest.mark.pdf


def texts(check):
    return [note.text() for note in check.notes]


def test_signer_then_organisation_both_sound(signed_by_both, ca):
    checks = verify.check_pdf(signed_by_both, [ca.certificate_pem])
    assert [check.field_name for check in checks] == ["NguoiKy", "CoQuan"]
    person, organisation = checks
    assert person.signer == "Nguyễn Văn An"
    assert organisation.signer == organisation.organisation == "Sở Ngoại vụ tỉnh Quảng Ngãi"
    assert person.is_sound and organisation.is_sound and verify.all_sound(checks)
    assert person.only_signatures_after and not person.covers_whole_file
    assert organisation.covers_whole_file
    assert all(check.intact and check.trusted and check.signed_at for check in checks)
    assert all(note.good for check in checks for note in check.notes)
    assert person.signed_at <= organisation.signed_at


def test_untrusted_without_the_root(signed_by_both):
    for check in verify.check_pdf(signed_by_both, []):
        assert check.intact and not check.trusted
        assert UNTRUSTED % {} in texts(check)
        assert "không thuộc chuỗi tin cậy" in " ".join(texts(check))
        assert not next(note for note in check.notes if note.message == UNTRUSTED).good


def test_untrusted_with_another_root(signed_by_both):
    from tests import signing_keys

    other = signing_keys.authority()
    assert not any(check.trusted for check in verify.check_pdf(signed_by_both, [other.certificate_der]))


def test_a_flipped_byte_in_the_signed_range(signed_by_both, signed_by_person, ca):
    # The second line of the file (a binary comment) is inside every signature's byte range.
    assert signed_by_both[9] == ord("%")
    for index in (11, len(signed_by_person) // 2):
        altered = bytearray(signed_by_both)
        altered[index] ^= 0x01
        checks = verify.check_pdf(bytes(altered), [ca.certificate_pem])
        assert len(checks) == 2, index
        for check in checks:
            assert not check.intact and not check.is_sound
            assert MODIFIED in [note.message for note in check.notes]
            assert "đã bị sửa" in " ".join(texts(check))
        assert not verify.all_sound(checks)


def test_content_added_after_signing(signed_by_both, ca):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed_by_both))
    text = generic.StreamObject(stream_data=b"BT /F1 24 Tf 100 100 Td (Da sua sau khi ky) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(text))
    output = io.BytesIO()
    writer.write(output)
    updated = output.getvalue()
    assert updated.startswith(signed_by_both)

    checks = verify.check_pdf(updated, [ca.certificate_pem])
    assert len(checks) == 2
    for check in checks:
        assert check.intact  # the signed bytes are untouched ...
        assert not check.covers_whole_file and not check.only_signatures_after  # ... but content follows them
        assert not check.is_sound
        assert CONTENT_AFTER in [note.message for note in check.notes]
        assert "bản cập nhật nối thêm" in " ".join(texts(check))
    assert not verify.all_sound(checks)


def test_an_annotation_added_after_signing(signed_by_person, ca):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed_by_person))
    annotation = generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
            generic.NameObject("/Rect"): generic.ArrayObject(map(generic.NumberObject, (50, 50, 300, 100))),
            generic.NameObject("/Contents"): generic.TextStringObject("Đã duyệt, không cần ký lại"),
            generic.NameObject("/DA"): generic.TextStringObject("/Helv 12 Tf 0 g"),
        }
    )
    page_ref = writer.find_page_for_modification(0)[0]
    page = page_ref.get_object()
    page.setdefault(generic.NameObject("/Annots"), generic.ArrayObject()).append(writer.add_object(annotation))
    writer.update_container(page)
    output = io.BytesIO()
    writer.write(output)

    [check] = verify.check_pdf(output.getvalue(), [ca.certificate_pem])
    assert check.intact and not check.is_sound
    assert CONTENT_AFTER in [note.message for note in check.notes]


def test_raw_appended_bytes_after_the_last_signature(signed_by_both, ca):
    appended = signed_by_both + "\n% thêm sau khi ký\n".encode()
    checks = verify.check_pdf(appended, [ca.certificate_pem])
    # Trailing bytes that are no revision: the last signature no longer covers the whole file, but
    # no reader shows anything more than what was signed, so both signatures stay sound.
    assert checks[-1].intact and not checks[-1].covers_whole_file
    assert all(check.is_sound for check in checks)


def test_no_signature(blank_pdf, report):
    assert verify.check_pdf(blank_pdf, []) == []
    assert verify.check_pdf(report, []) == []
    assert not verify.all_sound([])


@pytest.mark.parametrize(
    "data",
    [b"", b"PK\x03\x04 a zip file, not a PDF", b"<html><body>not a pdf</body></html>", b"%PDF-1.7\n%%EOF\n"],
)
def test_not_a_pdf(data):
    with pytest.raises(VerifyError) as raised:
        verify.check_pdf(data, [])
    assert "không phải PDF" in str(raised.value)
