"""The summary closing part I of the focal point's report («Tóm lại, …») names the units whose answers to its
requests came late («Tuy nhiên, …»), and only then."""

import datetime as dt

from django.utils import timezone

from ngoaivu.collection.models import Submission
from ngoaivu.pure.period_parsing import parse
from ngoaivu.reporting.context import build_context
from ngoaivu.reporting.drafting import build
from ngoaivu.reporting.outlines import GENERAL

ON_TIME = ""  # the summary says what was done, and nothing after it
DONE = " hội nhập quốc tế của tỉnh."  # how the summary's first sentence ends


def _after_what_was_done(draft):
    summary = next(section.text for section in draft.flat() if section.key == "I.summary")
    assert DONE in summary
    return summary.partition(DONE)[2].strip()


def _difficulties(unit, period_code="2021-08"):
    period = parse(period_code)
    return _after_what_was_done(build(GENERAL, build_context(unit, period, GENERAL)))


def _sent(request, code, units, day):
    answer = Submission.objects.get(request=request, unit=units[code])
    answer.status = Submission.Status.ACCEPTED
    answer.submitted_at = timezone.make_aware(dt.datetime.combine(day, dt.time(9)))
    answer.save()


def _sent_and_returned(request, units, clock, day):
    """The university's answer, sent on day and returned for correction."""
    from ngoaivu.collection.services import review, save_answer

    clock(day.year, day.month, day.day)
    answer = save_answer(
        Submission.objects.get(request=request, unit=units["dh"]), {}, {"I.1.a": "Không phát sinh."}, submit=True
    )
    review(answer, "return", "Bổ sung mục 2.")
    return answer


def test_no_request_no_difficulty(units):
    assert _difficulties(units["sngv"]) == ON_TIME


def test_answers_sent_on_time_are_no_difficulty(units, outgoing):
    request = outgoing(deadline=dt.date(2021, 9, 10))
    _sent(request, "vp", units, dt.date(2021, 9, 9))
    _sent(request, "dh", units, dt.date(2021, 9, 10))
    assert _difficulties(units["sngv"]) == ON_TIME


def test_a_late_answer_is_named(units, outgoing):
    request = outgoing(deadline=dt.date(2021, 9, 10))
    _sent(request, "vp", units, dt.date(2021, 9, 10))
    _sent(request, "dh", units, dt.date(2021, 9, 14))
    university = units["dh"].short_name or units["dh"].name
    assert _difficulties(units["sngv"]) == (
        f"Tuy nhiên, {university} chưa gửi báo cáo đúng thời hạn nên việc tổng hợp còn chậm."
    )


def test_units_that_never_answered_are_named_together(units, outgoing):
    outgoing(deadline=dt.date(2021, 9, 10))  # neither answers; the deadline has long passed
    names = sorted((units[code].short_name or units[code].name) for code in ("vp", "dh"))
    text = _difficulties(units["sngv"])
    assert text.startswith("Tuy nhiên, một số cơ quan, đơn vị (")
    assert text.endswith(") chưa gửi báo cáo đúng thời hạn nên việc tổng hợp còn chậm.")
    assert all(name in text for name in names) and ", " in text


def test_a_request_of_another_period_is_not_this_months_difficulty(units, outgoing):
    outgoing(deadline=dt.date(2021, 10, 10), period="2021-09")
    assert _difficulties(units["sngv"]) == ON_TIME
    assert _difficulties(units["sngv"], "2021-09").endswith(
        "chưa gửi báo cáo đúng thời hạn nên việc tổng hợp còn chậm."
    )


def test_an_answer_not_yet_due_is_not_late(units, outgoing):
    outgoing(deadline=timezone.localdate() + dt.timedelta(days=5), period="2021-08")
    assert _difficulties(units["sngv"]) == ON_TIME


def test_a_unit_reports_no_difficulty_of_the_requests_it_answers(units, outgoing):
    outgoing(deadline=dt.date(2021, 9, 10))  # the university is late to the Sở's request
    assert _difficulties(units["dh"]) == ON_TIME  # its own report counts the requests it sent


