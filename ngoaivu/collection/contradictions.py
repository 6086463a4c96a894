"""A figure a unit's texts state that is not the one the compiled report will give: settled before compiling."""

from functools import lru_cache

from django.utils.translation import gettext
from django.utils.translation import gettext as _

from ngoaivu.core.amounts import unit_shown
from ngoaivu.core.models import ReadingPhrase
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.numbers import format_number
from ngoaivu.pure.wording import format_count
from ngoaivu.reading.nones import nones
from ngoaivu.reading.reader import read_text
from ngoaivu.reading.scopes import of_another_period
from ngoaivu.register.engine import evaluate
from ngoaivu.register.intake_rules import engine_code, report_value, window_of
from ngoaivu.reporting.drafting import period_words
from ngoaivu.reporting.style import style_warning

from .answer_outline import all_sections, numbered
from .services import period_indicator


def _window(fact, codes, period):
    """("period" or "ytd", code) of a fact a unit's text states for codes (its answer's indicators), or None:
    not of another year, month or quarter («Cùng kỳ năm 2025, …», «Trong tháng 3/2026, …»), whose figure
    is no figure of this period nor its year to date."""
    code = period_indicator(fact)
    if code in codes:
        other = window_of(fact, period.year) != "period"  # a stock's too, at this period's end
        return None if other or of_another_period(fact.get("text", ""), period) else ("period", code)
    code = engine_code(fact)
    if code in codes and not BY_CODE[code].is_stock and window_of(fact, period.year) == "ytd":
        return "ytd", code
    return None


def statements(submission, codes, period, phrases=None):
    """{(window, code, measure): [(key, value, sentence)]}: the figures of codes a unit's texts state, the
    period's or the year to date's (window), each with its section's key and its sentence."""
    return texts_statements(submission.texts or {}, codes, period, phrases)


def texts_statements(texts, codes, period, phrases=None):
    """statements() of texts ({section key: text}), an answer's as stored or as typed in its form."""
    words = period_words(period)
    # Read under the report's title, so that "Tính chung trong 9 tháng" in a quarter's text is
    # the year to date, not the quarter's figure.
    title = f"BÁO CÁO\nCông tác đối ngoại {words['label']}\n"
    phrases = ReadingPhrase.as_lexicon() if phrases is None else phrases
    lexicon = tuple(sorted((indicator, tuple(words)) for indicator, words in phrases.items()))
    found = {}
    for key, text in sorted(texts.items()):
        for fact in _facts_read(title + text, lexicon) if (text or "").strip() else ():
            window, code = _window(fact, codes, period) or (None, None)
            for measure in BY_CODE[code].measures if window else ():
                if (stated := report_value(fact, measure.name, code)) is not None:
                    found.setdefault((window, code, measure), []).append((key, stated, fact.get("text", "")))
    return found


@lru_cache(maxsize=512)
def _facts_read(text, lexicon):
    """The facts read in text with an administrator's words (lexicon: ((indicator, (phrase…))…)). The reader is
    pure, and an answer's texts are read again for its form's warnings, the compilation table's contradictions
    and its shortfalls: once each text is enough. Facts are read, never changed, by their users."""
    return tuple(read_text(text, phrases={indicator: list(words) for indicator, words in lexicon}).get("facts", []))


def _said_none(texts, values, period):
    """A sentence of texts saying there was none in the period («Trong tháng, Trường chưa tiếp nhận khoản
    viện trợ nào.») of an indicator whose figure values give above 0: beside its first such measure, once
    a sentence, in the texts' order."""
    for key, text in texts.items():
        for item in nones(text or "", period):
            code = item["indicator"]
            if item.get("scope") != "period" or code not in values:
                continue
            by_measure = values.get(code) or {}
            above = [measure for measure in BY_CODE[code].measures if by_measure.get(measure.name)]
            for measure in above[:1]:
                yield _disagreement("period", key, code, measure, 0, by_measure[measure.name], item["text"])


def _stated_otherwise(found_in_texts, sources):
    """The statements (texts_statements) of a figure other than sources give for their window. A figure
    stated twice agrees; parts that add up to it agree ("01 khoản … 01 khoản khác")."""
    for (window, code, measure), stated in found_in_texts.items():
        expected = (sources[window].get(code) or {}).get(measure.name)
        other = [(key, value, sentence) for key, value, sentence in stated if value != expected]
        if expected is None or not other or sum(value for _k, value, _s in other) == expected:
            continue
        for key, value, sentence in other:
            yield _disagreement(window, key, code, measure, value, expected, sentence)


