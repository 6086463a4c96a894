"""Assigned tasks: the deadline a quarter or a date gives, and the tasks still open past it, on the
list (a column and the «Quá hạn» filter) and the detail page."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from ngoaivu.core.models import Unit
from ngoaivu.register.models import AssignedTask

LIST = "/so-theo-doi/nhiem-vu/"


def task(unit, title, due="year", year=2021, due_date=None, progress="in_progress", **extra):
    return AssignedTask.objects.create(
        unit=unit, title=title, year=year, due=due, due_date=due_date, progress=progress, **extra
    )


def test_a_quarter_is_due_on_its_last_day_and_a_date_on_itself(units):
    unit = units["sngv"]
    assert task(unit, "A", due="q1").deadline == date(2021, 3, 31)
    assert task(unit, "B", due="q1q2").deadline == date(2021, 6, 30)
    assert task(unit, "C", due="year").deadline == date(2021, 12, 31)
    assert task(unit, "D", due="date", due_date=date(2021, 5, 4)).deadline == date(2021, 5, 4)


def test_an_open_task_past_its_deadline_is_late_and_a_done_or_submitted_one_is_not(units, clock):
    clock(2021, 7, 1)
    unit = units["sngv"]
    late = task(unit, "Quý I chưa xong", due="q1")
    task(unit, "Quý I đã xong", due="q1", progress="done", completed_on=date(2021, 3, 30))
    task(unit, "Quý I đã trình", due="q1", progress="submitted")
    task(unit, "Quý III", due="q3")
    task(unit, "Hạn hôm nay", due="date", due_date=date(2021, 7, 1))
    assert list(AssignedTask.objects.overdue()) == [late]
    assert late.days_overdue() == 92
    assert late.deadline_status() == "31/03/2021 – quá hạn 92 ngày"


class TestOverdue(TestCase):
    """The database's overdue() and the row's days_overdue() say the same for every due and day."""

    @settings(max_examples=60, deadline=None)
    @given(
        due=st.sampled_from([c for c, _label in AssignedTask.Due.choices]),
        year=st.integers(2020, 2022),
        due_day=st.dates(date(2020, 1, 1), date(2023, 12, 31)),
        today=st.dates(date(2020, 1, 1), date(2023, 12, 31)),
        progress=st.sampled_from([c for c, _label in AssignedTask.Progress.choices]),
    )
    def test_the_database_and_the_row_agree(self, due, year, due_day, today, progress):
        unit = Unit.objects.get_or_create(code="SNgV", defaults={"name": "Sở Ngoại vụ"})[0]
        row = AssignedTask.objects.create(
            unit=unit,
            title="Nhiệm vụ",
            year=year,
            due=due,
            due_date=max(due_day, date(year, 1, 1)) if due == "date" else None,
            progress=progress,
            completed_on=date(year, 1, 1) if progress == "done" else None,
        )
        assert AssignedTask.objects.overdue(today).filter(pk=row.pk).exists() == (row.days_overdue(today) > 0)
        row.delete()


def test_the_list_shows_the_deadline_and_filters_the_late_ones(client_for, units, clock):
    clock(2021, 7, 1)
    late = task(units["sngv"], "Tổng kết hội nhập quốc tế", due="q1")
    task(units["sngv"], "Kế hoạch năm", due="year")
    client = client_for("officer")
    page = client.get(LIST)
    html = page.content.decode()
    assert "<th>Thời hạn</th>" in html
    assert "31/03/2021 – quá hạn 92 ngày" in html and "31/12/2021</td>" in html
    only_late = client.get(LIST, {"overdue": "true"})
    assert [record for record, _cells in only_late.context["rows"]] == [late]
    on_time = client.get(LIST, {"overdue": "false"})
    assert [record.title for record, _cells in on_time.context["rows"]] == ["Kế hoạch năm"]
    detail = client.get(f"{LIST}{late.pk}/").content.decode()
    assert "Thời hạn" in detail and "31/03/2021 – quá hạn 92 ngày" in detail


def test_a_report_tells_the_progress_as_it_stood_at_its_periods_end(units):
    from ngoaivu.core.models import LegalDocument

    decision = LegalDocument.objects.create(doc_type="Quyết định", number="730/QĐ-UBND", issued_on=date(2021, 5, 21))
    done = task(units["sngv"], "Kế hoạch bồi dưỡng", progress="done", completed_on=date(2021, 5, 21))
    done.result_document = decision
    sent = task(units["sngv"], "Đề án hợp tác", progress="submitted", result_document=decision)
    open_task = task(units["sngv"], "Hội nghị", result_document=decision)
    for row in (done, sent):
        assert row.progress_as_of(date(2021, 3, 31)) == ("in_progress", None)  # after the quarter: not yet
        assert row.progress_as_of(date(2021, 6, 30))[1] == decision
    assert done.progress_as_of(date(2021, 6, 30))[0] == "done"
    assert sent.progress_as_of(date(2021, 6, 30))[0] == "submitted"
    assert open_task.progress_as_of(date(2021, 3, 31)) == ("in_progress", None)  # its document not cited yet


def test_a_task_is_neither_done_nor_due_before_its_year(units):
    from django.core.exceptions import ValidationError
    from django.db import IntegrityError, transaction

    unit = units["sngv"]
    done_early = AssignedTask(unit=unit, title="A", year=2021, progress="done", completed_on=date(2020, 12, 30))
    due_early = AssignedTask(unit=unit, title="B", year=2021, due="date", due_date=date(2020, 12, 31))
    for row, field, message in (
        (done_early, "completed_on", "Ngày hoàn thành không được trước năm giao nhiệm vụ."),
        (due_early, "due_date", "Hạn hoàn thành không được trước năm giao nhiệm vụ."),
    ):
        try:
            row.full_clean()
        except ValidationError as refused:
            assert refused.message_dict[field] == [message]
        else:
            raise AssertionError(f"{field} before the task's year was accepted")
        with transaction.atomic():
            try:
                row.save()
            except IntegrityError:
                pass
            else:
                raise AssertionError("the database took it")
    # A task done in a later year (carried over) stays, and so does one due on the year's first day.
    AssignedTask(unit=unit, title="C", year=2021, progress="done", completed_on=date(2022, 1, 5)).full_clean()
    AssignedTask(unit=unit, title="D", year=2021, due="date", due_date=date(2021, 1, 1)).full_clean()


def test_the_list_orders_a_years_tasks_by_their_deadline_not_by_the_spelling_of_their_due(client_for, units):
    unit = units["sngv"]
    # Made in an order that neither the ids nor the due codes ("date" < "q1" < "q1q2" < "q2" < "year") give.
    task(unit, "Cả năm", due="year")
    task(unit, "Quý II", due="q2")
    task(unit, "Ngày 15/5", due="date", due_date=date(2021, 5, 15))
    task(unit, "Quý I", due="q1")
    task(unit, "Năm sau, quý IV", due="q4", year=2022)
    task(unit, "Ngày 02/01 năm sau", due="date", due_date=date(2022, 1, 2))
    rows = client_for("officer").get(LIST).context["rows"]
    assert [record.title for record, _cells in rows] == [
        "Năm sau, quý IV",
        "Quý I",
        "Ngày 15/5",
        "Quý II",
        "Cả năm",
        "Ngày 02/01 năm sau",  # a task of 2021 due in 2022 comes after 2021's year-end
    ]


def test_a_changed_due_moves_the_task_and_the_migration_keeps_the_deadline_of_tasks_already_recorded(units):
    import importlib

    from django.apps import apps

    unit = units["sngv"]
    year_end = task(unit, "Cả năm", due="year")
    quarter = task(unit, "Quý III", due="q3")
    dated = task(unit, "Ngày 15/5", due="date", due_date=date(2021, 5, 15))
    year_end.due, year_end.due_date = "date", date(2021, 2, 1)
    year_end.save()
    assert list(AssignedTask.objects.values_list("title", flat=True)) == ["Cả năm", "Ngày 15/5", "Quý III"]
    AssignedTask.objects.update(deadline_on=None)  # as the rows stood before the migration
    migration = importlib.import_module("ngoaivu.register.migrations.0017_task_deadline_order")
    migration.keep_deadlines(apps, None)
    kept = dict(AssignedTask.objects.values_list("pk", "deadline_on"))
    assert kept == {year_end.pk: date(2021, 2, 1), quarter.pk: date(2021, 9, 30), dated.pk: date(2021, 5, 15)}
