"""The parts of an official report (Nghị định 30/2020/NĐ-CP layout) found in its text.

Header (issuing body, "Số: 15/BC-SNgV", "Quảng Ngãi, ngày 10 tháng 9 năm 2021"), kind
("BÁO CÁO") and title, the opening paragraphs, the numbered outline (I. / 1. / a) …),
the closing sentence, "Nơi nhận:" and the signature. Every part is optional: the seeds
and old reports often lack the header, and a unit's draft leaves the number blank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .periods_vi import find_period, opening_span_year
from .text import FOOTNOTE_LINE, MARKER, UPPER, Paragraph, paragraphs, superscript_number

KINDS = (
    "BÁO CÁO",
    "TỜ TRÌNH",
    "KẾ HOẠCH",
    "THÔNG BÁO",
    "QUYẾT ĐỊNH",
    "CHƯƠNG TRÌNH",
    "BIÊN BẢN",
    "ĐỀ ÁN",
    "HƯỚNG DẪN",
    "NGHỊ QUYẾT",
    "CHỈ THỊ",
    "CÔNG VĂN",
    "KẾT LUẬN",
    "QUY CHẾ",
    "CÔNG ĐIỆN",
)
_KIND = re.compile(rf"^\s*({'|'.join(KINDS)})(?:\s+(?:TÓM TẮT|NHANH|ĐỊNH KỲ|CHUYÊN ĐỀ))?\s*:?\s*$")
_KIND_WITH_TITLE = re.compile(rf"^\s*(BÁO CÁO|TỜ TRÌNH|KẾ HOẠCH)\s+(?=[{UPPER}])(.{{5,}})$")
_NATIONAL = re.compile(
    r"CỘNG\s+HÒA\s+XÃ\s+HỘI|CỘNG\s+HOÀ\s+XÃ\s+HỘI|Độc\s+lập\s*[-–]\s*Tự\s+do|ĐẢNG\s+CỘNG\s+SẢN", re.I
)
_MOTTO = " CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "


def _motto_piece(text: str) -> bool:
    words = text.upper().replace("HOÀ", "HÒA").split()
    return bool(words) and f" {' '.join(words)} " in _MOTTO


def _in_motto(texts: list[str], i: int) -> bool:
    """Whether line i is a piece of the national motto's first line however the header's column wraps
    it ("CỘNG HÒA XÃ HỘI CHỦ" / "NGHĨA VIỆT NAM", or "CHỦ NGHĨA VIỆT" / "NAM"), read with the line
    before or after it: never the issuer."""
    text = texts[i]
    if not _motto_piece(text):
        return False
    before = texts[i - 1] if i > 0 else ""
    after = texts[i + 1] if i + 1 < len(texts) else ""
    return (
        len(text.split()) >= 2
        or (bool(before) and _motto_piece(f"{before} {text}"))
        or (bool(after) and _motto_piece(f"{text} {after}"))
    )


_NUMBER_LINE = re.compile(r"(?:^|\s)Số\s*[:.]?\s*(?P<num>\d+[a-zA-Z]?)?\s*(?P<fill>[.…_ ]*)/\s*(?P<suffix>[^\s,;]+)")
_DATE_LINE = re.compile(
    # the place name-cased ("Quảng Ngãi, ngày …"), not any words before "ngày tháng năm" in prose
    rf"(?P<place>(?-i:(?:[{UPPER}][\w.]*\s*){{1,5}}?)),\s*ngày\s*(?P<d>\d{{1,2}})?[\s.…_/-]*"
    r"(?:tháng\s*(?P<m>\d{1,2})?[\s.…_]*năm\s*(?P<y>\d{4})?|(?P<m2>\d{1,2})\s*/\s*(?P<y2>\d{4}))",
    re.I,
)
# A header cell wrapped onto two lines: "Số:" above its number, "Quảng" above "Ngãi, ngày …".
_NUMBER_LABEL = re.compile(r"\s*Số\s*:?\s*")
_PLACE_HEAD = re.compile(r"\s*[A-ZĐ][a-zà-ỹđ]+\s*")  # one name-cased word: "Quảng", not "UBND TỈNH"
_SUBJECT = re.compile(r"^\s*V/v\.?\s*:?\s*(.+)$", re.I)
_RECIPIENTS = re.compile(r"^\s*Nơi\s+nhận\s*:?\s*(?P<rest>.*)$", re.I)
_TO = re.compile(r"^\s*Kính\s+gửi\s*:", re.I)
_CLOSING = re.compile(
    r"^\s*(?:Trên\s+đây\s+là|Trên\s+đây|Kính\s+gửi\s+\S|Kính\s+báo\s+cáo|Kính\s+đề\s+nghị)"
    r"|kính\s+(?:báo\s+cáo|trình|gửi|đề\s+nghị)[^.]{0,120}\./\.\s*$|\./\.\s*$",
    re.I,
)
_AUTHORITY = re.compile(r"^(?:KT|TL|TM|TUQ|Q|QUYỀN)\s*\.?\s+\S", re.I)
_NAME = re.compile(rf"^(?:[{UPPER}][\w]*\.?\s+){{1,6}}[{UPPER}][\w]*$")
_SIGN_NOTE = re.compile(r"^\(\s*(?:đã\s+ký|ký|đóng\s+dấu)[^()]{0,40}\)$|^(?:đã\s+ký|ký\s+tên|\[?đã\s+ký\]?)$", re.I)
_SIGN_NOTE_AFTER = re.compile(r"\s*\(\s*(?:đã\s+ký|ký|đóng\s+dấu)[^()]{0,40}\)\s*$", re.I)
_PLAN = re.compile(
    r"phương\s+hướng|dự\s+kiến|định\s+hướng|kế\s+hoạch\s+công\s+tác|nhiệm\s+vụ\s*,?\s*(?:và\s+)?giải\s+pháp"
    r"|nhiệm\s+vụ.{0,40}(?:trọng\s+tâm|thời\s+gian\s+tới|tiếp\s+theo|cuối\s+năm|năm\s+\d{4}|tháng\s+\d)",
    re.I,
)
_ORG = re.compile(
    r"(?P<org>(?:Sở|Văn\s+phòng|Ban|Ủy\s+ban|Uỷ\s+ban|UBND|Công\s+an|Bộ\s+Chỉ\s+huy|Trường|Hội|Liên\s+hiệp|Đài|Báo|Cục"
    r"|Chi\s+cục|Phòng|Trung\s+tâm|Bệnh\s+viện|Viện|Kho\s+bạc|Ngân\s+hàng|Tỉnh\s+đoàn|Đoàn|Thanh\s+tra|Bộ)"
    r"(?:\s+(?!(?:về|của|theo|tại|ngày|số|đã|được|xin|kính|như|để|thực|đề|sẽ|cũng|trân)\b)[\w/.&-]+){0,8}?)"
    r"\s*(?:\([^()]{1,40}\))?\s+(?:xin\s+|kính\s+|trân\s+trọng\s+)?báo\s+cáo"
)


@dataclass
class Block:
    """A paragraph of the body with where it stands: for facts and checks."""

    text: str
    part: str  # "title", "intro", "heading", "body", "closing", "footnote"
    path: tuple[str, ...] = ()  # headings above it, outermost first
    plan: bool = False  # inside a "phương hướng / dự kiến" section


@dataclass
class Structure:
    meta: dict
    sections: list
    footnotes: list
    blocks: list = field(default_factory=list)
    intro: str = ""
    closing: str = ""


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _clean_item(text: str) -> str:
    return text.strip().lstrip("-–•+").strip().rstrip(";.,").strip()


def _marker_kind(match: re.Match) -> str | None:
    if match["roman"]:
        return "roman"
    if match["arabic"]:
        return "arabic" + str(match["arabic"].count("."))
    if match["letter"] or match["letterdot"]:
        return "letter"
    return None


def _front(paras: list[Paragraph], meta: dict) -> int:
    """Fill meta from the header; the index of the first paragraph after the title."""
    limit = min(len(paras), 40)
    kind_at = None
    for i in range(limit):
        text = paras[i].text
        m = _KIND.match(text) or _KIND_WITH_TITLE.match(text)
        if m:
            kind_at = i
            meta["kind"] = " ".join(m[1].split())
            if m.re is _KIND_WITH_TITLE:
                meta["title"] = m[2].strip()
            break
    search_to = kind_at + 4 if kind_at is not None else min(limit, 12)
    for i in range(min(search_to, len(paras))):
        text = paras[i].text
        if _NUMBER_LABEL.fullmatch(text) and i + 1 < len(paras):
            text = f"{text.strip()} {paras[i + 1].text}"  # "Số:" and the number on the next line of its cell
        number = _NUMBER_LINE.search(text)
        if number and meta["number"] is None and not meta["number_blank"] and text.lstrip().startswith("Số"):
            suffix = number["suffix"].rstrip(".;,")
            meta["number_suffix"] = suffix
            if number["num"]:
                meta["number"] = f"{number['num']}/{suffix}"
            else:
                meta["number_blank"] = True
            meta["number_text"] = number[0].strip()
        date = _DATE_LINE.search(text, number.end() if number else 0)
        if date and meta["place"] is None and not _NATIONAL.search(date["place"]):
            _date_meta(date, meta)
            wrapped = len((meta["place"] or "").split()) == 1 and date.start() == len(text) - len(text.lstrip())
            if i > 0 and wrapped and _PLACE_HEAD.fullmatch(paras[i - 1].text):
                meta["place"] = f"{paras[i - 1].text.strip()} {meta['place']}"  # "Quảng" / "Ngãi, ngày …"
    if kind_at is None:
        # A letter (công văn) has no kind line; its subject follows "V/v".
        for i in range(min(search_to, len(paras))):
            m = _SUBJECT.match(paras[i].text)
            if m:
                meta["kind"], meta["title"] = "CÔNG VĂN", m[1].strip()
                return i + 1
        return 0
    header = [p.text for p in paras[:kind_at]]
    issuers = [
        p.text
        for i, p in enumerate(paras[:kind_at])
        if _is_upper(p.text)
        and not _NATIONAL.search(p.text)
        and not _in_motto(header, i)
        and not _NUMBER_LINE.search(p.text)
        and not _DATE_LINE.search(p.text)
    ]
    if issuers:
        meta["issuer"] = issuers[-1].strip()
        if len(issuers) > 1:
            meta["parent_body"] = issuers[-2].strip()
    after = kind_at + 1
    if meta.get("title") is None and after < len(paras):
        candidate = paras[after].text
        if not (MARKER.match(candidate) or _TO.match(candidate) or _NUMBER_LINE.match(candidate)):
            meta["title"] = candidate.strip()
            after += 1
    while after < len(paras) and (_NUMBER_LINE.match(paras[after].text) or _DATE_LINE.match(paras[after].text)):
        after += 1
    return after


def _date_meta(m: re.Match, meta: dict) -> None:
    from datetime import date

    place = " ".join(m["place"].split())
    meta["place"] = place
    day = m["d"]
    month = m["m"] or m["m2"]
    year = m["y"] or m["y2"]
    meta["year"] = int(year) if year else None
    meta["month"] = int(month) if month else None
    meta["date_text"] = " ".join(m[0].split())
    if day and month and year:
        try:
            meta["date"] = date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            meta["date"] = None
    else:
        meta["date_blank"] = True


def _signature(paras: list[Paragraph], start: int, meta: dict) -> None:
    tail = [_SIGN_NOTE_AFTER.sub("", p.text).strip() for p in paras[start:]]
    tail = [t for t in tail if t and not _SIGN_NOTE.match(t)]
    if not tail:
        return
    if _NAME.match(tail[-1]) and not _is_upper(tail[-1]) and len(tail[-1]) <= 60:
        meta["signer_name"] = tail[-1]
        tail = tail[:-1]
    titles: list[str] = []
    for text in reversed(tail):
        if _is_upper(text) and len(text) <= 80:
            titles.insert(0, text)
        else:
            break
    if titles:
        authority = [t for t in titles if _AUTHORITY.match(t)]
        plain = [t for t in titles if not _AUTHORITY.match(t)]
        meta["signer_title"] = plain[-1] if plain else titles[-1]
        if authority:
            meta["signer_authority"] = authority[-1]


def parse_structure(text: str, footnotes: list[str] | None = None) -> Structure:
    """text: normalised (see text.normalise); footnotes: those kept apart by the extractor."""
    meta: dict[str, Any] = {
        "kind": None,
        "issuer": None,
        "number": None,
        "number_blank": False,
        "place": None,
        "date": None,
        "year": None,
        "month": None,
        "title": None,
        "period": None,
        "signer_title": None,
        "signer_name": None,
        "recipients": [],
    }
    notes: list[dict[str, Any]] = [{"number": i, "text": t} for i, t in enumerate(footnotes or [], start=1)]
    paras: list[Paragraph] = []
    for p in paragraphs(text):
        m = FOOTNOTE_LINE.match(p.text)
        if m and superscript_number(m[1]) is not None:
            notes.append({"number": superscript_number(m[1]), "text": m[2].strip()})
        else:
            paras.append(p)
    start = _front(paras, meta)
    # The end of the body: "Nơi nhận:", else the signature block found from the end.
    end = len(paras)
    for i in range(start, len(paras)):
        m = _RECIPIENTS.match(paras[i].text)
        if m:
            end = i
            rest = m["rest"].strip()
            items = [rest] if rest else []
            j = i + 1
            while j < len(paras) and paras[j].text.lstrip().startswith(("-", "–", "•", "+")):
                items.append(paras[j].text)
                j += 1
            meta["recipients"] = [c for c in map(_clean_item, items) if c]
            _signature(paras, j, meta)
            break
    else:
        k = len(paras)
        while (
            k > start
            and (
                _is_upper(paras[k - 1].text)
                or _NAME.match(paras[k - 1].text.strip())
                or _SIGN_NOTE.match(paras[k - 1].text.strip())
            )
            and len(paras[k - 1].text) < 80
        ):
            k -= 1
        if k < len(paras):
            _signature(paras, k, meta)
            end = k
    structure = Structure(meta=meta, sections=[], footnotes=notes)
    _outline(paras[start:end], structure)
    if meta["title"]:
        structure.blocks.insert(0, Block(meta["title"], "title"))
    for note in notes:
        structure.blocks.append(Block(note["text"], "footnote"))
    if not meta["issuer"]:
        for block in structure.blocks:
            if block.part in ("intro", "body", "closing"):
                m = _ORG.search(block.text)
                if m:
                    meta["issuer"] = " ".join(m["org"].split())
                    break
    suffix = meta.get("number_suffix")
    if suffix and "-" in suffix:
        meta["issuer_code"] = suffix.split("-", 1)[1]
    meta["period"] = _period(meta, structure)
    if meta["year"] is None and meta["period"]:
        meta["year"] = meta["period"]["year"]
    if meta["year"] is None and not meta["period"]:
        meta["year"] = _opening_year(meta, structure)
    return structure


def _opening_year(meta: dict, structure: Structure) -> int | None:
    """The year of a text whose first period is months from a year's start ("Trong 7 tháng đầu năm
    2016, …"), which names no period of the calendar."""
    for text in (meta["title"] or "", structure.intro, *(s["heading"] for s in structure.sections[:1])):
        if text:
            return opening_span_year(text)
    return None


