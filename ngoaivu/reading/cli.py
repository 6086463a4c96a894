"""`ngoaivu read FILE [--json]`: the reading of a report, as an outline or as JSON. No Django."""

from __future__ import annotations

import json
import sys
from datetime import date

from ngoaivu.pure.arguments import VietnameseArgumentParser, see_help
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.wording import screen_date

from .errors import ReadError
from .extract import WRONG_PATHS
from .reader import read_file

SCOPES = {
    "period": "trong kỳ",
    "ytd": "lũy kế từ đầu năm",
    "change": "tăng/giảm",
    "part": "trong đó",
    "stock": "hiện còn",
}
MEASURES = {
    "groups": "đoàn",
    "persons": "lượt người",
    "boats": "tàu",
    "fishermen": "ngư dân",
    "enterprises": "doanh nghiệp",
    "businesspeople": "doanh nhân",
    "count": "",
}


def _date(value) -> str:
    """A date of the reading (ISO in its JSON) as the application writes dates: "10/9/2021"."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return value
    return screen_date(value) if isinstance(value, date) else str(value)


def _write(stream, text: str) -> None:
    try:
        stream.write(text)
    except UnicodeEncodeError:
        stream.flush()
        stream.buffer.write(text.encode("utf-8"))
    stream.flush()


def _short(text: str, width: int = 110) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _outline(sections: list, depth: int, lines: list[str]) -> None:
    for section in sections:
        number = section["number"]
        mark = f"{number})" if number.islower() else f"{number}."
        lines.append(f"{'   ' * depth}{mark} {_short(section['heading'], 100 - 3 * depth)}")
        _outline(section["children"], depth + 1, lines)


def _fact_line(fact: dict) -> str:
    indicator = BY_CODE.get(fact["indicator"])
    name = indicator.name if indicator else fact["indicator"]
    # The indicator's own words first ("01 đoàn, 05 phóng viên"), then the reader's.
    words = {m.name: m.unit for m in indicator.measures if m.name != "value"} if indicator else {}
    words.update((key, word) for key, word in MEASURES.items() if key not in words)
    values = [f"{fact[key]} {word}".strip() for key, word in words.items() if key in fact]
    if "value" in fact:
        values.append(f"{fact['value']:,} {fact.get('currency', '')}".replace(",", ".").strip())
        if fact.get("value_vnd"):
            values.append(f"≈ {fact['value_vnd']:,} VND".replace(",", "."))
    extra = []
    if fact.get("year"):
        extra.append(f"năm {fact['year']}")
    if fact.get("qualifier"):
        extra.append(fact["qualifier"])
    if fact.get("label"):
        extra.append(_short(fact["label"], 40))
    tail = f" ({'; '.join(extra)})" if extra else ""
    return f"  - {name} [{SCOPES.get(fact['scope'], fact['scope'])}]: {', '.join(values)}{tail}"


def render_outline(result: dict) -> str:
    meta = result["meta"]
    lines = [f"{meta.get('kind') or 'VĂN BẢN'}: {_short(meta.get('title') or '(không rõ tiêu đề)')}"]
    facts = [
        ("Cơ quan", meta.get("issuer")),
        ("Số", meta.get("number") or ("(để trống)" if meta.get("number_blank") else None)),
        (
            "Nơi, ngày",
            ", ".join(x for x in (meta.get("place"), _date(meta["date"]) if meta.get("date") else None) if x) or None,
        ),
        ("Kỳ báo cáo", (meta.get("period") or {}).get("label")),
        (
            "Người ký",
            " ".join(x for x in (meta.get("signer_authority"), meta.get("signer_title"), meta.get("signer_name")) if x)
            or None,
        ),
    ]
    lines += [f"{label}: {value}" for label, value in facts if value]
    if meta.get("recipients"):
        lines.append(f"Nơi nhận: {'; '.join(meta['recipients'])}")
    source = result.get("source") or {}
    if source.get("legacy_encoding") or meta.get("legacy_encoding"):
        lines.append(
            f"Đã chuyển mã từ {(source.get('legacy_encoding') or meta.get('legacy_encoding')).upper()} sang Unicode."
        )
    for warning in source.get("warnings") or []:
        lines.append(f"Lưu ý: {warning}")
    lines.append("")
    lines.append("Dàn ý:")
    outline: list[str] = []
    _outline(result["sections"], 1, outline)
    lines += outline or ["   (không thấy mục đánh số)"]
    if result["footnotes"]:
        lines.append(f"\nChú thích ({len(result['footnotes'])}):")
        lines += [f"  {n['number']}. {_short(n['text'])}" for n in result["footnotes"]]
    lines.append(f"\nVăn bản được dẫn ({len(result['references'])}):")
    for ref in result["references"]:
        date = f" ngày {_date(ref['date'])}" if ref["date"] else ""
        issuer = f" của {ref['issuer']}" if ref["issuer"] else ""
        lines.append(f"  - {ref['type']} số {ref['number']}{date}{issuer}")
    lines.append(f"\nSố liệu ({len(result['facts'])}):")
    lines += [_fact_line(f) for f in result["facts"]]
    nones = result.get("nones") or []
    if nones:
        lines.append(f"\nChỉ tiêu báo cáo không có ({len(nones)}):")
        lines += [_none_line(n) for n in nones]
    if result["unplaced"]:
        lines.append(f"\nSố liệu chưa xếp được vào chỉ tiêu ({sum(len(u['figures']) for u in result['unplaced'])}):")
        lines += [f"  - {'; '.join(_suggested(u))}: «{_short(u['text'])}»" for u in result["unplaced"]]
    lines.append(f"\nLỗi cần xem lại ({len(result['checks'])}):")
    lines += [f"  - [{c['code']}] {c['message']}" for c in result["checks"]] or ["  (không thấy lỗi)"]
    return "\n".join(lines) + "\n"


def _none_line(none: dict) -> str:
    """ "  - Tàu cá bị nước ngoài bắt giữ [lũy kế từ đầu năm]: không có (năm 2021): «…»", a statement of none."""
    indicator = BY_CODE.get(none["indicator"])
    name = indicator.name if indicator else none["indicator"]
    year = f" (năm {none['year']})" if none.get("year") else ""
    return f"  - {name} [{SCOPES.get(none['scope'], none['scope'])}]: không có{year}: «{_short(none['text'])}»"


def _suggested(item: dict) -> list[str]:
    """ "35 người (có thể là: Đoàn vào, Đoàn ra, Viện trợ)" for each unplaced figure of a sentence."""
    return [
        f"{words} (có thể là: {', '.join(BY_CODE[c['indicator']].name for c in suggested)})" if suggested else words
        for words, suggested in zip(item["figures"], item["suggested"], strict=True)
    ]


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["read"]:
        argv = argv[1:]
    parser = VietnameseArgumentParser(prog="ngoaivu read", description="Đọc một báo cáo (.docx, .doc, .pdf, .txt, .md)")
    parser.add_argument("file", metavar="TỆP", help="tệp báo cáo")
    parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    parser.add_argument(
        "--units", metavar="CÁC_MÃ", help="các mã đơn vị đã biết, cách nhau bởi dấu phẩy (kiểm tra mã trong số hiệu)"
    )
    try:
        options = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    units = None
    if options.units is not None:
        units = {code.strip() for code in options.units.split(",") if code.strip()}
    try:
        result = read_file(options.file, known_unit_codes=units)
    except ReadError as error:
        said = see_help(error, parser.prog) if error.message in WRONG_PATHS else str(error)
        _write(sys.stderr, f"Lỗi: {said}\n")
        return 1
    except Exception as error:  # never a traceback for the user
        _write(sys.stderr, f"Lỗi: không đọc được tệp ({type(error).__name__}).\n")
        return 1
    if options.json:
        _write(sys.stdout, json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    else:
        _write(sys.stdout, render_outline(result))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
