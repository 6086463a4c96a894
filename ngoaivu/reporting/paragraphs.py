"""A section's paragraphs written from its sentence specs (sentences.py: the syntax), its footnotes
marked and collected, and «toàn tỉnh» said as what the figures count. Pure Python."""

import re
from dataclasses import replace

from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.wording import format_count, in_sentence, opens_with_verb

from .sentence_lists import join_vi, list_items, list_shows, mark_before_stop, write_list
from .sentences import PLACEHOLDER, chosen, counted, fill

_WHOLE_PROVINCE = re.compile(r"(?<!\w)(t)oàn tỉnh(?!\w)", re.IGNORECASE)


def as_counted(text, context):
    """text with «toàn tỉnh» said as what the figures count (context.across), when they do not count
    the whole province: «Trong tháng, theo báo cáo của 09 đơn vị, không có tàu…»."""
    if not context.across:
        return text
    return _WHOLE_PROVINCE.sub(
        lambda m: context.across[0].upper() + context.across[1:] if m.group(1) == "T" else context.across, text
    )


def _compares(sentence, context):
    """Whether a sentence compares with last year («so với cùng kỳ năm 2020», of a whole year «so với
    năm 2020»): the first one carries the note on units merged since (context.comparison_note)."""
    return "so với cùng kỳ" in sentence or f"so với năm {context.period.get('last_year')}" in sentence


def _pieces(pattern):
    """Every string and dict a spec holds, itself included."""
    if isinstance(pattern, dict):
        yield pattern
        for value in pattern.values():
            yield from _pieces(value)
    elif isinstance(pattern, (list, tuple)):
        for piece in pattern:
            yield from _pieces(piece)
    elif isinstance(pattern, str):
        yield pattern


def _names_whose(piece):
    """Whether a piece says whose work it tells: {across}, {unit.…}, or a choice by counted.* / across."""
    if isinstance(piece, str):
        return "{across}" in piece or "{unit." in piece
    conditions = piece.get("if") or []
    conditions = [conditions] if isinstance(conditions, str) else conditions
    return any(
        isinstance(c, str) and ("counted." in c or c.strip().removeprefix("not ").strip() == "across")
        for c in conditions
    )


def listed_rows(spec):
    """The lists whose rows a sentence spec lists ({"list": …}); not those it only asks of («lists.aid.all.…»)."""
    return {p["list"] for p in _pieces(spec) if isinstance(p, dict) and isinstance(p.get("list"), str)}


def unattributed_lists(spec):
    """The lists a sentence spec names without saying whose work it tells (_names_whose): none when it says."""
    if any(_names_whose(p) for p in _pieces(spec)):
        return set()
    return listed_rows(spec)


def _counts(pattern):
    """Whether a pattern writes a figure: {conferences.count.period}, {aid.compare}, {lists.articles.count}."""
    for piece in _pieces(pattern):
        for name in PLACEHOLDER.findall(piece) if isinstance(piece, str) else ():
            head, _dot, rest = name.strip().partition(".")
            if head in BY_CODE or (head == "lists" and rest.partition(":")[0].endswith(".count")):
                return True
    return False


# What opens a sentence before whose work it counts is said, as «{period.in_word}, {across}có …» places it:
# a bullet, a time («Trong 9 tháng, », «Tính chung trong 9 tháng, », «Từ ngày … đến ngày …, », «Tính đến
# cuối kỳ báo cáo, »).
_OPENING = re.compile(r"^(?:- )?(?:(?:(?:tính chung )?(?:trong|từ)|tính đến)\b[^,.;:]{0,60}, )?", re.IGNORECASE)


