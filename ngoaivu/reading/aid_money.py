"""Money that is foreign NGO aid, and money that is not: ODA and loans, a development bank's,
investment, counterpart funds, a person's or a business's gift. cues.py counts a figure of money
or aid items as aid only when the words around it say so."""

from __future__ import annotations

import re

from .lexicon import TOPICS as _TOPICS
from .measures import measures_of
from .mentions import Group


# Projects counted to date in a paragraph about aid: "Lũy kế từ trước đến nay, … đã và đang
# triển khai khoảng 269 chương trình, dự án, với tổng số … 392,085 tỉ đồng".
TOTAL_WORDS = r"tổng\s+(?:số\s+)?(?:vốn|giá\s+trị|kinh\s+phí|mức|tiền)"  # "tổng vốn", "tổng số tiền"
_AID_TOTAL = re.compile(rf"lũy\s+kế|luỹ\s+kế|{TOTAL_WORDS}", re.I)
# A sponsor who is a person or a business gives no foreign NGO aid: "ông Johnathan Hạnh Nguyễn - chủ
# tịch Tập đoàn Liên Thái Bình Dương … đã tài trợ toàn bộ số tiền vé cho 77 ngư dân với trị giá trên 500
# triệu đồng"
_SPONSOR = re.compile(
    r"(?<!\w)(?:(?i:ông|bà)\s+[A-ZĐ]|(?i:tập\s+đoàn|công\s+ty|doanh\s+nghiệp|nhà\s+hảo\s+tâm|mạnh\s+thường\s+quân))"
    r"[^.;]{0,120}?(?<!\w)(?i:tài\s+trợ)",
)
# ODA, loans and the development banks' money, which is no NGO aid in a sentence that names no NGO
_LENDING = (
    r"(?-i:ODA|WB|ADB)|vốn\s+vay|vay\s+ưu\s+đãi|ngân\s+hàng\s+(?:thế\s+giới|phát\s+triển\s+châu\s+á)|world\s+bank"
)
_LENDERS = re.compile(_LENDING, re.I)
# the same named in the figure's own words, after it and before a stop: "29 dự án vốn ODA"
_LENT_AFTER = re.compile(rf"[^.;,\d]{{0,80}}?(?:{_LENDING})", re.I)
_NGO = re.compile(r"PCPNN|phi\s+chính\s+phủ|viện\s+trợ", re.I)
# Money that is not aid though the sentence speaks of NGOs before a ";": investment, loans,
# counterpart funds.
_OTHER_FUNDS = re.compile(r"(?-i:FDI|ODA)|đầu\s+tư|vốn\s+vay|vay\s+ưu\s+đãi|đối\s+ứng", re.I)
_DISBURSED = re.compile(r"giải\s+ngân", re.I)
# A foreign organisation named, giving: "Tổ chức Bright Future Foundation đã đầu tư 120 nghìn USD thực hiện
# dự án …" (an organisation under a name in Latin letters, not "công ty"), or one named by its acronym alone
# giving something of a worth: "Tỉnh X: KVO bàn giao trạm y tế trị giá 2,5 tỷ đồng". The state's own
# acronyms (UBND, MTTQ…) and those of loans or investment are no such giver.
_LATIN_NAME = r"[A-Z][A-Za-z'&.-]*(?:\s+(?:[A-Z][A-Za-z'&.-]*|of|for|the|and|de|des|du))*"
_STATE_ACRONYMS = r"UBND|UBMTTQ|MTTQ|CHQS|BCH|THCS|THPT|CSGT|TP|TX|ODA|FDI|WB|ADB|VND|USD"
_FOREIGN_GIVER = re.compile(
    rf"(?<!\w)(?i:tổ\s+chức)\s+(?-i:{_LATIN_NAME})(?!\w)"
    rf"|(?:^|[:;,.]\s*)(?!(?:{_STATE_ACRONYMS})(?!\w))(?-i:[A-Z]{{3,6}})\s+(?i:đã\s+)?"
    r"(?i:bàn\s+giao|trao\s+tặng|trao|tặng|khánh\s+thành)(?!\w)[^.;]{0,80}?(?i:trị\s+giá)",
)
# projects being carried out, the verb just before their count: "đang thực hiện 6 dự án", "triển khai 4 dự án"
_CARRIED_OUT = re.compile(r"(?<!\w)(?:thực\s+hiện|triển\s+khai)\s+(?:(?:gần|khoảng|hơn|trên)\s+)?$", re.I)
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")


_BUSINESSES = re.compile(r"(?<!\w)(?:doanh\s+nghiệp|công\s+ty|tập\s+đoàn|nhà\s+hảo\s+tâm|kiều\s+bào)(?!\w)", re.I)


def other_money(sentence: str) -> bool:
    """The sentence speaks of money that is no NGO aid: investment, loans, counterpart funds, a
    business's, an overseas Vietnamese's or a person's gift ("nhiều doanh nghiệp FDI … đóng góp
    hơn 3,1 tỷ đồng", "Kiều bào đóng góp hơn 18 tỷ đồng")."""
    return bool(_OTHER_FUNDS.search(sentence) or _SPONSOR.search(sentence) or _BUSINESSES.search(sentence))


def lent_after(sentence: str, group: Group) -> bool:
    """The figure's own words name ODA, a loan or a development bank: "29 dự án vốn ODA", no aid nor a
    part of an aid total."""
    return _LENT_AFTER.match(sentence, group.end) is not None


def lent_money(sentence: str, paragraph: str = "") -> bool:
    """The sentence (with what comes before its ";") speaks of ODA, loans or a development bank's money
    and names no NGO: "Tổng nguồn vốn ODA phân bổ cho dự án … là 24,2 tỉ đồng; dự án … VnSAT là 40 tỉ đồng"."""
    whole = whole_sentence(paragraph, sentence) if paragraph else sentence
    return bool(_LENDERS.search(whole)) and not _NGO.search(whole)


