"""Issuing at the same moment never gives two reports the same number (SQLite and PostgreSQL)."""

import threading

import pytest
from django.db import connection

from ngoaivu.core.models import Unit
from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.services import create_report, issue
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