def _disagreement(window, key, code, measure, stated, expected, sentence):
    return {
        "window": window,
        "key": key,
        "code": code,
        "measure": measure,
        "stated": stated,
        "expected": expected,
        "sentence": sentence,
    }


def said_otherwise(texts, values, period, phrases=None, unit=None):
    """[{window, key, code, measure, stated, expected, sentence, ytd_label}]: each sentence of an answer's texts
    ({section key: text}) whose figure is not the one values ({code: {measure: n}}) give: of the period,
    «không có …» of it (stated 0) beside a figure above 0, or another number; of the year to date («Tính chung
    9 tháng, …»), another number than the compiled report's (compiled_ytd: unit's register with its period
    replaced by values), when there is one to compare. What the unit's form and the API ask about before
    the answer is sent; contradictions() lists the same once it is."""
    found = texts_statements(texts, set(values), period, phrases)
    ytd_codes = sorted({code for window, code, _m in found if window == "ytd"})
    ytd = compiled_ytd(values, unit, period, ytd_codes) if ytd_codes else {}
    label = period_words(period)["ytd_label"]
    return [
        said | {"ytd_label": label if said["window"] == "ytd" else None}
        for said in [*_said_none(texts, values, period), *_stated_otherwise(found, {"period": values, "ytd": ytd})]
    ]


def said_otherwise_message(said, labels, word, api=False):
    """The warning of one of said_otherwise(), before the answer is sent: its section by the number the form
    labels it with (labels: answer_outline.numbered), its sentence, and the figure typed, in word («khoản»). api:
    as the API says it, confirmed by sending the answer again with "warnings_checked": true."""
    if said.get("ytd_label") and api:
        text = gettext(
            "Mục %(section)s ghi «%(sentence)s» nhưng số liệu tính chung %(ytd)s là %(value)s. Kiểm tra lại số "
            "liệu hoặc nội dung mục; nếu đúng, gửi lại yêu cầu kèm «warnings_checked»: true."
        )
    elif said.get("ytd_label"):
        text = gettext(
            "Mục %(section)s ghi «%(sentence)s» nhưng số liệu tính chung %(ytd)s là %(value)s: kiểm tra lại "
            "số liệu hoặc nội dung mục trước khi gửi."
        )
    elif api:
        text = gettext(
            "Mục %(section)s ghi «%(sentence)s» nhưng số liệu là %(value)s. Kiểm tra lại số liệu hoặc nội dung "
            "mục; nếu đúng, gửi lại yêu cầu kèm «warnings_checked»: true."
        )
    else:
        text = gettext(
            "Mục %(section)s ghi «%(sentence)s» nhưng số liệu là %(value)s: kiểm tra lại số liệu "
            "hoặc nội dung mục trước khi gửi."
        )
    return text % {
        "section": labels.get(said["key"], said["key"]),
        "sentence": said["sentence"],
        "value": f"{format_count(said['expected'])} {word}".strip(),
        "ytd": said.get("ytd_label"),
    }


def not_as_read(read, values):
    """[(code, measure, read, sent)]: each figure of values ({code: {measure: n}}) other than the one read from
    the unit's uploaded report (read: {(code, measure): n}, figures.documented)."""
    found = []
    for (code, measure), number in read.items():
        by_measure = values.get(code) or {}
        if measure in by_measure and int(by_measure[measure] or 0) != number:
            found.append((code, measure, number, int(by_measure[measure] or 0)))
    return found


def not_as_read_message(read, sent, api=False):
    """The warning of one of not_as_read(): the figure read and the one sent. api: as the API says it."""
    if api:
        text = gettext(
            "Báo cáo tải lên ghi %(read)s, số liệu gửi là %(sent)s. Kiểm tra lại số liệu; nếu đúng, gửi lại yêu "
            "cầu kèm «warnings_checked»: true."
        )
    else:
        text = gettext("Báo cáo tải lên ghi %(read)s, số liệu gửi là %(sent)s: bấm «Dùng số này» hoặc kiểm tra lại.")
    return text % {"read": format_count(read), "sent": format_count(sent)}


