"""The terms a search takes as one: «ビザ» finds a procedure whose Japanese name says «査証», «visa» one that
says «thị thực». No Django.

EQUIVALENT_TERMS is the one list: each line is one thing as the five public languages (Vietnamese, English,
Chinese, Korean, Japanese) name it, every usual name of it, in any order; Chinese in its Simplified and its
Traditional writing («签证», «簽證»), each a term, as a search does not fold one writing into the other. A search for one of them finds a
text that holds any other (search_terms). Terms are compared folded (pure.text.fold: no case, no accents).
English is written in British and American spelling («licence», «license») and a foreigner names a thing
by any of its usual words («authorization», «permission»): the lines at the end hold those English words
alone, as the translations say them one way only.

How a term is found in a search: a term in Latin letters ("thị thực", "work permit") as whole words of it,
in their order; a Chinese or Japanese term, whose languages do not part words by spaces («ビザの申請»),
anywhere inside a word; a Korean term at the start of a word, alone or with a particle (KOREAN_ENDINGS), so
that «비자» finds «비자를» but not «비자금» (term_pattern). What the user typed is still searched as before,
word by word; a term put in its place must be found as it is written, its words together.
"""

import re

from .text import words

EQUIVALENT_TERMS = (
    ("thị thực", "visa", "签证", "簽證", "비자", "사증", "ビザ", "査証"),
    ("hộ chiếu", "passport", "护照", "護照", "여권", "旅券", "パスポート"),
    (
        "giấy phép lao động",
        "work permit",
        "劳动许可证",
        "劳动许可",
        "勞動許可證",
        "勞動許可",
        "工作许可证",
        "工作许可",
        "工作許可證",
        "工作許可",
        "노동허가",
        "노동허가서",
        "취업허가",
        "취업허가서",
        "労働許可",
        "就労許可",
    ),
    (
        "giấy phép lái xe",
        "bằng lái xe",
        "bằng lái",
        "driving licence",
        "driving license",
        "driver's licence",
        "driver's license",
        "driver licence",
        "driver license",
        "驾驶执照",
        "駕駛執照",
        "驾驶证",
        "駕駛證",
        "驾照",
        "駕照",
        "운전면허",
        "운전면허증",
        "運転免許",
    ),
    (
        "thẻ tạm trú",
        "residence card",
        "residence permit",
        "暂住卡",
        "暫住卡",
        "暂住证",
        "暫住證",
        "居留卡",
        "居留证",
        "居留證",
        "거주증",
        "임시거주증",
        "在留カード",
    ),
    (
        "văn phòng đại diện",
        "representative office",
        "代表处",
        "代表處",
        "代表办事处",
        "代表辦事處",
        "대표사무소",
        "駐在員事務所",
    ),
    # English spellings and synonyms: a search for one finds a translation written with another. An
    # equivalent is found inside a longer word (holds), so none is a part of an unrelated one («labor» of
    # «laboratory», «change» of «exchange»). A plural is no term of its own: singular() takes «licences» as «licence».
    ("licence", "license"),
    ("authorisation", "authorization", "authorised", "authorized", "permission"),
    ("organisation", "organization"),
    ("centre", "center"),
    ("programme", "program"),
    ("extension", "renewal", "renew"),
    ("re-issuance", "reissuance", "re-issue", "reissue", "replacement"),
    ("amendment", "modification"),
    ("viet nam", "vietnam"),
)


def _folded_groups() -> dict[str, tuple[str, ...]]:
    """Each folded term → its line's folded terms, itself first."""
    groups: dict[str, tuple[str, ...]] = {}
    for line in EQUIVALENT_TERMS:
        folded = [" ".join(words(term)) for term in line]
        for term in folded:
            groups[term] = (term, *(other for other in folded if other != term))
    return groups


