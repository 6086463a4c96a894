"""The project's management commands say a mistake in their arguments in one line of Vietnamese.

argparse words its errors in English ("the following arguments are required: --unit") and prints the
whole usage before them. VietnameseParser says them as the rest of the commands' errors are said
(«Thiếu tham số bắt buộc: --unit, --period.»), followed by where the arguments are explained; --help
is unchanged. Every command of Ngoại vụ derives from BaseCommand here; `ngoaivu COMMAND` (cli.run)
gives Django's own commands the same parser.
"""

from django.core.management.base import BaseCommand as DjangoBaseCommand
from django.core.management.base import CommandError, CommandParser

from ngoaivu.pure.arguments import usage_error


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
