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
                               the condition "unit.office": the unit is a Văn phòng, with more duties;
                               "unit.school": a university or college, whose students study at it
    {unit.introduced}          "Văn phòng UBND tỉnh (Văn phòng)": the first mention, giving the short form
    {unit.addressee}           whom the report is sent to, as its closing and Nơi nhận both name it
                               (context.addressee): the body that asked by letter, as named when the report
                               is sent, else the focal point; empty: the UBND tỉnh
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

Lists are written by sentence_lists.py: its docstring says how a list spec is written.

Conditions ("if"): a figure path (true when not zero), a flag ("period.has_ytd",
"period.review": a 6-month or annual review, "letter.citation"), "lists.NAME" (the list has items), "lists.NAME.all.FIELD" /
"lists.NAME.any.FIELD" (every / some item has the field true; "all" needs an item), in an item
a field of its row ("summary"); "not …" negates; "… > 1" (also >=, <, <=, =, !=) compares with a
number; a list of conditions needs all of them.

A section's paragraphs are written from its specs by paragraphs.py (write_section).
"""

import re
from dataclasses import dataclass, field

from ngoaivu.pure.changes import change_phrase
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.wording import format_count, format_money, format_number

from .sentence_lists import (
    FIELD_FORMATS,
    Item,
    format_field,
    item_field,
    list_rows,
    list_words,
    write_list,
)

PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
# The letter's placeholders were {request.…} before it was named letter: a template of that time
# (restored, reverted in its history, or edited since) still writes the same.
LETTER_NAMES = ("letter", "request")
WORD_NAMES = ("period", "unit", "each", *LETTER_NAMES)
COMPARISON = re.compile(r"^(.+?)\s*(>=|<=|!=|>|<|=)\s*(-?\d+)$")
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
    # In a compiled report: {indicator code: the answering units whose answer gives it a figure (not 0, not
    # blank)}, and the asking unit's name as its register is cited («Sở Ngoại vụ»): a sentence says whose
    # reports count its own figures (paragraphs.attributed). None: every answer is said, as across is.
    contributors: dict | None = None
    # In a compiled report: {indicator code: (the answering units, the names of the other units)} whose
    # figures its year to date and a stock count, over the asking unit's whole scope beyond the asked units
    # (collection/compiled_figures.whole_sources). None: as contributors.
    whole_contributors: dict | None = None
    # In a compiled report: {indicator code: [the names of the other units]} whose register rows its period
    # counts, as its year to date and a stock do (collection/compiled_figures.whole_sources). None: none.
    period_others: dict | None = None
    # In a compiled report: {indicator code: (whether the asking unit's own register gives it a figure in the
    # period, whether over the whole scope: its year to date or a stock)}: a sentence names the asking unit
    # only when its figures add to the sentence's (paragraphs.attributed). None: it is always named.
    own_contributes: dict | None = None
    source: str = ""
    # The names of the other units a sentence's sources count as «03 đơn vị khác» (paragraphs.attributed): said
    # in a footnote beside it, so that a reader of the document can check whose figures they are.
    others_named: tuple = ()


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
        return format_field(item_field(item, path, context), spec)
    head, _dot, rest = path.partition(".")
    if head in WORD_NAMES:
        return _word(context, head, rest, "")
    if head == "lists":
        return list_words(rest, spec, context)
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
        flag = "compared" if rest == "compare" else "ytd_compared"
        compared = context.period.get(flag, True)
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
        return item_field(item, path, context)
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
            values = [bool(item_field(Item(name, row), name_of_field, context)) for row in rows]
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


def chosen(spec, context, item=None):
    """The pattern a conditional spec writes in context: its "text" when its "if" holds, else its "else"."""
    return spec.get("text", "") if holds(spec.get("if"), context, item) else spec.get("else", "")


def _piece(spec, context, item):
    if "list" in spec:
        return write_list(spec, context, item)
    return fill(chosen(spec, context, item), context, item)
