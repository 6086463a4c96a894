"""Issuing at the same moment never gives two reports the same number (SQLite and PostgreSQL)."""

import threading

import pytest
from django.db import connection

from ngoaivu.core.models import Unit
from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting import workflow
from ngoaivu.reporting.services import create_report
from ngoaivu.reporting.workflow import WorkflowError, issue, transition
from ngoaivu.reporting.templates_store import install_shipped_templates


@pytest.mark.django_db(transaction=True)
def test_issuing_at_the_same_time_never_gives_the_same_number():
    install_shipped_templates()
    unit = Unit.objects.create(name="Sở Ngoại vụ", code="SNgV", coordinates_province=True)
    template = ReportTemplate.objects.get(code="general")
    reports = [create_report(unit, template, f"2021-{month:02d}") for month in range(1, 7)]
    barrier, errors = threading.Barrier(len(reports)), []

    def issue_one(report):
        try:
            barrier.wait(timeout=30)
            issue(report, attempts=10)
        except Exception as error:  # noqa: BLE001 — collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=issue_one, args=(report,)) for report in reports]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert sorted(Report.objects.values_list("number", flat=True)) == [1, 2, 3, 4, 5, 6]


@pytest.mark.django_db
def test_a_retry_after_a_number_clash_never_gives_a_number_not_confirmed(monkeypatch):
    install_shipped_templates()
    unit = Unit.objects.create(name="Văn phòng", code="VP")
    template = ReportTemplate.objects.get(code="general")
    first, second, third = (create_report(unit, template, f"2021-{month:02d}") for month in (4, 5, 6))
    issue(first)
    Report.objects.filter(pk=second.pk).update(status=Report.Status.APPROVED)
    issue(third)  # 02 went to the third report while the second's leader confirmed 02
    # Its issue read the highest number before that issue committed (02 still free): the clash, then a retry.
    reads = iter([2])
    real = workflow.next_number
    monkeypatch.setattr(workflow, "next_number", lambda report, today=None: next(reads, None) or real(report, today))

    with pytest.raises(WorkflowError, match="Số trên trang xác nhận vừa được cấp cho báo cáo khác"):
        transition(Report.objects.get(pk=second.pk), "issue", None, number=2)
    second.refresh_from_db()
    assert (second.status, second.number) == ("approved", None)