def _period(meta: dict, structure: Structure) -> dict | None:
    texts = [meta["title"] or "", structure.intro]
    texts += [s["heading"] for s in structure.sections[:1]]
    for text in texts:
        period = find_period(text, default_year=meta["year"])
        if period:
            return period
    return None


def _outline(paras: list[Paragraph], structure: Structure) -> None:
    kinds: list[str] = []  # marker kind per open level
    stack: list[dict] = []  # open sections
    path: list[str] = []
    intro: list[str] = []
    closing: list[str] = []
    for p in paras:
        text = p.text.strip()
        if not text:
            continue
        m = MARKER.match(text)
        kind = _marker_kind(m) if m else None
        if closing or (_CLOSING.search(text) and not kind and stack):
            closing.append(text)
            structure.blocks.append(Block(text, "closing", tuple(path)))
            continue
        if m and kind:
            number = (m["roman"] or m["arabic"] or m["letter"] or m["letterdot"]).strip()
            rest = text[m.end() :].strip()
            heading, body = rest, ""
            colon = rest.find(":")
            if 0 < colon <= 150 and rest[colon + 1 :].strip():
                heading, body = rest[:colon].strip(), rest[colon + 1 :].strip()
            if kind in kinds:
                depth = kinds.index(kind)
            else:
                depth = len(kinds)
            del kinds[depth:], stack[depth:], path[depth:]
            section: dict[str, Any] = {"number": number, "heading": heading, "text": body, "children": []}
            (stack[-1]["children"] if stack else structure.sections).append(section)
            kinds.append(kind)
            stack.append(section)
            path.append(heading)
            plan = any(_PLAN.search(h) for h in path)
            structure.blocks.append(Block(heading, "heading", tuple(path[:-1]), plan))
            if body:
                structure.blocks.append(Block(body, "body", tuple(path), plan))
            continue
        if not stack:
            if _TO.match(text):
                continue
            intro.append(text)
            structure.blocks.append(Block(text, "intro"))
            continue
        section = stack[-1]
        section["text"] = f"{section['text']}\n{text}" if section["text"] else text
        structure.blocks.append(Block(text, "body", tuple(path), any(_PLAN.search(h) for h in path)))
    structure.intro = "\n".join(intro)
    structure.closing = "\n".join(closing)
