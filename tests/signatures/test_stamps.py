"""The visible stamps (Nghị định 30/2020/NĐ-CP, Phụ lục I), checked on the rendered page: the blue
signature between the signer's title and name, the red seal at its real size over the left third
of the signature, and the organisation's name and signing time under the signer's name."""

import pypdfium2 as pdfium
import pytest

from ngoaivu.signatures import stamps
from ngoaivu.signatures.stamps import POINTS_PER_MM, Box, StampError
from tests import signing_keys

pytestmark = pytest.mark.pdf

SCALE = 4  # pixels per point


def render(pdf: bytes, index: int):
    document = pdfium.PdfDocument(pdf)
    try:
        document.init_forms()
        page = document[index]
        height = page.get_height()
        # The colour tests below are strict: text keeps some coloured fringes even so.
        image = page.render(scale=SCALE, may_draw_forms=True, no_smoothtext=True).to_pil().convert("RGB")
        page.close()
    finally:
        document.close()
    return image, height


def is_blue(pixel):
    r, g, b = pixel
    return b > 150 and g < 60 and r < 40


def is_red(pixel):
    r, g, b = pixel
    return r > 150 and g < 60 and b < 60


def coloured(image, page_height, box: Box, test) -> Box | None:
    """The bounding box, in PDF points, of the pixels inside box that pass test (None: none do)."""
    left, top = int(box.left * SCALE), int((page_height - box.top) * SCALE)
    right, bottom = int(box.right * SCALE) + 1, int((page_height - box.bottom) * SCALE) + 1
    crop = image.crop((left, top, right, bottom))
    width = crop.width
    found = [i for i, pixel in enumerate(crop.get_flattened_data()) if test(pixel)]
    if not found:
        return None
    xs = [i % width for i in found]
    ys = [i // width for i in found]
    return Box(
        (left + min(xs)) / SCALE,
        page_height - (top + max(ys) + 1) / SCALE,
        (left + max(xs) + 1) / SCALE,
        page_height - (top + min(ys)) / SCALE,
    )


def is_dark(pixel):
    return max(pixel) < 90


def around(box: Box, margin: float) -> Box:
    return Box(box.left - margin, box.bottom - margin, box.right + margin, box.top + margin)


def text_boxes(pdf: bytes, index: int, needle: str, flatten=False) -> tuple[str, list[Box]]:
    """The page's text and the boxes of needle in it; flatten: with the form fields' appearances."""
    document = pdfium.PdfDocument(pdf)
    try:
        if flatten:
            document.init_forms()
            page = document[index]
            assert page.flatten() == pdfium.raw.FLATTEN_SUCCESS
            page.close()  # the flattened content shows once the page is loaded again
        page = document[index]
        text_page = page.get_textpage()
        return text_page.get_text_range(), stamps._boxes(text_page, needle)
    finally:
        document.close()


def test_the_report_has_no_blue_or_red_before_signing(report, placement):
    image, height = render(report, placement.page)
    area = around(placement.organisation, 20)
    assert coloured(image, height, area, is_blue) is None
    assert coloured(image, height, area, is_red) is None


def test_signature_between_title_and_name(report, placement):
    _text, [name] = text_boxes(report, placement.page, signing_keys.PERSON)
    _text, [title] = text_boxes(report, placement.page, signing_keys.TITLE)
    signature = placement.signature
    assert name.top <= signature.bottom < signature.top <= title.bottom
    assert abs(signature.centre[0] - (name.left + name.right) / 2) < 0.5
    ratio = stamps.image_ratio(signing_keys.signature_png())
    assert signature.width / signature.height == pytest.approx(ratio)


def test_blue_signature_inside_its_box(signed_by_person, placement):
    image, height = render(signed_by_person, placement.page)
    blue = coloured(image, height, around(placement.signature, 40), is_blue)
    assert blue is not None
    signature = placement.signature
    # The strokes span the image (10 px margins of 400 × 200), drawn stretched into the box.
    assert signature.left - 1 <= blue.left < signature.left + signature.width * 0.1
    assert signature.right - signature.width * 0.1 < blue.right <= signature.right + 1
    assert signature.bottom - 1 <= blue.bottom and blue.top <= signature.top + 1
    assert coloured(image, height, around(placement.organisation, 20), is_red) is None


def test_red_seal_over_the_left_third_of_the_signature(signed_by_both, placement):
    image, height = render(signed_by_both, placement.page)
    signature, seal = placement.signature, placement.seal
    red = coloured(image, height, around(placement.organisation, 40), is_red)
    assert red is not None
    # The seal box: 36 mm across, its right edge a third of the way into the signature image.
    assert seal.width == pytest.approx(36 * POINTS_PER_MM) == pytest.approx(seal.height)
    assert seal.right == pytest.approx(signature.left + signature.width / 3)
    # What is drawn: the ring (6 px inside a 300 px image, about 2 pt) fills the seal box.
    third = signature.left + signature.width / 3
    assert abs(red.right - third) < 4, (red, third)
    assert abs(red.left - seal.left) < 4
    assert 34 * POINTS_PER_MM < red.width < 36.5 * POINTS_PER_MM
    assert 34 * POINTS_PER_MM < red.height < 36.5 * POINTS_PER_MM
    assert abs(red.centre[1] - signature.centre[1]) < 3
    # The signature stays blue to the right of the seal.
    right_part = Box(seal.right + 2, signature.bottom, signature.right, signature.top)
    assert coloured(image, height, right_part, is_blue) is not None
    assert coloured(image, height, right_part, is_red) is None


def test_organisation_and_time_under_the_name(signed_by_both, placement):
    # The text is the appearance of a form field: pdfium reads it once the field is flattened.
    text, [_box] = text_boxes(signed_by_both, placement.page, "2021-08-31T15:30:05+07:00", flatten=True)
    assert text.endswith("Nguyễn Văn An\r\nSở Ngoại vụ tỉnh Quảng Ngãi\r\n2021-08-31T15:30:05+07:00")
    # Where it is drawn: two lines of size 10 under the signer's name, inside the organisation's field.
    _text, [name] = text_boxes(signed_by_both, placement.page, signing_keys.PERSON)
    field = placement.organisation
    image, height = render(signed_by_both, placement.page)
    # The 36 mm seal reaches a little below the name line; the text starts under both.
    under = Box(field.left - 10, field.bottom - 20, field.right + 10, min(name.bottom, placement.seal.bottom) - 0.5)
    lines = coloured(image, height, under, is_dark)
    assert lines is not None
    assert field.left - 1 <= lines.left and lines.right <= field.right + 1 and lines.bottom >= field.bottom - 1
    assert 2 * 7 < lines.height < 2 * 12 + 4  # two lines of size 10 (leading 12)
    assert lines.top < name.bottom
    assert coloured(image, height, under, is_red) is None  # black, clear of the seal
    assert coloured(image, height, under, is_blue) is None


def test_organisation_text():
    from datetime import datetime, timedelta, timezone

    signed_at = datetime(2021, 8, 31, 15, 30, 5, 123456, tzinfo=timezone(timedelta(hours=7)))
    assert stamps.organisation_text("Sở Ngoại vụ", signed_at) == "Sở Ngoại vụ\n2021-08-31T15:30:05+07:00"


def test_no_placement_without_the_signers_name(report, blank_pdf):
    for pdf in (report, blank_pdf):
        with pytest.raises(StampError) as raised:
            stamps.find_placement(pdf, "Trần Thị Bình", "GIÁM ĐỐC")
        assert str(raised.value) == (
            "Không tìm thấy tên người ký «Trần Thị Bình» ở trang cuối của bản PDF để đặt chữ ký."
        )


def test_placement_without_the_title(report, placement):
    found = stamps.find_placement(report, signing_keys.PERSON, image_ratio=2.0)
    _text, [name] = text_boxes(report, placement.page, signing_keys.PERSON)
    assert found.page == placement.page
    assert found.signature.bottom >= name.top
    assert found.seal.width == pytest.approx(36 * POINTS_PER_MM)


def test_placement_ignores_case_and_decomposed_letters(report, placement):
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "nguyễn văn an")
    assert stamps.find_placement(report, decomposed, "giám đốc", image_ratio=2.0) == placement
