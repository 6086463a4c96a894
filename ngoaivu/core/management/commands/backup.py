"""`ngoaivu backup FILE`: the database and the uploaded files in one .zip, while the server runs."""

from ngoaivu.core.backup import backup
from ngoaivu.core.management.archive import ArchiveCommand


class Command(ArchiveCommand):
    help = "Sao lưu toàn bộ cơ sở dữ liệu và các tệp tải lên vào một tệp .zip (chạy được khi máy chủ đang chạy)."
    file_help = "tệp sao lưu, ví dụ /var/backups/ngoaivu/2021-09-10.zip"

    def archive(self, file, database):
        manifest = backup(file, using=database)
        rows = sum(table["rows"] for table in manifest["tables"])
        return (
            f"Đã sao lưu {rows} dòng của {len(manifest['tables'])} bảng và "
            f"{len(manifest['files'])} tệp tải lên vào {file}."
        )
