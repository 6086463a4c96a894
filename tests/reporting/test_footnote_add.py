"""A footnote added to a section by hand (footnote_add): its mark after the words chosen, numbered among the
report's notes and printed at the foot of the page; words the section does not hold are refused beside the box."""

import io

import pytest
from docx import Document

from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report

NOTE = "Công văn số 49/SNgV-HTQT ngày 31/5/2021 của Sở Ngoại vụ."


@pytest.fixture
def report(units, users):
    return create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])


def _url(report, section):
    return f"/bao-cao/{report.pk}/muc/{section.pk}/chu-thich/"


def test_a_note_is_marked_after_the_words_chosen_and_printed_at_the_foot(client_for, report):
    section = report.sections.get(key="I.1.b")
    words = section.text.split(",")[0]  # «- Trong tháng»: the words the mark follows
    officer = client_for("officer")
    page = officer.get(f"/bao-cao/{report.pk}/")
    assert f'href="{_url(report, section)}"' in page.content.decode()
    response = officer.post(_url(report, section), {"note": NOTE, "after": words}, follow=True)
    assert "Đã thêm chú thích vào mục" in response.content.decode()
    section.refresh_from_db()
    report.refresh_from_db()
    number = report.footnotes.index(NOTE) + 1
    assert section.text.startswith(f"{words}[[fn:{number}]]")
    docx = Document(io.BytesIO(officer.get(f"/bao-cao/{report.pk}/tai-ve.docx").content))
    footnotes = next(part for part in docx.part.package.parts if part.partname.endswith("footnotes.xml"))
    assert "49/SNgV-HTQT" in footnotes.blob.decode()


def test_words_the_section_does_not_hold_are_refused_beside_the_box_and_nothing_is_added(client_for, report):
    section = report.sections.get(key="I.1.b")
    kept_text, kept_notes = section.text, list(report.footnotes or [])
    response = client_for("officer").post(_url(report, section), {"note": NOTE, "after": "không có trong mục"})
    assert response.status_code == 200
    assert response.context["form"].errors["after"] == [f"Mục «{section}» không có đoạn «không có trong mục»."]
    assert response.context["form"]["note"].value() == NOTE  # what was typed is kept
    section.refresh_from_db()
    report.refresh_from_db()
    assert section.text == kept_text and list(report.footnotes or []) == kept_notes
    empty = client_for("officer").post(_url(report, section), {"note": "  "})
    assert empty.context["form"].errors["note"]


def test_only_who_may_edit_the_draft_adds_a_note(client_for, report):
    section = report.sections.get(key="I.1.b")
    assert client_for("viewer").post(_url(report, section), {"note": NOTE}).status_code == 403
    assert client_for("reporter").post(_url(report, section), {"note": NOTE}).status_code in (403, 404)
    report.refresh_from_db()
    assert NOTE not in (report.footnotes or [])


def test_a_section_with_no_text_takes_no_note(client_for, report):
    heading = report.sections.get(key="I")  # a heading over its subsections, no text of its own
    assert not heading.text.strip()
    response = client_for("officer").post(_url(report, heading), {"note": NOTE})
    assert response.context["form"].non_field_errors() == [f"Mục «{heading}» chưa có nội dung để đặt chú thích."]
    heading.refresh_from_db()
    assert not heading.text.strip()
    assert _url(report, heading) not in client_for("officer").get(f"/bao-cao/{report.pk}/").content.decode()


def test_a_note_the_section_has_already_is_refused_beside_the_note(client_for, report):
    section = report.sections.get(key="I.1.b")
    officer = client_for("officer")
    officer.post(_url(report, section), {"note": NOTE})
    report.refresh_from_db()
    section.refresh_from_db()
    kept_text, kept_notes = section.text, list(report.footnotes)
    number = kept_notes.index(NOTE) + 1
    again = officer.post(_url(report, section), {"note": f"  {NOTE} "})  # the form sent a second time
    assert again.status_code == 200
    assert again.context["form"].errors["note"] == [f"Mục «{section}» đã có chú thích này (chú thích {number})."]
    section.refresh_from_db()
    report.refresh_from_db()
    assert section.text == kept_text and report.footnotes == kept_notes
    # the same note in another section is a note of its own there
    other = report.sections.get(key="I.1.a")
    assert officer.post(_url(report, other), {"note": NOTE}).status_code == 302
