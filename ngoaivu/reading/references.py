"""Citations of Vietnamese legal and administrative documents.

Reports cite what they answer or implement: "Thực hiện Công văn số 1353/SNgV-ĐN
ngày 09/11/2023 của Sở Ngoại vụ về ...". This module turns such citations into
Reference values. Standard library only, so migrations, commands and tests can use
it without Django. Input is text rendered from Word/PDF: stray line breaks inside a
sentence, ``**bold**`` markers and footnote marks ("tỉnh¹.") are expected.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date

from .doc_numbers import (
    DOC_TYPES,
    TYPES,
    TYPE_MATCHERS,
    MARKS,
    FOOTNOTE,
    DASH_CHARS,
    DASHES,
    NUMBER,
    DATE,
    date_from,
    parse_date_vi,
    party_style,
    kind_of_number,
)

__all__ = [
    "Reference",
    "parse_reference",
    "find_references",
    "parse_date_vi",
    "kind_of_number",
    "party_style",
    "DOC_TYPES",
]

# Words that make a kind of its own of a known one, before "số": "Báo cáo thẩm định số
# 85/BC-STP", "Thông báo kết luận số 45/TB-UBND", "Công văn hỏa tốc số …". A closed list: other
# words there ("Kế hoạch của tỉnh số …") are no kind.
QUALIFIERS = (
    "thẩm định",
    "thẩm tra",
    "kết luận",
    "liên ngành",
    "hỏa tốc",
    "thượng khẩn",
    "khẩn",
    "tổng kết",
    "sơ kết",
    "giải trình",
    "tiếp thu",
    "chỉ đạo",
    "công tác",
    "hành động",
    "chuyên đề",
    "định kỳ",
    "mật",
)
_QUALIFIER = r"\s+(?:" + "|".join(r"\s+".join(q.split()) for q in QUALIFIERS) + r")(?=\s+(?i:số)\b)"
_HEAD = re.compile(
    rf"(?<!\w)(?P<type>(?i:{TYPES}))(?P<qualifier>{_QUALIFIER})?"
    rf"(?:\s+(?P<so>(?i:số))(?P<colon>\s*:)?)?\s*\**(?P<number>{NUMBER})"
)
# A law cited by its name and number: "Luật Tổ chức chính quyền địa phương số 72/2025/QH15",
# "Bộ luật Lao động số 45/2019/QH14" (a name of words, no figure, no punctuation, then "số").
_LAW_HEAD = re.compile(
    r"(?<!\w)(?P<type>(?:Bộ\s+)?[Ll]uật|Pháp\s+lệnh)(?P<name>(?:\s+[^\W\d_]+){1,14}?)\s+(?P<so>số)(?P<colon>)"
    r"\s*(?P<number>[0-9]+/[0-9]{4}/(?:QH|UBTVQH)[0-9]{1,2})(?![\w/])"
)
# A second number of the same kind, cited right after the first without its kind: "Văn bản số
# 12/UBND-KT ngày 1/2/2020 và số 15/UBND-KT ngày 3/2/2020", "các Quyết định số 12/…, số 13/…".
_SIBLING_HEAD = re.compile(
    rf"\s*(?:[,;]\s*(?:(?i:và|hoặc)\s+)?|\s(?i:và|hoặc)\s+)(?P<at>(?P<so>(?i:số))?(?P<colon>\s*:)?\s*\**)"
    rf"(?P<number>{NUMBER})(?![\w/])"
)
# A number cited without a known kind before it: "Báo cáo kiểm điểm số 85/BC-STP", "theo số
# 412/SNgV-LS ngày 03/9/2022", "(1180/QĐ-UBND)". It must look like a document number on its own
# (a year, a hyphenated code or the Party's form) or follow "số"; the kind comes from its code.
_BARE_HEAD = re.compile(
    rf"(?<![\w/.-])(?P<at>(?:(?P<so>(?i:số))(?P<colon>\s*:)?\s*)?\**)"
    rf"(?P<number>{NUMBER})(?![\w/])"
)
# The start of another citation ("Quyết định số 5…"): an issuer or summary stops before it.
_NEXT_REF = rf"(?i:{TYPES})(?:{_QUALIFIER})?\s+(?:(?i:số)\s*)?[0-9]"

_DATE_AFTER = re.compile(
    rf"[\s,{MARKS}*]*(?:\(\s*(?:(?i:ngày)\s+)?"
    # "ngày01/3/2012": pages that lost the space
    r"|(?:(?i:(?:được\s+)?(?:ký|đề|ban\s+hành(?:\s+vào)?))\s+)?(?i:ngày)\s*(?=[0-9]))"
    rf"(?:{DATE})(?![0-9])(?:\s*\))?"
)
# A number without its code, as the press often cites one: "Quyết định số 1234 ngày 14/5/2019".
# Only with a kind, "số" and a date after it (or before it: "Ngày 7.11.2019, UBND tỉnh đã ký
# Quyết định số 2401 về …"); the date is what makes it a document's number.
_SHORT_NUMBER = (
    rf"(?<!\w)(?P<type>(?i:{TYPES}))(?P<qualifier>{_QUALIFIER})?\s+(?P<so>(?i:số))(?P<colon>)"
    rf"\s*(?P<number>[0-9]{{1,5}})(?![0-9/]|[.,]?[0-9]|\w)"
)
_SHORT_HEAD = re.compile(rf"{_SHORT_NUMBER}(?={_DATE_AFTER.pattern})")
_SHORT_HEAD_DATED_BEFORE = re.compile(_SHORT_NUMBER)
# Or its issuing told right after the issuer: "Công văn số 3598 của UBND tỉnh ban hành ngày 17/11" — a
# document issued as the sentence tells, though its date gives no year.
_ISSUED_BY_ISSUER_AFTER = re.compile(r"\s+(?i:của)\s+[^.;:,\n]{1,80}?\s+(?i:(?:đã\s+)?(?:ký\s+)?ban\s+hành|ký)(?!\w)")
# The same without "số", any case: "Ngày 25-5-2020, UBND tỉnh ban hành công văn 2531 về việc …" — a
# document issued as the sentence tells (not a year: "ban hành Kế hoạch 2020").
_BARE_HEAD_DATED_BEFORE = re.compile(
    rf"(?<!\w)(?P<type>(?i:{TYPES}))(?P<qualifier>)\s+(?P<so>)(?P<colon>)"
    r"(?P<number>(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]{1,5})(?![0-9/.,-]|\w|\s*(?:%|\w+\s+(?:đồng|USD)))"
)
# The press names a document by its kind and a short number, capitalised: "Quyết định 28",
# "Quy chế 295 năm 2010" (not a year: "Nghị quyết 2020").
_PRESS_HEAD = re.compile(
    r"(?<!\w)(?P<type>Quyết\s+định|Quy\s+chế|Nghị\s+định|Nghị\s+quyết|Chỉ\s+thị|Thông\s+tư|Kết\s+luận)"
    r"(?P<qualifier>)\s+(?P<so>)(?P<colon>)(?P<number>(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]{1,4})"
    r"(?![0-9/.,-]|\w|\s*(?:%|\w+\s+(?:đồng|USD)))"
)
# A kind, "số" and a short number: "Chỉ thị số 32 thành các chương trình", "theo quyết định số 487
# năm 2011 của Giám đốc": a document cited by its number alone.
_KIND_SHORT_NUMBER_HEAD = re.compile(
    r"(?<!\w)(?P<type>(?i:quyết\s+định|quy\s+chế|nghị\s+định|nghị\s+quyết|chỉ\s+thị|thông\s+tư|kết\s+luận))"
    r"(?P<qualifier>)\s+(?P<so>(?i:số))(?P<colon>)\s+(?P<number>[0-9]{1,4})"
    r"(?![0-9/.,-]|\w|\s*(?:%|\w+\s+(?:đồng|USD)))"
)
_OF = re.compile(rf"[\s,{MARKS}*]*(?i:của)\s+")
# "Quyết định số 456/QĐ-UBND do UBND tỉnh ban hành ngày 12/3/2016"
_ISSUED_BY_AFTER = re.compile(
    rf"\s*,?\s*(?i:do)\s+(?P<issuer>[^,.;:\n]{{1,80}}?)\s+(?i:(?:ký\s+)?ban\s+hành(?:\s+vào)?\s+ngày)\s*(?:{DATE})(?![0-9])"
)
# "Ngày 14-2-2012, Bộ Chính trị ban hành Kết luận số 16-KL/TW": the date and the issuer stand
# before the citation. Read backwards from the citation, within its sentence.
_ISSUED_BY = r"(?i:(?:đã\s+)?(?:(?:ký\s+)?ban\s+hành(?:\s+kèm\s+theo)?|có|gửi|ký|phát\s+hành|trình|ra))"
_DATE_BEFORE = re.compile(rf"(?i:ngày)\s+(?:{DATE})\s*,?\s*(?P<issuer>[^,.;:\n]{{1,120}}?)\s+{_ISSUED_BY}\s+$")
# "được thành lập ngày 17/3/2004 theo Quyết định số 37/2004/QĐ-TTg": done on the date of the decision
_DATE_THEN_BY = re.compile(rf"(?i:ngày)\s+(?:{DATE})\s+(?i:theo|tại)\s+$")
# "…, ngày 06-8-2012, Thủ tướng Chính phủ ban hành Chỉ thị số 21/CT-TTg": a date after a
# comma that introduces the next document's issuing is that one's, not this one's.
_DATE_OF_NEXT = re.compile(rf"\s*,\s*[^,.;:\n]{{1,120}}?\s+{_ISSUED_BY}\s+(?i:{TYPES})")
_SUMMARY_LEAD = re.compile(rf"[\s{MARKS}*]*(?=(?i:về|ban\s+hành|v/v)\s)")
# Words that begin the predicate after "của X": the issuer ends before them.
_ISSUER_STOP = re.compile(
    rf"[;,(.:…)!?{MARKS}]"
    r"|\s(?i:về|ban\s+hành|trong|thực\s+hiện|theo|để|nhằm|bãi\s+bỏ|phê\s+duyệt|"
    r"hướng\s+dẫn|triển\s+khai|đã|gửi|được|ký|đề)(?=\s|$)"
    r"|\s(?i:ngày)\s*[0-9]"
    rf"|\s+(?:(?i:và)\s+)?(?={_NEXT_REF})"
)
_SUMMARY_STOP = re.compile(r"[;.:…!?()]")
_MAX_ISSUER, _MAX_SUMMARY = 200, 1000  # far longer than any real one
# "… về thực hiện Nghị quyết số 22-NQ/TW và Quyết định số 590/…": a citation joined
# by "và" is a sibling of this one, not part of what it is about.
_SIBLING = re.compile(rf"\s+(?i:và)\s+(?={_NEXT_REF})")
_BREAK = re.compile(r"\n\s*")
_SPACES = re.compile(r"\s+")
# "Tỉnh ủy vừa ban hành Kế hoạch số 53 triển khai …": a document by its short number, issued
_ISSUED_JUST_BEFORE = re.compile(r"(?i:ban\s+hành|đã\s+ký)\s+$")
_GLUED_DATE = re.compile(r"(?<=[^\W\d_])(?=ngày\s*\d)")


@dataclass(frozen=True)
class Reference:
    doc_type: str  # canonical type name, e.g. "Quyết định"
    number: str  # "06/2021/QĐ-UBND", "22-NQ/TW"
    issued_on: date | None
    issuer: str | None  # text after "của", whitespace collapsed
    summary: str | None  # "về việc …", "về …" or "ban hành …" as written
    text: str  # the exact matched span of the NFC-normalised input


def _clause_end(text: str, pos: int, most: int) -> int:
    """End of the paragraph starting at pos, looking at most `most` characters ahead
    (a bound so that a text without breaks or full stops stays linear).

    A line break followed by a lower-case letter is a stray break inside a sentence
    (Word rendering: "của Sở Ngoại\\n\\nvụ về ..."); any other break ends the clause.
    """
    limit = min(len(text), pos + most)
    for m in _BREAK.finditer(text, pos, limit):
        if not text[m.end() : m.end() + 1].islower():
            return m.start()
    return limit


def _clean(fragment: str) -> str:
    return _SPACES.sub(" ", FOOTNOTE.sub("", fragment)).strip(" ,")


def _summary_end(text: str, start: int, limit: int) -> int:
    """Where "về …" ends: ; . : or the paragraph end, or a ")" closing a bracket
    opened before the citation, as in "(Công văn số … về …), trong đó"."""
    sibling = _SIBLING.search(text, start, limit)
    if sibling:
        limit = sibling.start()
    depth = 0
    for m in _SUMMARY_STOP.finditer(text, start, limit):
        if m[0] == "(":
            depth += 1
        elif m[0] == ")" and depth:
            depth -= 1
        else:
            return m.start()
    return limit


def _normalise_number(number: str) -> str:
    # as written: "60/2012/QĐ- UBND", "12/SNgV–VP", and "22/NQ-TW" for the Party's "22-NQ/TW", stay so
    return number.rstrip(".," + DASH_CHARS)


def _is_own_number_line(text: str, head: re.Match) -> bool:
    """The report's own "Số: 15/BC-SNgV" line, e.g. after a "BÁO CÁO" title."""
    if not (head["so"] and head["colon"]):
        return False
    line_start = text.rfind("\n", 0, head.start("so")) + 1
    return not text[line_start : head.start("so")].strip(" \t*#")


