"""The lists of work asked and owed: the tasks the unit was given in the year, and those of earlier years
still open (tasks_programme, tasks_other), those still open that fall due next (tasks_due_next), and the
answers to the requests it sent that came late or were returned (late_answers, returned_answers). Plain rows,
as lists.build_lists gives them."""

from datetime import timedelta

from django.db.models import Q

from ngoaivu.pure.plans import announced_until
from ngoaivu.pure.wording import format_date, without_stop
from ngoaivu.register import models as m
from ngoaivu.register.counting import as_scope, scoped
from ngoaivu.register.models.tasks import OPEN_PROGRESS

from . import signals
from .shared_rows import reads


def assigned_tasks(source):
    """The tasks from source (AssignedTask.Source) a report of the period tells, as they stood at the period's
    end (reported_tasks): the lists tasks_programme and tasks_other."""

    def build(units, period):
        return [task_row(task, period) for task in reported_tasks(units, period, source)]

    return reads()(build)  # the tasks told, not an indicator's rows of the period


def reported_tasks(units, period, source):
    """The tasks of the period's year, and before them those given in an earlier year still open when the
    period began, oldest first: a task left open does not drop out of the reports at New Year while the
    home page counts it late. One done (or sent to the UBND tỉnh) before the period began is not told
    again; one done within it is told once, as done. Open as the home page and the plan say it
    (OPEN_PROGRESS), by progress_as_of the day before the period."""
    before = period.start - timedelta(days=1)
    tasks = scoped(m.AssignedTask, units, "year").filter(source=source, year__lte=period.year)
    tasks = tasks.filter(Q(year=period.year) | (possibly_open(before) & ~Q(unit__in=gone_on(units))))
    return [
        task
        for task in tasks.select_related("result_document").order_by("year", "pk")
        if task.year == period.year or task.progress_as_of(before)[0] in OPEN_PROGRESS
    ]


def possibly_open(day):
    """The tasks that may have been open on day: still open, or closed after it (progress_as_of decides)."""
    return (
        Q(progress__in=OPEN_PROGRESS)
        | Q(progress=m.AssignedTask.Progress.DONE, completed_on__gt=day)
        | Q(progress=m.AssignedTask.Progress.SUBMITTED, result_document__issued_on__gt=day)
    )


def gone_on(units):
    """The units of units' scope counted up to a day only: a unit that went on after giving duties away. Its
    open tasks stay its own to carry over, as its later records do (core/lineage), not the taker's too."""
    scope = as_scope(units)
    return [pk for ids in scope.cuts().values() for pk in ids] if scope is not None else []


def task_row(task, period):
    """A task as the report tells it: progress as it stood at the period's end, one given in an earlier year
    marked as carried over from it («Báo cáo X (nhiệm vụ năm 2025 chuyển sang)»)."""
    progress, document = task.progress_as_of(period.end)  # as it stood at the period's end
    # The officer's own words of the result ("Đang triển khai thực hiện, dự kiến tổ chức vào tháng
    # 9 - 11/2021…", seed 001), while they still tell the task as it stood at the period's end.
    note = task.progress_note.strip().rstrip(".")
    told = bool(note) and progress == task.progress
    # Still open after a day already past at the period's end, the deadline or the time the note announced
    # («dự kiến … tháng 9 - 11/2021» in December's report): the report says it is late, as the home page
    # does; a task sent to the UBND tỉnh is no longer late.
    passed = [task.deadline, announced_until(note, task.year) if told else None]
    late = progress in OPEN_PROGRESS and any(day and day < period.end for day in passed)
    if late:
        wording = f"{progress.label} (quá hạn)"
    else:
        wording = note if told else str(progress.label)
    carried = task.year < period.year
    return {
        "title": f"{without_stop(task.title)} (nhiệm vụ năm {task.year} chuyển sang)" if carried else task.title,
        "due": due_wording(task, carried),
        "progress": wording,
        "document": document.citation() if document else "",
    }


def due_wording(task, carried):
    """The time given to complete the task: "Quý I", "Cả năm"; the day itself when it was given one
    ("10/3/2027", not "Theo ngày"); with its year when the task is an earlier year's ("Quý I hoặc II năm 2021", "Năm 2021")."""
    if task.due == m.AssignedTask.Due.DATE and task.due_date:
        return format_date(task.due_date)
    if carried and task.due == m.AssignedTask.Due.YEAR:
        return f"Năm {task.year}"  # not «Cả năm năm 2025»
    label = str(task.get_due_display())
    return f"{label} năm {task.year}" if carried else label


def tasks_due_next(units, period):
    """The tasks still open at the period's end that fall due by the end of the next period, by deadline: those
    already late first, however long ago they fell due (the home page counts them late, the tasks assigned
    carry them over: the plan names them too). Late as the tasks assigned say it: due before the period's last
    day; due now: due on that day or later but before the next period, which the plan speaks of (not late yet
    when the report is written, late by the time it is read). A unit that went on after giving duties away
    finishes its own (gone_on)."""
    following = period.next()
    if following is None:
        return []
    due = []
    tasks = scoped(m.AssignedTask, units, "year").filter(possibly_open(period.end), year__lte=following.year)
    tasks = tasks.exclude(unit__in=gone_on(units)).select_related("result_document")  # progress_as_of reads its date
    for task in tasks:
        progress, _document = task.progress_as_of(period.end)
        if progress in OPEN_PROGRESS and task.deadline and task.deadline <= following.end:
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
