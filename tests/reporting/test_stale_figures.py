"""A draft whose register changed says so: which sections, on the report and before each step; one
button writes the unedited ones again; a compiled report is never redrafted from the register (its
answers: tests/collection/test_compiled_stale.py)."""

from datetime import date

import pytest
from django.utils import translation

from ngoaivu.reporting.document import split_paragraphs
from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.redrafting import stale_sections
from ngoaivu.reporting.services import create_report

DELEGATIONS = "I.1.b"  # «b) Công tác tổ chức và quản lý đoàn vào»


@pytest.fixture
def report(units, users, incoming):
    incoming(start_date=date(2021, 8, 10), person_visits=5)
    return create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])


def section(report, key=DELEGATIONS):
    return report.sections.get(key=key)


def test_a_fresh_draft_is_not_stale_and_the_page_says_nothing(report, client_for):
    assert stale_sections(report) == []
    page = client_for("officer").get(f"/bao-cao/{report.pk}/").content.decode()
    assert "stale-figures" not in page and "không còn khớp sổ theo dõi" not in page


def test_a_row_added_after_drafting_names_the_section_and_one_button_redrafts_it(report, client_for, incoming):
    before = section(report).text
    assert "01 đoàn với 05 lượt người" in before
    incoming(start_date=date(2021, 8, 20), person_visits=4)
    assert [s.key for s in stale_sections(report)] == [DELEGATIONS]
    client = client_for("officer")
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert "Các mục sau không còn khớp với nội dung soạn từ sổ theo dõi hôm nay" in page
    assert f"<li>{section(report)}</li>" in page and page.count("không còn khớp sổ theo dõi") == 1
    assert section(report).text == before  # showing it changes nothing
    response = client.post(f"/bao-cao/{report.pk}/tao-lai-so-lieu/", follow=True)
    assert "Đã tạo lại 01 mục từ sổ theo dõi." in response.content.decode()
    assert "02 đoàn với 09 lượt người" in section(report).text
    assert stale_sections(report) == []


def test_an_edited_section_is_not_overwritten_but_shown_side_by_side(report, client_for, incoming):
    client = client_for("officer")
    edited = section(report).text + "\n\nĐoàn được Lãnh đạo tỉnh tiếp."
    client.post(f"/bao-cao/{report.pk}/muc/{section(report).pk}/", {"text": edited, "version": section(report).version})
    incoming(start_date=date(2021, 8, 20), person_visits=4)
    response = client.post(f"/bao-cao/{report.pk}/tao-lai-so-lieu/")
    assert response["Location"] == f"/bao-cao/{report.pk}/muc/{section(report).pk}/tao-lai/"
    assert section(report).text == edited  # the officer chooses on the next page


def test_each_step_warns_of_stale_figures_and_a_submitted_report_says_it_must_be_returned(report, client_for, incoming):
    incoming(start_date=date(2021, 8, 20), person_visits=4)
    client = client_for("officer")
    page = client.get(f"/bao-cao/{report.pk}/submit/").content.decode()
    assert "Lưu ý: 01 mục không còn khớp với nội dung soạn từ sổ theo dõi hôm nay" in page
    Report.objects.filter(pk=report.pk).update(status=Report.Status.SUBMITTED)
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert "người duyệt trả lại để sửa" in page and "tao-lai-so-lieu" not in page
    # and the button cannot be forced: a report no longer a draft is not rewritten
    client.post(f"/bao-cao/{report.pk}/tao-lai-so-lieu/")
    assert "01 đoàn với 05 lượt người" in section(report).text


def test_a_reporter_of_another_unit_cannot_redraft(report, client_for, incoming):
    incoming(start_date=date(2021, 8, 20), person_visits=4)
    response = client_for("other_reporter").post(f"/bao-cao/{report.pk}/tao-lai-so-lieu/")
    assert response.status_code == 404
    assert "01 đoàn với 05 lượt người" in section(report).text


def test_a_compiled_report_is_not_redrafted_from_the_register(report, client_for, incoming):
    # Marked compiled, with no request whose answers it compiles: nothing to hold it against.
    Report.objects.filter(pk=report.pk).update(compiled=True)
    report.refresh_from_db()
    incoming(start_date=date(2021, 8, 20), person_visits=4)
    assert stale_sections(report) == []
    client = client_for("officer")
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert "Tạo lại từ số liệu" not in page and "Tổng hợp lại" in page
    response = client.post(f"/bao-cao/{report.pk}/muc/{section(report).pk}/tao-lai/", follow=True)
    assert "Không còn yêu cầu báo cáo mà báo cáo này tổng hợp" in response.content.decode()
    assert "01 đoàn với 05 lượt người" in section(report).text