def said_whose(sentence, spec, chosen, context):
    """sentence, written from the pattern chosen of a sentence spec, saying whose work it counts when it
    counts a figure (_counts) and names no one (no subject, no list, no {across}, no «toàn tỉnh»): by the
    one rule of who a count sentence may name (sentences.counted). Of other units' work ("units": a
    compilation) it names none and says whose reports it counts as {across} does: «Theo số liệu của Sở
    Ngoại vụ và theo báo cáo của 02 đơn vị, đã quản lý 02 hội nghị, hội thảo quốc tế …», never the
    compiled total as the asking unit's own; the asking unit's own work alone, as the seeds tell it, by its
    name as the subject («Sở Ngoại vụ đã tham mưu ban hành …»). Else as written: the unit's own, or the
    province's."""
    if counted(context) != "units" or not context.across or not _counts(chosen):
        return sentence
    # whose work the pattern chosen says, or the spec's own choice (its "if"): not a branch not taken
    says = _names_whose(spec) or any(_names_whose(p) for p in _pieces(chosen))
    if _WHOLE_PROVINCE.search(sentence) or says:
        return sentence
    lists = unattributed_lists(spec)
    if lists:
        # «Hiện có 02 thỏa thuận quốc tế …: …», «phát hành 01 Bản tin …»: the asking unit's own rows, counted and
        # listed from its register (speaking_for); said as its own work, by its name, as any sentence of it
        if not _lists_own(spec, context) or context.contributors is None:
            return sentence
        context = replace(context, across=f"{sources(context.source, 0)},")
    opening = _OPENING.match(sentence).group(0)
    across = context.across if opening.strip(" -") else context.across[:1].upper() + context.across[1:]
    rest = in_sentence(sentence[len(opening) :])
    if context.contributors is not None and opens_with_verb(rest):
        if context.across == f"{sources(context.source, 0)},":
            # the asking unit's own work alone: said as the seeds say it, «Sở Ngoại vụ đã tham mưu ban hành …»
            return f"{opening}{context.source} đã {rest}"
        rest = f"đã {rest}"  # work done, not a subject it is not: «…, đã tham mưu ban hành …»
    return f"{opening}{across} {rest}"


def sources(name, units, others=()):
    """Whose figures a compiled sentence counts when they are not the province's: the asking unit's own
    register (name) is one source, the answers that give the sentence a figure the others («theo số liệu của
    Văn phòng UBND tỉnh và theo báo cáo của 02 đơn vị»); none of them: the register alone («theo số liệu của
    Sở Ngoại vụ»). Without the first, «theo báo cáo của 02 đơn vị» would claim the asking unit's own work for
    the units that answered; name "" when its register adds nothing to the sentence («theo báo cáo của 01 đơn
    vị»). The second «theo» keeps «theo báo cáo của 02 đơn vị» whole, the words the reader takes for no
    figure (reading/nones.py). others: the names of the units neither asking nor answering whose register
    rows a year to date or a stock counts (paragraphs.attributed), beside the asking unit's («theo số liệu
    của Sở Ngoại vụ, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và theo báo cáo của 02 đơn vị»); more than two, by
    their count («… của Sở Ngoại vụ, 05 đơn vị khác và …»)."""
    mine = [name] if name else []
    registers = [*mine, *others] if len(others) <= 2 else [*mine, f"{format_count(len(others))} đơn vị khác"]
    if not registers:
        return f"theo báo cáo của {format_count(units)} đơn vị"
    if not units:
        return f"theo số liệu của {join_vi(registers)}"
    return f"theo số liệu của {', '.join(registers)} và theo báo cáo của {format_count(units)} đơn vị"


# The windows of a figure counted over a compilation's whole scope (compiled_figures): its year to date.
_WHOLE_WINDOWS = ("ytd", "last_year_ytd", "ytd_diff", "ytd_compare")


def _over_whole(chosen):
    """(whether a pattern writes figures of the period, whether of the whole scope: a year to date or a
    stock); a pattern that writes no figure speaks of the period."""
    kinds = _window_kinds(chosen)
    return "period" in kinds or not kinds, bool(kinds & {"ytd", "stock"})


def _codes(spec, chosen):
    """The indicators a sentence counts: those its pattern chosen writes, else those its conditions ask of
    («Không có khoản viện trợ nào» under "if": "aid.count.period" speaks of aid)."""
    codes = set()
    for piece in _pieces(chosen):
        for name in PLACEHOLDER.findall(piece) if isinstance(piece, str) else ():
            codes.add(name.strip().partition(".")[0])
    if not codes & BY_CODE.keys():
        for piece in _pieces(spec):
            conditions = piece.get("if") if isinstance(piece, dict) else None
            for condition in [conditions] if isinstance(conditions, str) else conditions or []:
                if isinstance(condition, str):
                    codes.add(condition.strip().removeprefix("not ").strip().partition(".")[0])
    return codes & BY_CODE.keys()


