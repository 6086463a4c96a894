"""Where the visible stamps go on a report's last page, and how they look, as Nghị định
30/2020/NĐ-CP, Phụ lục I describes electronic documents:

- the signer's signature: the image of their handwritten signature, blue, PNG with a transparent
  background, between the signer's title and name;
- the organisation's signature: the image of its seal, red, at the seal's real size, PNG with a
  transparent background, covering about a third of the signer's signature image on the left,
  with the organisation's name and the signing time (ISO 8601, Vietnam's time zone) in Times New
  Roman, upright, size 10, black.

The positions come from the text of the rendered page (pypdfium2), so they follow the signature
block wherever the report's length puts it.
"""

from __future__ import annotations

import io
import os
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from ngoaivu.pure.messages import MessageError, gettext_noop

NO_SIGNATURE_BLOCK = gettext_noop("Không tìm thấy tên người ký «%(name)s» ở trang cuối của bản PDF để đặt chữ ký.")
POINTS_PER_MM = 72 / 25.4
# A provincial body's round seal is about 36 mm across; the image is drawn at that size.
SEAL_DIAMETER_MM = 36
INFO_FONT_SIZE = 10
SERIF_FONTS = (
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman.ttf",
)


class StampError(MessageError):
    """The page has no place for the stamps."""


@dataclass(frozen=True)
class Box:
    """A rectangle in PDF points, origin at the bottom left of the page."""

    left: float
    bottom: float
    right: float
    top: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.top - self.bottom

    @property
    def centre(self) -> tuple[float, float]:
        return (self.left + self.right) / 2, (self.bottom + self.top) / 2

    def as_tuple(self) -> tuple[int, int, int, int]:
        return round(self.left), round(self.bottom), round(self.right), round(self.top)


@dataclass(frozen=True)
class Placement:
    """The signature block of the page: where each of the two stamps goes."""

    page: int  # 0-based
    signature: Box  # the signer's signature image
    seal: Box  # the organisation's seal image
    organisation: Box  # the organisation's field: its seal and, under the signer's name, its text


def place(
    name_box: Box,
    title_box: Box | None,
    page: int,
    image_ratio: float = 2.0,
    seal_mm: float = SEAL_DIAMETER_MM,
    signature: Box | None = None,
) -> Placement:
    """The stamps' boxes for a signature block whose name line is name_box and title line title_box
    (None: a gap of 60 pt is assumed above the name). image_ratio: the signature image's width/height.
    signature: where the signer's signature already stands, which the seal then covers."""
    if signature is None:
        gap_top = title_box.bottom if title_box else name_box.top + 60
        gap = max(gap_top - name_box.top, 24.0)
        height, centre_x = gap * 0.9, (name_box.left + name_box.right) / 2
        width, centre_y = height * image_ratio, name_box.top + gap / 2
        signature = Box(centre_x - width / 2, centre_y - height / 2, centre_x + width / 2, centre_y + height / 2)
    centre_y = signature.centre[1]
    diameter = seal_mm * POINTS_PER_MM
    seal_right = signature.left + signature.width / 3
    seal = Box(seal_right - diameter, centre_y - diameter / 2, seal_right, centre_y + diameter / 2)
    text_top = name_box.bottom - 5
    text_height = INFO_FONT_SIZE * 2.6
    organisation = Box(
        min(seal.left, name_box.left),
        min(text_top - text_height, seal.bottom),
        max(signature.right, seal.right),
        seal.top,
    )
    return Placement(page, signature, seal, organisation)


def find_placement(
    pdf: bytes,
    signer_name: str,
    signer_title: str = "",
    seal_mm: float = SEAL_DIAMETER_MM,
    image_ratio: float = 2.0,
    signed_field: str = "",
) -> Placement:
    """The placement for the signer's block, found on the last page that names the signer. When the
    PDF already holds the signature field signed_field, the seal is placed over that signature as
    it was drawn, whatever the signature image's shape."""
    import pypdfium2 as pdfium

    signature = field_box(pdf, signed_field) if signed_field else None
    document = pdfium.PdfDocument(pdf)
    try:
        for index in reversed(range(len(document))):
            page = document[index]
            text = page.get_textpage()
            name_box = _last_box(text, signer_name)
            if name_box is None:
                continue
            title_box = _box_above(text, signer_title, name_box) if signer_title else None
            return place(name_box, title_box, index, image_ratio, seal_mm, signature)
    finally:
        document.close()
    raise StampError(NO_SIGNATURE_BLOCK, name=signer_name)


