"""ngoaivu worker: run the background tasks (PDFs, reading uploads, reminders) as they are queued."""

import logging
import math
import signal
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import OperationalError
from django.utils.crypto import get_random_string
from django_tasks_db.compat import DEFAULT_TASK_BACKEND_ALIAS
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand
from django_tasks_db.management.commands.db_worker import Worker as DatabaseWorker

from ngoaivu.core.management.base import BaseCommand, WrongValue

logger = logging.getLogger(__name__)

# Seconds before the queue is read again after the database was locked: a large import holds
# SQLite's write lock longer than its 20 s timeout, and then lets go.
RETRY_AFTER = 5.0


class Worker(DatabaseWorker):
    """django-tasks-db's worker of every queue, stopped by Ctrl+C as the other commands are: the task in hand
    finished first (a second Ctrl+C stops it), then KeyboardInterrupt, which `ngoaivu` says «Đã dừng lệnh.»
    with exit status 130, where django-tasks-db said in English that it shut down and exited 0. SIGTERM (the
    server stopping its worker) ends it quietly."""

    def __init__(self, *, batch, interval, started=None):
        super().__init__(
            queue_names=["*"],
            interval=interval,
            batch=batch,
            backend_name=DEFAULT_TASK_BACKEND_ALIAS,
            startup_delay=not batch,
            max_tasks=None,
            worker_id=get_random_string(32),
            excluded_queue_names=[],
        )
        self.interrupted = False
        # Said once Ctrl+C is ours: a process started with SIGINT ignored (a child of one that ignores it) would
        # otherwise ignore a Ctrl+C that comes between the line and the handlers.
        self.started = started

    def shutdown(self, signum, frame):
        self.interrupted = self.interrupted or signum == signal.SIGINT
        if self.running and self.running_task:
            self.running = False
            return
        raise KeyboardInterrupt if self.interrupted else SystemExit(0)

    def run(self):
        stopping = [getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGQUIT") if hasattr(signal, name)]
        before = {number: signal.getsignal(number) for number in stopping}
        self.configure_signals()
        try:
            if self.started is not None:
                self.started()
                self.started = None  # once, not again when the queue is read again after a lock
            super().run()
        finally:
            for number, handler in before.items():
                signal.signal(number, handler)
        if self.interrupted:
            raise KeyboardInterrupt


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
            verbosity = options.get("verbosity", 1)
            # django-tasks' own lines («Starting worker…», «Task id=… state=…») are English: from -v 2 only.
            DatabaseWorkerCommand(stdout=self.stdout).configure_logging(max(0, verbosity - 1))
            said = verbosity >= 1 and not batch
            worker = Worker(batch=batch, interval=interval, started=self._say_started if said else None)
            while True:
                try:
                    worker.run()
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

    def _say_started(self):
        self.stdout.write("Đang chạy các tác vụ nền; nhấn Ctrl+C để dừng.")


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
