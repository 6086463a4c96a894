"""A compilation by an office that asked itself too, and one whose answers do not cover the province."""

import datetime as dt

from ngoaivu.collection import compilation
from ngoaivu.collection.models import Submission
from ngoaivu.collection.services import late_answers, start
from ngoaivu.core.models import Unit
from ngoaivu.pure.periods import parse


def _compiled(outgoing, units, users, recipients, accept=None):
    Unit.objects.filter(pk=units["sngv"].pk).update(coordinates_province=True)  # the province's focal point
    units["sngv"].refresh_from_db()
    request = outgoing(recipients=recipients)
    for submission in request.submissions.all():
        start(submission)
    Submission.objects.filter(request=request, unit__code__in=accept or [units[c].code for c in recipients]).update(
        status="accepted"
    )
    report = compilation.compile_report(request, users["officer"])
    return request, dict(report.sections.values_list("key", "text"))


def test_the_asking_office_is_not_one_of_the_units_reporting_to_it(outgoing, units, users, incoming):
    incoming(unit="sngv", start_date=dt.date(2021, 8, 3), person_visits=4)
    incoming(unit="dh", start_date=dt.date(2021, 8, 5), person_visits=6)
    request, sections = _compiled(outgoing, units, users, ("sngv", "dh"))
    delegations = sections["I.1.b"]
    assert "02 đoàn với 10 lượt người" in delegations  # the totals, once: the Sở's own from its register
    # The Sở's own answer (01 group, 04 visitors) is not told again as if it reported to itself…
    assert "01 đoàn với 04 lượt người" not in delegations and "Sở Ngoại vụ:" not in delegations
    assert "Trường Đại học Phạm Văn Đồng phối hợp hướng dẫn, quản lý 01 đoàn với 06" in delegations  # its own, told
    # …nor counted among the units whose reports the figures add up, nor named among those late to answer it.
    assert "theo báo cáo của 01 đơn vị," in sections["I.5.b"]
    assert "Sở Ngoại vụ" not in sections["IV.2"]
    assert "Trường Đại học Phạm Văn Đồng chưa gửi báo cáo đúng thời hạn" in sections["IV.2"]
    rows = late_answers(None, units=[units["sngv"]], period=parse("2021-08"))
    assert [row["unit"] for row in rows] == ["Trường Đại học Phạm Văn Đồng"]
    assert [u.code for u in compilation.table(request)["units"]] == ["SNgV", "DHPVD"]  # its register, first


def test_the_asking_office_s_own_work_is_counted_from_its_register_when_it_is_not_asked(
    outgoing, units, users, incoming
):
    incoming(unit="sngv", start_date=dt.date(2021, 8, 3), person_visits=4)
    incoming(unit="dh", start_date=dt.date(2021, 8, 5), person_visits=6)
    request, sections = _compiled(outgoing, units, users, ("dh",))
    assert "02 đoàn với 10 lượt người" in sections["I.1.b"]
    row = next(
        r for r in compilation.table(request)["rows"] if (r["code"], r["measure"]) == ("incoming_delegations", "groups")
    )
    assert (row["cells"], row["total"]) == ([1, 1], 2)


def test_answers_not_covering_the_province_do_not_speak_for_it(outgoing, units, users):
    # The Văn phòng UBND tỉnh was not asked: the answers are not the province's.
    _request, sections = _compiled(outgoing, units, users, ("dh",))
    assert "toàn tỉnh" not in sections["I.5.b"].lower()
    assert (
        "Trong tháng, theo báo cáo của 01 đơn vị, không có tàu và ngư dân bị nước ngoài bắt giữ." in sections["I.5.b"]
    )


def test_answers_of_every_unit_asked_but_one_do_not_speak_for_the_province(outgoing, units, users):
    _request, sections = _compiled(outgoing, units, users, ("vp", "dh"), accept=["VP"])
    assert "theo báo cáo của 01 đơn vị, không có tàu" in sections["I.5.b"]


def test_answers_of_every_unit_of_the_province_speak_for_it(outgoing, units, users):
    # The asking Sở's own work is its register's: with every other unit's answer, the province's.
    _request, sections = _compiled(outgoing, units, users, ("vp", "dh"))
    assert "Trong tháng, toàn tỉnh không có tàu và ngư dân bị nước ngoài bắt giữ." in sections["I.5.b"]