def field_box(pdf: bytes, name: str) -> Box | None:
    """The rectangle of the PDF's signature field name, or None when it has none."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields

    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    for field_name, _value, reference in fields.enumerate_sig_fields(reader):
        rectangle = reference.get_object().get("/Rect") if field_name == name else None
        if rectangle is not None:
            left, bottom, right, top = (float(value) for value in rectangle)
            return Box(min(left, right), min(bottom, top), max(left, right), max(bottom, top))
    return None


def _boxes(text_page, needle: str) -> list[Box]:
    needle = unicodedata.normalize("NFC", needle.strip())
    if not needle:
        return []
    found = []
    searcher = text_page.search(needle, match_case=False)
    while (match := searcher.get_next()) is not None:
        start, count = match
        boxes = [text_page.get_charbox(i) for i in range(start, start + count)]
        boxes = [b for b in boxes if b[2] > b[0]]
        if boxes:
            found.append(
                Box(
                    min(b[0] for b in boxes),
                    min(b[1] for b in boxes),
                    max(b[2] for b in boxes),
                    max(b[3] for b in boxes),
                )
            )
    return found


def _last_box(text_page, needle: str) -> Box | None:
    boxes = _boxes(text_page, needle)
    return min(boxes, key=lambda box: box.bottom) if boxes else None


def _box_above(text_page, needle: str, name_box: Box) -> Box | None:
    above = [box for box in _boxes(text_page, needle) if box.bottom > name_box.top]
    return min(above, key=lambda box: box.bottom - name_box.top) if above else None


def serif_font() -> str | None:
    """Times New Roman's metric twin (Liberation Serif), or Times New Roman itself when installed,
    as a copy scaled to 1,000 units per em: pyHanko writes the glyph widths of the PDF font in the
    font's own units, which PDF reads as thousandths of an em (a 2,048-unit TrueType font would
    come out twice as wide)."""
    source = next((path for path in SERIF_FONTS if os.path.isfile(path)), None)
    if source is None:
        return None
    scaled = os.path.join(tempfile.gettempdir(), f"ngoaivu-1000em-{os.path.basename(source)}")
    if not os.path.isfile(scaled):
        from fontTools.ttLib import TTFont
        from fontTools.ttLib.scaleUpem import scale_upem

        font = TTFont(source)
        if font["head"].unitsPerEm != 1000:
            scale_upem(font, 1000)
        partial = f"{scaled}.{os.getpid()}"
        font.save(partial)
        os.replace(partial, scaled)  # atomic: two workers may scale at once
    return scaled


def _image(png: bytes):
    from PIL import Image

    image = Image.open(io.BytesIO(png))
    image.load()
    # A palette PNG's transparency (tRNS) becomes an alpha channel, which the PDF image keeps.
    return image.convert("RGBA") if image.mode != "RGBA" else image


def image_ratio(png: bytes) -> float:
    image = _image(png)
    return image.width / image.height


def signer_style(signature_png: bytes, box: Box):
    """The signer's stamp: the signature image filling its box, nothing else."""
    from pyhanko.pdf_utils.images import PdfImage
    from pyhanko.pdf_utils.layout import AxisAlignment, BoxConstraints, InnerScaling, SimpleBoxLayoutRule
    from pyhanko.stamp import StaticStampStyle

    image = PdfImage(_image(signature_png), box=BoxConstraints(box.width, box.height))
    return StaticStampStyle(
        background=image,
        background_opacity=1.0,
        border_width=0,
        background_layout=SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MID,
            y_align=AxisAlignment.ALIGN_MID,
            inner_content_scaling=InnerScaling.STRETCH_TO_FIT,
        ),
    )


def organisation_text(organisation: str, signed_at: datetime) -> str:
    """The two lines under the seal: the organisation's name and the signing time in ISO 8601."""
    return f"{organisation}\n{signed_at.isoformat(timespec='seconds')}"


def organisation_style(seal_png: bytes, placement: Placement):
    """The organisation's stamp: the seal at its real size, top left of the field, and the text
    (organisation_text, passed as the stamp's 'info' parameter) at the bottom left."""
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.images import PdfImage
    from pyhanko.pdf_utils.layout import AxisAlignment, BoxConstraints, InnerScaling, Margins, SimpleBoxLayoutRule
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    field, seal = placement.organisation, placement.seal
    font = serif_font()
    text_style = TextBoxStyle(
        font=GlyphAccumulatorFactory(font, font_size=INFO_FONT_SIZE) if font else TextBoxStyle().font,
        font_size=INFO_FONT_SIZE,
        leading=INFO_FONT_SIZE + 2,
    )
    image = PdfImage(_image(seal_png), box=BoxConstraints(seal.width, seal.height))
    return TextStampStyle(
        stamp_text="%(info)s",
        text_box_style=text_style,
        border_width=0,
        background=image,
        background_opacity=1.0,
        background_layout=SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MIN,
            y_align=AxisAlignment.ALIGN_MAX,
            margins=Margins(left=round(seal.left - field.left), top=round(field.top - seal.top)),
            inner_content_scaling=InnerScaling.NO_SCALING,
        ),
        inner_content_layout=SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MID,
            y_align=AxisAlignment.ALIGN_MIN,
            inner_content_scaling=InnerScaling.NO_SCALING,
        ),
    )