def attributed(spec, chosen, context):
    """The context a sentence is written in, its {across} saying whose figures count that sentence's own
    indicators: the units whose answers give one of them a figure, not every unit that answered
    (context.contributors) and the other units whose register rows the period counts (context.period_others),
    for a year to date or a stock the units whose register rows the whole scope adds (context.whole_contributors), and the asking unit only when its own register adds to them
    (context.own_contributes); none of them: the asking unit's register alone, unless there is nothing to
    count in what the sentence tells (the period, the year to date): «không có …», which every answer and
    the register say. As written when not known."""
    codes = _codes(spec, chosen)
    if not context.across or context.contributors is None or not codes:
        return context
    period, whole = _over_whole(chosen)
    units, others, mine = set(), [], False
    for code in codes:
        own = (True, True) if context.own_contributes is None else context.own_contributes.get(code, (False, False))
        if period or context.whole_contributors is None:
            units |= set(context.contributors.get(code, ()))
            others += [name for name in (context.period_others or {}).get(code, ()) if name not in others]
            mine = mine or own[0] or (whole and own[1])
        if whole and context.whole_contributors is not None:
            answers, names = context.whole_contributors.get(code, ((), ()))
            units |= set(answers)
            others += [name for name in names if name not in others]
            mine = mine or own[1]
    figures = [f for code in codes for f in context.figures.get(code, {}).values()]
    if not any((period and f.period) or (whole and f.ytd) for f in figures) or not (units or others or mine):
        return context  # «không có …»: every answer that says none is a source of it
    named = tuple(others) if len(others) > 2 else ()  # counted in the text, named in a footnote (write_section)
    return replace(
        context, across=f"{sources(context.source if mine else '', len(units), others)},", others_named=named
    )


def _unsaid(sentence, across):
    """sentence without its attribution (across), said already in its paragraph: «- Theo …, có 02 đoàn»
    becomes «- Có 02 đoàn», «Tính chung trong 8 tháng, theo …, có …» «Tính chung trong 8 tháng, có …»."""
    first = f"{across[:1].upper()}{across[1:]} "
    at = sentence.find(first)
    if at >= 0:
        rest = sentence[at + len(first) :]
        return f"{sentence[:at]}{rest[:1].upper()}{rest[1:]}"
    return sentence.replace(f"{across} ", "", 1)


def speaking_for(spec, context):
    """The context a sentence spec is written in. In a compiled report (context.own_lists), a sentence that
    lists the register's rows without saying whose work they are («Tổ chức 01 hoạt động ngoại giao văn hóa:
    …», «Phối hợp đón tiếp …») reads as the asking unit's: it counts and lists the asking unit's own rows
    alone; the answering units' work is told in their own paragraphs, or with its source
    (collection/unlisted.py). A sentence that says whose work it counts ({across}, a choice by counted.*)
    counts and lists them all."""
    if not _lists_own(spec, context):
        return context
    return replace(context, figures=context.own_figures, lists=context.own_lists)


def _lists_own(spec, context):
    """Whether, in a compiled report, sentence spec lists rows without saying whose: the asking unit's own."""
    return context.own_lists is not None and bool(unattributed_lists(spec) & context.own_lists.keys())


