"""The on-time rate of the units' answers, per unit, over the last 12 months or a period."""

import datetime as dt

from ngoaivu.collection.compliance import compliance

from .test_compilation import answer


def test_on_time_rate_per_unit_over_twelve_months(outgoing, units):
    old = outgoing(deadline=dt.date(2020, 6, 1))  # more than 12 months before: not counted
    answer(old, units["vp"], "accepted", {}, submitted=dt.datetime(2020, 7, 1))
    first = outgoing(deadline=dt.date(2021, 3, 10))
    answer(first, units["vp"], "accepted", {}, submitted=dt.datetime(2021, 3, 9))
    answer(first, units["dh"], "accepted", {}, submitted=dt.datetime(2021, 3, 15))
    second = outgoing(deadline=dt.date(2021, 8, 10))
    answer(second, units["vp"], "submitted", {}, submitted=dt.datetime(2021, 8, 10, 16))
    outgoing(deadline=dt.date(2021, 10, 10))  # not yet due
    rows = {r["unit"].code: r for r in compliance(dt.date(2021, 9, 1))}
    assert (rows["VP"]["total"], rows["VP"]["on_time"], rows["VP"]["rate"]) == (2, 2, 100)
    university = rows["DHPVD"]
    assert (university["total"], university["on_time"], university["late"], university["rate"]) == (2, 0, 2, 0)


def test_an_answer_returned_after_being_sent_in_time_counts_on_time_once_sent_again(outgoing, units):
    request = outgoing(deadline=dt.date(2021, 8, 10))
    answer(request, units["vp"], "submitted", {}, submitted=dt.datetime(2021, 8, 9, 9))
    answer(request, units["vp"], "returned", {}, submitted=dt.datetime(2021, 8, 9, 9))  # not sent again yet
    rows = {r["unit"].code: r for r in compliance(dt.date(2021, 9, 1))}
    assert (rows["VP"]["on_time"], rows["VP"]["late"]) == (0, 1)  # no answer to compile, past the deadline
    answer(request, units["vp"], "submitted", {}, submitted=dt.datetime(2021, 8, 20, 9))  # sent again, late
    rows = {r["unit"].code: r for r in compliance(dt.date(2021, 9, 1))}
    assert (rows["VP"]["on_time"], rows["VP"]["late"]) == (1, 0)  # judged by its first sending


def test_units_are_listed_in_vietnamese_alphabetical_order(outgoing, units):
    from ngoaivu.core.models import Unit

    radio = Unit.objects.create(name="Đài Phát thanh - Truyền hình tỉnh", code="PTTH", parent=units["sngv"].parent)
    request = outgoing(deadline=dt.date(2021, 3, 10))
    request.submissions.create(unit=radio)
    for unit in (units["vp"], units["dh"], radio):
        answer(request, unit, "accepted", {}, submitted=dt.datetime(2021, 3, 9))
    assert [r["unit"].code for r in compliance(dt.date(2021, 9, 1))] == ["PTTH", "DHPVD", "VP"]  # đ after d, before t
