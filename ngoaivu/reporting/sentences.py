"""Sentence patterns filled with figures and lists: the prose of a draft. Pure Python.

A section's body is a list of sentence specs (plain data an administrator edits):

    {"text": "…{incoming_delegations.groups.ytd} đoàn…",   # written when "if" holds
     "if": "incoming_delegations.groups.period",         # a condition (below)
     "else": "Trong tháng, không có …",                  # written otherwise (optional)
     "footnote": "…",                                    # appended as a real footnote (optional)
     "paragraph": false}                                 # false: joins the previous paragraph

A pattern ("text", "else", "footnote", a heading…) is a string with placeholders, or a list of
pieces written one after the other: strings, and dicts that are
    {"if": …, "text": …, "else": …}   a conditional part of the sentence (text and else are patterns)
    {"list": NAME, …}                 the items of a list, joined (below)

Placeholders:
    {code.measure.window}      a count in the official style: "04", "17", "1.234"
                               windows: period, ytd, last_year, last_year_ytd, diff, ytd_diff
    {code.measure.window:money} an amount of đồng: "7,037 tỷ đồng"
    {code.measure.window:number} a plain number: "108.373"
    {code.compare}             "tăng 03 đoàn với 11 lượt người so với cùng kỳ năm 2020"
    {code.ytd_compare}         the same for the year to date
    {code.measure.compare}     the same of one measure ("{conferences.count.ytd_compare}"); .ytd_compare too
    {code.m1,m2.compare}       the same of the measures named, in that order: the order the sentence names them
                               ("{abtc.businesspeople,enterprises.compare}": «tăng 02 doanh nhân với 01 doanh nghiệp»)
    {period.label} {period.ytd_label} {period.word} {period.year} {period.last_year}
    {period.programme}         the part of the UBND tỉnh's work programme: "quý I và quý II", "năm 2021"
    {unit.name} {unit.short}   "Sở Ngoại vụ", "Sở"; the condition "unit.focal": the unit is the
                               province's focal point at the end of the period; {unit.focal_point}
                               the focal point's name then (recipients: a unit's own name is left out);
                               the condition "unit.office": the unit is a Văn phòng, with more duties
    {unit.introduced}          "Văn phòng UBND tỉnh (Văn phòng)": the first mention, giving the short form
    {letter.citation} {letter.issuer}  the letter that asked for the report; {letter.about} what it is
                               about ("về việc báo cáo …"); {letter.compiler} who compiles the answer:
                               its issuer, but none when the UBND tỉnh itself asked
    {each.FIELD}               in a section repeated for each row of a list (drafting.py: "each"), a field of
                               its row; of "partner_countries" (one per country whose localities the province
                               reports apart): {each.full} "nước Cộng hòa Dân chủ Nhân dân (CHDCND) Lào",
                               {each.short} "nước CHDCND Lào", {each.name} "Lào", {each.code} "LA"; its lists
                               partner_student_arrivals, partner_agreement_steps, partner_delegations_out,
                               partner_delegations_in, partner_conferences, partner_events, partner_aid are
                               that country's
    {lists.NAME.count}         how many items the list has, as a count: "03"
    {cite:NUMBER}              a legal document: in full on first mention, short after
    {body:NAME}                a body by the name it has at the report's time: "{body:Sở Kế hoạch và Đầu
                               tư}" is "Sở Tài chính" in a report of 2026 (the bodies merged in 2025)
    {across}                   what a sentence that speaks for the whole province counts: nothing when the
                               figures are the province's (or the unit's own), "theo báo cáo của 02 đơn vị, "
                               (its space included) in a compilation of answers that do not cover it:
                               "Tính đến cuối kỳ báo cáo, {across}có …"; the condition "across" holds then.
                               A pattern's «toàn tỉnh» is said so too (paragraphs.as_counted), in any template
    counted.own, counted.province, counted.units
                               conditions: whose work the figures count, which says who a sentence may name
                               as the one that did it (counted(): the one rule). «{unit.short} cử 02 đoàn»
                               only under "counted.own"; else «{across}có 02 đoàn», or the focal point's
                               duty words under "counted.province". A count sentence that names no one (no
                               subject, no list, no {across}: «Quản lý 02 hội nghị…») says {across} first
                               under "counted.units" all the same (paragraphs.said_whose)

Lists. The application supplies rows of plain data (lists.py: build_lists); the template says
how they are written. A list spec names the list and writes each row with "item", a pattern in
which the row's fields are placeholders ({title}, {persons}…):

    {"list": "outgoing_delegations",
     "item": "Trong tháng {month:raw}, tổ chức đoàn công tác đến {countries} ({persons} người): {title}",
     "join": ". ",            # items joined into one sentence by this (without it: one paragraph per item)
     "last": " và ",          # before the last item, instead of "join" (optional: "22, 23 và 24")
     "end": ".",              # written after the items (optional)
     "footnote": "…",         # a footnote per item, from its fields (optional; none when it is empty)
     "if": "…",               # optional; when it fails, or the list is empty, "empty" (or "else") is written
     "empty": "Không có …"}

A list spec is a piece inside a sentence's text (["Ký kết … thỏa thuận quốc tế: ", {"list": …,
"join": "; "}, "."]), or an entry of a section body: with "join", one sentence (it takes
"paragraph" as a sentence does); without, one paragraph per item (an item's "\\n" starts another).
An item pattern is itself a pattern: it may hold pieces and conditions on the row's fields
({"if": "returning", "text": …, "else": …}), and every other placeholder.

Fields are written in the official style: a number as a count ("04"; {FIELD:raw} as stored:
"8", "22"; {FIELD:number} "1.234"; {FIELD:money} "7,037 tỷ đồng"), a date as "18/3/2021", a
list of names as an enumeration ("Lào và Campuchia"); {FIELD:lower} puts the first letter in
lower case, for a phrase inside a sentence; {FIELD:clause} only when it opens with a verb of work
("Phối hợp …", not a name: pure/wording.as_clause). Besides its own fields an item has {letter}: a, b,
c… by position. The lists and their fields are described in lists.py, which fetches the rows.

Conditions ("if"): a figure path (true when not zero), a flag ("period.has_ytd",
"period.review": a 6-month or annual review, "letter.citation"), "lists.NAME" (the list has items), "lists.NAME.all.FIELD" /
"lists.NAME.any.FIELD" (every / some item has the field true; "all" needs an item), in an item
a field of its row ("summary"); "not …" negates; "… > 1" (also >=, <, <=, =, !=) compares with a
number; a list of conditions needs all of them.

Templates written before list specs existed say {lists.NAME.joined}, {lists.NAME.joined_sentence},
{lists.aid.kind_phrase}, {lists.articles.languages}, and in items {summary_phrase} and {result}:
these still write what they wrote, from the rows, by the list specs of old_keys.py.

A section's paragraphs are written from its specs by paragraphs.py (write_section).
"""

