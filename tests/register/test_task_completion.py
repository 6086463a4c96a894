"""A task done: whether it was done by its deadline, and how many days after it, beside the deadline on the
list and the detail page (AssignedTask.days_late_done, deadline_status)."""

from datetime import date

import pytest

from ngoaivu.register.models import AssignedTask
from tests.register.test_task_deadlines import LIST, task


@pytest.fixture
def today(clock):
    clock(2026, 12, 5)


def done(unit, title, completed_on, **due):
    return task(unit, title, year=2026, progress="done", completed_on=completed_on, **due)


def test_a_task_done_after_its_deadline_says_how_late(units, today):
    unit = units["sngv"]
    late = done(unit, "Báo cáo hội nhập", date(2026, 12, 1), due="date", due_date=date(2026, 11, 15))
    assert late.days_late_done() == 16 and late.days_overdue() == 0
    assert late.deadline_status() == "15/11/2026 – hoàn thành muộn 16 ngày"
    a_few = done(unit, "Kế hoạch đón đoàn", date(2026, 10, 4), due="q3")
    assert a_few.deadline_status() == "30/09/2026 – hoàn thành muộn 04 ngày"  # a count under ten: two digits


def test_a_task_done_by_its_deadline_is_on_time(units, today):
    unit = units["sngv"]
    for completed in (date(2026, 11, 2), date(2026, 11, 15)):  # before it, or on the day itself
        row = done(unit, "Tổng kết", completed, due="date", due_date=date(2026, 11, 15))
        assert row.days_late_done() == 0
        assert row.deadline_status() == "15/11/2026 – hoàn thành đúng hạn"


def test_a_task_not_done_says_nothing_of_its_completion(units, today):
    unit = units["sngv"]
    assert task(unit, "Đang làm", year=2026, due="year").days_late_done() is None
    submitted = task(unit, "Đã trình", year=2026, due="q1", progress="submitted")
    assert submitted.days_late_done() is None and submitted.deadline_status() == "31/03/2026"


def test_the_list_and_the_detail_say_it(client_for, units, today):
    unit = units["sngv"]
    late = done(unit, "Báo cáo hội nhập", date(2026, 12, 1), due="date", due_date=date(2026, 11, 15))
    done(unit, "Kế hoạch năm", date(2026, 6, 30), due="q2")
    client = client_for("officer")
    listed = client.get(LIST).content.decode()
    assert "15/11/2026 – hoàn thành muộn 16 ngày" in listed and "30/06/2026 – hoàn thành đúng hạn" in listed
    detail = client.get(f"{LIST}{late.pk}/").content.decode()
    assert "15/11/2026 – hoàn thành muộn 16 ngày" in detail
    assert AssignedTask.objects.overdue().count() == 0  # done late is not overdue
