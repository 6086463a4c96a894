"""What a report does not count: an event only planned, a reply letter (said in its own words, as
seed 003 does), and the unit's own notices among the documents it advised the province to issue."""

from ngoaivu.core.models import Unit
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report


def _report(period):
    return create_report(Unit.objects.get(code="SNgV"), ReportTemplate.objects.get(code="general"), period)


def test_reply_letters_are_said_one_by_one_and_not_counted_as_activities(demo, db):
    economic = _report("2021-08").sections.get(key="I.3").text.split("\n\n")
    assert economic[:2] == [
        "Phúc đáp Tổng Lãnh sự quán Liên bang Nga tại Đà Nẵng về việc tham dự Diễn đàn Phụ nữ Á - Âu lần thứ 3 tại "
        "TP. Saint Petersburg, Liên bang Nga.",
        "Tổng hợp đề xuất nhu cầu hợp tác, xúc tiến thiết lập quan hệ với các nước khu vực Đông Bắc Á (trọng tâm là "
        "Nhật Bản và Hàn Quốc).",
    ]
    assert "hoạt động ngoại giao kinh tế" not in economic[0]
    # The activities of the first half year, in the order they took place: an event by its name, a piece of
    # work as a clause of the sentence, in lower case after the colon (seed 001).
    activities = _report("2021-H1").sections.get(key="I.3").text
    assert activities.startswith(
        "Tổ chức, tham gia 02 hoạt động ngoại giao kinh tế, xúc tiến đầu tư: Hội nghị kinh doanh dành cho các "
        "doanh nghiệp Hàn Quốc"
    )
    assert "; phối hợp Sở Kế hoạch và Đầu tư xây dựng Danh mục dự án kêu gọi" in activities


def test_the_units_own_notice_and_letter_are_not_documents_it_advised(demo, db):
    institutions = _report("2021-H1").sections.get(key="I.9").text
    assert institutions.startswith("Tham mưu ban hành 05 văn bản:")
    assert "541/QĐ-UBND" in institutions
    assert "331/TB-SNgV" not in institutions and "49/SNgV-HTQT" not in institutions


def test_an_event_only_planned_is_not_reported_as_held(demo, db):
    text = "\n".join(section.text for section in _report("2021").sections.all())
    assert "Homestay" not in text
    assert "Tết cổ truyền Bunpimay" in text


def test_the_units_own_documents_are_said_among_its_other_work(demo, db):
    other_work = _report("2021-H1").sections.get(key="I.11")
    # last, after the demo's area of Laos (seed 003's «4.») and the tasks assigned
    assert str(other_work) == "13. Một số công tác khác"
    assert other_work.text.startswith(
        "- Ban hành Thông báo số 331/TB-SNgV ngày 10/5/2021 khuyến khích tổ chức, cá nhân lựa chọn cách thức nộp hồ sơ"
    )  # seed 001
    # The focal point's report names the unit whose own letter it was.
    office = Unit.objects.get(code="VP")
    assert (
        _report("2024")
        .sections.get(key="I.11")
        .text.startswith(f"- {office.short_name} ban hành Công văn số 1821/VP-HCQT ngày 09/8/2024")
    )
    assert _report("2021-08").sections.get(key="I.11").text == (
        "Thực hiện các nhiệm vụ khác theo chức năng, nhiệm vụ được giao."
    )