import re
from dataclasses import dataclass, field
from datetime import date

from ngoaivu.pure.changes import change_phrase
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.wording import as_clause, format_count, format_date, format_money, format_number

from .old_keys import OLD_ITEM_FIELDS, OLD_LIST_KEYS

PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
# The letter's placeholders were {request.…} before it was named letter: a template of that time
# (restored, reverted in its history, or edited since) still writes the same.
LETTER_NAMES = ("letter", "request")
WORD_NAMES = ("period", "unit", "each", *LETTER_NAMES)
COMPARISON = re.compile(r"^(.+?)\s*(>=|<=|!=|>|<|=)\s*(-?\d+)$")
LETTERS = "abcdđeghiklmnopqrstuvxy"  # Vietnamese outlines skip f, j, w, z and use đ
FIELD_FORMATS = ("raw", "number", "money", "lower", "clause")
WINDOW_NAMES = ("period", "ytd", "last_year", "last_year_ytd", "diff", "ytd_diff")
LETTER_WORDS = ("citation", "issuer", "reference", "about", "compiler")


class PatternError(ValueError):
    """A pattern names something that does not exist; the message is for the administrator."""


@dataclass
class Context:
    figures: dict  # {code: {measure: Figure}}
    period: dict  # label, ytd_label, word, year, last_year, partial (bool)
    unit: dict  # name, short
    lists: dict = field(default_factory=dict)  # {name: [{field: value}, …]}: rows of plain data
    citations: dict = field(default_factory=dict)  # {number: (full, short)}
    cited: set = field(default_factory=set)  # numbers already cited in full
    footnotes: list = field(default_factory=list)  # collected footnote texts
    letter: dict = field(default_factory=dict)  # the letter that asked for the report: citation, issuer
    # Said once, in a footnote to the first comparison with last year, when that year counts
    # units merged since (context.comparison_note).
    comparison_note: str = ""
    # {an old name, casefolded: today's}: a recipient the template names by a body that has since ended
    renamed: dict = field(default_factory=dict)
    # What stands for «toàn tỉnh» when the figures do not count the whole province (a compilation of
    # some units' answers): «theo báo cáo của 09 đơn vị,»; "": the figures are the province's. The
    # sentences that speak for the province without saying «toàn tỉnh» place it as {across}.
    across: str = ""
    # The fields of the row a repeated section is written for ({each.full}); none outside one.
    each: dict = field(default_factory=dict)
    # How many units' answers the figures add to the unit's register (a compiled report); 0: none.
    answers: int = 0
    # In a compiled report, the asking unit's own figures and lists (its register's, without the answering
    # units' rows): what a sentence that lists the register's rows without naming whose they are says
    # (paragraphs.speaking_for). None: the figures and lists are all one unit's or the province's.
    own_figures: dict | None = None
    own_lists: dict | None = None


