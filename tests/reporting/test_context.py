"""The Django side of drafting: only the lists a template names are fetched, as rows of plain data."""

from datetime import date

from django.db import connection
from django.test.utils import CaptureQueriesContext

from ngoaivu.pure.period_parsing import parse
from ngoaivu.register.models import Bulletin, FishingIncident, ForeignResident, OutgoingDelegation
from ngoaivu.reporting.context import build_context
from ngoaivu.reporting.lists import LISTS, build_lists
from ngoaivu.reporting.template_names import indicator_codes
from ngoaivu.reporting.drafting import build
from ngoaivu.reporting.outlines import GENERAL, INTEGRATION_REPORT, REVIEW

NO_LIST = {
    "title": "Công tác đối ngoại {period.label}",
    "sections": [{"number": "I", "heading": "Đoàn ra", "body": ["Cử {outgoing_delegations.groups.period} đoàn."]}],
}


def test_a_comparison_of_measures_named_in_order_names_its_indicator():
    """{abtc.businesspeople,enterprises.compare} alone still has the cards counted for the report."""
    assert indicator_codes({"body": ["Thẻ ABTC ({abtc.businesspeople,enterprises.ytd_compare})."]}) == ["abtc"]


def test_a_template_naming_no_list_builds_none(units):
    context = build_context(units["sngv"], parse("2021-08"), NO_LIST)
    assert context.lists == {}
    with CaptureQueriesContext(connection) as queries:
        assert build_lists([units["sngv"].pk], parse("2021-08"), []) == {}
    assert len(queries) == 0


def test_only_the_named_lists_are_built(units):
    definition = {**NO_LIST, "intro": "Số {lists.bulletins.count}.", "closing": [{"if": "lists.aid", "text": "."}]}
    context = build_context(units["sngv"], parse("2021-08"), definition)
    assert sorted(context.lists) == ["aid", "bulletins"]
    # Every list when no names are given (the compiled report still asks for all).
    assert sorted(build_lists(None, parse("2021-08"))) == sorted(LISTS)


def test_bulletins_are_named_by_their_own_titles_each_title_once(units):
    """The province is in the bulletin's title, not in the template: «Bản tin Đối ngoại Đà Nẵng số 7 và 8»."""
    for number, title in (
        (8, "Bản tin Đối ngoại Đà Nẵng"),
        (3, "Bản tin Kinh tế đối ngoại"),
        (7, "Bản tin Đối ngoại Đà Nẵng"),
    ):
        Bulletin.objects.create(unit=units["sngv"], issue_number=number, title=title, published_on=date(2021, 8, 20))
    lists = build_lists(units["sngv"].scope(), parse("2021-08"), ["bulletins"])
    assert [row["issue"] for row in lists["bulletins"]] == [
        "Bản tin Kinh tế đối ngoại số 3",
        "Bản tin Đối ngoại Đà Nẵng số 7",
        "8",
    ]
    context = build_context(units["sngv"], parse("2021-08"), GENERAL)
    text = "\n".join(section.text for section in build(GENERAL, context).flat())
    assert (
        "Xây dựng nội dung và phát hành 03 Bản tin Kinh tế đối ngoại số 3, Bản tin Đối ngoại Đà Nẵng số 7 và 8." in text
    )
    assert "Quảng Ngãi" not in text


def test_rows_are_plain_data_and_the_template_words_them(units):
    unit = units["sngv"]
    OutgoingDelegation.objects.create(
        unit=unit, title="Làm việc với tỉnh Champasak", persons=4, countries=["KH", "LA"], start_date=date(2021, 8, 9)
    )
    Bulletin.objects.create(unit=unit, issue_number=23, title="Bản tin Đối ngoại", published_on=date(2021, 8, 20))
    period = parse("2021-08")
    lists = build_lists(unit.scope(), period, ["outgoing_delegations", "bulletins"])
    assert lists["outgoing_delegations"] == [
        {
            "month": 8,
            "countries": ["Campuchia", "Lào"],
            "place": "",  # a place is named with one country only
            "verb_first": True,
            "purpose": "",
            "destination": ["Campuchia", "Lào"],  # its title names neither
            "persons": 4,
            "title": "Làm việc với tỉnh Champasak",
            "date": date(2021, 8, 9),
            "end": None,
            "decision": "",
            "first": True,
            "month_first": True,
        }
    ]
    assert lists["bulletins"] == [
        {"number": 23, "title": "Bản tin Đối ngoại", "date": date(2021, 8, 20), "issue": "Bản tin Đối ngoại số 23"}
    ]
    draft = build(INTEGRATION_REPORT, build_context(unit, period, INTEGRATION_REPORT))
    texts = "\n".join(section.text for section in draft.flat())
    assert (
        "Trong tháng 8, Sở Ngoại vụ đã tổ chức đoàn công tác (04 người) đến Campuchia và Lào để làm việc với tỉnh Champasak."
        in texts
    )


