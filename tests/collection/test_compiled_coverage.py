"""A compilation by an office that asked itself too, and one whose answers do not cover the province."""

import datetime as dt

from ngoaivu.collection import compilation
from ngoaivu.collection.models import Submission
from ngoaivu.collection.requesting import late_answers
from ngoaivu.collection.services import start
from ngoaivu.core.models import Unit
from ngoaivu.pure.period_parsing import parse


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
    assert "theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị," in sections["I.5.b"]
    # the summary closing part I names the late, not the office
    late = sections["I.summary"].partition("Tuy nhiên, ")[2]
    assert late == "Trường Đại học Phạm Văn Đồng chưa gửi báo cáo đúng thời hạn nên việc tổng hợp còn chậm."
    rows = late_answers(None, units=[units["sngv"]], period=parse("2021-08"))
    assert [row["unit"] for row in rows] == ["Trường Đại học Phạm Văn Đồng"]
    headers = compilation.table(request)["headers"]
    assert headers[:2] == [units["sngv"].name, units["dh"].name]  # its register, first


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
    # The asking Sở's own register is counted too, and said as its source: not claimed for the units.
    assert (
        "Trong tháng, theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, không có tàu và ngư dân bị nước "
        "ngoài bắt giữ." in sections["I.5.b"]
    )


def test_answers_of_every_unit_asked_but_one_do_not_speak_for_the_province(outgoing, units, users):
    _request, sections = _compiled(outgoing, units, users, ("vp", "dh"), accept=["VP"])
    assert "theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, không có tàu" in sections["I.5.b"]


def test_answers_of_every_unit_of_the_province_speak_for_it(outgoing, units, users):
    # The asking Sở's own work is its register's: with every other unit's answer, the province's.
    _request, sections = _compiled(outgoing, units, users, ("vp", "dh"))
    assert "Trong tháng, toàn tỉnh không có tàu và ngư dân bị nước ngoài bắt giữ." in sections["I.5.b"]


def _docx_text(report):
    import io

    import docx

    from ngoaivu.reporting.docx_render import render_docx
    from ngoaivu.reporting.services import to_document

    return [p.text for p in docx.Document(io.BytesIO(render_docx(to_document(report)))).paragraphs]


def _focal_compilation(outgoing, units, users, accept):
    """The focal point's compiled report of August 2021 over the answers of accept: 05 students, 02 boats
    obstructed and no delegation coming in, its DOCX's paragraphs."""
    Unit.objects.filter(pk=units["sngv"].pk).update(coordinates_province=True)
    request = outgoing(recipients=("vp", "dh"))
    values = {"foreign_students": {"count": 5}, "boats_obstructed": {"boats": 2, "fishermen": 5}}
    Submission.objects.filter(request=request, unit=units["dh"]).update(status="accepted", values=values)
    if "vp" in accept:
        Submission.objects.filter(request=request, unit=units["vp"]).update(status="accepted", values={})
    return _docx_text(compilation.compile_report(request, users["officer"]))


def test_the_focal_points_sentences_over_some_units_answers_say_whose_reports_they_count(outgoing, units, users):
    # The Văn phòng has not answered: what the province had, the answers do not say.
    paragraphs = _focal_compilation(outgoing, units, users, accept=["dh"])
    said = "\n".join(paragraphs)
    for sentence in (
        # the Sở's register holds none of them: the answer alone is their source
        "- Tính đến cuối kỳ báo cáo, theo báo cáo của 01 đơn vị, có 05 lưu học sinh đang học tập tại các trường đại "
        "học, cao đẳng trên địa bàn tỉnh.",
        # none, as the answer says too: said once in its paragraph
        "- Trong tháng, theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, không có người nước ngoài đến "
        "làm việc trên địa bàn tỉnh. "
        "Tính chung trong 8 tháng, chưa có người nước ngoài đến làm việc trên địa bàn tỉnh.",
        "- Trong tháng, theo báo cáo của 01 đơn vị, có 02 tàu cá cùng với 05 ngư dân bị nước ngoài ngăn cản",
        "- Trong tháng, theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, không có tàu và ngư dân bị nước ngoài bắt giữ.",
    ):
        assert sentence in said
    assert "toàn tỉnh" not in said.lower()
    assert not [p for p in paragraphs if "cuối kỳ báo cáo, có" in p or p.startswith("- Có ")]


def test_the_focal_points_sentences_over_every_units_answers_speak_for_the_province(outgoing, units, users):
    said = "\n".join(_focal_compilation(outgoing, units, users, accept=["dh", "vp"]))
    for sentence in (
        "- Tính đến cuối kỳ báo cáo, có 05 lưu học sinh đang học tập tại các trường đại học, cao đẳng trên địa bàn "
        "tỉnh.",
        "- Trong tháng, không có người nước ngoài đến làm việc trên địa bàn tỉnh.",
        "Tính chung trong 8 tháng, chưa có người nước ngoài đến làm việc trên địa bàn tỉnh.",
        "- Có 02 tàu cá cùng với 05 ngư dân bị nước ngoài ngăn cản",
        "- Trong tháng, toàn tỉnh không có tàu và ngư dân bị nước ngoài bắt giữ.",
    ):
        assert sentence in said
    assert "theo báo cáo của" not in said
