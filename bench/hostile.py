"""What hostile uploads cost: for each file, the seconds to the refusal, how much the serving
process grew, and the peak memory of the sandbox's child that read it.

    .venv/bin/python bench/hostile.py

Pure Python over the readers an upload goes through (reading.reader.read_bytes for reports,
reading.sheets.read_rows in the sandbox for register imports); no database.
"""

import os
import resource
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ngoaivu.reading.reader import ReadError, read_bytes  # noqa: E402
from ngoaivu.reading.sheets import read_rows  # noqa: E402
from ngoaivu.sandbox import LimitExceeded, run_limited  # noqa: E402
from tests.hostile import files  # noqa: E402


def sheet(data, name):
    return run_limited(read_rows, data, ())


CASES = [
    ("PDF, one page inflating to 1 GB", files.pdf_bomb, "bomb.pdf", read_bytes),
    ("DOCX, 78 MB document.xml", files.docx_bomb, "bomb.docx", read_bytes),
    ("DOCX, billion laughs", files.docx_laughs, "laughs.docx", read_bytes),
    ("DOCX, external entity", files.docx_xxe, "xxe.docx", read_bytes),
    ("PDF, encrypted", files.encrypted_pdf, "locked.pdf", read_bytes),
    ("XLSX, A1:XFD1048576 declared", files.xlsx_dimension_bomb, "dimension.xlsx", sheet),
    ("XLSX, 300,000 rows", files.xlsx_row_bomb, "rows.xlsx", sheet),
    ("XLSX, external entity", files.xlsx_xxe, "xxe.xlsx", sheet),
]


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            return next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmRSS:"))
    except (OSError, StopIteration):
        return 0


def descendants():
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parents[int(entry)] = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    found, frontier = set(), {os.getpid()}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def main():
    run_limited(len, b"")  # start the fork server before measuring
    print(f"{'file':34} {'size':>9} {'seconds':>8} {'server +MB':>10} {'child peak MB':>13}  answer")
    for label, make, name, read in CASES:
        data = make()
        peak, done = [0], threading.Event()

        def watch(peak=peak, done=done):
            while not done.is_set():
                peak[0] = max([peak[0]] + [rss_mb(pid) for pid in descendants()])
                time.sleep(0.01)

        watcher = threading.Thread(target=watch)
        watcher.start()
        before, started = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, time.monotonic()
        try:
            read(data, name)
            answer = "read"
        except (ReadError, LimitExceeded) as refused:
            answer = str(refused)
        seconds = time.monotonic() - started
        done.set()
        watcher.join()
        grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024 - before
        print(f"{label:34} {len(data):>9,} {seconds:>8.2f} {grown:>10} {peak[0]:>13}  {answer[:70]}")


if __name__ == "__main__":
    main()
