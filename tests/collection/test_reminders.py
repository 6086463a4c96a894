"""`ngoaivu remind`: 3 days and 1 day before the deadline and once late, each reminder exactly once."""

import datetime as dt
import io

import pytest
from django.core import mail
from django.core.management import call_command

from ngoaivu.collection.models import ReminderSent, Submission
from ngoaivu.collection.reminders import send_reminders


@pytest.fixture(autouse=True)
def locmem(settings, users):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    for name, address in (("reporter", "vanphong@example.vn"), ("other_reporter", "daihoc@example.vn")):
        users[name].email = address
        users[name].save()


def remind(day):
    out = io.StringIO()
    call_command("remind", "--today", day.isoformat(), stdout=out)
    return out.getvalue()


def test_each_reminder_goes_once_however_often_cron_runs(outgoing):
    outgoing(deadline=dt.date(2021, 9, 10))
    assert "0 thư" in remind(dt.date(2021, 9, 5))  # 5 days before: nothing yet
    assert "02 thư" in remind(dt.date(2021, 9, 7))  # 3 days before: both units
    remind(dt.date(2021, 9, 7))
    remind(dt.date(2021, 9, 8))
    assert len(mail.outbox) == 2
    remind(dt.date(2021, 9, 9))  # 1 day before
    remind(dt.date(2021, 9, 10))
    assert len(mail.outbox) == 4
    remind(dt.date(2021, 9, 11))  # late
    remind(dt.date(2021, 9, 12))
    remind(dt.date(2021, 9, 30))
    assert len(mail.outbox) == 6
    assert sorted(ReminderSent.objects.values_list("kind", flat=True)) == ["1d", "1d", "3d", "3d", "late", "late"]
    late = [m for m in mail.outbox if m.subject.startswith("Báo cáo đã quá hạn")]
    assert sorted(m.to[0] for m in late) == ["daihoc@example.vn", "vanphong@example.vn"]
    assert "kỳ tháng 8/2021, hạn gửi ngày 10/09/2021" in late[0].body  # the period in words, not its code


def test_units_that_have_answered_get_no_reminder(outgoing, units):
    request = outgoing(deadline=dt.date(2021, 9, 10))
    request.submissions.filter(unit=units["vp"]).update(status=Submission.Status.SUBMITTED)
    remind(dt.date(2021, 9, 9))
    assert [m.to for m in mail.outbox] == [["daihoc@example.vn"]]


def test_a_missed_run_does_not_send_a_stale_reminder(outgoing):
    outgoing(deadline=dt.date(2021, 9, 10), recipients=("vp",))
    remind(dt.date(2021, 9, 10))  # cron was down on the 7th: only the 1-day reminder goes
    assert [r.kind for r in ReminderSent.objects.all()] == ["1d"]


def test_a_reminder_another_run_already_recorded_is_skipped(outgoing, units, monkeypatch):
    """Two cron runs at once: the second finds the row the first created and sends nothing."""
    request = outgoing(deadline=dt.date(2021, 9, 10), recipients=("vp",))
    submission = request.submissions.get()
    from ngoaivu.collection import reminders

    real_due = reminders.due

    def racing_due(today):
        items = list(real_due(today))  # read before the other run commits
        ReminderSent.objects.create(submission=submission, kind="3d")
        return items

    monkeypatch.setattr(reminders, "due", racing_due)
    assert send_reminders(dt.date(2021, 9, 7)).sent == 0
    assert len(mail.outbox) == 0 and ReminderSent.objects.count() == 1


def test_no_address_no_record_so_it_goes_when_one_is_added(outgoing, users, units):
    request = outgoing(deadline=dt.date(2021, 9, 10), recipients=("vp",))
    users["reporter"].email = ""
    users["reporter"].save()
    said = remind(dt.date(2021, 9, 7))
    assert len(mail.outbox) == 0 and not ReminderSent.objects.exists()
    assert said == (
        "Đã gửi 0 thư nhắc.\nChưa nhắc được 01 đơn vị vì chưa có báo cáo viên có thư điện tử: "
        f"{units['vp'].name} («{request.subject}», hạn 10/09/2021).\n"
    )
    users["reporter"].email = "vanphong@example.vn"
    users["reporter"].save()
    remind(dt.date(2021, 9, 7))
    assert len(mail.outbox) == 1


def test_the_ngoaivu_command_runs_it(outgoing, monkeypatch, capsys):
    from ngoaivu import cli

    outgoing(deadline=dt.date(2021, 9, 10))
    monkeypatch.setattr(cli, "_django", lambda: None)  # Django is set up already, on the test database
    cli.main(["remind", "--today", "2021-09-07"])
    assert capsys.readouterr().out == "Đã gửi 02 thư nhắc.\n"
    assert len(mail.outbox) == 2


def test_queued_reminders_are_sent_by_the_task(outgoing):
    """`ngoaivu remind --queue` leaves the sending to the worker (here the task runs as it is queued)."""
    outgoing(deadline=dt.date(2021, 9, 10))
    out = io.StringIO()
    call_command("remind", "--today", "2021-09-07", "--queue", stdout=out)
    assert "hàng đợi" in out.getvalue()
    assert sorted(message.to[0] for message in mail.outbox) == ["daihoc@example.vn", "vanphong@example.vn"]


def test_the_request_page_shows_the_office_and_its_leaders_which_units_cannot_be_reminded(outgoing, users, client_for):
    request = outgoing(deadline=dt.date(2021, 9, 10))
    users["reporter"].email = ""  # the Văn phòng's only reporter
    users["reporter"].save()
    words = "chưa có thư điện tử để nhắc"
    assert client_for("leader").get(f"/yeu-cau/{request.pk}/").content.decode().count(words) == 1
    page = client_for("officer").get(f"/yeu-cau/{request.pk}/").content.decode()
    assert page.count(words) == 1
    row = next(line for line in page.splitlines() if words in line)
    assert "Chưa thực hiện" in row
    answer = request.submissions.get(unit=users["reporter"].unit)
    answer.status = Submission.Status.SUBMITTED
    answer.save()
    assert words not in client_for("officer").get(f"/yeu-cau/{request.pk}/").content.decode()
    assert words not in client_for("other_reporter").get(f"/yeu-cau/{request.pk}/").content.decode()


def test_a_unit_not_reached_is_named_once_with_each_request_it_has_not_answered(outgoing, users, units):
    outgoing(deadline=dt.date(2021, 9, 10), recipients=("vp",))
    outgoing(deadline=dt.date(2021, 9, 8), recipients=("vp",), period="2021-07")
    users["reporter"].email = ""
    users["reporter"].save()
    said = send_reminders(dt.date(2021, 9, 7))
    subject = "Báo cáo công tác đối ngoại tháng 8/2021"
    assert said.unreached == [f"{units['vp'].name} («{subject}», hạn 08/09/2021; «{subject}», hạn 10/09/2021)"]


def test_a_unit_that_has_ended_is_not_reminded_and_is_said_apart(outgoing, units):
    outgoing(deadline=dt.date(2021, 9, 10))
    university = units["dh"]
    university.ended_on, university.is_active = dt.date(2021, 9, 1), False  # merged before the reminders
    university.save()
    out = remind(dt.date(2021, 9, 7))
    assert [m.to for m in mail.outbox] == [["vanphong@example.vn"]]
    assert "Đã gửi 01 thư nhắc." in out
    assert f"Không nhắc 01 đơn vị đã kết thúc hoạt động: {university.name} (đến 31/08/2021)." in out
    assert "Chưa nhắc được" not in out