def test_a_choice_applies_the_text_written_now_never_one_the_page_sends(report, client_for, incoming):
    client = client_for("officer")
    edited = section(report).text + "\n\nĐoạn thêm."
    client.post(f"/bao-cao/{report.pk}/muc/{section(report).pk}/", {"text": edited, "version": section(report).version})
    url = f"/bao-cao/{report.pk}/muc/{section(report).pk}/tao-lai/"
    shown = client.get(url).context["new_text"]
    crafted = client.post(url, {"choice": "new", "new_text": "ghi đè", "version": section(report).version})
    assert crafted.status_code == 200 and "Số liệu đã thay đổi trong lúc bạn đang xem" in crafted.content.decode()
    assert section(report).text == edited
    # The register changes between the page and the choice: the new difference is shown, nothing saved.
    incoming(start_date=date(2021, 8, 20), person_visits=4)
    again = client.post(url, {"choice": "new", "new_text": shown, "version": section(report).version})
    assert again.status_code == 200 and "02 đoàn với 09 lượt người" in again.context["new_text"]
    assert section(report).text == edited
    client.post(url, {"choice": "new", "new_text": again.context["new_text"], "version": section(report).version})
    # The new figures; the paragraph written by hand kept (tests/reporting/test_redraft_keeps_hand_paragraphs.py).
    assert "02 đoàn với 09 lượt người" in section(report).text and section(report).text.endswith("Đoạn thêm.")
    assert split_paragraphs(section(report).text) == [*split_paragraphs(section(report).generated_text), "Đoạn thêm."]


def _task(units, title, number, day, source="programme"):
    from ngoaivu.core.models import LegalDocument
    from ngoaivu.register.models import AssignedTask

    document = LegalDocument.objects.create(
        doc_type="Tờ trình", number=number, issued_on=day, issuer="Sở Ngoại vụ", summary="về " + title.lower()
    )
    return AssignedTask.objects.create(
        unit=units["sngv"],
        title=title,
        year=2021,
        due="q3",
        progress="submitted",
        source=source,
        result_document=document,
    )


def test_a_redraft_brings_its_footnotes_into_the_report_and_the_files_still_render(units, users, client_for):
    from ngoaivu.reporting.document import footnote_marks
    from ngoaivu.reporting.services import to_document

    _task(units, "Xây dựng kế hoạch hợp tác với tỉnh Champasak", "10/TTr-SNgV", date(2021, 8, 5), "other")
    report = create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])
    assert len(report.footnotes) == 1
    _task(units, "Tham mưu đón đoàn Lào", "11/TTr-SNgV", date(2021, 8, 9))  # an earlier section now cites one more
    stale = stale_sections(report)
    assert [s.key for s in stale] == ["I.12.a"]  # the other tasks' section says what it said
    client_for("officer").post(f"/bao-cao/{report.pk}/tao-lai-so-lieu/")
    report.refresh_from_db()
    assert len(report.footnotes) == 2 and stale_sections(report) == []
    marked = sorted(n for s in report.sections.all() for n in footnote_marks(s.text))
    assert marked == [1, 2]  # every mark has its note, numbered in the order they appear
    notes = {s.key: [report.footnotes[n - 1] for n in footnote_marks(s.text)] for s in report.sections.all()}
    assert "11/TTr-SNgV" in notes["I.12.a"][0] and "10/TTr-SNgV" in notes["I.12.b"][0]
    to_document(report)  # the Word and PDF files are made from it: no mark without its note


def test_a_report_drafted_in_english_mode_is_written_in_vietnamese_and_not_stale_in_either(units, users, client):
    _task(units, "Đón đoàn Lào", "12/TTr-SNgV", date(2021, 8, 5))
    with translation.override("en"):
        report = create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])
        assert stale_sections(report) == []
    text = "\n".join(report.sections.values_list("text", flat=True))
    assert "Đã trình UBND tỉnh" in text and "Submitted" not in text and "Quý III" in text
    assert stale_sections(report) == []


def test_an_approved_report_is_told_its_approver_returns_it_to_be_redrafted(report, client_for, incoming):
    incoming(start_date=date(2021, 8, 20), person_visits=4)
    Report.objects.filter(pk=report.pk).update(status=Report.Status.APPROVED)
    page = client_for("officer").get(f"/bao-cao/{report.pk}/").content.decode()
    assert "Báo cáo đã duyệt không sửa được nữa" in page and "người duyệt trả lại (ghi lý do) để soạn lại" in page


