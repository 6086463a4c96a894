"""The project's management commands say a mistake in their arguments in one line of Vietnamese, and
their --help in Vietnamese.

argparse words its errors in English ("the following arguments are required: --unit") and prints the
whole usage before them. VietnameseParser says them as the rest of the commands' errors are said
(«Thiếu tham số bắt buộc: --unit, --period.»), followed by where the arguments are explained. A value
the parser lets through and the command refuses (a unit that does not exist) is a WrongValue, said
alike by `ngoaivu` (cli.run). --help is headed in Vietnamese, and of the options Django gives every
command it lists the level of messages only, the rest serving a developer (they still work). Every
command of Ngoại vụ derives from BaseCommand here; `ngoaivu COMMAND` (cli.run) gives Django's own
commands the same parser.
"""

import argparse
from contextlib import contextmanager

from django.core.management.base import BaseCommand as DjangoBaseCommand
from django.core.management.base import CommandError, CommandParser, DjangoHelpFormatter
from django.db.utils import OperationalError, ProgrammingError

from ngoaivu.pure import arguments
from ngoaivu.pure.arguments import usage_error

# Django's options of every command, by dest: the help of those an officer may use, in Vietnamese…
COMMON_HELP = {"verbosity": "mức thông báo: 0 ít nhất, 1 bình thường, 2 chi tiết, 3 rất chi tiết"}
# …and those left out of --help: Django's version, a developer's settings, traceback and colours.
UNLISTED = {"version", "settings", "pythonpath", "traceback", "no_color", "force_color", "skip_checks"}


class WrongValue(CommandError):
    """A value typed in the command's arguments that the command refuses after parsing them (a unit or a
    file that does not exist): on the command line its line points at `--help`, as the parser's do."""


class VietnameseHelpFormatter(arguments.VietnameseHelpFormatter, DjangoHelpFormatter):
    """Django's order (a command's own options first) with the Vietnamese usage heading."""


class VietnameseParser(CommandParser):
    """Django's CommandParser whose errors are usage_error()'s line: on the command line printed alone
    (no usage before it), exit status 2; from call_command, the CommandError's message."""

    def error(self, message):
        if self.called_from_command_line:
            self.exit(2, usage_error(message, self.prog) + "\n")
        raise CommandError(usage_error(message))


def vietnamese(parser):
    """A command's parser made a VietnameseParser (it holds no state of its own: only its errors change),
    its --help in Vietnamese."""
    if isinstance(parser, CommandParser) and not isinstance(parser, VietnameseParser):
        parser.__class__ = VietnameseParser
        arguments.in_vietnamese(parser, VietnameseHelpFormatter)
        for action in parser._actions:
            if action.dest in UNLISTED:
                action.help = argparse.SUPPRESS
            action.help = COMMON_HELP.get(action.dest, action.help)
    return parser


NOT_MIGRATED = (
    "Cơ sở dữ liệu chưa được cập nhật theo phiên bản này của Ngoại vụ: chạy «ngoaivu migrate» trước, rồi chạy "
    "lại lệnh này."
)


def not_migrated(error):
    """Whether a database error is a table or a column not there yet (a new database, or one migrated by an
    older version): SQLite's «no such table / column», PostgreSQL's undefined table (42P01) or column (42703)."""
    cause = getattr(error, "__cause__", None)
    text = str(error)
    return "no such table" in text or "no such column" in text or getattr(cause, "sqlstate", None) in ("42P01", "42703")


@contextmanager
def tables_required():
    """A command run on a database not migrated yet says so in one line (a CommandError), not a traceback.
    Not around `migrate` itself, whose own faults are to be seen as they are."""
    try:
        yield
    except (OperationalError, ProgrammingError) as error:
        if not not_migrated(error):
            raise
        raise CommandError(NOT_MIGRATED) from error


class BaseCommand(DjangoBaseCommand):
    """The base of Ngoại vụ's management commands: Django's, with VietnameseParser's errors and help, and
    one line (tables_required) when the database has not been migrated."""

    def create_parser(self, prog_name, subcommand, **kwargs):
        return vietnamese(super().create_parser(prog_name, subcommand, **kwargs))

    def execute(self, *args, **options):
        with tables_required():
            return super().execute(*args, **options)