def answer_warnings(texts, values, period, read, labels, words, api=False, unit=None):
    """{(code, measure): message}: what a unit is asked about before its answer is sent, by the page's form
    (forms.AnswerForm) and the API alike: a figure a section's text says otherwise of (said_otherwise, its
    first sentence's), and a figure other than the one read from the unit's uploaded report (not_as_read),
    both in one message when both are. texts: {section key: text}; values: {code: {measure: n}}; read: {(code,
    measure): n} (figures.documented); labels: {section key: "I.5"} (answer_outline.numbered); words: {(code,
    measure): «khoản»}. api: the messages as the API says them. unit: the answering unit, whose register
    gives the year to date its texts are compared with."""
    found = {}
    for said in said_otherwise(texts, values, period, unit=unit):
        figure = (said["code"], said["measure"].name)
        if figure not in found:
            found[figure] = said_otherwise_message(said, labels, words.get(figure, ""), api=api)
    for code, measure, number, sent in not_as_read(read, values):
        # the text's sentence and the upload both against one figure: both said, one after the other
        said = (found.get((code, measure)), not_as_read_message(number, sent, api=api))
        found[(code, measure)] = " ".join(message for message in said if message)
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


def compiled_ytd(values, unit, period, codes):
    """{code: {measure: n}}: a unit's year to date of codes as the compiled report counts it, the
    register's with the period's part replaced by values, its answer's (compiled_context); {} when no
    unit's register is given for a period that is not the year's first."""
    if period.year_to_date().start == period.start:
        return values  # a first period: its year to date is the answer itself
    if unit is None:
        return {}
    figures = evaluate(codes, period, unit.scope(period.end, own=True))
    return {
        code: {name: f.ytd - f.period + int((values.get(code) or {}).get(name) or 0) for name, f in by.items()}
        for code, by in figures.items()
    }


def contradictions(submissions):
    """[{submission, key, section, sentence, indicator, measure, stated, accepted, basis}]: a figure a unit's texts
    state that is not the one the compiled report will give: the period's is its answer's, the year to
    date the register's with the answer's period. Settled before compiling, so that the report does
    not print a unit's "Tính chung 9 tháng, 03 đoàn" under a total of 01, nor its «Trong tháng, Trường
    không tiếp nhận khoản viện trợ nào.» under its 02 khoản. Statements that add up to the figure
    ("01 khoản … 01 khoản khác") agree with it; amounts are in đồng."""
    found, phrases = [], ReadingPhrase.as_lexicon()
    for submission in submissions:
        values = submission.values or {}
        request = submission.request
        period = request.period_for(submission.unit)
        texts = dict(sorted((submission.texts or {}).items()))
        all_said = said_otherwise(texts, values, period, phrases, unit=submission.unit)
        if not all_said:
            continue
        # a section by its numbers as the report prints them («I.5»), as the unit's form labels it
        labels = numbered(all_sections(request.template, submission.unit, period))
        for said in all_said:
            code, ytd_label = said["code"], said["ytd_label"]
            name = f"{_(BY_CODE[code].name)} ({ytd_label})" if ytd_label else _(BY_CODE[code].name)
            basis = _("sổ theo dõi cùng số liệu gửi") if ytd_label else _("số liệu gửi")
            found.append(
                {
                    "submission": submission,
                    "key": said["key"],
                    "section": labels.get(said["key"], said["key"]),
                    "sentence": said["sentence"],
                    "indicator": name,
                    "measure": unit_shown(said["measure"].unit),
                    # «không có …»: said as the intake's comparison says it, not as a figure 0
                    "stated": _figure(said["stated"], said["measure"]) if said["stated"] else _("không có"),
                    "accepted": _figure(said["expected"], said["measure"]),
                    "basis": basis,
                }
            )
    return found


def _figure(value, measure):
    """A count as official writing gives it («03» lớp), an amount of money grouped («7.810.000.000» đồng)."""
    whole = int(value) == value
    return format_count(int(value)) if whole and measure.unit != "đồng" else format_number(value)


def style_flags(submission):
    """[{section, text}]: the answer's texts with a count under ten written with one digit or a date that is
    none (reporting/style.py), which the compiled report would print as the unit wrote them: shown to the
    officer who reviews the answer, as the unit's form asked the unit, never refused."""
    period = submission.request.period_for(submission.unit)
    labels = None
    found = []
    for key, text in sorted((submission.texts or {}).items()):
        said = style_warning(text)
        if not said:
            continue
        if labels is None:
            labels = numbered(all_sections(submission.request.template, submission.unit, period))
        found.append({"section": labels.get(key, key), "text": said})
    return found