COUNTED = ("own", "province", "units")


def counted(context):
    """Whose work the figures count: the one rule for who a count sentence names as the one that did it.

    "own": the unit's own rows alone (its register, when it is not the province's focal point; its answer
    to a request): «Trong tháng, Sở cử 02 đoàn…» is true. "province": the province's figures, in the focal
    point's report (its register, or a compilation every unit answered): its duty words say them, as
    the seeds do («Sở phối hợp hướng dẫn, quản lý 19 đoàn…», «Thẩm tra hồ sơ, trình Chủ tịch UBND tỉnh
    ra quyết định cử…») and «toàn tỉnh». "units": other units' work, not the province's whole (a
    compilation): no unit did all of it, so the sentence names none and says whose reports it counts
    («Trong tháng, theo báo cáo của 02 đơn vị, có 02 đoàn…»: {across}). Naming the reporting unit over
    an answer's rows would say the Sở sent the university's delegations."""
    if context.unit.get("focal"):
        return "units" if context.across else "province"
    return "units" if context.answers else "own"


@dataclass
class Item:
    """One row of a list while its item pattern is filled."""

    name: str  # the list's
    fields: dict


def _word(context, head, rest, missing):
    """{period.label}, {unit.short}, {letter.citation}: a word of the context; a name it never has
    is refused, for a misspelt "{period.lable}" would print nothing. A letter's words are empty
    when the report answers none."""
    words = context.letter if head in LETTER_NAMES else getattr(context, head)
    known = LETTER_WORDS if head in LETTER_NAMES else tuple(words)
    if known and rest not in known:
        raise PatternError(f"Không có «{head}.{rest}» (dùng {', '.join(f'{head}.{name}' for name in known)}).")
    return words.get(rest, missing)


def _figure(context, code, measure):
    try:
        return context.figures[code][measure]
    except KeyError:
        raise PatternError(f"Mẫu câu dùng chỉ tiêu «{code}.{measure}» chưa được tính.") from None