def whole_sentence(paragraph: str, piece: str) -> str:
    """The sentence a piece cut at ";" belongs to: "Liên hiệp vận động các tổ chức PCPNN tài trợ
    …; kết quả đã tiếp nhận … 70,8 tỷ đồng." The money's topic may be named before the ";"."""
    at = paragraph.find(piece) if piece else -1
    if at < 0:
        return piece
    starts = [m.end() for m in _SENTENCE_STOP.finditer(paragraph, 0, at)]
    end = _SENTENCE_STOP.search(paragraph, at + len(piece.rstrip(".!?")))  # its own stop, not the next one's
    return paragraph[starts[-1] if starts else 0 : end.start() if end else len(paragraph)]


def sponsored(sentence: str, group: Group) -> bool:
    """A person or a business sponsors what the figure counts, and the sentence names no NGO."""
    return bool(_SPONSOR.search(sentence, 0, group.start) and not _NGO.search(sentence))


def foreign_giver(sentence: str, group: Group) -> bool:
    """A foreign organisation, by a name in Latin letters or by its acronym, gives the money before it,
    and no business is named: "Tổ chức Blue Sky Foundation đầu tư 2 tỷ đồng xây trường", "XYZ bàn
    giao trạm y tế trị giá 3 tỷ đồng"."""
    return bool(_FOREIGN_GIVER.search(sentence, 0, group.start)) and not _BUSINESSES.search(sentence)


def carried_out(sentence: str, group: Group) -> bool:
    return _CARRIED_OUT.search(sentence, 0, group.start) is not None


def told_as_aid(units: set, sentence: str, context: str, paragraph: str, headline: str, group: Group) -> bool:
    """The words around a figure of money or aid items name aid: in its sentence, the money's headings,
    the sentence before its ";", a total to date in a paragraph about aid, a disbursement under a
    headline about it, a foreign organisation giving it."""
    aid = _TOPICS["aid"]
    return bool(
        aid.search(sentence)
        or ("money" in units and aid.search(context))
        or ("money" in units and foreign_giver(sentence, group))
        or (
            not _OTHER_FUNDS.search(sentence)
            and (
                aid.search(whole_sentence(paragraph, sentence))
                or (_AID_TOTAL.search(sentence) and aid.search(paragraph))
                # "giá trị giải ngân … đạt gần 350 nghìn USD" in a text about NGOs
                # or "Tổng vốn của dự án: 468.000.000 VND" under a headline about an aid: its total
                or (
                    "money" in units
                    and (_DISBURSED.search(sentence) or _AID_TOTAL.search(sentence))
                    and aid.search(headline)
                )
                # "Hiện nay, KFHI đang thực hiện 6 dự án tại …" under a headline about NGOs: their projects
                or ("aid_items" in units and carried_out(sentence, group) and aid.search(headline))
            )
        )
    )


# an amount told as a share of the commitment: "đã giải ngân gần 7,7 tỉ đồng, đạt 57,04% tổng vốn cam kết"
_SHARE_OF_COMMITTED = re.compile(
    r"[^.;]{0,20}?(?<!\w)(?:đạt|bằng|chiếm)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?(\d+(?:,\d+)?)\s*%\s+"
    r"(?:so\s+với\s+)?(?:tổng\s+)?(?:số\s+)?(?:vốn|giá\s+trị|kinh\s+phí)\s+(?:đã\s+)?cam\s+kết",
    re.I,
)


def share_of_committed(sentence: str, group: Group, indicator: str | None, scope: str, facts: list[dict]) -> str:
    """The scope of an amount of aid, or of the commitment it is the share of it says ("Đến nay, đã
    giải ngân gần 7,7 tỉ đồng, đạt 57,04% tổng vốn cam kết" after 13,7 tỉ committed in the year: of
    the year), when the last amount of aid told before is that commitment (within 2 points)."""
    share = _SHARE_OF_COMMITTED.match(sentence, group.end)
    if indicator != "aid" or scope not in ("period", "ytd") or share is None:
        return scope
    measures = measures_of("aid", group, 1)
    if "value" not in measures:
        return scope
    committed = next((f for f in reversed(facts) if f["indicator"] == "aid" and "value" in f), None)
    if (
        committed is None
        or committed["scope"] not in ("period", "ytd")
        or committed["currency"] != measures["currency"]
    ):
        return scope
    ratio = measures["value"] / committed["value"] * 100
    return committed["scope"] if abs(ratio - float(share[1].replace(",", "."))) <= 2 else scope


# the amount told just before, named again as what it is given to: "Số tiền này được cấp cho 3 dự án",
# "Khoản viện trợ này dành cho 4 dự án"
_THIS_MONEY = re.compile(
    r"(?<!\w)(?:số\s+tiền|khoản\s+(?:tiền|viện\s+trợ|tài\s+trợ)|nguồn\s+vốn|kinh\s+phí)\s+(?:này|trên|nói\s+trên)"
    r"[^.;]{0,40}?(?<!\w)(?:cho|vào)\s+(?:(?:gần|khoảng|hơn|trên)\s+)?$",
    re.I,
)


def given_to(sentence: str, group: Group, facts: list[dict]) -> str | None:
    """ "aid" for the projects the aid told just before is given to ("… sẽ tài trợ 181.000 USD …
    ¶ Số tiền này được cấp cho 3 dự án …"), when the last fact read is that amount of aid."""
    if group.units() != {"aid_items"} or not facts or _THIS_MONEY.search(sentence, 0, group.start) is None:
        return None
    return "aid" if facts[-1]["indicator"] == "aid" and "value" in facts[-1] else None
