"""ngoaivu worker: run the background tasks (PDFs, reading uploads, reminders) as they are queued."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Chạy các tác vụ nền: tạo tệp PDF, đọc tệp đơn vị gửi, gửi nhắc hạn (chạy cùng máy chủ web)."

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="chạy hết các tác vụ đang chờ rồi dừng")
        parser.add_argument("--interval", type=float, default=1.0, help="số giây chờ giữa hai lần xem hàng đợi")

    def handle(self, *args, batch=False, interval=1.0, **options):
        backend = settings.TASKS_BACKEND
        if backend == "database":
            call_command(
                "db_worker",
                queue_name="*",
                batch=batch,
                interval=interval,
                reload=False,
                startup_delay=not batch,
                verbosity=options.get("verbosity", 1),
            )
        elif backend == "rq":
            try:
                # The jobs are django-tasks-rq's: its Job class keeps each task's result.
                call_command("rqworker", "default", burst=batch, job_class="django_tasks_rq.backend.Job")
            except CommandError as error:
                raise CommandError(f"Không chạy được hàng đợi Redis (cần cài django-tasks-rq): {error}") from None
        else:
            self.stdout.write(f"TASKS_BACKEND={backend}: các tác vụ chạy ngay trong yêu cầu, không cần tiến trình nền.")
