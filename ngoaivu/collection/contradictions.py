"""A figure a unit's texts state that is not the one the compiled report will give: settled before compiling."""

from django.utils.translation import gettext as _

from ngoaivu.core.amounts import unit_shown
from ngoaivu.core.models import ReadingPhrase
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.numbers import format_number
from ngoaivu.reading.reader import read_text
from ngoaivu.register.engine import evaluate
from ngoaivu.register.intake_rules import engine_code, report_value, window_of
from ngoaivu.reporting.drafting import period_words

from .services import all_sections, numbered, period_indicator


def _window(fact, codes, year):
    """("period" or "ytd", code) of a fact a unit's text states for codes (its answer's indicators), or None."""
    code = period_indicator(fact)
    if code in codes:
        return "period", code
    code = engine_code(fact)
    if code in codes and not BY_CODE[code].is_stock and window_of(fact, year) == "ytd":
        return "ytd", code
    return None


def statements(submission, codes, period, phrases=None):
    """{(window, code, measure): [(key, value, sentence)]}: the figures of codes a unit's texts state, the
    period's or the year to date's (window), each with its section's key and its sentence."""
    words = period_words(period)
    # Read under the report's title, so that "Tính chung trong 9 tháng" in a quarter's text is
    # the year to date, not the quarter's figure.
    title = f"BÁO CÁO\nCông tác đối ngoại {words['label']}\n"
    phrases = ReadingPhrase.as_lexicon() if phrases is None else phrases
    found = {}
    for key, text in sorted((submission.texts or {}).items()):
        for fact in read_text(title + (text or ""), phrases=phrases).get("facts", []) if (text or "").strip() else ():
            window, code = _window(fact, codes, period.year) or (None, None)
            for measure in BY_CODE[code].measures if window else ():
                if (stated := report_value(fact, measure.name, code)) is not None:
                    found.setdefault((window, code, measure), []).append((key, stated, fact.get("text", "")))
    return found


def stated_in_texts(submission, codes):
    """{(code, measure name): n}: the period's figure of codes a unit's texts state: one figure said once or
    alike again, or the sum of parts that differ ("01 khoản … 01 khoản khác"), as contradictions reads them."""
    period = submission.request.period_for(submission.unit)
    said = {}
    for (window, code, measure), stated in statements(submission, set(codes), period).items():
        if window == "period":
            values = {value for _key, value, _sentence in stated}
            said[(code, measure.name)] = values.pop() if len(values) == 1 else sum(v for _k, v, _s in stated)
    return said


def _compiled_ytd(submission, period, codes):
    """{code: {measure: n}}: a unit's year to date of codes as the compiled report counts it, the
    register's with the period's part replaced by the answer's (compiled_context)."""
    values = submission.values or {}
    if period.year_to_date().start == period.start:
        return values  # a first period: its year to date is the answer itself
    figures = evaluate(codes, period, submission.unit.scope(period.end, own=True))
    return {
        code: {name: f.ytd - f.period + int((values.get(code) or {}).get(name) or 0) for name, f in by.items()}
        for code, by in figures.items()
    }


def contradictions(submissions):
    """[{submission, key, section, sentence, indicator, measure, stated, accepted, basis}]: a figure a unit's texts
    state that is not the one the compiled report will give: the period's is its answer's, the year to
    date the register's with the answer's period. Settled before compiling, so that the report does
    not print a unit's "Tính chung 9 tháng, 03 đoàn" under a total of 01. Statements that add up to
    the figure ("01 khoản … 01 khoản khác") agree with it; amounts are in đồng."""
    found, phrases = [], ReadingPhrase.as_lexicon()
    for submission in submissions:
        values = submission.values or {}
        request = submission.request
        period = request.period_for(submission.unit)
        words = period_words(period)
        found_in_texts = statements(submission, values, period, phrases)
        if not found_in_texts:
            continue
        # a section by its numbers as the report prints them («I.5»), as the unit's form labels it
        labels = numbered(all_sections(request.template, submission.unit, period))
        ytd_codes = sorted({code for window, code, _m in found_in_texts if window == "ytd"})
        ytd = _compiled_ytd(submission, period, ytd_codes) if ytd_codes else {}
        for (window, code, measure), stated in found_in_texts.items():
            source = values if window == "period" else ytd
            expected = (source.get(code) or {}).get(measure.name)
            # A figure stated twice agrees; parts that add up to it agree ("01 khoản … 01 khoản khác").
            other = [(key, value, sentence) for key, value, sentence in stated if value != expected]
            if expected is None or not other or sum(value for _k, value, _s in other) == expected:
                continue
            name = _(BY_CODE[code].name) if window == "period" else f"{_(BY_CODE[code].name)} ({words['ytd_label']})"
            basis = _("số liệu gửi") if window == "period" else _("sổ theo dõi cùng số liệu gửi")
            for key, value, sentence in other:
                found.append(
                    {
                        "submission": submission,
                        "key": key,
                        "section": labels.get(key, key),
                        "sentence": sentence,
                        "indicator": name,
                        "measure": unit_shown(measure.unit),
                        "stated": format_number(value),
                        "accepted": format_number(expected),
                        "basis": basis,
                    }
                )
    return found
