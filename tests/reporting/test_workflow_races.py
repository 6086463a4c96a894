"""Two people taking a step on one report at the same moment: one succeeds, the other is told the
report has moved on, and an issued report never changes its number (SQLite and PostgreSQL)."""

import pytest
from django.test import Client

from ngoaivu.core.models import Role, Unit
from django_tasks_db.models import DBTaskResult

from ngoaivu.reporting.frozen import IssuedDocument
from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.services import create_report
from ngoaivu.reporting.workflow import WorkflowError, issue, transition
from ngoaivu.reporting.templates_store import install_shipped_templates
from tests.conftest import make_user
from tests.races import at_once

pytestmark = pytest.mark.django_db(transaction=True)
ISSUED_ALREADY = "Báo cáo đang ở trạng thái «Đã ban hành», không thể thực hiện thao tác này."


@pytest.fixture
def report():
    install_shipped_templates()
    unit = Unit.objects.create(name="Sở Ngoại vụ", code="SNgV", coordinates_province=True)
    return create_report(unit, ReportTemplate.objects.get(code="general"), "2021-08")


def statuses_in_history(report):
    return list(
        Report.history.filter(id=report.pk).order_by("history_date", "history_id").values_list("status", "number")
    )


def test_one_report_issued_twice_at_once_is_issued_once_and_keeps_its_number(report, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    Report.objects.filter(pk=report.pk).update(status=Report.Status.APPROVED)
    # Each leader opened the approved report before either pressed "Ban hành".
    copies = [Report.objects.get(pk=report.pk) for _ in range(4)]
    results = at_once([lambda mine=mine: transition(mine, "issue", None) for mine in copies], linger_on=Report)

    issued = [result for result in results if isinstance(result, Report)]
    refused = [result for result in results if isinstance(result, WorkflowError)]
    assert len(issued) == 1 and len(refused) == 3, results
    assert {str(error) for error in refused} == {ISSUED_ALREADY}
    report.refresh_from_db()
    assert (report.status, report.number) == ("issued", 1)
    assert issued[0].number == 1
    assert [entry for entry in statuses_in_history(report) if entry[0] == "issued"] == [("issued", 1)]
    # One frozen document, its files to be made by one queued task: the refused issues queued none.
    assert IssuedDocument.objects.filter(report=report).count() == 1
    freezing = DBTaskResult.objects.filter(task_path="ngoaivu.reporting.tasks.freeze_issued")
    assert [row.args_kwargs["args"] for row in freezing] == [[report.pk]]
    # No number was used up: the unit's next report is number 2.
    second = create_report(report.unit, report.template, "2021-09")
    assert issue(second).number == 2


def test_issuing_an_issued_report_again_never_changes_its_number(report):
    issue(report)
    with pytest.raises(WorkflowError, match="«Đã ban hành»"):
        issue(Report.objects.get(pk=report.pk))
    report.refresh_from_db()
    assert report.number == 1


@pytest.mark.parametrize(
    "start, actions",
    [
        ("draft", ["submit", "submit", "submit"]),
        ("submitted", ["approve", "return", "approve", "return"]),
        ("submitted", ["approve", "approve"]),
    ],
)
def test_of_steps_taken_at_once_on_one_report_only_one_is_taken(report, start, actions):
    Report.objects.filter(pk=report.pk).update(status=start)
    copies = [Report.objects.get(pk=report.pk) for _ in actions]
    results = at_once(
        [
            lambda mine=mine, action=action: transition(mine, action, None, reason="Sửa số liệu.")
            for mine, action in zip(copies, actions)
        ],
        linger_on=Report,
    )

    taken = [action for action, result in zip(actions, results) if isinstance(result, Report)]
    refused = [result for result in results if isinstance(result, WorkflowError)]
    assert len(taken) == 1 and len(refused) == len(actions) - 1, results
    report.refresh_from_db()
    assert report.status == {"submit": "submitted", "approve": "approved", "return": "draft"}[taken[0]]
    label = Report.Status(report.status).label
    assert {str(error) for error in refused} == {
        f"Báo cáo đang ở trạng thái «{label}», không thể thực hiện thao tác này."
    }
    # One change of status in the history (after the draft's first version), not one per person.
    assert [status for status, _number in statuses_in_history(report)] == ["draft", report.status]


def test_two_leaders_pressing_issue_on_the_page_at_once_issue_it_once(report):
    Report.objects.filter(pk=report.pk).update(status=Report.Status.APPROVED)
    leaders = [make_user(f"lanhdao{index}", Role.LEADER, report.unit) for index in range(3)]
    clients = []
    for leader in leaders:
        client = Client()
        client.force_login(leader)
        clients.append(client)

    def press(client):
        page = client.post(
            f"/bao-cao/{report.pk}/issue/", {"confirmed": "1", "number": "1"}, follow=True
        ).content.decode()
        return [message for message in ("Đã ban hành báo cáo số 01/BC-SNgV.", ISSUED_ALREADY) if message in page]

    results = at_once([lambda client=client: press(client) for client in clients], linger_on=Report)
    assert sorted(results) == [["Báo cáo đang ở trạng thái «Đã ban hành», không thể thực hiện thao tác này."]] * 2 + [
        ["Đã ban hành báo cáo số 01/BC-SNgV."]
    ], results
    report.refresh_from_db()
    assert (report.status, report.number) == ("issued", 1)
    assert [entry for entry in statuses_in_history(report) if entry[0] == "issued"] == [("issued", 1)]


def test_three_reports_issued_at_once_under_one_confirmed_number_take_only_that_number(report):
    # The unit's 01 is issued; three approved reports are each confirmed as 02 by three leaders at once.
    issue(report)
    others = [create_report(report.unit, report.template, f"2021-{month:02d}") for month in (9, 10, 11)]
    Report.objects.filter(pk__in=[other.pk for other in others]).update(status=Report.Status.APPROVED)
    clients = []
    for index in range(len(others)):
        client = Client()
        client.force_login(make_user(f"lanhdao{index}", Role.LEADER, report.unit))
        clients.append(client)
    issued, again = "Đã ban hành báo cáo số 02/BC-SNgV.", "Số trên trang xác nhận vừa được cấp cho báo cáo khác"

    def press(client, other):
        page = client.post(f"/bao-cao/{other.pk}/issue/", {"confirmed": "1", "number": "2"}, follow=True)
        return [message for message in (issued, again) if message in page.content.decode()]

    results = at_once(
        [lambda client=client, other=other: press(client, other) for client, other in zip(clients, others)],
        linger_on=Report,
    )
    # One is issued as confirmed; the others are asked again, never issued under a number not confirmed.
    assert sorted(results) == sorted([[issued], [again], [again]]), results
    assert sorted(n for n in Report.objects.values_list("number", flat=True) if n) == [1, 2]
