"""The project's management commands say a mistake in their arguments in one line of Vietnamese.

argparse words its errors in English ("the following arguments are required: --unit") and prints the
whole usage before them. VietnameseParser says them as the rest of the commands' errors are said
(«Thiếu tham số bắt buộc: --unit, --period.»), followed by where the arguments are explained; --help
is unchanged. Every command of Ngoại vụ derives from BaseCommand here; `ngoaivu COMMAND` (cli.run)
gives Django's own commands the same parser.
"""

import re

from django.core.management.base import BaseCommand as DjangoBaseCommand
from django.core.management.base import CommandError, CommandParser

from ngoaivu.pure.wording import format_count

_ARGUMENT = re.compile(r"argument (?P<name>\S+): (?P<message>.*)", re.DOTALL)
_PATTERNS = [
    (re.compile(r"the following arguments are required: (?P<names>.*)"), "Thiếu tham số bắt buộc: {names}."),
    (re.compile(r"unrecognized arguments: (?P<names>.*)"), "Lệnh không nhận tham số: {names}."),
    (re.compile(r"one of the arguments (?P<names>.*) is required"), "Cần một trong các tham số: {names}."),
    (
        re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<names>.*)"),
        "Tham số {option} chưa rõ là tham số nào trong: {names}; ghi đầy đủ tên tham số.",
    ),
]
_ABOUT_ARGUMENT = [
    (
        re.compile(r"invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)", re.DOTALL),
        "«{value}» không phải lựa chọn hợp lệ; chọn một trong: {choices}.",
    ),
    (re.compile(r"invalid int value: (?P<value>.*)"), "«{value}» không phải số nguyên."),
    (re.compile(r"invalid float value: (?P<value>.*)"), "«{value}» không phải số."),
    (re.compile(r"invalid \S+ value: (?P<value>.*)"), "giá trị «{value}» không hợp lệ."),
    (re.compile(r"expected one argument"), "thiếu giá trị."),
    (re.compile(r"expected at most one argument"), "chỉ nhận nhiều nhất một giá trị."),
    (re.compile(r"expected at least one argument"), "cần ít nhất một giá trị."),
    (re.compile(r"expected (?P<count>\d+) arguments?"), "cần {count} giá trị."),
    (re.compile(r"not allowed with argument (?P<other>.*)"), "không dùng cùng tham số {other}."),
    (re.compile(r"ignored explicit argument (?P<value>.*)"), "không nhận giá trị «{value}»."),
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
            return wording.format(**values)
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
    if prog:
        text = f"{text} Xem tham số của lệnh: {prog} --help"
    return text


class VietnameseParser(CommandParser):
    """Django's CommandParser whose errors are usage_error()'s line: on the command line printed alone
    (no usage before it), exit status 2; from call_command, the CommandError's message."""

    def error(self, message):
        if self.called_from_command_line:
            self.exit(2, usage_error(message, self.prog) + "\n")
        raise CommandError(usage_error(message))


def vietnamese(parser):
    """A command's parser made a VietnameseParser (it holds no state of its own: only its errors change)."""
    if isinstance(parser, CommandParser) and not isinstance(parser, VietnameseParser):
        parser.__class__ = VietnameseParser
    return parser


class BaseCommand(DjangoBaseCommand):
    """The base of Ngoại vụ's management commands: Django's, with VietnameseParser's errors."""

    def create_parser(self, prog_name, subcommand, **kwargs):
        return vietnamese(super().create_parser(prog_name, subcommand, **kwargs))