def _outgoing_text(unit, period_code="2021-08"):
    period = parse(period_code)
    draft = build(GENERAL, build_context(unit, period, GENERAL, own=True))
    return "\n".join(section.text for section in draft.flat())


def test_only_the_focal_point_examines_the_dossiers_of_outgoing_delegations(units):
    sngv, university = units["sngv"], units["dh"]
    sngv.coordinates_province = True
    sngv.save()
    assert "Sở Ngoại vụ không tiếp nhận hồ sơ thẩm tra, làm thủ tục trình Chủ tịch UBND tỉnh" in _outgoing_text(sngv)
    text = _outgoing_text(university)
    assert "thẩm tra" not in text
    assert "Trong tháng, Trường Đại học Phạm Văn Đồng không cử cán bộ đi công tác nước ngoài." in text
    OutgoingDelegation.objects.create(
        unit=university, title="Trao đổi sinh viên", persons=3, countries=["LA"], start_date=date(2021, 8, 9)
    )
    text = _outgoing_text(university)
    assert "Trong tháng, Trường Đại học Phạm Văn Đồng cử 01 đoàn với 03 lượt cán bộ đi công tác nước ngoài (" in text
    assert "Thẩm tra hồ sơ" not in text
    OutgoingDelegation.objects.create(
        unit=sngv, title="Làm việc tại Lào", persons=2, countries=["LA"], start_date=date(2021, 8, 10)
    )
    assert "Thẩm tra hồ sơ, trình Chủ tịch UBND tỉnh ra quyết định cử 01 đoàn với 02 lượt cán bộ" in _outgoing_text(
        sngv
    )


def test_outgoing_persons_are_compared_in_the_sentences_own_unit(units):
    # The sentence counts "lượt cán bộ"; its comparison must count visits too, not "người".
    university = units["dh"]
    for day, persons in ((date(2020, 8, 3), 2), (date(2021, 8, 9), 3), (date(2021, 8, 20), 4)):
        OutgoingDelegation.objects.create(
            unit=university, title="Trao đổi", persons=persons, countries=["LA"], start_date=day
        )
    text = _outgoing_text(university)
    assert "cử 02 đoàn với 07 lượt cán bộ đi công tác nước ngoài (tăng 01 đoàn với 05 lượt người so với cùng kỳ" in text


def test_a_trip_on_private_business_is_no_delegation_sent(units):
    university = units["dh"]
    OutgoingDelegation.objects.create(
        unit=university, title="Đi du lịch", persons=1, countries=["TH"], start_date=date(2021, 8, 9), nature="private"
    )
    text = _outgoing_text(university)
    assert "không cử cán bộ đi công tác nước ngoài" in text and " cử 01 đoàn" not in text
    assert "Ngoài ra, có 01 lượt cán bộ, công chức đi nước ngoài về việc riêng." in text
    assert "không có cán bộ công chức đi công tác nước ngoài về việc công và cả việc riêng" not in text


