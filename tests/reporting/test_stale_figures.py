"""A draft whose register changed says so: which sections, on the report and before each step; one
button writes the unedited ones again; a compiled report is never redrafted from the register."""

from datetime import date

import pytest

from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.services import create_report, stale_sections

DELEGATIONS = "I.1.b"  # «b) Công tác lễ tân đối ngoại, tổ chức và quản lý đoàn vào»


@pytest.fixture
def report(units, users, incoming):
    incoming(start_date=date(2021, 8, 10), person_visits=5)
    return create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])


def section(report, key=DELEGATIONS):
    return report.sections.get(key=key)


def test_a_fresh_draft_is_not_stale_and_the_page_says_nothing(report, client_for):
    assert stale_sections(report) == []
    page = client_for("officer").get(f"/bao-cao/{report.pk}/").content.decode()
    assert "stale-figures" not in page and "số liệu đã thay đổi" not in page


def test_a_row_added_after_drafting_names_the_section_and_one_button_redrafts_it(report, client_for, incoming):
    before = section(report).text
    assert "01 đoàn với 05 lượt người" in before
    incoming(start_date=date(2021, 8, 20), person_visits=4)
    assert [s.key for s in stale_sections(report)] == [DELEGATIONS]
    client = client_for("officer")
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert "Số liệu trong sổ theo dõi đã thay đổi sau khi soạn các mục sau" in page
    assert f"<li>{section(report)}</li>" in page and page.count("số liệu đã thay đổi") == 1
    assert section(report).text == before  # showing it changes nothing
    response = client.post(f"/bao-cao/{report.pk}/tao-lai-so-lieu/", follow=True)
    assert "Đã tạo lại các mục có số liệu thay đổi từ sổ theo dõi." in response.content.decode()
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
    assert "Lưu ý: số liệu trong sổ theo dõi đã thay đổi sau khi soạn 01 mục" in page
    Report.objects.filter(pk=report.pk).update(status=Report.Status.SUBMITTED)
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert "báo cáo phải được trả lại để sửa" in page and "tao-lai-so-lieu" not in page
    # and the button cannot be forced: a report no longer a draft is not rewritten
    client.post(f"/bao-cao/{report.pk}/tao-lai-so-lieu/")
    assert "01 đoàn với 05 lượt người" in section(report).text


def test_a_reporter_of_another_unit_cannot_redraft(report, client_for, incoming):
    incoming(start_date=date(2021, 8, 20), person_visits=4)
    response = client_for("other_reporter").post(f"/bao-cao/{report.pk}/tao-lai-so-lieu/")
    assert response.status_code == 404
    assert "01 đoàn với 05 lượt người" in section(report).text


def test_a_compiled_report_is_neither_held_against_nor_redrafted_from_the_register(report, client_for, incoming):
    Report.objects.filter(pk=report.pk).update(compiled=True)
    report.refresh_from_db()
    incoming(start_date=date(2021, 8, 20), person_visits=4)
    assert stale_sections(report) == []
    client = client_for("officer")
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert "Tạo lại từ số liệu" not in page
    response = client.post(f"/bao-cao/{report.pk}/muc/{section(report).pk}/tao-lai/", follow=True)
    assert "không tạo lại từ sổ theo dõi" in response.content.decode()
    assert "01 đoàn với 05 lượt người" in section(report).text
