"""What a compiled report says of the answers' part of an area whose sentence lists the register's rows
(the delegations sent, the receptions, the agreements…): the count sentence gives the compiled total,
the list names the rows the register holds; what the answers count beyond those rows is said with its
source, so that the list does not read as the whole.

When an answer counts FEWER than the register's rows of its unit (02 delegations answered, 03 in the
register; in its count cell, or in its paragraph's words when it has no cell), the register's figure is
the unit's in the compiled report (compiled_cells), and the register's rows are listed. The list beside the count names every row the register holds of the
answering units; a count under the rows it lists would contradict itself on the page, and the rows
are there to be read, each with its date and place, where the answer gives a number only. The figure
is not changed unseen: the compilation table and its XLSX say, beside the row, what the answer said
and what the register holds (shortfall_notes), for the officer to check before the report goes out."""

import re
from typing import NamedTuple

from django.utils.translation import gettext as _

from ngoaivu.core.amounts import amount_shown
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.period_parsing import parse
from ngoaivu.pure.wording import format_amount
from ngoaivu.register.engine import evaluate, evaluate_by_scope
from ngoaivu.reporting.paragraphs import listed_rows, unattributed_lists

from ngoaivu.reporting.template_names import list_names

from .contradictions import stated_in_texts

_FIGURE = re.compile(r"\{(\w+)\.")  # {conferences.count.period}: the area a sentence counts


def listed_areas(definition):
    """The areas of a template whose sentence lists the register's rows and counts the period's work
    (outgoing delegations, receptions, agreements…): a stock (agreements in force) is no period's count."""
    return sorted(n for n in list_names(definition) if n in BY_CODE and not BY_CODE[n].is_stock)


def held_counts(request, accepted, own):
    """[{code: {measure: n}}], one per accepted answer in their order: the register's count of its unit's
    own rows in the period, for the template's listed areas (listed_areas). own: {unit pk: its own Scope},
    as compiled_parts read them (Parts.own)."""
    names = listed_areas(request.template.definition)
    if not names or not accepted:
        return [{} for _submission in accepted]
    period = parse(request.period_code, request.unit.reporting_convention)
    return [
        {
            name: {measure: int(figure.period or 0) for measure, figure in register.get(name, {}).items()}
            for name in names
        }
        for register in _registers(names, period, [own[s.unit_id] for s in accepted])
    ]


def _stated(submission, code, measure):
    return int((submission.values or {}).get(code, {}).get(measure) or 0)


def unlisted_parts(request, accepted, context, held):
    """{list name: [(unit, {measure: n}, listed)]}: what the accepted answers count of an area whose sentence
    lists the register's rows (outgoing delegations, receptions, agreements…) beyond the rows the
    register holds for their unit: a unit that answered by the form, or counted more than it recorded.
    The count sentence gives the compiled total; these parts are said with their source
    (unlisted_sentence), so that the list beside it does not read as the whole; listed: the list names some
    of the unit's rows too, so the part is not all the unit did. held: held_counts."""
    own, listing = told(request.template.definition)  # listing: no part said twice, beside a count that holds it
    names = {
        n
        for n in context.lists
        if n in listing and (context.lists[n] or n in own) and n in BY_CODE and not BY_CODE[n].is_stock
    }
    if not names:
        return {}
    found = {}
    for submission, counts in zip(accepted, held):
        for name in sorted(names & set(counts)):
            part, named = {}, False
            for measure in BY_CODE[name].measures:
                # a sentence told as the asking unit's own lists none of the answering units' rows
                listed = 0 if name in own else counts[name].get(measure.name, 0)
                more = _stated(submission, name, measure.name) - listed
                named = named or listed > 0
                if more > 0:
                    part[measure.name] = more
            if part:
                found.setdefault(name, []).append((submission.unit, part, named))
    return found


