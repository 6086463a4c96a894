"""ngoaivu worker: run the background tasks (PDFs, reading uploads, reminders) as they are queued."""

import logging
import math
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import OperationalError

from ngoaivu.core.management.base import BaseCommand, WrongValue

logger = logging.getLogger(__name__)

# Seconds before the queue is read again after the database was locked: a large import holds
# SQLite's write lock longer than its 20 s timeout, and then lets go.
RETRY_AFTER = 5.0


class Command(BaseCommand):
    help = "Chạy các tác vụ nền: tạo tệp PDF, đọc tệp đơn vị gửi, gửi nhắc hạn (chạy cùng máy chủ web)."

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="chạy hết các tác vụ đang chờ rồi dừng")
        parser.add_argument(
            "--interval", default="1", metavar="GIÂY", help="số giây chờ giữa hai lần xem hàng đợi (mặc định: 1)"
        )

    def handle(self, *args, batch=False, interval="1", **options):
        interval = _seconds(interval)
        backend = settings.TASKS_BACKEND
        if backend == "database":
            while True:
                try:
                    call_command(
                        "db_worker",
                        queue_name="*",
                        batch=batch,
                        interval=interval,
                        reload=False,
                        startup_delay=not batch,
                        verbosity=options.get("verbosity", 1),
                    )
                    return
                except OperationalError as error:
                    # django-tasks waits out a lock only while claiming a task; one met while saving a
                    # task's result ended the worker, and PDFs and readings stayed pending until restart.
                    # A task it had claimed is not run twice: the queue is read again for the next.
                    if "locked" not in str(error):
                        raise
                    logger.warning("Cơ sở dữ liệu đang bị khóa (%s); đọc lại hàng đợi sau %s giây.", error, RETRY_AFTER)
                    time.sleep(RETRY_AFTER)
        elif backend == "rq":
            try:
                # The jobs are django-tasks-rq's: its Job class keeps each task's result.
                call_command("rqworker", "default", burst=batch, job_class="django_tasks_rq.backend.Job")
            except CommandError as error:
                raise CommandError(f"Không chạy được hàng đợi Redis (cần cài django-tasks-rq): {error}") from None
        else:
            self.stdout.write(f"TASKS_BACKEND={backend}: các tác vụ chạy ngay trong yêu cầu, không cần tiến trình nền.")


def _seconds(text):
    """--interval: a number of seconds, not negative ("0,5" as an officer writes it, or 0.5); else one
    line of Vietnamese, where argparse said «invalid float value» and time.sleep a traceback."""
    try:
        seconds = float(str(text).strip().replace(",", "."))
    except ValueError:
        seconds = -1.0
    if not math.isfinite(seconds) or seconds < 0:
        raise WrongValue(f"--interval: «{text}» không phải số giây hợp lệ; ghi một số không âm, ví dụ 1 hoặc 0,5.")
    return seconds
