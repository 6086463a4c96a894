"""What `ngoaivu backup` and `ngoaivu restore` share: their arguments, and how core/backup.py's refusals
are said on the command line."""

from django.core.management.base import CommandError
from django.db import DEFAULT_DB_ALIAS

from ngoaivu.core.backup import BackupError, BadPath

from .base import BaseCommand, WrongValue


class ArchiveCommand(BaseCommand):
    """A command on a backup file (.zip) and a database; archive() does the work and says what it did."""

    file_help = ""

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="TỆP", help=self.file_help)
        parser.add_argument(
            "--database",
            default=DEFAULT_DB_ALIAS,
            metavar="TÊN",
            help="tên cơ sở dữ liệu trong cấu hình (mặc định: default)",
        )

    def handle(self, file, database, **options):
        try:
            done = self.archive(file, database)
        except BadPath as error:  # the path typed: the line points at --help
            raise WrongValue(str(error)) from None
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(done)

    def archive(self, file, database):
        raise NotImplementedError