def shortfalls(accepted, held):
    """{(code, measure): [(unit, stated, held)]}: the figures of the listed areas an accepted answer counts
    fewer of than the register holds of its unit's own rows in the period (held: held_counts): by its count
    cell, the figure compiled_cells weighs against the register; an answer without one, by its text's words
    («Trường … cử 02 đoàn»: contradictions.stated_in_texts), never «nêu 0 đoàn» of a unit that said 02. A
    cell is not second-guessed by the words: a cell above the register is compiled as it stands, and
    «01 đoàn đi Lào… 01 đoàn đi Thái Lan» is no «01 đoàn» against a cell of 02. The compiled report uses
    the register's figure there (see the module's note); shortfall_notes says so, and the compilation
    table marks the unit's cell."""
    found = {}
    for submission, counts in zip(accepted, held):
        values = submission.values or {}
        blank = any(values.get(code, {}).get(measure) is None for code, by in counts.items() for measure in by)
        said = stated_in_texts(submission, counts) if blank and submission.texts else {}
        for code, by_measure in counts.items():
            for measure, n in by_measure.items():
                cell = values.get(code, {}).get(measure)
                stated = int((said.get((code, measure)) if cell is None else cell) or 0)
                if stated < n:
                    found.setdefault((code, measure), []).append((submission.unit, stated, n))
    return found


def shortfall_notes(short, measures):
    """{(code, measure): note}: the shortfalls (short: shortfalls) as the compilation table and its XLSX say
    them beside the row, in the reader's language: «Báo cáo của Trường Đại học Phạm Văn Đồng nêu 02 đoàn; sổ
    theo dõi có 03 đoàn của đơn vị trong kỳ. Báo cáo tổng hợp dùng số của sổ theo dõi.»
    measures: [(code, name, measure, unit word)] of the template."""
    words = {(code, measure): word for code, _name, measure, word in measures}
    notes = {}
    for key, found in short.items():
        said = [
            _("Báo cáo của %(unit)s nêu %(stated)s; sổ theo dõi có %(held)s của đơn vị trong kỳ.")
            % {
                "unit": unit.name,
                "stated": amount_shown(stated, words.get(key, "")),
                "held": amount_shown(count, words.get(key, "")),
            }
            for unit, stated, count in found
        ]
        notes[key] = " ".join([*said, _("Báo cáo tổng hợp dùng số của sổ theo dõi.")])
    return notes


def _registers(names, period, scopes):
    """The register's figures in each of scopes, in their order: grouped queries per model."""
    if None in scopes:
        return [evaluate(names, period, scope) for scope in scopes]
    by_scope = evaluate_by_scope(names, period, dict(enumerate(scopes)))
    return [by_scope[index] for index in range(len(scopes))]


def _sentences(definition):
    """Every sentence spec of a template's sections, their children's too."""

    def walk(specs):
        for spec in specs or []:
            if isinstance(spec, dict):
                yield from spec.get("body") or []
                yield from walk(spec.get("sections") or spec.get("children"))

    return walk(definition.get("sections"))


def _told(definition):
    """(own, whole, every): the areas listed by sentences that do not say whose work they tell (own), those
    counted by the other sentences (whole), and those listed by sentences that say whose (every unit's rows)."""
    own, whole, every = set(), set(), set()
    for sentence in _sentences(definition):
        listed = unattributed_lists(sentence)
        own.update(listed)
        if not listed:
            whole.update(_FIGURE.findall(repr(sentence)))
            every.update(listed_rows(sentence))
    return own, whole, every


def told(definition):
    """(told_as_own, told_apart) of a template, walking it once.

    told_as_own: the areas whose count its sentences tell as the asking unit's own in a compiled report:
    those that list their rows without saying whose work they are (paragraphs.speaking_for), and that no
    other sentence counts in full («Quản lý 02 hội nghị…» counts the answers' conferences already).
    told_apart: the areas whose answers' part beyond the rows listed is said apart (unlisted_parts): those
    told as the asking unit's own, and those a sentence lists every unit's rows of, saying whose. Not an
    area whose compiled total is counted beside no list of its rows («… phê duyệt 03 khoản viện trợ», its
    list only asked whether all are emergency aid) or beside the asking unit's rows alone («Quản lý 03 hội
    nghị…»): the answers' part is in that count, and said again it would be counted twice."""
    own, whole, every = _told(definition)
    return own - whole, (own - whole) | every


def told_as_own(definition):
    return told(definition)[0]