# Korean writes a particle or an ending onto the word it follows («비자를», «여권의», «비자입니다»), and
# compounds as one word: «비자금» (a slush fund) begins with «비자» (a visa). A Korean term is found at the
# start of a word (a run of Hangul), followed by nothing or by up to two of these only; a compound that is
# a usual name of the thing («운전면허증», «임시거주증») is a term of its line.
KOREAN_ENDINGS = (
    *("은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "께", "한테", "로", "으로", "로서", "으로서"),
    *("로써", "으로써", "와", "과", "하고", "랑", "이랑", "도", "만", "까지", "부터", "보다", "처럼", "마다"),
    *("나", "이나", "든지", "이든지", "이다", "입니다", "이며", "이고", "인", "임"),
)
_HANGUL = "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"  # syllables and jamo
_ENDED = f"(?:{'|'.join(KOREAN_ENDINGS)}){{0,2}}"

_GROUPS = _folded_groups()
# Longest first: «giay phep lai xe» is taken whole before any shorter term inside it.
_WORD_TERMS = sorted((term for term in _GROUPS if term.isascii()), key=lambda term: -len(term.split()))
_KOREAN_TERMS = sorted((term for term in _GROUPS if re.fullmatch(f"[{_HANGUL}]+", term)), key=len, reverse=True)
_INNER_TERMS = sorted(
    (term for term in _GROUPS if not term.isascii() and term not in _KOREAN_TERMS), key=len, reverse=True
)
# A regular expression that both databases read alike (Python's re on SQLite, POSIX on PostgreSQL).
_PATTERNS = {term: f"(?:^|[^{_HANGUL}]){term}{_ENDED}(?:$|[^{_HANGUL}])" for term in _KOREAN_TERMS}


def term_pattern(text: str) -> str | None:
    """The regular expression a folded text must match when text is a Korean term (KOREAN_ENDINGS); None
    when the text is found anywhere in it, as a substring."""
    return _PATTERNS.get(text)


def holds(searched: str, text: str) -> bool:
    """Whether the folded text searched holds the folded text of a search (a part of search_terms), as the
    database finds it (core/search.py, procedures/publishing.py)."""
    pattern = term_pattern(text)
    return re.search(pattern, searched) is not None if pattern else text in searched


def search_terms(query: object) -> list[list[list[str]]]:
    """What a search asks, as its parts, each found when one of its alternatives is, an alternative when
    every folded text of it is in the searched text (holds): "giấy phép lao động Nhật" → [[["giay", "phep",
    "lao", "dong"], ["work permit"], ["劳动许可证"], …], [["nhat"]]]. A part without equivalent terms is one
    word: [[word]]; an English plural also its singular (singular): [["visas"]] is the term «visa»,
    [["workers"], ["worker"]]."""
    typed = words(query)
    parts: list[list[list[str]]] = []
    index = 0
    while index < len(typed):
        term = next((term for term in _WORD_TERMS if _starts_at(typed, index, term.split())), None)
        if term is not None:
            size = len(term.split())
            as_typed = typed[index : index + size]  # the term itself too when typed in the plural
            parts.append([as_typed, *([other] for other in _GROUPS[term] if other != " ".join(as_typed))])
            index += size
            continue
        alternatives = _inner_alternatives(typed[index])
        parts.append(alternatives + [[one] for one in singular(typed[index]) if [one] not in alternatives])
        index += 1
    return parts


def singular(word: str) -> list[str]:
    """The singulars an English plural may stand for («permits» → «permit», «addresses» → «address», «copies»
    → «copy»), none for another word: a foreigner searches «work permits», the translation says «work permit»
    once. A text holding the singular holds its plural too, a search being by substring (holds). Words of
    four letters or fewer («this», «bus») and those ending in «ss», «us», «is» («process», «status», «basis»)
    are no plurals."""
    if not (word.isascii() and word.isalpha() and len(word) > 4 and word.endswith("s")):
        return []
    if word.endswith(("ss", "us", "is")):
        return []
    if word.endswith("ies"):
        return [word[:-3] + "y"]
    if word.endswith(("sses", "xes", "ches", "shes")):
        return [word[:-2]]
    return [word[:-1]]


def _starts_at(typed: list[str], index: int, term_words: list[str]) -> bool:
    """Whether term_words are typed from index on, each as it is or as a plural of it («work permits»)."""
    found = typed[index : index + len(term_words)]
    return len(found) == len(term_words) and all(
        one == word or word in singular(one) for one, word in zip(found, term_words)
    )


def _inner_alternatives(word: str) -> list[list[str]]:
    """[[word]], and the word with a term inside it put as each of its equivalents: a Korean term with its
    particles («비자를») as every equivalent; a word that is a Chinese or Japanese term alone as any of
    them, a longer word («ビザ申請») as those of scripts without spaces."""
    korean = next((term for term in _KOREAN_TERMS if re.fullmatch(term + _ENDED, word)), None)
    if korean is not None:
        return [[word], *([term] for term in _GROUPS[korean] if term != word)]
    term = next((term for term in _INNER_TERMS if term in word), None)
    if term is None:
        return [[word]]
    others = [other for other in _GROUPS[term][1:] if word == term or other in _INNER_TERMS]
    return [[word], *([word.replace(term, other)] for other in others)]
