from django.core.exceptions import ValidationError

from ngoaivu.core.management.base import BaseCommand, WrongValue
from ngoaivu.collection.reminders import send_reminders
from ngoaivu.collection.tasks import remind
from ngoaivu.core.date_fields import iso_date
from ngoaivu.pure.wording import format_count


class Command(BaseCommand):
    help = "Gửi thư nhắc báo cáo cho các đơn vị chưa gửi (3 ngày, 1 ngày trước hạn và khi quá hạn)."

    def add_arguments(self, parser):
        parser.add_argument("--today", metavar="NGÀY", help="ngày tính hạn (yyyy-mm-dd), mặc định hôm nay")
        parser.add_argument(
            "--queue", action="store_true", help="đưa việc gửi thư vào hàng đợi của tiến trình nền (ngoaivu worker)"
        )

    def handle(self, *args, today=None, queue=False, **options):
        if today is not None:
            try:
                today = iso_date(today)
            except ValidationError as error:
                raise WrongValue(f"--today: {' '.join(error.messages)}") from None
        if queue:
            result = remind.enqueue(today.isoformat() if today else None)
            self.stdout.write(f"Đã đưa việc gửi thư nhắc vào hàng đợi (mã tác vụ {result.id}).")
            return
        reminded = send_reminders(today)
        self.stdout.write(f"Đã gửi {format_count(reminded.sent)} thư nhắc.")
        if reminded.unreached:
            self.stdout.write(
                f"Chưa nhắc được {format_count(len(reminded.unreached))} đơn vị vì chưa có báo cáo viên có thư "
                f"điện tử: {'; '.join(reminded.unreached)}."
            )
        if reminded.ended:
            self.stdout.write(
                f"Không nhắc {format_count(len(reminded.ended))} đơn vị đã kết thúc hoạt động: "
                f"{'; '.join(reminded.ended)}."
            )
