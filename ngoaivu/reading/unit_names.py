"""Names of issuing bodies, compared as the register holds them: "SỞ NGOẠI VỤ" under "UBND TỈNH
KON TUM" is the "Sở Ngoại vụ tỉnh Kon Tum" of the register. Standard library and ngoaivu.pure only.

A name is compared by a key (case, spacing, the old and new place of the tone mark — "Hoà",
"Hòa" — and "UBND" for "Ủy ban nhân dân" do not count) and by the province it ends with, found in
the 2025 list of provinces (ngoaivu/pure/provinces_2025.py) under any name the province had: the
"tỉnh Thừa Thiên Huế" of an old document is the "thành phố Huế" of today. The province named is
never replaced by the one it became part of: "Sở Ngoại vụ tỉnh Kon Tum" stays the unit of Kon Tum,
a body that ended; which unit carries its work today is the register's successions to say.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ngoaivu.pure.provinces_2025 import FORMER_NAMES, OLD_PROVINCES, successor

__all__ = ["Province", "name_key", "split_province", "header_name", "canonical", "province_now", "issued_by"]

# Tone marks (NFD). Old style writes "hoà", "khoẻ", "thuỷ"; the national lists write "hòa",
# "khỏe", "thủy": at the end of a word the mark moves to the first vowel. "quý" keeps it (qu-).
_TONE = "\u0300\u0301\u0303\u0309\u0323"
# Nothing may follow the mark: "hoặc" (a, dot below, breve, c) keeps its mark where it is.
_END = r"(?![\w\u0300-\u036f])"
_OLD_TONE = re.compile(rf"(o)([ae])([{_TONE}]){_END}|(?<!q)(u)(y)([{_TONE}]){_END}")
# Abbreviations a header or a register name may use for the same words.
_ABBREVIATIONS = (
    (re.compile(r"(?<!\w)ubnd(?!\w)"), "ủy ban nhân dân"),
    (re.compile(r"(?<!\w)hđnd(?!\w)"), "hội đồng nhân dân"),
    (re.compile(r"(?<!\w)tp\.?(?=\s)"), "thành phố"),
)
_KIND_WORDS = ("tỉnh", "thành phố")
# A commune or a district may bear a province's name (huyện Quảng Ninh of Quảng Bình): no province.
_LOCAL_WORDS = ("huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu")


def _new_tone(match: re.Match) -> str:
    first, vowel, tone = (match[1], match[2], match[3]) if match[1] else (match[4], match[5], match[6])
    return first + tone + vowel


def name_key(text: str | None) -> str:
    """ "Ủy ban nhân dân tỉnh Hoà Bình" and "UBND TỈNH HÒA BÌNH" give the same key."""
    key = " ".join(unicodedata.normalize("NFC", text or "").casefold().split())
    key = unicodedata.normalize("NFC", _OLD_TONE.sub(_new_tone, unicodedata.normalize("NFD", key)))
    for pattern, words in _ABBREVIATIONS:
        key = pattern.sub(words, key)
    return key


@dataclass(frozen=True)
class Province:
    """A province as a name names it: its code in the list of 63 and the name with its kind."""

    code: str
    named: str  # "tỉnh Kon Tum", "tỉnh Thừa Thiên Huế": as the list spells the name the text used
    former: bool  # a name the province had before the list's (Thừa Thiên Huế before Huế)


# (key of the name, code, kind, name): every name of the 63, the former ones too, longest first
# so that "thừa thiên huế" is found before "huế".
_NAMES = sorted(
    [(name_key(p.name), p.code, p.kind, p.name) for p in OLD_PROVINCES]
    + [(name_key(name), code, kind, name) for code, (name, kind) in FORMER_NAMES.items()],
    key=lambda entry: -len(entry[0]),
)
_FORMER = {code for code in FORMER_NAMES}


def split_province(text: str | None) -> tuple[str, Province | None]:
    """(key of the body, province) of a name that ends with a province: "Sở Ngoại vụ tỉnh Kon Tum"
    → ("sở ngoại vụ", tỉnh Kon Tum); "Tỉnh Kon Tum" → ("", tỉnh Kon Tum); else (key, None).

    The kind written must be the province's: "UBND thành phố Quảng Ngãi" is the city's committee,
    not the province's, and "UBND huyện Quảng Ninh" a district's, so they name no province.
    """
    key = name_key(text)
    for name, code, kind, spelled in _NAMES:
        if key != name and not key.endswith(" " + name):
            continue
        before = key[: len(key) - len(name)].rstrip()
        written = next((word for word in _KIND_WORDS if before == word or before.endswith(" " + word)), None)
        local = any(before == word or before.endswith(" " + word) for word in _LOCAL_WORDS)
        if local or written not in (None, kind):
            return key, None
        body = before[: len(before) - len(written)].rstrip() if written else before
        former = code in _FORMER and name == name_key(FORMER_NAMES[code][0])
        return body, Province(code, f"{kind} {spelled}", former)
    return key, None


def header_name(issuer: str | None, parent_body: str | None) -> str | None:
    """The issuing body's full name from a header: «VĂN PHÒNG» under «UBND TỈNH QUẢNG NGÃI» is the
    Văn phòng UBND tỉnh Quảng Ngãi (Nghị định 30/2020/NĐ-CP writes a committee's office so); any
    other name is already whole."""
    if name_key(issuer) == "văn phòng" and name_key(parent_body).startswith("ủy ban nhân dân"):
        return f"{issuer} {parent_body}"
    return issuer


def canonical(text: str | None, province: Province | None = None) -> str:
    """The form two names are compared in: the body's key, then the province's code. province:
    the one a name without its own is known to belong to (the body above it in a header)."""
    body, named = split_province(text)
    named = named or province
    return f"{body} #{named.code}".strip() if named else body


def province_now(province: Province) -> tuple[str, bool] | None:
    """(what the province named is called today, whether it was merged into it): ("tỉnh Quảng Ngãi",
    True) for tỉnh Kon Tum, ("thành phố Huế", False) for tỉnh Thừa Thiên Huế; None when the name
    still names the unit (tỉnh Quảng Ngãi, tỉnh Lào Cai)."""
    new = successor(province.code)
    today = f"{new.kind} {new.name}"
    if today == province.named:
        return None
    return today, len(new.formed_from) > 1


def issued_by(issuer: str | None, number: str | None, code: str, names: tuple[str, ...]) -> bool:
    """Whether a document was issued by the body of this code and these names itself: its issuer is
    one of the names ("Sở Ngoại vụ" of "Sở Ngoại vụ tỉnh Quảng Ngãi") or its number's symbol carries
    the code ("39/QĐ-SNgV", "49/SNgV-HTQT"), unless the issuer names another province (the Sở Ngoại
    vụ tỉnh Kon Tum writes SNgV too). A body's own notice is not a document it advised a higher body
    to issue ("tham mưu ban hành")."""
    body, province = split_province(issuer)
    own = [split_province(name) for name in names if name]
    # The unit's province is the one any of its names gives: "Sở Ngoại vụ" is of Quảng Ngãi too.
    own_province = next((named for _body, named in own if named), None)
    if province is not None and own_province is not None and province.code != own_province.code:
        return False
    if body and any(body == own_body for own_body, _named in own):
        return True
    symbol = (number or "").partition("/")[2]
    return bool(code) and code.casefold() in {part.casefold() for part in re.split(r"[-/]", symbol)}
