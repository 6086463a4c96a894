"""The units' own texts inside a compiled report: attributed, list marks cleaned, footnotes renumbered.

Plain strings in, plain strings out. In a unit's answer a footnote mark is a superscript number
("…UBND tỉnh¹.") pointing into the answer's own footnotes; in a report it is "[[fn:N]]" pointing
into the report's. Word's list marks ("- ", "+ ", "• ") are the report's to give, not the unit's.
"""

import re

from ngoaivu.pure.text import lf_lines
from ngoaivu.reading.text import SUPERSCRIPTS, sentences
from ngoaivu.reporting.outlines import SHIPPED
from ngoaivu.reporting.sentences import PLACEHOLDER

REPORT_MARK = re.compile(r"\[\[fn:(\d+)\]\]")
UNIT_MARK = re.compile(f"[{SUPERSCRIPTS}]+")
LIST_MARK = re.compile(r"^\s*(?:[-+•–*·]\s+)+")
_TO_DIGITS = str.maketrans(SUPERSCRIPTS, "0123456789")
_TO_SUPERSCRIPTS = str.maketrans("0123456789", SUPERSCRIPTS)


def superscript(number: int) -> str:
    return str(number).translate(_TO_SUPERSCRIPTS)


def marks_to_superscripts(text: str) -> str:
    """A drafted text's "[[fn:2]]" as a unit sees it in its answer: "²"."""
    return REPORT_MARK.sub(lambda m: superscript(int(m.group(1))), text)


def paragraphs_of(text: str) -> list[str]:
    """The paragraphs a unit typed, one per line or blank-line block, without their list marks."""
    lines = [LIST_MARK.sub("", line).strip() for line in lf_lines(text).split("\n")]
    return [line for line in lines if line]


def repetition_key(paragraph: str, names: list[str]) -> str:
    """A paragraph as compared for repetition: its list marks, footnote marks, case and the names of
    the unit that wrote it aside. "Văn phòng không tiếp nhận hồ sơ…" in the office's answer says what
    "Sở không tiếp nhận hồ sơ…" says in the compiled section: both are the template's words."""
    text = UNIT_MARK.sub("", REPORT_MARK.sub("", LIST_MARK.sub("", paragraph)))
    for name in sorted((n for n in names if n), key=len, reverse=True):
        # As written, capital and all: "Sở" is the unit, "các sở, ban, ngành" are not.
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", "∅", text)
    return " ".join(text.split()).casefold()


def whole_sentences(paragraph: str) -> list[str]:
    """The sentences of a paragraph, a list run on with semicolons kept as one sentence."""
    result, pending = [], ""
    for _offset, piece in sentences(paragraph):
        pending = f"{pending} {piece.strip()}".strip()
        if not pending.endswith(";"):
            result.append(pending)
            pending = ""
    return result + ([pending] if pending else [])


# "Không có nhiệm vụ khác được giao.", "Trong quý, ∅ không cử cán bộ đi công tác nước ngoài.": a
# sentence (as repetition_key gives it) that only says no work of a kind was done — no figure, no
# "but". A want ("Chưa có cán bộ chuyên trách", "Không ít khó khăn") names no work: it stays.
_WORK = (
    r"đoàn|nhiệm vụ|hoạt động|vụ việc|trường hợp|văn bản|hồ sơ|thỏa thuận|hội nghị|hội thảo|sự kiện|"
    r"dự án|khoản|viện trợ|tàu|ngư dân|lưu học sinh|khách"
)
_NOTHING = re.compile(
    r"^(?:(?:trong|từ)\b[^,]{0,40},\s*)?(?:(?:∅|đơn vị|nhà trường|cơ quan)\s+)?(?:không|chưa)\s+"
    rf"(?:(?:có|phát\s+sinh)\s+(?:\S+\s+){{0,2}}?(?:{_WORK})\b|phát\s+sinh\b|cử\b|tiếp\s+nhận\b|tổ\s+chức\b|"
    r"ban\s+hành\b|đón\b|ký\s+kết\b)"
)
_GOING_ON = re.compile(r"\d|\b(?:nhưng|song|tuy nhiên|mà còn|đồng thời)\b")


def _stock_sentences(outline, found: set[str]) -> set[str]:
    """The keys (repetition_key) of the shipped templates' sentences that say nothing but, at most, the
    unit's name: «- Tiếp tục triển khai các hoạt động đối ngoại của {unit.short} theo kế hoạch; báo cáo
    kết quả theo quy định.», «Không có khó khăn, vướng mắc phát sinh trong kỳ.». Whole sentences of a
    section's body only (a plain string, a sentence's text, else or empty), no piece of one."""
    if isinstance(outline, list):
        for part in outline:
            _stock_sentences(part, found)
    elif isinstance(outline, dict):
        for sentence in outline.get("body") or []:
            if isinstance(sentence, str):
                _sentence_keys(sentence, found)
            elif isinstance(sentence, dict):
                for pattern in (sentence.get(key) for key in ("text", "else", "empty")):
                    if isinstance(pattern, str):
                        _sentence_keys(pattern, found)
        _stock_sentences(outline.get("sections") or outline.get("children") or [], found)
    return found


