"""Statements that a period had none of what an indicator counts: «không tổ chức hội nghị, hội
thảo quốc tế nào», «không có tàu cá … bị bắt giữ», «chưa tiếp nhận đoàn nào».

A negation ("không", "chưa") followed closely by the words of one indicator, in a sentence with
no number, is a figure 0 of that indicator, its sentence its source. They are listed apart from
the facts (result["nones"]): the public texts' gold records no figure 0, so counted as facts
they would be read as false ones; the register's comparison may use them (register/intake.py).
A sentence naming two indicators' words, or a number, says nothing sure and is left out.
"""

from __future__ import annotations

import re

from ngoaivu.pure.indicators import BY_CODE

# The negation of a happening ("không có", "chưa tiếp nhận", "không tổ chức"), then at most two
# words without a figure, then what is counted.
_NEGATION = (
    r"(?<!\w)(?:không|chưa)\s+(?:có|xảy\s+ra|phát\s+sinh|ghi\s+nhận|tổ\s+chức|tiếp\s+nhận|đón)"
    r"(?:\s+[^\s\d.,;:!?()]+){0,2}?\s+"
)
# What each indicator counts, in words that name it alone.
_COUNTED = {
    "conferences": r"hội\s+nghị,?\s+hội\s+thảo",
    "boats_detained": r"tàu\s+(?:cá|thuyền)[^.;\d]{0,40}?bị\s+(?:\S+\s+){0,3}?bắt\s+giữ",
    "incoming_delegations": r"đoàn(?:\s+khách)?(?:\s+(?:nước\s+ngoài|quốc\s+tế))?\s+(?:nào|vào|đến)(?!\w)(?!\s+đi\s)",
    "consular_cases": r"vụ\s+việc\s+lãnh\s+sự",
    "aid": r"(?:khoản|dự\s+án)\s+viện\s+trợ",
}
_STATED = {code: re.compile(_NEGATION + r"(?:" + words + r")", re.I) for code, words in _COUNTED.items()}
_SENTENCE = re.compile(r"[^.;!?\n]+")
_FIGURE = re.compile(r"\d")


def stated_none(sentence: str) -> str | None:
    """The one indicator a sentence says there was none of, or None."""
    if _FIGURE.search(sentence):
        return None
    found = [code for code, pattern in _STATED.items() if pattern.search(sentence)]
    return found[0] if len(found) == 1 else None


def nones(text: str) -> list[dict]:
    """[{"indicator", "scope": "period", measure: 0 …, "text"}]: each statement of none in the text, in
    its order, the indicator's every measure 0, once for each indicator and sentence."""
    out: list[dict] = []
    for match in _SENTENCE.finditer(text):
        sentence = " ".join(match.group().split())
        code = stated_none(sentence)
        if code is None or any(item["indicator"] == code and item["text"] == sentence for item in out):
            continue
        zeros = {measure.name: 0 for measure in BY_CODE[code].measures}
        out.append({"indicator": code, "scope": "period", **zeros, "text": sentence})
    return out
