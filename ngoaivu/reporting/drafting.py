"""A draft from a template and the figures: plain data in, plain data out.

The template is the data of outlines.py (or an administrator's copy of it); the result is
a list of DraftSection in reading order, each with its text, ready to be saved, edited and
rendered.
"""

from dataclasses import dataclass, field, replace

from ngoaivu.pure.periods import CUSTOM, HALF, MONTH, NINE_MONTHS, QUARTER, YEAR
from ngoaivu.pure.wording import format_date
from .paragraphs import as_counted, list_paragraphs, speaking_for, write_section
from .sentence_lists import LETTERS, list_rows
from .sentences import PatternError, fill


@dataclass
class DraftSection:
    key: str  # "I", "I.1", "I.1.a" — stable across regenerations
    number: str
    heading: str
    level: int
    text: str  # paragraphs separated by blank lines
    children: list = field(default_factory=list)


@dataclass
class Draft:
    title: str
    intro: str
    closing: str
    recipients: list
    sections: list  # DraftSection tree
    footnotes: list

    def flat(self):
        stack, result = list(reversed(self.sections)), []
        while stack:
            section = stack.pop()
            result.append(section)
            stack.extend(reversed(section.children))
        return result


def period_words(period):
    """The period as the prose names it: label, "Trong tháng", "8 tháng", the next period…"""
    kind, year, index = period.kind, period.year, period.index
    in_word = {
        MONTH: "Trong tháng",
        QUARTER: "Trong quý",
        HALF: "Trong 6 tháng",
        NINE_MONTHS: "Trong 9 tháng",
        YEAR: "Trong năm",
        CUSTOM: "Trong kỳ",
    }[kind]
    if kind == HALF and index == 1:
        in_word = "Trong 6 tháng đầu năm"
    label = period.label()
    # the period mid-sentence, named: «Tóm lại, trong tháng 8/2021, …» (seed 003); a range of days says its days
    within = label if kind == CUSTOM else f"trong {label}"
    if period.as_of is not None and period.end < replace(period, as_of=None).end:
        # figures cut at a day: the sentences say which days they count, not "Trong tháng"
        in_word = f"Từ ngày {format_date(period.start)} đến ngày {format_date(period.end)}"
        within = in_word[:1].lower() + in_word[1:]
    following = period.next()
    next_label = following.label() if following else "kỳ tới"
    ytd = period.year_to_date()
    return {
        "label": label,
        "label_upper": label.upper(),
        "ytd_label": period.year_to_date_label(),
        "in_word": in_word,
        "within": within,
        "year": year,
        "last_year": year - 1,
        "next_year": year + 1,
        "next_label": next_label,
        "next_label_upper": next_label.upper(),
        "has_ytd": ytd.start < period.start,
        # A whole year is compared «so với năm 2020», part of one «so với cùng kỳ năm 2020»; the
        # year to date of a period closing the year is a whole year too («Tính chung cả năm»).
        "whole_year": period.is_whole_year(),
        "ytd_whole_year": period.ends_the_year(),
        # The review of the first 6 months or the year (seed 001), not a report of the month's news.
        "review": kind == YEAR or (kind == HALF and index == 1),
        # The part of the UBND tỉnh's work programme a review answers for: «quý I và quý II» (seed 001).
        "programme": {HALF: ("quý I và quý II" if index == 1 else "quý III và quý IV")}.get(kind, f"năm {year}"),
    }


SHAPE = (
    "Nội dung mẫu không đúng cấu trúc: mẫu có «sections», danh sách các mục; mỗi mục có «number», «heading», "
    "«body» (danh sách câu) và «children»; mỗi câu là chữ, danh sách các phần, hoặc {«if», «text», «else»}."
)


def _well_shaped(template):
    """Whether a definition edited by hand still has the shape build() walks; what a sentence holds
    (a number where a pattern goes…) is sentences.fill's and holds' to refuse."""

    def sentences_ok(specs):
        return isinstance(specs, list) and all(
            isinstance(spec, str) or (isinstance(spec, dict) and isinstance(spec.get("list", ""), str))
            for spec in specs
        )

    def section_ok(spec):
        return (
            isinstance(spec, dict)
            and isinstance(spec.get("each", ""), str)
            and isinstance(spec.get("key", ""), str)
            and sentences_ok(spec.get("body", []))
            and isinstance(spec.get("children", []), list)
            and all(section_ok(child) for child in spec.get("children", []))
        )

    return (
        isinstance(template, dict)
        and isinstance(template.get("sections"), list)
        and all(section_ok(spec) for spec in template["sections"])
        and isinstance(template.get("recipients", []), list)
        and all(
            isinstance(template.get(name, ""), str) or sentences_ok(template[name])
            for name in ("title", "intro", "closing")
        )
    )


def build(template, context):
    """Fill every section of template (plain data) from context (a sentences.Context)."""
    if not _well_shaped(template):
        raise PatternError(SHAPE)
    sections = _sections(template["sections"], context, parent_key="", level=1)
    return Draft(
        title=_text(template.get("title", ""), context),
        intro=_text(template.get("intro", ""), context),
        closing=_text(template.get("closing", ""), context),
        recipients=_others(
            [_text(recipient, context) for recipient in template.get("recipients", [])], context.unit, context.renamed
        ),
        sections=sections,
        footnotes=list(context.footnotes),
    )


