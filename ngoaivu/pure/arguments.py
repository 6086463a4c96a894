"""A mistake in a command's arguments in one line of Vietnamese, where argparse words it in English
("the following arguments are required: --unit") after the whole usage; and `--help` headed in
Vietnamese («Cách dùng:», «Tham số:»), where argparse heads it «usage:», «options:». Pure Python: the
management commands (core/management/base.py), `ngoaivu serve` (cli.py) and `ngoaivu read`
(reading/cli.py) say their mistakes and their help alike.
"""

import argparse
import re

from .messages import gettext_noop
from .wording import format_count

NOT_WHOLE = gettext_noop("«%(value)s» không phải số nguyên.")
OUT_OF_RANGE = gettext_noop("«%(value)s» phải từ %(low)s đến %(high)s.")
SEE_HELP = gettext_noop("%(mistake)s Xem tham số của lệnh: %(prog)s --help")
USAGE = gettext_noop("Cách dùng: ")
POSITIONALS = gettext_noop("Tham số theo vị trí")
OPTIONS = gettext_noop("Tham số")
HELP = gettext_noop("hiện hướng dẫn này rồi thoát")
_ARGUMENT = re.compile(r"argument (?P<name>\S+): (?P<message>.*)", re.DOTALL)
_PATTERNS = [
    (re.compile(r"the following arguments are required: (?P<names>.*)"), "Thiếu tham số bắt buộc: %(names)s."),
    (re.compile(r"unrecognized arguments: (?P<names>.*)"), "Lệnh không nhận tham số: %(names)s."),
    (re.compile(r"one of the arguments (?P<names>.*) is required"), "Cần một trong các tham số: %(names)s."),
    (
        re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<names>.*)"),
        "Tham số %(option)s chưa rõ là tham số nào trong: %(names)s; ghi đầy đủ tên tham số.",
    ),
]
_ABOUT_ARGUMENT = [
    (
        re.compile(r"invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)", re.DOTALL),
        "«%(value)s» không phải lựa chọn hợp lệ; chọn một trong: %(choices)s.",
    ),
    (re.compile(r"invalid int value: (?P<value>.*)"), NOT_WHOLE),
    (re.compile(r"invalid float value: (?P<value>.*)"), "«%(value)s» không phải số."),
    (re.compile(r"invalid \S+ value: (?P<value>.*)"), "giá trị «%(value)s» không hợp lệ."),
    (re.compile(r"expected one argument"), "thiếu giá trị."),
    (re.compile(r"expected at most one argument"), "chỉ nhận nhiều nhất một giá trị."),
    (re.compile(r"expected at least one argument"), "cần ít nhất một giá trị."),
    (re.compile(r"expected (?P<count>\d+) arguments?"), "cần %(count)s giá trị."),
    (re.compile(r"not allowed with argument (?P<other>.*)"), "không dùng cùng tham số %(other)s."),
    (re.compile(r"ignored explicit argument (?P<value>.*)"), "không nhận giá trị «%(value)s»."),
]


def _unquoted(text):
    """'docx' as argparse quotes it (repr) → docx."""
    text = text.strip()
    return text[1:-1] if len(text) > 1 and text[0] == text[-1] and text[0] in "'\"" else text


def _said(patterns, message):
    for pattern, wording in patterns:
        found = pattern.fullmatch(message)
        if found:
            values = {key: _unquoted(value) for key, value in found.groupdict().items()}
            if "choices" in values:
                values["choices"] = ", ".join(_unquoted(choice) for choice in found["choices"].split(", "))
            if "count" in values:
                values["count"] = format_count(int(values["count"]))
            return wording % values
    return None


def usage_error(message, prog=None):
    """argparse's error message as one line of Vietnamese, pointing at `prog --help`; a message it
    does not know (a command's own, already Vietnamese) is kept, its «argument X:» said «X:»."""
    message = " ".join(str(message).split())
    about = _ARGUMENT.fullmatch(message)
    if about:
        name, rest = about["name"], about["message"]
        text = f"{name}: {_said(_ABOUT_ARGUMENT, rest) or rest}"
    else:
        text = _said(_PATTERNS, message) or message
    return see_help(text, prog) if prog else text


def see_help(mistake, prog):
    """The line of a mistake in what was typed on the command line, pointing at where the command's
    arguments are explained: the parser's mistakes and the values a command refuses after it."""
    return SEE_HELP % {"mistake": mistake, "prog": prog}


class VietnameseHelpFormatter(argparse.HelpFormatter):
    """argparse's help, its usage headed «Cách dùng:» (argparse's own words are English)."""

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, USAGE if prefix is None else prefix)


def in_vietnamese(parser: argparse.ArgumentParser, formatter=VietnameseHelpFormatter):
    """parser's --help in Vietnamese: its headings and the line of -h; the texts of its options are
    its commands' own. formatter: a VietnameseHelpFormatter (Django's commands order theirs)."""
    parser.formatter_class = formatter
    parser._positionals.title = POSITIONALS
    parser._optionals.title = OPTIONS
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = HELP
    return parser


class VietnameseArgumentParser(argparse.ArgumentParser):
    """argparse's parser whose errors are usage_error()'s line, printed alone, exit status 2, and
    whose --help is in Vietnamese."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        in_vietnamese(self)

    def error(self, message):
        self.exit(2, usage_error(message, self.prog) + "\n")


def whole_number(low: int, high: int):
    """An argparse type: a whole number from low to high («--port 70000» is no port), else its line."""

    def read(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(NOT_WHOLE % {"value": text}) from None
        if not low <= number <= high:
            raise argparse.ArgumentTypeError(OUT_OF_RANGE % {"value": text, "low": low, "high": high})
        return number

    return read
