"""Word's automatic list labels ("1.", "a)", "I.", "-") from numbering.xml, counted in
reading order as Word shows them."""

from __future__ import annotations

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"


def _w(name: str, el) -> str | None:
    return el.get(_W + name)


def _roman(n: int) -> str:
    out = ""
    for value, letters in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _format_number(n: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt in ("lowerLetter", "upperLetter"):
        letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class _Numbering:
    """Word's automatic list labels, counted in reading order."""

    def __init__(self, root):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.abstract_of: dict[str, str] = {}
        self.counters: dict[str | None, dict[int, int]] = {}  # None: a numId with no abstractNum
        if root is None:
            return
        for abstract in root.iter(_W + "abstractNum"):
            levels = {}
            for lvl in abstract.iter(_W + "lvl"):
                fmt = lvl.find(_W + "numFmt")
                text = lvl.find(_W + "lvlText")
                start = lvl.find(_W + "start")
                try:
                    level = int(_w("ilvl", lvl) or 0)
                    first = int(_w("val", start) or 1) if start is not None else 1
                except ValueError:
                    continue
                levels[level] = (
                    (_w("val", fmt) or "decimal") if fmt is not None else "decimal",
                    (_w("val", text) or "") if text is not None else "",
                    first,
                )
            self.levels[_w("abstractNumId", abstract) or ""] = levels
        for num in root.iter(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            if ref is not None:
                self.abstract_of[_w("numId", num) or ""] = _w("val", ref) or ""

    def label(self, num_id: str, ilvl: str) -> str:
        abstract = self.abstract_of.get(num_id)
        levels = self.levels.get(abstract or "", {})
        try:
            level = int(ilvl)
        except ValueError:
            return ""
        if level not in levels or num_id == "0":
            return ""
        counters = self.counters.setdefault(abstract, {})
        fmt, _text, start = levels[level]
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        if fmt == "bullet":
            return "-"
        if fmt == "none":
            return ""
        text = levels[level][1]
        for k, (kfmt, _t, kstart) in levels.items():
            text = text.replace(f"%{k + 1}", _format_number(counters.get(k, kstart), kfmt))
        return text.strip()