def resolve(path, context, item=None):
    """The value a placeholder or a condition names; item: the row whose item pattern is filled."""
    spec = ""
    if path.startswith("cite:"):
        return _cite(path[5:].strip(), context)
    if path.startswith("body:"):
        name = path[5:].strip()
        return context.renamed.get(name.casefold(), name)
    if path == "across":
        return f"{context.across} " if context.across else ""
    if ":" in path:
        path, spec = path.split(":", 1)
    if item is not None and "." not in path:  # a bare name in an item is a field of its row
        return format_field(_field(item, path, context), spec)
    head, _dot, rest = path.partition(".")
    if head in WORD_NAMES:
        return _word(context, head, rest, "")
    if head == "lists":
        return _list_words(rest, spec, context)
    if head not in BY_CODE:
        raise PatternError(f"Không có chỉ tiêu «{head}».")
    indicator = BY_CODE[head]
    measure, _d, window = rest.partition(".")
    if rest in ("compare", "ytd_compare") or window in ("compare", "ytd_compare"):
        # {aid.compare}: every measure; {conferences.count.ytd_compare}: that one only;
        # {abtc.businesspeople,enterprises.compare}: those, in the sentence's order
        rest = window or rest
        by_name = {m.name: m for m in indicator.measures}
        names = [name.strip() for name in measure.split(",")] if window else list(by_name)
        unknown = [name for name in names if name not in by_name]
        if unknown:
            raise PatternError(f"Không có số liệu «{unknown[0]}» của chỉ tiêu «{head}».")
        measures = [by_name[name] for name in names]
        pairs = [(m, _figure(context, head, m.name)) for m in measures]
        windows = ("period", "last_year") if rest == "compare" else ("ytd", "last_year_ytd")
        compared = context.period.get("compared" if rest == "compare" else "ytd_compared", True)
        whole_year = context.period.get("whole_year" if rest == "compare" else "ytd_whole_year", False)
        return change_phrase(pairs, context.period.get("last_year"), windows, compared, whole_year=whole_year)
    figure = _figure(context, head, measure)
    if window and window not in WINDOW_NAMES:
        raise PatternError(f"Không có kỳ «{window}» (dùng {', '.join(WINDOW_NAMES)}).")
    if spec and spec not in FIELD_FORMATS:
        raise PatternError(f"Không có cách viết «{spec}» (dùng {', '.join(FIELD_FORMATS)}).")
    value = getattr(figure, window or "period")
    if spec == "money":
        return format_money(value)
    if spec == "number":
        return format_number(value)
    if spec == "raw":
        return value
    return format_count(abs(value)) if window in ("diff", "ytd_diff") else format_count(value)


def list_rows(name, context):
    """The rows of a list the template names."""
    try:
        return context.lists[name]
    except KeyError:
        raise PatternError(f"Không có danh sách «{name}».") from None


def _list_words(rest, spec, context):
    """{lists.NAME.count}, and the keys of templates written before list specs."""
    name, _d, key = rest.partition(".")
    rows = list_rows(name, context)
    if key == "count":
        return len(rows) if spec == "raw" else format_count(len(rows))
    old = OLD_LIST_KEYS.get(f"{name}.{key or 'joined'}")
    if old is None:
        raise PatternError(
            f"Danh sách «{name}» không có «{key}»: dùng {{lists.{name}.count}}, hoặc viết từng mục bằng "
            f'{{"list": "{name}", "item": "…"}}.'
        )
    return fill(old, context)


def _field(item, name, context):
    """A field of the row being written; an unknown one is named for the administrator."""
    if name in item.fields:
        return item.fields[name]
    old = OLD_ITEM_FIELDS.get(item.name, {}).get(name)
    if old is not None:
        return fill(old, context, item)
    known = ", ".join(sorted(item.fields))
    raise PatternError(f"Danh sách «{item.name}» không có trường «{name}» (các trường: {known}).")


def format_field(value, spec=""):
    """A field of a list's row as the reports write it: counts "04", dates "18/3/2021", "A, B và C"."""
    if spec and spec not in FIELD_FORMATS:
        raise PatternError(f"Không có cách viết «{spec}» (dùng {', '.join(FIELD_FORMATS)}).")
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return join_vi(format_field(part, spec) for part in value)
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, int) and spec != "raw":
        return {"money": format_money, "number": format_number}.get(spec, format_count)(value)
    text = str(value)
    if spec == "clause":
        return as_clause(text)
    return text[:1].lower() + text[1:] if spec == "lower" else text


def _cite(number, context):
    full, short = context.citations.get(number, (f"văn bản số {number}", f"văn bản số {number}"))
    if number in context.cited:
        return short
    context.cited.add(number)
    return full


def holds(condition, context, item=None):
    """Whether a sentence's "if" holds: a figure other than zero, or a true flag; a list needs all."""
    if not condition:
        return True
    if isinstance(condition, (list, tuple)):
        return all(holds(part, context, item) for part in condition)
    if not isinstance(condition, str):
        raise PatternError(f"Điều kiện «{condition}» phải là chữ, như «aid.count.period» hoặc «not unit.focal».")
    condition = condition.strip()
    negate = condition.startswith("not ")
    path = condition[4:].strip() if negate else condition
    comparison = COMPARISON.match(path)
    if comparison:
        path, operator, number = comparison.groups()
        value = _compare(_condition_value(path, context, item), operator, int(number), condition)
    else:
        value = _condition_value(path, context, item)
    return (not value) if negate else bool(value)


