"""The sandbox: a child process that no function can push past its memory or its time."""

import os
import resource
import time

import pytest

from ngoaivu.reading.errors import ReadError
from ngoaivu.sandbox import LimitExceeded, run_limited

from . import children


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def test_a_result_and_an_error_come_back_as_they_were():
    assert run_limited(children.grab, 10) == 10 * 1024 * 1024
    with pytest.raises(ReadError, match="^Tệp hỏng$"):
        run_limited(children.refuse, "Tệp hỏng")


def test_memory_beyond_the_limit_stops_the_child_not_the_server():
    before = peak_rss_mb()
    with pytest.raises(LimitExceeded) as stopped:
        run_limited(children.grab, 600, memory_mb=200)
    assert stopped.value.reason == "memory"
    assert "bộ nhớ" in str(stopped.value)
    assert peak_rss_mb() - before < 100


def test_the_wall_clock_limit_holds_inside_one_call():
    started = time.monotonic()
    with pytest.raises(LimitExceeded) as stopped:
        run_limited(children.spin, 30, seconds=1)
    assert stopped.value.reason == "time"
    assert "1 giây" in str(stopped.value)
    assert time.monotonic() - started < 5


def test_a_crash_is_a_refusal():
    with pytest.raises(LimitExceeded) as stopped:
        run_limited(children.crash)
    assert stopped.value.reason in {"crashed", "memory"}


def test_pdfium_on_a_bomb_is_stopped_by_the_memory_limit(pdf_bomb):
    """Without the stream check, PDFium takes gigabytes on this page: the limit ends it."""
    before = peak_rss_mb()
    started = time.monotonic()
    with pytest.raises(LimitExceeded) as stopped:
        run_limited(children.open_pdf_unchecked, pdf_bomb, memory_mb=512)
    assert stopped.value.reason == "memory"
    assert time.monotonic() - started < 20
    assert peak_rss_mb() - before < 100


def test_no_child_is_left_behind():
    for _ in range(3):
        run_limited(children.grab, 1)
    with pytest.raises(LimitExceeded):
        run_limited(children.spin, 30, seconds=0.5)
    time.sleep(0.2)  # the fork server reaps a killed child as soon as it hears of it
    # What remains are multiprocessing's fork server and resource tracker, no child and no zombie.
    assert len(descendants(os.getpid())) <= 2


def descendants(pid):
    parents = {int(p): _parent_of(p) for p in os.listdir("/proc") if p.isdigit()}
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _parent_of(pid):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return int(stat.read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None
