"""Messages of the pure core for the user: marked for the catalogue, never built as Vietnamese text.

Every error the pure core, the reader, the sandbox and soffice raise for a user carries a
gettext_noop template and its params (ngoaivu.pure.messages), so that the Django side shows it
in the user's language. The sources are read with ast: a raise, or an error built to be raised,
whose message is a Vietnamese literal or an f-string is refused.
"""

import ast
import pickle
import re
from pathlib import Path

import pytest

from ngoaivu.pure.messages import MessageError, gettext_noop
from ngoaivu.pure.numbers import FigureError, parse_figure
from ngoaivu.pure.period_parsing import parse
from ngoaivu.pure.periods import PeriodError
from ngoaivu.reading.errors import ReadError
from ngoaivu.sandbox import LimitExceeded, _too_slow

ROOT = Path(__file__).resolve().parents[2] / "ngoaivu"
SOURCES = sorted(
    [
        *ROOT.joinpath("pure").glob("*.py"),
        *ROOT.joinpath("reading").glob("*.py"),
        ROOT / "sandbox.py",
        ROOT / "soffice.py",
    ]
)
# Latin letters with marks (Vietnamese: ă â đ ê ô ơ ư and the tones), as in «Tệp rỗng».
VIETNAMESE = re.compile(r"[À-ɏḀ-ỿ]")
ERROR_NAME = re.compile(r"(Error|Exception|Exceeded)$")
MARK = "gettext_noop"


def _name(func):
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _vietnamese_text(node, constants):
    """The first unmarked Vietnamese text or f-string inside node (an error's argument), or None."""
    if isinstance(node, ast.Call) and _name(node.func) == MARK:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if VIETNAMESE.search(node.value) else None
    if isinstance(node, ast.JoinedStr):
        return ast.unparse(node)
    if isinstance(node, ast.Name) and node.id in constants:
        return _vietnamese_text(constants[node.id], {})
    for child in ast.iter_child_nodes(node):
        found = _vietnamese_text(child, constants)
        if found:
            return found
    return None


def _module_constants(tree):
    constants = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            constants[node.targets[0].id] = node.value
    return constants


def unmarked_messages(source: str, filename: str = "<source>"):
    """(line, text) of each error built from an unmarked Vietnamese literal or an f-string."""
    tree = ast.parse(source, filename)
    constants = _module_constants(tree)
    found = []
    for node in ast.walk(tree):
        calls = []
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            calls.append(node.exc)
        elif isinstance(node, ast.Call) and ERROR_NAME.search(_name(node.func)):
            calls.append(node)
        for call in calls:
            for argument in [*call.args, *(keyword.value for keyword in call.keywords)]:
                text = _vietnamese_text(argument, constants)
                # An f-string is refused in the pure core's own errors; an English one in a
                # programming error (ValueError, TypeError) is no message for a user.
                if text and (VIETNAMESE.search(text) or ERROR_NAME.search(_name(call.func)) and _is_ours(call)):
                    found.append((call.lineno, text))
    return sorted(set(found))


def _is_ours(call):
    return _name(call.func) in {"ReadError", "PeriodError", "FigureError", "LimitExceeded", "MessageError"}


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: str(path.relative_to(ROOT)))
def test_no_error_is_built_from_unmarked_vietnamese(path):
    assert unmarked_messages(path.read_text(encoding="utf-8"), str(path)) == []


@pytest.mark.parametrize(
    "source",
    [
        'raise ReadError("Tệp rỗng.")',
        'raise PeriodError(f"Năm {year} không hợp lệ.")',
        'raise ReadError(f"{name}")',
        'raise ValueError("Không đọc được số «%s»." % text)',
        'MESSAGE = "Tệp hỏng."\ndef f():\n    raise ReadError(MESSAGE)',
        'def damaged(label):\n    return ReadError(f"Tệp {label} bị hỏng.")',
        'raise LimitExceeded("time", "Đọc tệp quá lâu.")',
        'raise ReadError(_message("Tệp rỗng."))',
    ],
)
def test_the_check_catches_unmarked_messages(source):
    assert unmarked_messages(source)


@pytest.mark.parametrize(
    "source",
    [
        'raise ReadError(gettext_noop("Tệp rỗng."))',
        'raise PeriodError(gettext_noop("Năm %(year)s không hợp lệ."), year=year)',
        'EMPTY = gettext_noop("Tệp rỗng.")\nraise ReadError(EMPTY)',
        'raise ValueError(f"A custom period without its dates: {period!r}")',
        "raise _too_slow(seconds)",
        'raise LimitExceeded("time", TOO_SLOW, seconds=format(seconds, "g"))',
    ],
)
def test_the_check_lets_marked_messages_through(source):
    assert unmarked_messages(source) == []


def test_the_sources_are_found():
    names = {path.name for path in SOURCES}
    assert {"periods.py", "numbers.py", "extract.py", "archive.py", "sheets.py", "sandbox.py", "soffice.py"} <= names


# --- The errors ---------------------------------------------------------------------------------


def test_gettext_noop_returns_its_message():
    assert gettext_noop("Tệp rỗng.") == "Tệp rỗng."


def test_str_is_the_vietnamese_line_and_the_template_is_kept():
    with pytest.raises(PeriodError) as caught:
        parse("2021/13")
    error = caught.value
    assert str(error) == (
        "Không hiểu kỳ báo cáo «2021/13»; ghi như «6 tháng đầu năm 2021», «quý II năm 2021», «tháng 8/2021», "
        "«năm 2021», hoặc 2021-H1, 2021-Q2, 2021-08, 2021."
    )
    assert error.message.startswith("Không hiểu kỳ báo cáo «%(text)s»") and error.params == {"text": "2021/13"}
    assert isinstance(error, ValueError) and isinstance(error, MessageError)


def test_period_messages_keep_their_wording():
    cases = {
        "1800": "Năm 1800 nằm ngoài khoảng báo cáo được (1945–2999).",
        "2021-05-01..2021-04-01": "Ngày kết thúc không được trước ngày bắt đầu.",
        "2021-01-01..x": "Khoảng thời gian «2021-01-01..x» không hợp lệ; ghi dạng 2021-01-01..2021-03-12.",
    }
    for text, message in cases.items():
        with pytest.raises(PeriodError, match=re.escape(message)):
            parse(text)


def test_figure_error_keeps_template_for_older_callers():
    with pytest.raises(FigureError) as caught:
        parse_figure("1.5")
    assert "%(text)s" in caught.value.message
    assert caught.value.params == {"text": "1.5"}


def test_read_error_is_one_line_and_survives_pickling():
    error = ReadError(gettext_noop("Tệp %(label)s  bị hỏng\n hoặc không đầy đủ."), label="DOCX")
    assert str(error) == "Tệp DOCX bị hỏng hoặc không đầy đủ."
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is ReadError and copy.message == error.message and copy.params == {"label": "DOCX"}
    assert str(copy) == str(error)


def test_limit_exceeded_carries_its_template():
    error = _too_slow(30.0)
    assert str(error) == "Đọc tệp quá 30 giây nên đã dừng (tệp quá phức tạp hoặc bị hỏng)."
    assert error.reason == "time" and error.params == {"seconds": "30"} and "%(seconds)s" in error.message
    copy = pickle.loads(pickle.dumps(error))
    assert isinstance(copy, LimitExceeded) and copy.reason == "time" and str(copy) == str(error)