def _parse_at(text: str, head: re.Match, kind: str | None = None) -> Reference:
    end = head.end()
    issued_on = issuer = summary = None
    m = _DATE_AFTER.match(text, end)
    if m and not (text[m.start() : m.end()].lstrip().startswith(",") and _DATE_OF_NEXT.match(text, m.end())):
        issued_on, end = date_from(m), m.end()
    elif (before := _DATE_BEFORE.search(text, max(0, head.start() - 250), head.start())) is not None:
        issued_on, issuer = date_from(before), _clean(before["issuer"]) or None
    elif (by_date := _DATE_THEN_BY.search(text, max(0, head.start() - 60), head.start())) is not None:
        issued_on = date_from(by_date)
    by = _ISSUED_BY_AFTER.match(text, end) if issued_on is None else None
    if by is not None:
        issued_on, issuer, end = date_from(by), _clean(by["issuer"]) or None, by.end()
    m = _OF.match(text, end)
    if m and issuer is None:
        limit = _clause_end(text, m.end(), _MAX_ISSUER)
        stop = _ISSUER_STOP.search(text, m.end(), limit)
        cut = stop.start() if stop else limit
        issuer = _clean(text[m.end() : cut]) or None
        if issuer:
            end = m.end() + len(text[m.end() : cut].rstrip())
            late = _DATE_AFTER.match(text, end) if issued_on is None else None
            if (
                late and "," not in text[end : late.start("d") if late["d"] else late.start("d2")]
            ):  # "Công văn số 412/SNgV-LS của Sở Ngoại vụ ngày 03/9/2022"
                issued_on, end = date_from(late), late.end()
    m = _SUMMARY_LEAD.match(text, end)
    if m:
        limit = _clause_end(text, m.end(), _MAX_SUMMARY)
        cut = _summary_end(text, m.end(), limit)
        summary = _clean(text[m.end() : cut]) or None
        if summary:
            end = m.end() + len(text[m.end() : cut].rstrip())
    if kind is not None:
        doc_type = kind
    else:
        doc_type = next((t for t, rx in TYPE_MATCHERS if rx.fullmatch(head["type"])), "Luật")
    if kind is None and head.re is not _LAW_HEAD and head["qualifier"]:
        doc_type = f"{doc_type} {_clean(head['qualifier']).lower()}"
    return Reference(
        doc_type=doc_type,
        number=_normalise_number(head["number"]),
        issued_on=issued_on,
        issuer=issuer,
        summary=summary,
        text=text[head.start("at") if kind is not None else head.start() : end],
    )