def unlisted_sentence(name, parts, alone=False, within=False):
    """The answers' part of an area that its list does not name, each with its source (parts: unlisted_parts).
    Beside a count of the asking unit's own work it is more than that count: «Ngoài ra, theo báo cáo của
    Trường Đại học Phạm Văn Đồng, đơn vị có thêm 03 đoàn với 12 lượt người.», «… có thêm 01 khoản viện trợ
    trị giá 500 triệu đồng.»; alone: the section's own sentence says nothing of the area (the asking unit did
    none): «Theo báo cáo của …, đơn vị có 03 thỏa thuận quốc tế.». within: the section's count is the compiled
    total, which holds the part already: «Trong đó, theo báo cáo của …, đơn vị có 02 đoàn với 05 lượt người.»,
    never «có thêm», which would read as beyond the total; a unit some of whose rows the list names «còn có
    01 đoàn … chưa nêu ở trên». Only a unit that gives the area a figure above 0 is said; "" when none does:
    «theo báo cáo của …, đơn vị có .» would count a unit that has nothing to add."""
    clauses = []
    for unit, part, listed in parts:
        if not any(part.get(m.name, 0) > 0 for m in BY_CODE[name].measures):
            continue
        # a sum of money is what the rows are worth: «01 khoản viện trợ trị giá 500 triệu đồng»
        shown = [m for m in BY_CODE[name].measures if part.get(m.name, 0) > 0]
        said = "".join(
            f"{(' trị giá ' if m.unit == 'đồng' else m.after) if i else ''}{format_amount(part[m.name], m.unit)}"
            for i, m in enumerate(shown)
        )
        if shown[-1].unit == "số":  # issues of what: «01 số bản tin đối ngoại», not «đơn vị có 01 số.»
            said += f" {BY_CODE[name].name.lower()}"
        if within:
            said = f"còn có {said} chưa nêu ở trên" if listed else f"có {said}"
        else:
            said = f"có {'' if alone else 'thêm '}{said}"
        clauses.append(f"theo báo cáo của {unit.name}, đơn vị {said}")
    if not clauses:
        return ""
    text = "; ".join(clauses)
    if alone:
        return f"{text[:1].upper()}{text[1:]}."
    return f"{'Trong đó' if within else 'Ngoài ra'}, {text}."


def _list_sections(definition):
    """{section key: [list name…]}: the lists each numbered section's own body names."""
    found = {}

    def walk(specs, parent):
        for spec in specs or []:
            if not isinstance(spec, dict) or "each" in spec:
                continue
            key = f"{parent}.{spec.get('number', '')}" if parent else spec.get("number", "")
            names = list_names(spec.get("body") or [])
            if names:
                found[key] = names
            walk(spec.get("children"), key)

    walk(definition.get("sections"), "")
    return found


class Note(NamedTuple):
    """A sentence of the answers' part (unlisted_sentence) and the year-to-date sentence of its area it goes
    before (with_answers): the one that opens with opening («Tính chung trong 8 tháng,») and counts figure
    («07 đoàn»). Said after it, «Trong đó, … có 03 đoàn» would read as part of the year's total, not the
    period's; where the summary has no such sentence, the note follows the summary."""

    text: str
    opening: str = ""
    figure: str = ""


def _year_to_date(name, context):
    """(opening, figure) of the year-to-date sentence of an area in the summary, or ("", "")."""
    if not context.period.get("has_ytd"):
        return "", ""
    figures = (context.figures or {}).get(name, {})
    for measure in BY_CODE[name].measures:
        figure = figures.get(measure.name)
        if figure is not None and figure.ytd:
            return f"Tính chung trong {context.period['ytd_label']},", format_amount(figure.ytd, measure.unit)
    return "", ""


def unlisted_notes(request, accepted, context, held, told=None):
    """{section key: [Note]}: the unlisted parts (unlisted_parts) said in the section that lists the area.
    told: {(unit id, section key)} where a unit's own paragraph tells its work (answer_paragraphs); a unit
    whose text there is left out of the report (said already, or only that none was done) is said here."""
    parts = unlisted_parts(request, accepted, context, held)
    own = told_as_own(request.template.definition)
    whole = _told(request.template.definition)[1]  # the areas a sentence counts the compiled total of
    notes = {}
    for key, names in _list_sections(request.template.definition).items():
        for name in names:
            if name not in parts:
                continue
            found = parts.pop(name)
            if name in own:  # a unit whose paragraph the section keeps tells its work there
                found = [(unit, part, listed) for unit, part, listed in found if (unit.pk, key) not in (told or set())]
            if found:
                mine = (context.own_figures or {}).get(name, {}).values()
                alone = name in own and not any(figure.period for figure in mine)
                # a count of the compiled total holds the part: said as within it, not as more
                said = unlisted_sentence(name, found, alone, within=name in whole)
                if said:
                    notes.setdefault(key, []).append(Note(said, *_year_to_date(name, context)))
    return notes