def _compare(value, operator, number, condition):
    if isinstance(value, bool) or not isinstance(value, int):
        raise PatternError(f"Điều kiện «{condition}» so sánh một giá trị không phải là số.")
    return {
        ">": value > number,
        ">=": value >= number,
        "<": value < number,
        "<=": value <= number,
        "=": value == number,
        "!=": value != number,
    }[operator]


def _condition_value(path, context, item):
    if path == "across":
        return context.across
    if path.startswith("counted."):
        name = path.partition(".")[2]
        if name not in COUNTED:
            raise PatternError(f"Không có «{path}» (dùng {', '.join(f'counted.{n}' for n in COUNTED)}).")
        return counted(context) == name
    if item is not None and "." not in path:
        return _field(item, path, context)
    head, _dot, rest = path.partition(".")
    if head in WORD_NAMES:
        return _word(context, head, rest, None)
    if head == "lists":
        name, _d, key = rest.partition(".")
        rows = list_rows(name, context)
        if key in ("", "count"):
            return len(rows)
        quantifier, _d, name_of_field = key.partition(".")
        if quantifier in ("all", "any") and name_of_field:
            values = [bool(_field(Item(name, row), name_of_field, context)) for row in rows]
            return (bool(values) and all(values)) if quantifier == "all" else any(values)
        return resolve(path, context)
    return resolve(path + ":raw", context)


def fill(pattern, context, item=None):
    """A pattern written out: a string with placeholders, or a list of pieces (strings, conditional
    parts, lists); item: the row whose item pattern this is."""
    if isinstance(pattern, dict):
        return _piece(pattern, context, item)
    if isinstance(pattern, (list, tuple)):
        return "".join(fill(piece, context, item) for piece in pattern)
    if pattern is None:
        return ""
    if not isinstance(pattern, str):
        raise PatternError(f"Mẫu câu «{pattern}» phải là chữ, danh sách các phần, hoặc một phần có điều kiện.")
    bare = PLACEHOLDER.sub("", pattern)
    if "{" in bare or "}" in bare:
        raise PatternError(f"Mẫu câu «{pattern}» có dấu ngoặc nhọn không đóng hoặc không mở.")
    return PLACEHOLDER.sub(lambda match: str(resolve(match.group(1).strip(), context, item)), pattern)


def _piece(spec, context, item):
    if "list" in spec:
        return write_list(spec, context, item)
    chosen = spec.get("text", "") if holds(spec.get("if"), context, item) else spec.get("else", "")
    return fill(chosen, context, item)


def list_shows(spec, context, item=None):
    """Whether a list spec writes its items: its "if" holds and the list has some."""
    return bool(list_rows(spec["list"], context)) and holds(spec.get("if"), context, item)


def list_items(spec, context):
    """(text, footnote) of each row of a list spec, filled from the row's fields."""
    name = spec["list"]
    for position, row in enumerate(list_rows(name, context)):
        item = Item(name, {"letter": LETTERS[position % len(LETTERS)], **row})
        text = fill(spec.get("item", ""), context, item)
        yield text, fill(spec.get("footnote", ""), context, item).strip()


def write_list(spec, context, item=None):
    """A list spec with "join": its items in one piece of text, each footnote marked after its item."""
    if not list_shows(spec, context, item):
        return fill(spec.get("empty", spec.get("else", "")), context, item)
    texts = []
    for text, note in list_items(spec, context):
        if note and text:
            context.footnotes.append(note)
            text = mark_before_stop(text, len(context.footnotes))
        if text:  # an item whose condition writes nothing («"if": "apart"») leaves no separator behind
            texts.append(text)
    if not texts:
        return ""
    join = spec.get("join", "")
    last = spec.get("last", join)
    joined = f"{join.join(texts[:-1])}{last}{texts[-1]}" if len(texts) > 1 else texts[0]
    return joined + fill(spec.get("end", ""), context, item)


def mark_before_stop(sentence, number):
    """A footnote mark goes before the final full stop, as in "…UBND tỉnh¹."."""
    mark = f"[[fn:{number}]]"
    if sentence.endswith("."):
        return sentence[:-1] + mark + "."
    return sentence + mark


def join_vi(items):
    """ "22, 23 và 24" — a Vietnamese enumeration."""
    items = [str(item) for item in items]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} và {items[-1]}"
