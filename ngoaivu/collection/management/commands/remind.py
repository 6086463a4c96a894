from datetime import date

from django.core.management.base import BaseCommand

from ngoaivu.collection.reminders import send_reminders


class Command(BaseCommand):
    help = "Gửi thư nhắc báo cáo cho các đơn vị chưa gửi (3 ngày, 1 ngày trước hạn và khi quá hạn)."

    def add_arguments(self, parser):
        parser.add_argument("--today", type=date.fromisoformat, help="ngày tính hạn (yyyy-mm-dd), mặc định hôm nay")

    def handle(self, *args, today=None, **options):
        sent = send_reminders(today)
        self.stdout.write(f"Đã gửi {sent:02d} thư nhắc.")