def _sentence_keys(pattern: str, found: set[str]) -> None:
    placeholders = set(PLACEHOLDER.findall(pattern))
    if placeholders <= {"unit.name", "unit.short", "across"}:
        # {across} is nothing in a unit's own answer, which counts its own work
        text = PLACEHOLDER.sub("∅", pattern.replace("{across}", ""))
        found.update(
            repetition_key(sentence, []) for paragraph in paragraphs_of(text) for sentence in whole_sentences(paragraph)
        )


STOCK = _stock_sentences(SHIPPED, set())


def says_nothing(sentence: str, names: list[str]) -> bool:
    """Whether a unit's sentence only says no work of a kind was done (_NOTHING), or is one of the
    templates' stock sentences, which say nothing beyond its name (STOCK)."""
    key = repetition_key(sentence, names)
    if key in STOCK:
        return True
    opening = _NOTHING.match(key)
    return opening is not None and not _GOING_ON.search(key, opening.end())  # "Trong 6 tháng, …" is no figure


def without_nothing(text: str, names: list[str]) -> str:
    """text without its sentences that only say nothing happened, or say only the templates' stock words
    (says_nothing), a paragraph per line."""
    kept = (" ".join(s for s in whole_sentences(p) if not says_nothing(s, names)) for p in paragraphs_of(text))
    return "\n".join(p for p in kept if p)


# A stock sentence that says there is none: «Không có khó khăn, vướng mắc phát sinh trong kỳ.»
_NONE = re.compile(r"^(?:không|chưa)\b")


def without_stock_none(text: str, names: list[str]) -> str:
    """text (a compiled section's summary, its lines as written) without the templates' stock sentences
    that say there is none (STOCK: no figure): said where a unit tells one, they would deny it."""
    lines = []
    for line in lf_lines(text).split("\n"):
        mark = LIST_MARK.match(line)
        opening, body = (mark.group(0), line[mark.end() :]) if mark else ("", line)
        said = [
            s for s in whole_sentences(body) if (key := repetition_key(s, names)) not in STOCK or not _NONE.match(key)
        ]
        if said or not body.strip():
            lines.append(opening + " ".join(said) if len(said) < len(whole_sentences(body)) else line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def new_paragraphs(text: str, names: list[str], seen: set[str]) -> str:
    """A unit's text without the sentences already in seen (repetition_key), a paragraph per line;
    seen takes the others. What the template wrote alike for every unit is said once, even inside
    a paragraph that goes on with the unit's own words."""
    kept = []
    for paragraph in paragraphs_of(text):
        fresh = []
        for sentence in whole_sentences(paragraph):
            key = repetition_key(sentence, names)
            if key not in seen:
                seen.add(key)
                fresh.append(sentence)
        if fresh:
            kept.append(" ".join(fresh))
    return "\n".join(kept)


def attributed(unit_name: str, text: str, unit_footnotes: list[str], report_footnotes: list[str]) -> list[str]:
    """The paragraphs of a unit's text in the compiled report: the first opens with the unit's name
    (unless its first sentence names the unit already);
    each footnote mark becomes the report's next footnote (appended to report_footnotes), and a mark
    whose note the answer does not carry is dropped rather than printed pointing at nothing."""

    def renumber(match):
        numbers = [int(match.group(0).translate(_TO_DIGITS))]
        # "¹²" right after a word is footnote 12, or 1 and 2; the answer's notes tell which.
        if numbers[0] > len(unit_footnotes):
            numbers = [int(d) for d in match.group(0).translate(_TO_DIGITS)]
        marks = []
        for number in numbers:
            if 1 <= number <= len(unit_footnotes) and unit_footnotes[number - 1].strip():
                report_footnotes.append(unit_footnotes[number - 1].strip())
                marks.append(f"[[fn:{len(report_footnotes)}]]")
        return "".join(marks)

    paragraphs = [UNIT_MARK.sub(renumber, REPORT_MARK.sub("", p)) for p in paragraphs_of(text)]
    if not paragraphs:
        return []
    # "Trường Đại học Phạm Văn Đồng không …", "Trong tháng, Trường Đại học Phạm Văn Đồng cử …" name
    # their unit already, in their first sentence.
    opening = "- " if unit_name in paragraphs[0].split(". ")[0] else f"- {unit_name}: "
    paragraphs[0] = opening + paragraphs[0]
    return paragraphs