_FORM_BEFORE = re.compile(r"(?<!\w)(?:mẫu|biểu\s+mẫu)(?:\s+số)?\s*$", re.I)


def _is_bare_citation(head: re.Match) -> bool:
    """A number standing alone is a citation when it follows "số" or reads as one by itself;
    "Số: 1355/QĐ-UBND" with no kind before it is a document's own number, however laid out."""
    number = head["number"]
    if _FORM_BEFORE.search(head.string, max(0, head.start("number") - 20), head.start("number")):
        return False  # "theo mẫu 02/2020/NG-XNC": a form, no document
    if head["so"]:
        return not head["colon"]
    return bool(re.search(rf"/[0-9]{{4}}/|{DASHES}", number))


def _iter_references(text: str):
    text = unicodedata.normalize("NFC", text)
    text = _GLUED_DATE.sub(" ", text)  # "122/2001/QĐ-TTgngày 21/8/2001": a space lost before the date
    heads = [h for h in _HEAD.finditer(text) if not _is_own_number_line(text, h)]
    taken = {h.start("number") for h in heads}
    heads += [h for h in _LAW_HEAD.finditer(text) if h.start("number") not in taken]
    heads += list(_SHORT_HEAD.finditer(text))  # never a "Số:" line: a kind stands before "số"
    taken = {h.start("number") for h in heads}
    heads += [
        h
        for h in _SHORT_HEAD_DATED_BEFORE.finditer(text)
        if h.start("number") not in taken
        and (
            _DATE_BEFORE.search(text, max(0, h.start() - 250), h.start())
            or _ISSUED_JUST_BEFORE.search(text, max(0, h.start() - 30), h.start())
            or _ISSUED_BY_ISSUER_AFTER.match(text, h.end())
        )
    ]
    taken = {h.start("number") for h in heads}
    heads += [
        h
        for h in _BARE_HEAD_DATED_BEFORE.finditer(text)
        if h.start("number") not in taken
        and (
            _DATE_BEFORE.search(text, max(0, h.start() - 250), h.start())
            or _ISSUED_JUST_BEFORE.search(text, max(0, h.start() - 30), h.start())
        )
    ]
    taken = {h.start("number") for h in heads}
    heads += [h for h in _PRESS_HEAD.finditer(text) if h.start("number") not in taken]
    heads += [h for h in _KIND_SHORT_NUMBER_HEAD.finditer(text) if h.start("number") not in taken]
    found: list[tuple[int, Reference]] = []
    for head in sorted(heads, key=lambda h: h.start("number")):
        ref = _parse_at(text, head)
        found.append((head.start("number"), ref))
        end = head.start() + len(ref.text)
        while (sibling := _SIBLING_HEAD.match(text, end)) is not None:
            ref = _parse_at(text, sibling, ref.doc_type)
            found.append((sibling.start("number"), ref))
            end = sibling.start("at") + len(ref.text)
    taken = {at for at, _ in found}
    for head in _BARE_HEAD.finditer(text):
        if head.start("number") not in taken and _is_bare_citation(head):
            number = _normalise_number(head["number"])
            found.append((head.start("number"), _parse_at(text, head, kind_of_number(number))))
    # "(Quy chế 272)" after "Quyết định số 272-QĐ/TW": a short name of a document cited in full
    full = {re.sub(r"[^0-9].*", "", ref.number) for _, ref in found if not ref.number.isdigit()}
    for _, ref in sorted(found, key=lambda item: item[0]):
        if not (ref.number.isdigit() and ref.number in full):
            yield ref


def parse_reference(text: str) -> Reference | None:
    """The first citation in text, e.g. "Quyết định số 06/2021/QĐ-UBND ngày 18/3/2021
    của UBND tỉnh"; None when there is none."""
    return next(_iter_references(text), None)


def find_references(text: str) -> list[Reference]:
    """Every citation in order of first appearance, one per number.

    Later mentions are often short ("Kế hoạch số 92/KH-UBND"); the first mention is
    kept and only its missing date, issuer or summary is filled from later ones.
    """
    found: dict[str, Reference] = {}
    for ref in _iter_references(text):
        # One number is one document, whatever the kind's wording ("Báo cáo" and "Báo cáo thẩm
        # định"), the case ("106/QĐ-TTG" in a title is "106/QĐ-TTg"), a stray space ("45- CT/TW") or
        # a Party number written State-style ("22/NQ-TW" and "22-NQ/TW").
        key = "".join(party_style(ref.number).split()).casefold()
        first = found.get(key)
        if first is None:
            found[key] = ref
        else:
            found[key] = replace(
                first,
                issued_on=first.issued_on or ref.issued_on,
                issuer=first.issuer or ref.issuer,
                summary=first.summary or ref.summary,
            )
    return list(found.values())