def test_lateness_is_as_known_on_the_day_the_figures_are_counted_to(units, outgoing):
    request = outgoing(deadline=dt.date(2021, 9, 10), period="2021-9M")
    _sent(request, "vp", units, dt.date(2021, 9, 9))
    _sent(request, "dh", units, dt.date(2021, 9, 13))  # late, but only known after the 10th
    as_of = dt.date(2021, 9, 5)
    period = parse("2021-9M", as_of=as_of)
    draft = build(GENERAL, build_context(units["sngv"], period, GENERAL))
    assert _after_what_was_done(draft) == ON_TIME
    assert _difficulties(units["sngv"], "2021-9M").startswith(
        f"Tuy nhiên, {units['dh'].short_name or units['dh'].name}"
    )


def test_unit_names_holding_và_are_listed_without_another(units, outgoing):
    from ngoaivu.core.models import Unit

    planning = Unit.objects.create(name="Sở Kế hoạch và Đầu tư", code="SKHĐT", parent=units["committee"])
    request = outgoing(deadline=dt.date(2021, 9, 10), recipients=("vp", "dh"))
    Submission.objects.create(request=request, unit=planning)
    text = _difficulties(units["sngv"])
    assert text.count(" và ") == 1 and "Sở Kế hoạch và Đầu tư" in text


def test_an_answer_sent_on_time_returned_and_sent_again_late_is_not_late(units, outgoing, clock):
    from ngoaivu.collection.services import review, save_answer

    request = outgoing(deadline=dt.date(2021, 9, 10))
    _sent(request, "vp", units, dt.date(2021, 9, 9))
    answer = _sent_and_returned(request, units, clock, dt.date(2021, 9, 9))
    answer.refresh_from_db()
    assert not answer.is_late(dt.date(2021, 9, 10))
    assert answer.is_late(dt.date(2021, 9, 12))  # returned and not sent again: no answer to compile yet
    clock(2021, 9, 14)
    answer = save_answer(answer, {}, {"I.1.a": "Không phát sinh đoàn ra."}, submit=True)
    review(answer, "accept")
    answer.refresh_from_db()
    assert timezone.localdate(answer.submitted_at) == dt.date(2021, 9, 14)
    assert not answer.is_late()  # sent again: judged by its first sending, in time
    assert _difficulties(units["sngv"]) == ON_TIME


def test_an_answer_first_sent_late_stays_late_once_corrected(units, outgoing, clock):
    from ngoaivu.collection.services import save_answer

    request = outgoing(deadline=dt.date(2021, 9, 10), recipients=("dh",))
    answer = _sent_and_returned(request, units, clock, dt.date(2021, 9, 13))
    clock(2021, 9, 14)
    answer.refresh_from_db()
    save_answer(answer, {}, {"I.1.a": "Không phát sinh đoàn ra."}, submit=True)
    university = units["dh"].short_name or units["dh"].name
    assert _difficulties(units["sngv"]).startswith(f"Tuy nhiên, {university}")


def test_an_answer_sent_on_time_returned_and_not_sent_again_is_said_so_not_late(units, outgoing, clock):
    from ngoaivu.collection.services import save_answer

    request = outgoing(deadline=dt.date(2021, 9, 10))
    _sent(request, "vp", units, dt.date(2021, 9, 9))
    answer = _sent_and_returned(request, units, clock, dt.date(2021, 9, 9))
    clock(2021, 9, 20)
    answer.refresh_from_db()
    save_answer(answer, {}, {"I.1.a": "Đang bổ sung."})  # kept as a draft: still returned, not sent again
    university = units["dh"].short_name or units["dh"].name
    assert _difficulties(units["sngv"]) == (
        f"Tuy nhiên, báo cáo của {university} đã được trả lại để chỉnh sửa, chưa được gửi lại."
    )


def test_late_and_returned_answers_are_said_apart(units, outgoing, clock):

    request = outgoing(deadline=dt.date(2021, 9, 10))  # the office never answers: late
    _sent_and_returned(request, units, clock, dt.date(2021, 9, 9))
    clock(2021, 9, 20)
    office, university = ((units[code].short_name or units[code].name) for code in ("vp", "dh"))
    assert _difficulties(units["sngv"]) == (
        f"Tuy nhiên, {office} chưa gửi báo cáo đúng thời hạn nên việc tổng hợp còn chậm. "
        f"Báo cáo của {university} đã được trả lại để chỉnh sửa, chưa được gửi lại."
    )


def test_a_returned_answer_before_its_deadline_is_no_difficulty(units, outgoing, clock):

    request = outgoing(deadline=dt.date(2021, 9, 10), recipients=("dh",))
    _sent_and_returned(request, units, clock, dt.date(2021, 9, 8))
    clock(2021, 9, 9)
    assert _difficulties(units["sngv"]) == ON_TIME