def _others(recipients, unit, renamed=None):
    """The template's recipients but the issuing unit (a template sent to the Sở Ngoại vụ, drafted by
    the Sở itself, is not sent to itself), a body that has ended named as the one carrying its work
    (renamed), each once."""
    renamed = renamed or {}
    own = (unit or {}).get("name", "").casefold()
    own = {own, renamed.get(own, own).casefold()}  # an ended issuer is its successor too
    out = []
    for recipient in recipients:
        name = recipient.strip(" ;.")
        current = renamed.get(name.casefold(), recipient)
        if name and current.strip(" ;.").casefold() not in own and current not in out:
            out.append(current)
    return out


def _text(spec, context):
    """A title, opening or closing: a pattern, or sentence specs when it depends on the data."""
    if isinstance(spec, str):
        return fill(spec, context)
    return " ".join(write_section(spec, context))


def write_body(body, context):
    """The text of one section body: sentences and lists, paragraphs separated by a blank line.

    A list spec with "join" is a sentence (sentence_lists.write_list); without, each item is a paragraph
    (paragraphs.list_paragraphs) and the list stands apart: a following sentence with
    "paragraph": false does not join it."""
    paragraphs, sentences = [], []
    for spec in body:
        if isinstance(spec, dict) and "list" in spec and "join" not in spec:
            paragraphs.extend(write_section(sentences, context))
            sentences = []
            paragraphs.extend(list_paragraphs(spec, speaking_for(spec, context)))
        else:
            sentences.append(spec)
    paragraphs.extend(write_section(sentences, context))
    return "\n\n".join(paragraphs)


def section_key(parent_key, number):
    """A section's key in its report: its numbers from the top, "I.1.b"."""
    return f"{parent_key}.{number}" if parent_key else number


ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")


def in_order(first, count):
    """count numbers from first, in its style ("1", "a", "I"); first again and again in another style."""
    for sequence in (ROMAN, LETTERS):
        if first in sequence:
            start = sequence.index(first)
            return [sequence[(start + i) % len(sequence)] for i in range(count)]
    if first.isdigit():
        return [str(int(first) + i) for i in range(count)]
    return [first] * count


def expanded(specs, rows_of, parent_key):
    """[(spec, key, number, row)]: the sections of specs as a report writes them. A section with "each": NAME
    is written once per row of rows_of(NAME) (none when it is empty), keyed NUMBER-CODE ("I.2.d-LA") or
    NAME-CODE when it has no number ("I.partner_countries-LA"); row None for the others. The sections it
    stands among are then numbered in order from the first one's number, whatever the numbers written;
    their keys stay those of their numbers, so that a section keeps its key when a country gets or loses
    its section. A section with "key": NAME is keyed NAME whatever its number ("I.summary": document.SUMMARY_KEY,
    seed 003's closing paragraph of part I, which has none). The one rule for the report (_sections) and the
    units' answers (collection.answer_outline)."""
    found = []
    for spec in specs:
        if "each" not in spec:
            found.append((spec, section_key(parent_key, spec.get("key") or spec.get("number", "")), None))
            continue
        for position, row in enumerate(rows_of(spec["each"])):
            key = section_key(parent_key, f"{spec.get('number') or spec['each']}-{row.get('code', position)}")
            found.append((spec, key, row))
    numbers = [spec.get("number", "") for spec, _key, _row in found]
    if any("each" in spec for spec in specs):
        # a section keyed by name (a closing paragraph: SUMMARY_KEY) keeps its number, none, out of the count
        first = next((spec["number"] for spec in specs if spec.get("number")), "")
        ordered = iter(in_order(first, sum("key" not in spec for spec, _key, _row in found)))
        numbers = [spec.get("number", "") if "key" in spec else next(ordered) for spec, _key, _row in found]
    return [(spec, key, number, row) for (spec, key, row), number in zip(found, numbers)]


def _sections(specs, context, parent_key, level):
    """The sections of specs, each written as expanded() places it: a section repeated for each row of a
    list has its row's fields as {each.FIELD} and its lists ("lists") as the lists of that name."""
    written = []
    for spec, key, number, row in expanded(specs, lambda name: list_rows(name, context), parent_key):
        if row is None:
            written.append(_section(spec, context, key, level))
        else:
            lists, each, own_lists = context.lists, context.each, context.own_lists
            context.lists = {**lists, **row.get("lists", {})}
            context.each = {name: value for name, value in row.items() if name != "lists"}
            if own_lists is not None:  # the asking unit's own rows of that country, none when it has none
                mine = next((r for r in own_lists.get(spec["each"], []) if r.get("code") == row.get("code")), {})
                context.own_lists = {**own_lists, **{n: [] for n in row.get("lists", {})}, **mine.get("lists", {})}
            try:
                written.append(_section(spec, context, key, level))
            finally:
                context.lists, context.each, context.own_lists = lists, each, own_lists
        written[-1].number = number
    return written


def _section(spec, context, key, level):
    return DraftSection(
        key=key,
        number=spec.get("number", ""),
        heading=fill(spec.get("heading", ""), context),
        level=level,
        text=as_counted(write_body(spec.get("body", []), context), context),
        children=_sections(spec.get("children", []), context, key, level + 1),
    )