def test_only_the_focal_point_speaks_for_the_province(units):
    sngv, university = units["sngv"], units["dh"]
    sngv.coordinates_province = True
    sngv.save()
    focal = _outgoing_text(sngv)
    assert "toàn tỉnh không có tàu và ngư dân bị nước ngoài bắt giữ" in focal
    assert "không có người nước ngoài đến làm việc trên địa bàn tỉnh" in focal
    assert "Tuy nhiên" not in focal  # no request was late (collection): the summary names no unit
    text = _outgoing_text(university)
    for province_words in (
        "toàn tỉnh",
        "Toàn tỉnh",
        "không có người nước ngoài đến làm việc trên địa bàn tỉnh",
        "các trường đại học, cao đẳng trên địa bàn tỉnh",
        "Bản tin Đối ngoại",
        "chưa gửi báo cáo",
        "00 đoàn",
    ):
        assert province_words not in text, province_words
    assert "Tính chung trong 8 tháng, Trường Đại học Phạm Văn Đồng chưa có đoàn khách nước ngoài" in text
    assert "Trong tháng, Trường Đại học Phạm Văn Đồng không có đoàn khách nước ngoài đến làm việc." in text
    assert "Trong tháng, Trường Đại học Phạm Văn Đồng không tiếp nhận, quản lý lưu học sinh nước ngoài." in text
    ForeignResident.objects.create(
        unit=university, name="Lưu học sinh Lào", country="LA", persons=140, arrived_on=date(2020, 9, 1)
    )
    FishingIncident.objects.create(
        unit=university, boat_number="QNg 1 TS", country="CN", occurred_on=date(2021, 8, 3), fishermen=7
    )
    text = _outgoing_text(university)
    assert "Tính đến cuối kỳ báo cáo, Trường Đại học Phạm Văn Đồng có 140 lưu học sinh đang học tập." in text
    assert "Trường Đại học Phạm Văn Đồng ghi nhận 01 tàu cá cùng 07 ngư dân bị nước ngoài bắt giữ" in text
    assert "Trường Đại học Phạm Văn Đồng ghi nhận còn 01 tàu cá cùng 07 ngư dân đang bị các nước bắt giữ." in text


def test_without_a_leaders_account_the_heads_title_signs(units):
    from ngoaivu.reporting.services import default_signer

    assert default_signer(units["dh"]) == ("", "HIỆU TRƯỞNG", "")
    assert default_signer(units["committee"]) == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "")
    assert default_signer(units["vp"]) == ("", "CHÁNH VĂN PHÒNG", "")
    assert default_signer(units["province"]) == ("", "", "")  # no head by kind: left to the officer


def test_a_thematic_report_goes_to_the_focal_point_of_its_time(units):
    from ngoaivu.reporting.outlines import PEOPLES_DIPLOMACY

    def recipients(unit):
        period = parse("2021")
        return build(PEOPLES_DIPLOMACY, build_context(unit, period, PEOPLES_DIPLOMACY)).recipients

    assert recipients(units["vp"]) == [
        "UBND tỉnh",
        "VP: CVP, các PCVP",
        "Lưu: VT",
    ]  # no focal point recorded: the committee
    units["sngv"].coordinates_province = True
    units["sngv"].save()
    assert recipients(units["vp"]) == ["Sở Ngoại vụ", "VP: CVP, các PCVP", "Lưu: VT"]
    assert recipients(units["sngv"]) == ["UBND tỉnh", "Lưu: VT"]  # not sent to itself: to the committee


def test_no_comparison_with_a_year_the_register_does_not_hold(units, incoming):
    """A unit that began its register on 01/3/2022 compares 2023 with 2022, never 2022 with 2021."""
    from ngoaivu.core.lineage import recorded_from
    from ngoaivu.core.models import Unit

    sngv = units["sngv"]
    Unit.objects.filter(pk=sngv.pk).update(coordinates_province=True, recorded_since=date(2022, 3, 1))
    sngv.refresh_from_db()
    incoming(start_date=date(2022, 8, 10), person_visits=4)
    incoming(start_date=date(2023, 8, 10), person_visits=6)
    text = _outgoing_text(sngv, "2022-08")
    assert (
        "01 đoàn với 04 lượt người nước ngoài đến học tập, làm việc trên địa bàn tỉnh (chưa có số liệu cùng kỳ năm 2021 để so sánh)."
        in text
    )
    assert "tăng 01 đoàn" not in text
    text = _outgoing_text(sngv, "2023-08")
    assert "(bằng về số đoàn, tăng 02 lượt người so với cùng kỳ năm 2022)." in text
    # The year to date compares with January to August 2022, whose first two months were not entered.
    assert "Tính chung trong 8 tháng, Sở Ngoại vụ phối hợp hướng dẫn, quản lý 01 đoàn với 06 lượt người" in text
    assert text.count("(chưa có số liệu cùng kỳ năm 2022 để so sánh)") == 1
    # A unit that only began to exist when its register began holds every day of it.
    Unit.objects.filter(pk=sngv.pk).update(started_on=date(2022, 3, 1))
    assert recorded_from(sngv.scope(date(2023, 8, 31)), date(2022, 1, 1), date(2022, 8, 31))
    # Another unit's late register matters only where its rows count, and while it existed.
    dh = units["dh"]
    Unit.objects.filter(pk=dh.pk).update(recorded_since=date(2023, 1, 1))
    assert recorded_from(sngv.scope(date(2023, 8, 31), own=True), date(2022, 1, 1), date(2022, 8, 31))
    assert not recorded_from(None, date(2022, 1, 1), date(2022, 8, 31))
    Unit.objects.filter(pk=dh.pk).update(started_on=date(2022, 10, 1))  # began after that August, entered late
    assert recorded_from(None, date(2022, 1, 1), date(2022, 8, 31))


