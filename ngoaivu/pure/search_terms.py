"""The terms a search takes as one: «ビザ» finds a procedure whose Japanese name says «査証», «visa» one that
says «thị thực». No Django.

EQUIVALENT_TERMS is the one list: each line is one thing as the five public languages (Vietnamese, English,
Chinese, Korean, Japanese) name it, every usual name of it, in any order. A search for one of them finds a
text that holds any other (search_terms). Terms are compared folded (pure.text.fold: no case, no accents).

How a term is found in a search: a term in Latin letters ("thị thực", "work permit") as whole words of it,
in their order; a term in another script, whose languages do not part words by spaces («ビザの申請»,
«비자를»), anywhere inside a word. What the user typed is still searched as before, word by word; a term
put in its place must be found as it is written, its words together.
"""

from .text import words

EQUIVALENT_TERMS = (
    ("thị thực", "visa", "签证", "비자", "사증", "ビザ", "査証"),
    ("hộ chiếu", "passport", "护照", "여권", "旅券", "パスポート"),
    ("giấy phép lao động", "work permit", "劳动许可证", "工作许可证", "노동허가", "취업허가", "労働許可", "就労許可"),
    (
        "giấy phép lái xe",
        "bằng lái xe",
        "driving licence",
        "driving license",
        "driver's licence",
        "driver's license",
        "驾驶执照",
        "驾驶证",
        "驾照",
        "운전면허",
        "運転免許",
    ),
    ("thẻ tạm trú", "residence card", "暂住卡", "居留卡", "거주증", "在留カード"),
    ("văn phòng đại diện", "representative office", "代表处", "대표사무소", "駐在員事務所"),
)


def _folded_groups() -> dict[str, tuple[str, ...]]:
    """Each folded term → its line's folded terms, itself first."""
    groups: dict[str, tuple[str, ...]] = {}
    for line in EQUIVALENT_TERMS:
        folded = [" ".join(words(term)) for term in line]
        for term in folded:
            groups[term] = (term, *(other for other in folded if other != term))
    return groups


_GROUPS = _folded_groups()
# Longest first: «giay phep lai xe» is taken whole before any shorter term inside it.
_WORD_TERMS = sorted((term for term in _GROUPS if term.isascii()), key=lambda term: -len(term.split()))
_INNER_TERMS = sorted((term for term in _GROUPS if not term.isascii()), key=len, reverse=True)


def search_terms(query: object) -> list[list[list[str]]]:
    """What a search asks, as its parts, each found when one of its alternatives is, an alternative when
    every folded text of it is in the searched text: "giấy phép lao động Nhật" → [[["giay", "phep", "lao",
    "dong"], ["work permit"], ["劳动许可证"], …], [["nhat"]]]. A part without equivalent terms is one word:
    [[word]]."""
    typed = words(query)
    parts: list[list[list[str]]] = []
    index = 0
    while index < len(typed):
        term = next((term for term in _WORD_TERMS if _starts_at(typed, index, term.split())), None)
        if term is not None:
            size = len(term.split())
            parts.append([typed[index : index + size], *([other] for other in _GROUPS[term][1:])])
            index += size
            continue
        parts.append(_inner_alternatives(typed[index]))
        index += 1
    return parts


def _starts_at(typed: list[str], index: int, term_words: list[str]) -> bool:
    return typed[index : index + len(term_words)] == term_words


def _inner_alternatives(word: str) -> list[list[str]]:
    """[[word]], and the word with a term in another script inside it put as each of its equivalents: the word
    that is the term alone as any of them, a longer word («ビザ申請») as those of scripts without spaces."""
    term = next((term for term in _INNER_TERMS if term in word), None)
    if term is None:
        return [[word]]
    others = [other for other in _GROUPS[term][1:] if word == term or not other.isascii()]
    return [[word], *([word.replace(term, other)] for other in others)]
