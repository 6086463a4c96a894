"""`ngoaivu backup FILE`: the database and the uploaded files in one .zip, while the server runs."""

from django.core.management.base import CommandError
from django.db import DEFAULT_DB_ALIAS

from ngoaivu.core.management.base import BaseCommand, WrongValue
from ngoaivu.core.backup import BackupError, BadPath, backup


class Command(BaseCommand):
    help = "Sao lưu toàn bộ cơ sở dữ liệu và các tệp tải lên vào một tệp .zip (chạy được khi máy chủ đang chạy)."

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="TỆP", help="tệp sao lưu, ví dụ /var/backups/ngoaivu/2021-09-10.zip")
        parser.add_argument(
            "--database",
            default=DEFAULT_DB_ALIAS,
            metavar="TÊN",
            help="tên cơ sở dữ liệu trong cấu hình (mặc định: default)",
        )

    def handle(self, file, database, **options):
        try:
            manifest = backup(file, using=database)
        except BadPath as error:
            raise WrongValue(str(error)) from None
        except BackupError as error:
            raise CommandError(str(error)) from None
        rows = sum(table["rows"] for table in manifest["tables"])
        self.stdout.write(
            f"Đã sao lưu {rows} dòng của {len(manifest['tables'])} bảng và "
            f"{len(manifest['files'])} tệp tải lên vào {file}."
        )
