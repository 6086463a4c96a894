"""Statements that a period had none of what an indicator counts: «không tổ chức hội nghị, hội
thảo quốc tế nào», «không có tàu cá … bị bắt giữ», «chưa tiếp nhận đoàn nào».

A negation ("không", "chưa") followed closely by the words of one indicator, in a sentence with
no figure, is a figure 0 of that indicator, its sentence its source. They are listed apart from
the facts (result["nones"]): the public texts' gold records no figure 0, so counted as facts
they would be read as false ones; the register's comparison may use them (register/intake.py).
A sentence naming two indicators' words, or a figure, says nothing sure and is left out; the
digits of its time («tháng 3/2021», «6 tháng đầu năm», a date) and of the units whose answers it
counts («theo báo cáo của 02 đơn vị») are no figure. Its scope and year are a fact's
(scopes.py): «Từ đầu năm đến nay, không có …» is none of the year to date.

The application's own sentences of none (reporting/outlines/areas.py) are read back so.
"""

from __future__ import annotations

import re

from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.periods import Period

from .doc_numbers import DATE_ANY
from .mentions import Group, Mention
from .periods_vi import time_expressions
from .scopes import scope_of, year_of
from .text import sentences

# The negation of a happening ("không có", "chưa tiếp nhận", "không tổ chức"), then at most two
# words without a figure, then what is counted.
_NEGATION = (
    r"(?<!\w)(?:không|chưa)\s+(?:có|xảy\s+ra|phát\s+sinh|ghi\s+nhận|tổ\s+chức|tiếp\s+nhận|đón)"
    r"(?:\s+[^\s\d.,;:!?()]+){0,2}?\s+"
)
_NOT = r"(?<!\w)(?:không|chưa)\s+"
_ABROAD = r"đi\s+(?:công\s+tác\s+)?nước\s+ngoài"
# What each indicator counts, in words that name it alone.
_COUNTED = {
    "conferences": r"hội\s+nghị,?\s+hội\s+thảo",
    # «không có tàu và ngư dân bị nước ngoài bắt giữ» (the application's own words)
    "boats_detained": r"tàu(?:\s+(?:cá|thuyền))?(?!\w)[^.;\d]{0,40}?bị\s+(?:\S+\s+){0,3}?bắt\s+giữ",
    "incoming_delegations": r"(?:đoàn(?:\s+khách)?(?:\s+(?:nước\s+ngoài|quốc\s+tế))?\s+(?:nào|vào|đến)(?!\w)(?!\s+đi\s)"
    r"|người\s+nước\s+ngoài\s+(?:vào|đến)\s+làm\s+việc)",
    "outgoing_delegations": r"(?:cán\s+bộ(?:,?\s+công\s+chức)?|đoàn)(?:\s+nào)?\s+" + _ABROAD,
    "consular_cases": r"vụ\s+việc\s+lãnh\s+sự",
    "aid": r"(?:khoản|dự\s+án)\s+viện\s+trợ",
    "foreign_students": r"lưu\s+học\s+sinh",
    "documents_issued": r"văn\s+bản\s+(?:quy\s+phạm\s+pháp\s+luật|chỉ\s+đạo)[^.;\d]{0,60}?(?:được\s+)?ban\s+hành",
}
_STATED = {code: [re.compile(_NEGATION + r"(?:" + words + r")", re.I)] for code, words in _COUNTED.items()}
# Said otherwise than "không có …": «Sở không cử cán bộ đi công tác nước ngoài», «không tiếp nhận hồ
# sơ thẩm tra, làm thủ tục trình … cử cán bộ đi công tác nước ngoài», «chưa tổ chức lớp tập huấn về hội
# nhập quốc tế», «không tiếp nhận, quản lý lưu học sinh nước ngoài».
_STATED["outgoing_delegations"] += [
    re.compile(_NOT + r"cử\s+(?:\S+\s+){0,2}?(?:cán\s+bộ|đoàn)(?:\s+nào)?\s+" + _ABROAD, re.I),
    re.compile(_NOT + r"tiếp\s+nhận\s+hồ\s+sơ[^.;\d]{0,100}?cử\s+cán\s+bộ\s+" + _ABROAD, re.I),
]
_STATED["training_courses"] = [re.compile(_NOT + r"tổ\s+chức\s+(?:\S+\s+){0,2}?lớp\s+(?:tập\s+huấn|bồi\s+dưỡng)", re.I)]
_STATED["foreign_students"].append(
    re.compile(_NOT + r"(?:tiếp\s+nhận|quản\s+lý)(?:\s*,\s*(?:tiếp\s+nhận|quản\s+lý))+\s+lưu\s+học\s+sinh", re.I)
)
# One sentence that says none of two indicators: «không có cán bộ công chức đi công tác nước ngoài về
# việc công và cả việc riêng» (the delegations sent and the private trips).
_BOTH = [
    (
        ("outgoing_delegations", "private_trips"),
        re.compile(
            _NEGATION + _COUNTED["outgoing_delegations"] + r"\s+về\s+việc\s+công\s+và\s+(?:cả\s+)?việc\s+riêng", re.I
        ),
    )
]
# Digits that are no figure: those of a time or a date, and the count of the units whose answers a
# compiled report counts (reporting/sentences.as_counted: «theo báo cáo của 02 đơn vị»).
_UNITS_ANSWERING = re.compile(r"(?<!\w)theo\s+báo\s+cáo\s+của\s+\d+\s+đơn\s+vị(?!\w)", re.I)
_FIGURE = re.compile(r"\d")


def _without_times(sentence: str) -> str:
    spans = [(e.start, e.end) for e in time_expressions(sentence)]
    spans += [m.span() for m in DATE_ANY.finditer(sentence)]
    spans += [m.span() for m in _UNITS_ANSWERING.finditer(sentence)]
    chars = list(sentence)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _stated(sentence: str) -> list[tuple[str, int]]:
    """[(indicator, where its negation begins)]: those a sentence says there was none of."""
    if _FIGURE.search(_without_times(sentence)):
        return []
    for codes, pattern in _BOTH:
        if match := pattern.search(sentence):
            return [(code, match.start()) for code in codes]
    found = []
    for code, patterns in _STATED.items():
        match = next((m for p in patterns if (m := p.search(sentence))), None)
        if match is not None:
            found.append((code, match.start()))
    return found if len(found) == 1 else []


def stated_none(sentence: str) -> str | None:
    """The one indicator a sentence says there was none of, or None."""
    found = _stated(sentence)
    return found[0][0] if len(found) == 1 else None


def nones(text: str, period: Period | None = None) -> list[dict]:
    """[{"indicator", "scope", measure: 0 …, "text"}, "year" when the sentence names one]: each
    statement of none in the text, in its order, the indicator's every measure 0, once for each
    indicator and sentence. The scope is a fact's at the negation (scopes.scope_of; period: the
    report's), "period" when no word says another."""
    out: list[dict] = []
    for line in text.splitlines():
        for _offset, raw in sentences(line):
            sentence = " ".join(raw.split())
            for code, at in _stated(sentence):
                if any(item["indicator"] == code and item["text"] == sentence for item in out):
                    continue
                where = Group([Mention(at, at, "none", 0, None)])
                scope, _sign = scope_of(sentence, where, code, period)
                zeros = {measure.name: 0 for measure in BY_CODE[code].measures}
                item = {"indicator": code, "scope": scope, **zeros, "text": sentence}
                if (year := year_of(sentence, where)) is not None:
                    item["year"] = year
                out.append(item)
    return out