def test_a_report_cut_at_a_day_says_which_days_its_figures_count(units, users, incoming):
    incoming(start_date=date(2021, 8, 3), person_visits=5)
    cut = create_report(
        units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"], as_of=date(2021, 8, 20)
    )
    text = section(cut).text
    assert "Từ ngày 01/8/2021 đến ngày 20/8/2021, Sở Ngoại vụ phối hợp hướng dẫn, quản lý 01 đoàn" in text
    assert "Tính chung trong thời gian từ đầu năm đến ngày 20/8/2021" in text
    whole = create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])
    assert (
        "Trong tháng, Sở Ngoại vụ phối hợp" in section(whole).text and "Tính chung trong 8 tháng" in section(whole).text
    )


def test_a_compiled_reports_section_is_still_edited_by_hand(report, client_for):
    Report.objects.filter(pk=report.pk).update(compiled=True)
    client = client_for("officer")
    response = client.post(
        f"/bao-cao/{report.pk}/muc/{section(report).pk}/",
        {"text": "Văn bản sửa tay.", "version": section(report).version},
    )
    assert response.status_code == 302 and section(report).text == "Văn bản sửa tay."


def test_an_issued_report_keeps_its_text_and_says_what_the_register_would_write_now(report, client_for, incoming):
    from ngoaivu.reporting.workflow import issue

    Report.objects.filter(pk=report.pk).update(status=Report.Status.APPROVED)
    report.refresh_from_db()
    issue(report)
    report.refresh_from_db()
    before = section(report).text
    assert stale_sections(report, issued_too=True) == []
    incoming(start_date=date(2021, 8, 20), person_visits=4)  # a row found after the report went out
    assert stale_sections(report) == [] and [s.key for s in stale_sections(report, issued_too=True)] == [DELEGATIONS]
    client = client_for("officer")
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert "Sổ theo dõi đã thay đổi sau khi ban hành" in page and f"<li>{section(report)}</li>" in page
    assert "tao-lai-so-lieu" not in page  # nothing to redraft: the document is frozen
    sources = client.get(f"/bao-cao/{report.pk}/nguon-so-lieu/").content.decode()
    assert "khác với văn bản đã ban hành ở các mục" in sources
    assert section(report).text == before


# A partner country whose localities the province reports apart (PartnerLocality.reported_apart) has a section
# of its own in the review, d) for Laos; a draft made before the flag changed has another set of sections.
LAO = "I.2.d-LA"
AID = "I.2.đ"  # «Công tác vận động và quản lý viện trợ»: d) without a country apart, đ) with Laos


def _lao_review(units, users, apart):
    from ngoaivu.core.models import PartnerLocality
    from ngoaivu.register.models import Agreement, AgreementStep

    sngv = units["sngv"]
    sngv.coordinates_province = True
    sngv.save()
    PartnerLocality.objects.create(name="Champasak", country="LA", reported_apart=apart)
    agreement = Agreement.objects.create(
        unit=sngv, title="Bản ghi nhớ hợp tác với tỉnh Champasak", partner="Tỉnh Champasak", country="LA"
    )
    AgreementStep.objects.create(
        agreement=agreement, step=AgreementStep.Step.PARTY_REVIEW, done_on=date(2021, 5, 31), work_done="Dự thảo"
    )
    return create_report(sngv, ReportTemplate.objects.get(code="review"), "2021-H1", users["officer"])


def _flag(apart):
    from ngoaivu.core.models import PartnerLocality

    PartnerLocality.objects.filter(country="LA").update(reported_apart=apart)


def _outline(report):
    return [(s.key, s.number) for s in report.sections.order_by("position") if s.key.startswith("I.2.")][2:5]