def write_section(body, context):
    """The paragraphs of a section from its sentence specs; footnotes go to context.footnotes. In a compiled
    report that knows whose answers give each figure (context.contributors), a paragraph says whose figures
    it counts once: a sentence joined to it that counts the same sources does not say them again."""
    paragraphs, said = [], ("", frozenset())  # (the sources said in the paragraph, of which windows)
    for spec in body:
        if isinstance(spec, str):
            spec = {"text": spec}
        told = speaking_for(spec, context)  # its footnotes and citations are the report's all the same
        if "list" in spec:
            if "join" not in spec:
                # One paragraph per item: a list of its own (drafting.write_body takes it out first).
                paragraphs.extend(list_paragraphs(spec, told))
                said = ("", frozenset())  # a sentence joined after the list joins its last item, which said no source
                continue
            sentence, kinds = write_list(spec, told), frozenset()
        else:
            pattern = chosen(spec, told)
            told = attributed(spec, pattern, told) if pattern else told
            kinds = _window_kinds(pattern, told)
            # «toàn tỉnh» said as whose figures the sentence counts, its own sources (drafting says the rest so)
            sentence = as_counted(said_whose(fill(pattern, told), spec, pattern, told), told) if pattern else ""
            if sentence and told.across and told.contributors is not None:  # else as written before them
                # said once for the figures of one window: a year to date or a stock joined after the period's
                # figures says its own sources («Tính chung trong 9 tháng, theo …, có …»)
                if spec.get("paragraph") is False and paragraphs and said == (told.across, kinds):
                    sentence = _unsaid(sentence, told.across)
            if sentence and told.others_named:
                sentence = _others_noted(sentence, told.others_named, context.footnotes)
            if sentence and spec.get("footnote"):
                context.footnotes.append(fill(spec["footnote"], told))
                sentence = mark_before_stop(sentence, len(context.footnotes))
        if not sentence:
            continue
        if context.comparison_note and _compares(sentence, context):
            context.footnotes.append(context.comparison_note)
            sentence = mark_before_stop(sentence, len(context.footnotes))
            context.comparison_note = ""
        if spec.get("paragraph") is False and paragraphs:
            paragraphs[-1] = f"{paragraphs[-1]} {sentence}"
        else:
            paragraphs.append(sentence)
            said = ("", frozenset())
        if told.across and told.contributors is not None and _says(sentence, told.across):
            said = (told.across, kinds)
    return paragraphs


def _others_noted(sentence, names, footnotes):
    """sentence with a footnote after its «03 đơn vị khác» naming them (footnotes gains it, or its number is
    the one of a footnote naming the same units already). Commas only, as the summary lists units: a unit's
    name may hold «và» («Sở Kế hoạch và Đầu tư»)."""
    counted = f"{format_count(len(names))} đơn vị khác"
    if counted not in sentence:
        return sentence
    note = f"Các đơn vị khác gồm: {', '.join(names)}."
    number = footnotes.index(note) + 1 if note in footnotes else len(footnotes) + 1
    if number > len(footnotes):
        footnotes.append(note)
    return sentence.replace(counted, f"{counted}[[fn:{number}]]", 1)


def _written(pattern, context):
    """The strings of a pattern that fill writes in context: of a choice, the branch its condition takes (a
    none's comparison with last year, outlines/compared.py, written only when last year had some)."""
    if isinstance(pattern, dict):
        if "list" in pattern:
            yield from _pieces(pattern)
            return
        yield from _written(chosen(pattern, context), context)
    elif isinstance(pattern, (list, tuple)):
        for piece in pattern:
            yield from _written(piece, context)
    elif isinstance(pattern, str):
        yield pattern


def _window_kinds(chosen, context=None):
    """The windows whose figures a pattern writes (in context: those it writes there, _written): "period",
    "ytd" (a year to date) and "stock" (at the period's end), each of which a reader takes for another count:
    sources said of one are not said of the others."""
    kinds = set()
    for piece in _pieces(chosen) if context is None else _written(chosen, context):
        for name in PLACEHOLDER.findall(piece) if isinstance(piece, str) else ():
            head, _dot, rest = name.strip().partition(":")[0].partition(".")
            if head in BY_CODE:
                stock = BY_CODE[head].is_stock
                kinds.add("stock" if stock else "ytd" if rest.rpartition(".")[2] in _WHOLE_WINDOWS else "period")
    return frozenset(kinds)


def _says(sentence, across):
    """Whether sentence says whose figures it counts (across), mid-sentence or first («- Theo …»)."""
    return f"{across} " in sentence or f"{across[:1].upper()}{across[1:]} " in sentence


def list_paragraphs(spec, context):
    """A list spec without "join": each item its own paragraph (a line of an item, another one)."""
    if not list_shows(spec, context):
        other = spec.get("empty", spec.get("else"))
        return [fill(other, context)] if other else []
    paragraphs = []
    for text, note in list_items(spec, context):
        lines = [line for line in text.split("\n") if line.strip()]
        if note and lines:
            # As the seeds do: the document that proves the result goes into a footnote.
            context.footnotes.append(note)
            lines[-1] = mark_before_stop(lines[-1], len(context.footnotes))
        paragraphs.extend(lines)
    return paragraphs