def test_the_words_of_a_unit_are_those_a_template_is_tried_with(units):
    from ngoaivu.reporting.context import UNIT_WORDS, unit_words

    assert tuple(unit_words(units["dh"])) == UNIT_WORDS


def test_a_section_with_nothing_under_it_says_nothing_happened(units, users):
    from ngoaivu.reporting.models import ReportTemplate
    from ngoaivu.reporting.services import create_report, to_document

    report = create_report(units["dh"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])
    fishermen = report.sections.get(heading__startswith="Công tác bảo hộ ngư dân")
    assert fishermen.text == ""  # the register's draft is kept as written; the document says it
    flat, stack = [], list(to_document(report).sections)
    while stack:
        section = stack.pop(0)
        flat.append(section)
        stack = list(section.children) + stack
    leaves = {section.heading: section.paragraphs for section in flat if not section.children}
    assert leaves["Công tác bảo hộ ngư dân và tàu thuyền"] == ["Không phát sinh."]
    assert all(paragraphs for paragraphs in leaves.values())


def test_a_task_not_done_by_its_past_due_day_is_said_late(units):
    from ngoaivu.reporting.lists import build_lists
    from ngoaivu.register.models import AssignedTask

    for title, due in (("Nhiệm vụ quý II", "q2"), ("Nhiệm vụ quý IV", "q4")):
        AssignedTask.objects.create(
            unit=units["sngv"], title=title, year=2021, due=due, progress="in_progress", source="programme"
        )
    rows = build_lists(units["sngv"].scope(), parse("2021-08"), ["tasks_programme"])["tasks_programme"]
    progress = {row["title"]: row["progress"] for row in rows}
    assert progress == {
        "Nhiệm vụ quý II": "Đang triển khai thực hiện (quá hạn)",
        "Nhiệm vụ quý IV": "Đang triển khai thực hiện",
    }


def test_a_note_announcing_a_time_already_past_is_not_printed(units):
    from ngoaivu.reporting.context import build_lists
    from ngoaivu.register.models import AssignedTask

    note = "Đang triển khai thực hiện, dự kiến tổ chức vào tháng 9 - 11/2021"
    AssignedTask.objects.create(
        unit=units["sngv"],
        title="Hội nghị",
        year=2021,
        due="year",
        progress="in_progress",
        source="other",
        progress_note=note + ".",
    )

    def progress(month):
        rows = build_lists(units["sngv"].scope(), parse(month), ["tasks_other"])["tasks_other"]
        return rows[0]["progress"]

    assert progress("2021-10") == note  # still ahead: the officer's words
    assert progress("2021-12") == "Đang triển khai thực hiện (quá hạn)"  # past: late on the time announced


def test_the_outgoing_year_to_date_is_compared_too(units):
    university = units["dh"]
    for day in (date(2020, 3, 3), date(2021, 3, 9), date(2021, 8, 9)):
        OutgoingDelegation.objects.create(
            unit=university, title="Trao đổi", persons=2, countries=["LA"], start_date=day
        )
    text = _outgoing_text(university)
    assert "Tính chung trong 8 tháng, có 02 đoàn với 04 lượt cán bộ đi công tác nước ngoài (tăng 01 đoàn" in text
    # December's year to date is the whole year, worded as the delegations coming in are («Tính chung trong …»)
    assert "Tính chung trong cả năm, có 02 đoàn với 04 lượt cán bộ" in _outgoing_text(university, "2021-12")


def _closing_and_recipients(unit, letter=None):
    period = parse("2021-08")
    draft = build(GENERAL, build_context(unit, period, GENERAL, letter=letter, own=True))
    return draft.closing, draft.recipients


def test_the_focal_point_reports_to_the_committee_and_another_unit_to_the_focal_point(units):
    sngv, university = units["sngv"], units["dh"]
    sngv.coordinates_province = True
    sngv.save()
    closing, recipients = _closing_and_recipients(sngv)
    assert closing == "Sở Ngoại vụ kính báo cáo UBND tỉnh./."
    assert recipients == [
        "UBND tỉnh",
        "Văn phòng Tỉnh ủy",
        "Cục Ngoại vụ",
        "Sở Kế hoạch và Đầu tư",
        "Công an tỉnh",
        "Cục Thống kê tỉnh",
        "SNgV: GĐ, các PGĐ, các phòng trực thuộc",
        "Lưu: VT, TH",
    ]
    closing, recipients = _closing_and_recipients(university)
    name = university.short_name or university.name
    assert closing == f"{name} kính gửi Sở Ngoại vụ tổng hợp./."
    assert recipients == ["Sở Ngoại vụ", "Lưu: VT"]