def test_a_partner_section_no_longer_written_is_listed_and_removed_after_confirming_its_text_kept(
    units, users, client_for
):
    from ngoaivu.reporting.models import ReportSection
    from ngoaivu.reporting.outline_changes import changes

    report = _lao_review(units, users, apart=True)
    assert _outline(report) == [("I.2.c", "c"), (LAO, "d"), (AID, "đ")]
    lao_text = section(report, LAO).text
    assert "Về Bản ghi nhớ hợp tác với tỉnh Champasak" in lao_text
    _flag(False)
    stale, dropped, missing = changes(report)
    # the economic area now tells the Lao agreement: stale; the Lao section is no longer written
    assert [s.key for s in stale] == ["I.2.c"] and [d.section.key for d in dropped] == [LAO] and missing == []
    client = client_for("officer")
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert "Mẫu báo cáo hôm nay không còn viết các mục sau của báo cáo này:" in page
    assert "Mẫu không còn viết mục này (không còn địa phương đối tác nào của nước này được đánh dấu" in page
    url = f"/bao-cao/{report.pk}/muc/{section(report, LAO).pk}/go-bo/"
    assert url in page
    submit = client.get(f"/bao-cao/{report.pk}/submit/").content.decode()
    assert "Lưu ý: mẫu báo cáo hôm nay không còn viết 01 mục của báo cáo này: d) Hoạt động hợp tác" in submit
    # redrafting writes the economic area again and leaves the Lao section for the officer to remove
    client.post(f"/bao-cao/{report.pk}/tao-lai-so-lieu/")
    assert "Về Bản ghi nhớ hợp tác với tỉnh Champasak" in section(report, "I.2.c").text
    assert section(report, LAO).text == lao_text
    regenerated = client.post(f"/bao-cao/{report.pk}/muc/{section(report, LAO).pk}/tao-lai/", follow=True)
    assert "Mẫu báo cáo không còn viết mục này nên không tạo lại được" in regenerated.content.decode()
    # the removal asks first: a GET, or a POST without the confirmation, removes nothing
    asked = client.get(url).content.decode()
    assert "Gỡ mục khỏi dự thảo" in asked and "vẫn được lưu trong lịch sử của báo cáo" in asked
    assert "Về Bản ghi nhớ hợp tác với tỉnh Champasak" in asked  # the text it removes, shown
    client.post(url)
    assert report.sections.filter(key=LAO).exists()
    version = section(report, LAO).version
    response = client.post(url, {"confirmed": "1", "version": version}, follow=True)
    assert "Đã gỡ mục «d) Hoạt động hợp tác với các địa phương" in response.content.decode()
    assert not report.sections.filter(key=LAO).exists()
    assert _outline(report) == [("I.2.c", "c"), (AID, "d"), ("I.2.e", "đ")]  # the letters close up
    positions = list(report.sections.order_by("position").values_list("position", flat=True))
    assert positions == sorted(set(positions))
    removed = ReportSection.history.filter(key=LAO, history_type="-").get()
    assert removed.text == lao_text and "mẫu không còn viết mục này" in removed.history_change_reason
    assert changes(report) == ([], [], [])
    assert "dropped-sections" not in client.get(f"/bao-cao/{report.pk}/").content.decode()


def test_a_section_the_template_now_writes_is_listed_and_added_in_its_place(units, users, client_for):
    from ngoaivu.reporting.outline_changes import changes

    report = _lao_review(units, users, apart=False)
    assert _outline(report) == [("I.2.c", "c"), (AID, "d"), ("I.2.e", "đ")]
    _flag(True)
    stale, dropped, missing = changes(report)
    heading = "d) Hoạt động hợp tác với các địa phương của nước Cộng hòa Dân chủ Nhân dân (CHDCND) Lào"
    assert [(m.key, m.label) for m in missing] == [(LAO, heading)] and dropped == []
    assert [s.key for s in stale] == ["I.2.c"]  # the Lao agreement goes to the new section
    client = client_for("officer")
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert "Mẫu báo cáo hôm nay viết thêm các mục sau mà báo cáo này chưa có:" in page and heading in page
    submit = client.get(f"/bao-cao/{report.pk}/submit/").content.decode()
    assert f"Lưu ý: mẫu báo cáo hôm nay viết thêm 01 mục mà báo cáo này chưa có: {heading}." in submit
    response = client.post(f"/bao-cao/{report.pk}/them-muc/", {"key": LAO}, follow=True)
    assert f"Đã thêm mục «{heading}» theo mẫu báo cáo." in response.content.decode()
    assert _outline(report) == [("I.2.c", "c"), (LAO, "d"), (AID, "đ")]
    added = section(report, LAO)
    assert "Về Bản ghi nhớ hợp tác với tỉnh Champasak" in added.text and not added.is_edited
    assert added.history.get().history_type == "+"
    positions = list(report.sections.order_by("position").values_list("position", flat=True))
    assert positions == list(range(len(positions)))
    assert changes(report)[1:] == ([], [])
    # added twice (a second click): refused, nothing changes
    response = client.post(f"/bao-cao/{report.pk}/them-muc/", {"key": LAO}, follow=True)
    assert "Mục này đã có trong dự thảo" in response.content.decode()
    assert report.sections.filter(key=LAO).count() == 1


