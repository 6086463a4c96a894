"""Invariants of the 2025 provincial reorganization data (pure)."""

import re
import unicodedata
from collections import Counter
from datetime import date

import pytest

from ngoaivu.pure.provinces_2025 import (
    CITY,
    EFFECTIVE,
    FORMER_NAMES,
    NEW_PROVINCES,
    OLD_PROVINCES,
    PROVINCE,
    RESOLUTION,
    SOURCES,
    old_by_code,
    successor,
)

# The 11 units the resolution does not rearrange.
UNCHANGED = {
    "Hà Nội",
    "Huế",
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Cao Bằng",
}


def _nfc(text: str) -> bool:
    return unicodedata.normalize("NFC", text) == text


def test_counts_and_unique_codes():
    assert len(OLD_PROVINCES) == 63
    assert len(NEW_PROVINCES) == 34
    old_codes = [old.code for old in OLD_PROVINCES]
    assert len(set(old_codes)) == 63
    assert all(re.fullmatch(r"\d\d", code) for code in old_codes)
    assert old_codes[0] == "01" and old_codes[-1] == "96"
    assert old_codes == sorted(old_codes)
    assert len({old.name for old in OLD_PROVINCES}) == 63
    new_codes = [new.code for new in NEW_PROVINCES if new.code is not None]
    assert len(new_codes) == len(set(new_codes))
    assert len({new.name for new in NEW_PROVINCES}) == 34


def test_every_old_province_is_in_exactly_one_new_one():
    counted = Counter(code for new in NEW_PROVINCES for code in new.formed_from)
    assert set(counted) == {old.code for old in OLD_PROVINCES}
    assert set(counted.values()) == {1}


def test_eleven_unchanged_twenty_three_merged():
    unchanged = [new for new in NEW_PROVINCES if len(new.formed_from) == 1]
    merged = [new for new in NEW_PROVINCES if len(new.formed_from) > 1]
    assert len(unchanged) == 11 and len(merged) == 23
    assert {new.name for new in unchanged} == UNCHANGED
    for new in unchanged:
        (code,) = new.formed_from
        old = old_by_code(code)
        assert (new.code, new.name, new.kind) == (old.code, old.name, old.kind)
    assert sum(len(new.formed_from) for new in merged) == 52


def test_kinds():
    assert all(unit.kind in (PROVINCE, CITY) for unit in (*OLD_PROVINCES, *NEW_PROVINCES))
    assert {old.name for old in OLD_PROVINCES if old.kind == CITY} == {
        "Hà Nội",
        "Hải Phòng",
        "Huế",
        "Đà Nẵng",
        "Hồ Chí Minh",
        "Cần Thơ",
    }
    assert Counter(new.kind for new in NEW_PROVINCES) == {PROVINCE: 28, CITY: 6}


def test_new_units_keep_a_name_and_a_code_of_their_parts():
    for new in NEW_PROVINCES:
        parts = [old_by_code(code) for code in new.formed_from]
        assert new.name in {old.name for old in parts}
        assert new.code is None or new.code in new.formed_from


def test_kon_tum_and_quang_ngai_become_quang_ngai():
    kon_tum = next(old for old in OLD_PROVINCES if old.name == "Kon Tum")
    quang_ngai = next(old for old in OLD_PROVINCES if old.name == "Quảng Ngãi")
    new = successor(kon_tum.code)
    assert new is successor(quang_ngai.code)
    assert (new.name, new.kind, new.code) == ("Quảng Ngãi", PROVINCE, "51")
    assert sorted(new.formed_from) == sorted([kon_tum.code, quang_ngai.code])
    assert new.basis == f"{RESOLUTION}, Điều 1 khoản 11"


def test_a_reused_code_names_the_new_unit():
    assert old_by_code("44").name == "Quảng Bình"
    assert successor("44").name == "Quảng Trị"
    assert successor("45").code == "44"


def test_names_are_nfc_and_trimmed():
    texts = [unit.name for unit in (*OLD_PROVINCES, *NEW_PROVINCES)]
    texts += [new.basis for new in NEW_PROVINCES] + [new.seat for new in NEW_PROVINCES if new.seat]
    texts += [name for name, _ in FORMER_NAMES.values()]
    texts += [part for source in SOURCES for part in source]
    for text in texts:
        assert _nfc(text), text
        assert text == text.strip() and "  " not in text, text


def test_basis_cites_a_clause_of_article_1():
    clauses = []
    for new in NEW_PROVINCES:
        match = re.fullmatch(re.escape(RESOLUTION) + r", Điều 1 khoản (\d+)", new.basis)
        assert match, new.basis
        clauses.append((len(new.formed_from) > 1, int(match.group(1))))
    assert sorted(clause for merged, clause in clauses if merged) == list(range(1, 24))
    assert {clause for merged, clause in clauses if not merged} == {24}


def test_effective_date_and_sources():
    assert EFFECTIVE == date(2025, 7, 1)
    assert SOURCES
    for what, address, read in SOURCES:
        assert what and address.startswith("https://")
        date.fromisoformat(read)


def test_unknown_code():
    with pytest.raises(KeyError):
        successor("03")
    with pytest.raises(KeyError):
        old_by_code("97")