def test_the_review_is_titled_as_seed_001_and_the_general_report_by_its_period(units):
    def title(template, unit, code):
        return build(template, build_context(unit, parse(code), template)).title

    sngv = units["sngv"]
    sngv.coordinates_province = True
    sngv.save()
    assert title(REVIEW, sngv, "2021-H1") == (
        "Kiểm điểm công tác chỉ đạo, điều hành thực hiện nhiệm vụ 6 tháng đầu năm 2021 của Sở Ngoại vụ"
    )
    assert title(REVIEW, sngv, "2021") == (
        "Kiểm điểm công tác chỉ đạo, điều hành thực hiện nhiệm vụ năm 2021 của Sở Ngoại vụ"
    )
    assert title(GENERAL, sngv, "2021-08") == "Công tác đối ngoại tháng 8/2021"  # seed 003
    assert title(GENERAL, sngv, "2021-H1") == "Công tác đối ngoại 6 tháng đầu năm 2021"
    # Another unit reviews its foreign-affairs duties, the only ones the register follows.
    assert title(REVIEW, units["dh"], "2021-H1").startswith(
        "Kiểm điểm công tác chỉ đạo, điều hành thực hiện nhiệm vụ đối ngoại 6 tháng đầu năm 2021 của "
    )
    # A Văn phòng UBND tỉnh that took the duty reviews its foreign-affairs work, not all its duties.
    sngv.coordinates_province = False
    sngv.save()
    office = units["vp"]
    office.coordinates_province = True
    office.save()
    assert title(REVIEW, office, "2021-H1").startswith(
        "Kiểm điểm công tác chỉ đạo, điều hành thực hiện nhiệm vụ đối ngoại 6 tháng"
    )


def test_a_unit_answering_a_letter_sends_it_to_whoever_asked(units):
    from ngoaivu.core.models import LegalDocument

    letter = LegalDocument.objects.create(
        doc_type="Công văn", number="1353/SNgV-ĐN", issued_on=date(2021, 9, 1), issuer="Sở Ngoại vụ tỉnh Quảng Ngãi"
    )
    closing, recipients = _closing_and_recipients(units["dh"], letter)
    assert closing.endswith("kính gửi Sở Ngoại vụ tỉnh Quảng Ngãi tổng hợp./.")
    assert recipients == ["Sở Ngoại vụ tỉnh Quảng Ngãi", "Lưu: VT"]  # Nơi nhận as the closing says


def test_with_no_focal_point_a_unit_reports_to_the_committee(units):
    closing, recipients = _closing_and_recipients(units["dh"])  # no unit coordinates the province here
    assert closing.endswith("kính báo cáo UBND tỉnh./.") and recipients == ["UBND tỉnh", "Lưu: VT"]


def test_a_report_goes_to_whoever_holds_the_duty_when_it_is_sent(units):
    """The Sở hands the focal duty to the Văn phòng on 01/3/2025: a February report goes to the Văn phòng."""
    from ngoaivu.core.models import Succession

    sngv, vp, university = units["sngv"], units["vp"], units["dh"]
    for unit in (sngv, vp):
        unit.coordinates_province = True
        unit.save()
    Succession.objects.create(predecessor=sngv, successor=vp, kind=Succession.Kind.MERGE, effective_on=date(2025, 3, 1))
    period = parse("2025-02")
    draft = build(GENERAL, build_context(university, period, GENERAL, own=True))
    assert draft.closing.endswith("kính gửi Văn phòng UBND tỉnh tổng hợp./.")
    december = build(GENERAL, build_context(university, parse("2024-12"), GENERAL, own=True))
    assert december.closing.endswith("kính gửi Sở Ngoại vụ tổng hợp./.")
    # The Văn phòng's own February report is sent once it holds the duty itself: to the UBND tỉnh, not to itself.
    own = build(GENERAL, build_context(vp, period, GENERAL, own=True))
    assert own.closing.endswith("kính báo cáo UBND tỉnh./.") and "UBND tỉnh" in own.recipients