def test_an_edited_section_no_longer_written_is_removed_only_once_confirmed(units, users, client_for):
    report = _lao_review(units, users, apart=True)
    client = client_for("officer")
    lao = section(report, LAO)
    edited = lao.text + "\n\nĐoàn Champasak được Lãnh đạo tỉnh tiếp."
    client.post(f"/bao-cao/{report.pk}/muc/{lao.pk}/", {"text": edited, "version": lao.version})
    _flag(False)
    version = section(report, LAO).version
    client.post(f"/bao-cao/{report.pk}/tao-lai-so-lieu/")
    url = f"/bao-cao/{report.pk}/muc/{lao.pk}/go-bo/"
    asked = client.post(url).content.decode()
    assert "Mục này đã sửa tay: nội dung đã sửa cũng được gỡ cùng mục." in asked
    assert section(report, LAO).text == edited
    # confirmed from a page that showed an older version: shown again, nothing removed
    client.post(url, {"confirmed": "1", "version": version - 1})
    assert section(report, LAO).text == edited
    client.post(url, {"confirmed": "1", "version": version})
    assert not report.sections.filter(key=LAO).exists()


def test_a_section_still_written_cannot_be_removed(units, users, client_for):
    report = _lao_review(units, users, apart=True)
    lao = section(report, LAO)
    response = client_for("officer").post(
        f"/bao-cao/{report.pk}/muc/{lao.pk}/go-bo/", {"confirmed": "1", "version": lao.version}, follow=True
    )
    assert "Mẫu vẫn viết mục này nên không gỡ." in response.content.decode()
    assert report.sections.filter(key=LAO).exists()


def test_a_reporter_of_another_unit_cannot_remove_or_add_a_section(units, users, client_for):
    from django.test import Client

    report = _lao_review(units, users, apart=True)
    lao = section(report, LAO)
    _flag(False)
    other = Client()
    other.force_login(users["other_reporter"])
    url = f"/bao-cao/{report.pk}/muc/{lao.pk}/go-bo/"
    assert client_for("officer").get(url).status_code == 200  # the officer of the unit is asked
    assert other.get(url).status_code == 404
    assert other.post(url, {"confirmed": "1", "version": lao.version}).status_code == 404
    assert report.sections.filter(key=LAO).exists()
    _flag(True)
    report.sections.filter(key=LAO).delete()  # the section the template writes now is missing
    assert other.post(f"/bao-cao/{report.pk}/them-muc/", {"key": LAO}).status_code == 404
    assert not report.sections.filter(key=LAO).exists()
    client_for("officer").post(f"/bao-cao/{report.pk}/them-muc/", {"key": LAO})
    assert report.sections.filter(key=LAO).exists()


def test_a_report_no_longer_a_draft_lists_the_changes_but_is_not_changed(units, users, client_for):
    report = _lao_review(units, users, apart=True)
    _flag(False)
    Report.objects.filter(pk=report.pk).update(status=Report.Status.SUBMITTED)
    client = client_for("officer")
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert "dropped-sections" in page and "go-bo" not in page and "người duyệt trả lại để sửa" in page
    lao = section(report, LAO)
    client.post(f"/bao-cao/{report.pk}/muc/{lao.pk}/go-bo/", {"confirmed": "1", "version": lao.version})
    assert report.sections.filter(key=LAO).exists()


def test_a_section_under_its_old_key_is_the_same_section_and_redrafted_under_the_new(units, users, client_for):
    from ngoaivu.reporting.outline_changes import changes

    report = _lao_review(units, users, apart=True)
    # drafted before a section was written per partner country: the area of Laos was d), key I.2.d
    report.sections.filter(key=LAO).update(key="I.2.d", text="Nội dung cũ.", generated_text="Nội dung cũ.")
    stale, dropped, missing = changes(report)
    assert [s.key for s in stale] == ["I.2.d"] and dropped == [] and missing == []
    client_for("officer").post(f"/bao-cao/{report.pk}/tao-lai-so-lieu/")
    assert not report.sections.filter(key="I.2.d").exists()
    assert "Về Bản ghi nhớ hợp tác với tỉnh Champasak" in section(report, LAO).text
    assert changes(report) == ([], [], [])
