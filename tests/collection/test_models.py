"""Late is computed from the deadline and the submission time, never stored."""

import datetime as dt

from django.utils import timezone

from ngoaivu.collection.models import Submission


def test_late_when_past_the_deadline_without_an_answer(outgoing):
    submission = outgoing(deadline=dt.date(2021, 9, 10)).submissions.first()
    assert not submission.is_late(dt.date(2021, 9, 10))
    assert submission.is_late(dt.date(2021, 9, 11))
    submission.status = Submission.Status.RETURNED  # returned and not sent again: still owed
    assert submission.is_late(dt.date(2021, 9, 11))


def test_an_answer_sent_on_the_deadline_day_is_on_time_for_ever(outgoing):
    submission = outgoing(deadline=dt.date(2021, 9, 10)).submissions.first()
    submission.status = Submission.Status.SUBMITTED
    submission.submitted_at = timezone.make_aware(dt.datetime(2021, 9, 10, 23, 30))
    assert not submission.is_late(dt.date(2022, 1, 1))
    submission.submitted_at = timezone.make_aware(dt.datetime(2021, 9, 11, 0, 5))
    assert submission.is_late(dt.date(2021, 9, 11))


def test_days_left(outgoing):
    request = outgoing(deadline=dt.date(2021, 9, 10))
    assert request.days_left(dt.date(2021, 9, 7)) == 3
    assert request.days_left(dt.date(2021, 9, 12)) == -2
