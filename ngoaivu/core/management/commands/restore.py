"""`ngoaivu restore FILE`: a backup made by `ngoaivu backup`, onto an empty database."""

from ngoaivu.core.backup import restore
from ngoaivu.core.management.archive import ArchiveCommand


class Command(ArchiveCommand):
    help = (
        "Khôi phục một bản sao lưu của `ngoaivu backup` vào cơ sở dữ liệu trống: "
        "chạy migrate, nạp mọi bảng trong một giao dịch, rồi chép lại các tệp tải lên."
    )
    file_help = "tệp sao lưu .zip"

    def archive(self, file, database):
        done = restore(file, using=database)
        return (
            f"Đã khôi phục {done['rows']} dòng của {done['tables']} bảng và {done['files']} tệp "
            f"tải lên từ bản sao lưu lúc {done['created']}."
        )
