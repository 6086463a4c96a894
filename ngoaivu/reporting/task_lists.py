"""The lists of work asked and owed: the tasks the unit was given (tasks_programme, tasks_other), those
still open that fall due next (tasks_due_next), and the answers to the requests it sent that came late or
were returned (late_answers, returned_answers). Plain rows, as lists.build_lists gives them."""

from datetime import date

from ngoaivu.pure.plans import announced_until
from ngoaivu.pure.wording import without_stop
from ngoaivu.register import models as m
from ngoaivu.register.counting import scoped
from ngoaivu.register.models.tasks import OPEN_PROGRESS

from . import signals
from .shared_rows import reads


def assigned_tasks(source):
    """The tasks of the year from source (AssignedTask.Source), as they stood at the period's end: the lists
    tasks_programme and tasks_other."""

    def build(units, period):
        tasks = scoped(m.AssignedTask, units, "year").filter(year=period.year, source=source)
        rows = []
        for task in tasks.select_related("result_document").order_by("pk"):
            progress, document = task.progress_as_of(period.end)  # as it stood at the period's end
            # The officer's own words of the result ("Đang triển khai thực hiện, dự kiến tổ chức vào tháng
            # 9 - 11/2021…", seed 001), while they still tell the task as it stood at the period's end.
            note = task.progress_note.strip().rstrip(".")
            told = bool(note) and progress == task.progress
            # Not done by a day already past at the period's end, the deadline or the time the note announced
            # («dự kiến … tháng 9 - 11/2021» in December's report): the report says it is late.
            passed = [task.deadline, announced_until(note, task.year) if told else None]
            late = progress != m.AssignedTask.Progress.DONE and any(day and day < period.end for day in passed)
            if late:
                wording = f"{progress.label} (quá hạn)"
            else:
                wording = note if told else str(progress.label)
            rows.append(
                {
                    "title": task.title,
                    "due": task.get_due_display(),
                    "progress": wording,
                    "document": document.citation() if document else "",
                }
            )
        return rows

    return reads()(build)  # the tasks of the year, not an indicator's rows of the period


def tasks_due_next(units, period):
    """The tasks still open at the period's end that fall due by the end of the next period, by deadline: those
    already late first. Late as the tasks assigned say it: due before the period's last day; due now: due on that
    day or later but before the next period, which the plan speaks of (not late yet when the report is written,
    late by the time it is read). Those due before last year are left out: a task open for years is a
    register to tidy, not next month's plan."""
    following = period.next()
    if following is None:
        return []
    since = date(period.year - 1, 1, 1)
    due = []
    for task in scoped(m.AssignedTask, units, "year").filter(year__lte=following.year):
        progress, _document = task.progress_as_of(period.end)
        if progress in OPEN_PROGRESS and task.deadline and since <= task.deadline <= following.end:
            late = task.deadline < period.end
            due.append(
                {
                    "title": without_stop(task.title),
                    "deadline": task.deadline,
                    "late": late,
                    "due_now": not late and task.deadline < following.start,
                }
            )
    return sorted(due, key=lambda row: (row["deadline"], row["title"]))


def answers_owed(returned):
    """The list late_answers (returned False) or returned_answers: the units that answered late, or not at
    all, a request the speaker sent, and those whose answer it returned."""

    def build(units, period):
        # one row per unit already (collection.requesting.late_answers), the late and the returned apart
        found = (row for _receiver, rows in signals.late_answers.send(None, units=units, period=period) for row in rows)
        return [row for row in found if bool(row.get("returned")) == returned]

    return build
