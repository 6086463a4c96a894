"""TCVN3 (.VnTime) and VNI → Unicode, by font name and by the text itself."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ngoaivu.reading.legacy import TCVN3, VNI, decode_bytes, detect, encoding_for_font, fix_text, to_unicode

TCVN3_SAMPLES = [
    ("C«ng v¨n sè 1353/SNgV-§N ngµy 09/11/2023", "Công văn số 1353/SNgV-ĐN ngày 09/11/2023"),
    (
        "KÕt qu¶ c«ng t¸c ®èi ngo¹i th¸ng 8/2021 cña Së Ngo¹i vô tØnh Qu¶ng Ng·i",
        "Kết quả công tác đối ngoại tháng 8/2021 của Sở Ngoại vụ tỉnh Quảng Ngãi",
    ),
    (
        "Phèi hîp h­íng dÉn, qu¶n lý 19 ®oµn víi 54 l­ît ng­êi n­íc ngoµi",
        "Phối hợp hướng dẫn, quản lý 19 đoàn với 54 lượt người nước ngoài",
    ),
    (
        "TiÕp tôc thùc hiÖn NghÞ quyÕt sè 22-NQ/TW cña Bé ChÝnh trÞ vÒ héi nhËp quèc tÕ",
        "Tiếp tục thực hiện Nghị quyết số 22-NQ/TW của Bộ Chính trị về hội nhập quốc tế",
    ),
]
VNI_SAMPLES = [
    (
        "Coâng vaên soá 1353/SNgV-ÑN ngaøy 09/11/2023 cuûa Sôû Ngoaïi vuï",
        "Công văn số 1353/SNgV-ĐN ngày 09/11/2023 của Sở Ngoại vụ",
    ),
    (
        "Toaøn tænh coù 02 taøu caù cuøng 19 ngö daân bò nöôùc ngoaøi baét giöõ",
        "Toàn tỉnh có 02 tàu cá cùng 19 ngư dân bị nước ngoài bắt giữ",
    ),
    ("UÛY BAN NHAÂN DAÂN TÆNH QUAÛNG NGAÕI", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"),
    ("Ñaø Naüng, nghóa vuï, vò trí, Vieät Nam", "Đà Nẵng, nghĩa vụ, vị trí, Việt Nam"),
]


@pytest.mark.parametrize("legacy, unicode", TCVN3_SAMPLES)
def test_tcvn3_table(legacy, unicode):
    assert to_unicode(legacy, TCVN3) == unicode
    assert detect(legacy) == TCVN3
    assert fix_text(legacy) == (unicode, TCVN3)


@pytest.mark.parametrize("legacy, unicode", VNI_SAMPLES)
def test_vni_table(legacy, unicode):
    assert to_unicode(legacy, VNI) == unicode
    assert detect(legacy) == VNI
    assert fix_text(legacy) == (unicode, VNI)


def test_every_vietnamese_letter_round_trips_through_tcvn3_lower_case():
    from ngoaivu.reading.legacy import _TCVN3_MAP

    letters = set(_TCVN3_MAP.values())
    # 67 lower-case letters with a mark (and đ), 7 capitals Ă Â Ê Ô Ơ Ư Đ.
    assert len([c for c in letters if c.islower()]) == 67
    assert {c for c in letters if c.isupper()} == set("ĂÂÊÔƠƯĐ")
    assert all(unicodedata.is_normalized("NFC", c) for c in letters)


def test_capitals_of_vntimeh_font():
    # In a ".VnTimeH" font the lower-case codes draw capitals.
    assert to_unicode("b¸o c¸o", TCVN3, upper=True) == "BÁO CÁO"
    # Without the font name, a word whose ASCII letters are capitals is a capital word.
    assert fix_text("B¸O C¸O t×nh h×nh")[0] == "BÁO CÁO tình hình"
    assert fix_text("Së Ngo¹i vô")[0] == "Sở Ngoại vụ"


@pytest.mark.parametrize(
    "font, expected",
    [
        (".VnTime", (TCVN3, False)),
        (".VnTimeH", (TCVN3, True)),
        (".VnArial", (TCVN3, False)),
        ("VNI-Times", (VNI, False)),
        ("Times New Roman", (None, False)),
        (None, (None, False)),
    ],
)
def test_encoding_for_font(font, expected):
    assert encoding_for_font(font) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Công văn số 1353/SNgV-ĐN ngày 09/11/2023 của Sở Ngoại vụ",
        "Thực hiện Quyết định số 272-QĐ/TW ngày 21/01/2015 của Bộ Chính trị¹.",
        "Thông tin chính xác",  # Unicode words that the VNI or TCVN3 tables would also accept
        "hoàn thành, Thông tin, Hà Nội, Đà Nẵng",
        "Champasak, Attapeu, KOTRA, P&G",
        "",
    ],
)
def test_unicode_text_is_left_alone(text):
    assert detect(text) is None
    assert fix_text(text)[0] == text


def test_mixed_document_converts_only_legacy_paragraphs():
    text = "BÁO CÁO\nC«ng t¸c ®èi ngo¹i th¸ng 8/2021\nSở Ngoại vụ báo cáo như sau"
    fixed, encoding = fix_text(text)
    assert encoding == TCVN3
    assert fixed == "BÁO CÁO\nCông tác đối ngoại tháng 8/2021\nSở Ngoại vụ báo cáo như sau"


def test_decode_bytes():
    assert decode_bytes("Công văn".encode("utf-8")) == "Công văn"
    assert decode_bytes("\ufeffCông văn".encode("utf-8")) == "Công văn"
    assert decode_bytes("Công văn".encode("utf-16")) == "Công văn"
    # A TCVN3 text file: single bytes, shown through Latin-1, then converted by fix_text.
    raw = "C«ng v¨n sè 1353 cña Së Ngo¹i vô".encode("latin-1")
    assert fix_text(decode_bytes(raw))[0] == "Công văn số 1353 của Sở Ngoại vụ"
    # Windows-1258 (Vietnamese code page: ô, ơ, ư … precomposed, the tone as a combining mark).
    text = "Công văn của Sở Ngoại vụ tỉnh Quảng Ngãi báo cáo kết quả"
    data = "".join(_cp1258_form(c) for c in text).encode("cp1258")
    assert unicodedata.normalize("NFC", decode_bytes(data)) == text


def _cp1258_form(char):
    tones = "\u0300\u0301\u0303\u0309\u0323"
    decomposed = unicodedata.normalize("NFD", char)
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
    return base + "".join(c for c in decomposed if c in tones)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_fix_text_never_raises(text):
    fixed, encoding = fix_text(text)
    assert isinstance(fixed, str)
    assert encoding in (None, TCVN3, VNI)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_bytes_never_raises(data):
    assert isinstance(decode_bytes(data), str)
