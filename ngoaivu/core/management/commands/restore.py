"""`ngoaivu restore FILE`: a backup made by `ngoaivu backup`, onto an empty database."""

from django.core.management.base import CommandError
from django.db import DEFAULT_DB_ALIAS

from ngoaivu.core.management.base import BaseCommand, WrongValue
from ngoaivu.core.backup import BackupError, BadPath, restore


class Command(BaseCommand):
    help = (
        "Khôi phục một bản sao lưu của `ngoaivu backup` vào cơ sở dữ liệu trống: "
        "chạy migrate, nạp mọi bảng trong một giao dịch, rồi chép lại các tệp tải lên."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="TỆP", help="tệp sao lưu .zip")
        parser.add_argument(
            "--database",
            default=DEFAULT_DB_ALIAS,
            metavar="TÊN",
            help="tên cơ sở dữ liệu trong cấu hình (mặc định: default)",
        )

    def handle(self, file, database, **options):
        try:
            done = restore(file, using=database)
        except BadPath as error:
            raise WrongValue(str(error)) from None
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Đã khôi phục {done['rows']} dòng của {done['tables']} bảng và {done['files']} tệp "
            f"tải lên từ bản sao lưu lúc {done['created']}."
        )
