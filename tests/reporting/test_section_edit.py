"""Editing a report section (section_edit): one line is one paragraph, a preview before saving, the heading as written."""

import io

import pytest
from django.test import Client
from docx import Document

from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report

# As a browser sends a textarea: CRLF line ends, items typed after a single Enter.
TYPED = (
    "Trong tháng, Sở Ngoại vụ tiếp 02 đoàn khách quốc tế.\r\n"
    "- Đoàn Tổng Lãnh sự quán Nhật Bản tại Đà Nẵng;\r\n"
    "+ làm việc với UBND tỉnh về hợp tác nông nghiệp;\r\n"
    "- Đoàn Đại sứ quán Hàn Quốc.\r\n"
    "\r\n"
    "Tính chung 8 tháng, có 05 đoàn với 23 lượt người."
)
PARAGRAPHS = [
    "Trong tháng, Sở Ngoại vụ tiếp 02 đoàn khách quốc tế.",
    "- Đoàn Tổng Lãnh sự quán Nhật Bản tại Đà Nẵng;",
    "+ làm việc với UBND tỉnh về hợp tác nông nghiệp;",
    "- Đoàn Đại sứ quán Hàn Quốc.",
    "Tính chung 8 tháng, có 05 đoàn với 23 lượt người.",
]


@pytest.fixture
def report(units, users):
    return create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])


@pytest.fixture
def officer(users):
    client = Client()
    client.force_login(users["officer"])
    return client


def test_items_typed_after_a_single_enter_are_paragraphs_of_their_own_in_the_page_and_the_docx(report, officer):
    section = report.sections.get(key="I.1.b")
    url = f"/bao-cao/{report.pk}/muc/{section.pk}/"
    saved = officer.post(url, {"text": TYPED, "version": section.version}, follow=True)
    assert "Đã lưu mục b) Công tác tổ chức và quản lý đoàn vào." in saved.content.decode()
    page = saved.content.decode()
    for text in PARAGRAPHS:
        assert f'<p class="doc-body">{text}</p>' in page
    body = [p.text for p in Document(io.BytesIO(officer.get(f"/bao-cao/{report.pk}/tai-ve.docx").content)).paragraphs]
    heading = body.index("b) Công tác tổ chức và quản lý đoàn vào")
    assert body[heading + 1 : heading + 6] == PARAGRAPHS
    assert (
        body[heading + 6]
        == "2. Công tác triển khai thực hiện các chủ trương, chính sách của Đảng và pháp luật của Nhà nước về công tác đối ngoại, hội nhập quốc tế"
    )  # nothing joined, nothing left over


def test_the_heading_keeps_the_parenthesis_of_its_letter(report, officer):
    section = report.sections.get(key="I.1.b")
    page = officer.get(f"/bao-cao/{report.pk}/muc/{section.pk}/").content.decode()
    assert "<h1>Sửa mục b) Công tác tổ chức và quản lý đoàn vào</h1>" in page
    numbered = report.sections.get(key="I.2")
    page = officer.get(f"/bao-cao/{report.pk}/muc/{numbered.pk}/").content.decode()
    assert (
        "<h1>Sửa mục 2. Công tác triển khai thực hiện các chủ trương, chính sách của Đảng và pháp luật của Nhà nước về công tác đối ngoại, hội nhập quốc tế</h1>"
        in page
    )


def test_the_page_shows_the_section_as_rendered_beside_the_text_box(report, officer):
    section = report.sections.get(key="I.4")
    page = officer.get(f"/bao-cao/{report.pk}/muc/{section.pk}/").content.decode()
    preview = page[page.index('class="preview"') :]
    assert (
        '<p class="doc-body">- Trong tháng, không có khoản viện trợ nào được phê duyệt. Tính chung trong 8 tháng, chưa có khoản viện trợ nào được phê duyệt.</p>'
        in preview
    )


def test_preview_renders_the_typed_text_and_saves_nothing(report, officer):
    section = report.sections.get(key="I.1.b")
    url = f"/bao-cao/{report.pk}/muc/{section.pk}/"
    response = officer.post(url, {"text": TYPED, "version": section.version, "preview": "1"})
    assert response.status_code == 200
    page = response.content.decode()
    preview = page[page.index('class="preview"') :]
    assert [f'<p class="doc-body">{text}</p>' in preview for text in PARAGRAPHS] == [True] * 5
    # The text box keeps what was typed, with the version it started from, ready to save.
    assert "- Đoàn Đại sứ quán Hàn Quốc." in page[: page.index('class="preview"')]
    assert f'name="version" value="{section.version}"' in page
    before = (section.text, section.version)
    section.refresh_from_db()
    assert (section.text, section.version) == before
    assert officer.post(url, {"text": TYPED, "version": section.version}).status_code == 302
    section.refresh_from_db()
    assert section.text == TYPED.replace("\r\n", "\n")


def test_preview_shows_the_footnotes_the_text_marks(report, officer):
    report.footnotes = ["Quyết định số 06/2021/QĐ-UBND ngày 18/3/2021 của UBND tỉnh."]
    report.save()
    section = report.sections.get(key="I.9")
    url = f"/bao-cao/{report.pk}/muc/{section.pk}/"
    text = "Tham mưu ban hành Quy chế quản lý đoàn ra, đoàn vào[[fn:1]]."
    page = officer.post(url, {"text": text, "version": section.version, "preview": "1"}).content.decode()
    preview = page[page.index('class="preview"') :]
    assert 'đoàn vào<sup><a href="#fn1">1</a></sup>.' in preview
    assert "Quyết định số 06/2021/QĐ-UBND ngày 18/3/2021 của UBND tỉnh." in preview


def test_a_footnote_mark_without_its_note_is_refused_and_the_document_still_downloads(report, officer):
    section = report.sections.get(key="I.1.b")
    url = f"/bao-cao/{report.pk}/muc/{section.pk}/"
    page = officer.post(url, {"text": "Sở tiếp 02 đoàn.[[fn:9]]", "version": section.version}).content.decode()
    assert "Chú thích [[fn:9]] không có trong báo cáo" in page
    section.refresh_from_db()
    assert "[[fn:9]]" not in section.text
    assert officer.get(f"/bao-cao/{report.pk}/tai-ve.docx").status_code == 200


def test_a_footnote_is_marked_once_in_the_whole_report(report, officer):
    report.footnotes = ["Quyết định số 06/2021/QĐ-UBND ngày 18/3/2021 của UBND tỉnh."]
    report.save()
    marked = report.sections.get(key="I.9")
    marked.text = "Tham mưu ban hành Quy chế quản lý đoàn ra, đoàn vào[[fn:1]]."
    marked.save()
    other = report.sections.get(key="I.1.b")
    url = f"/bao-cao/{report.pk}/muc/{other.pk}/"
    page = officer.post(url, {"text": "Sở tiếp 02 đoàn[[fn:1]].", "version": other.version}).content.decode()
    assert "Chú thích [[fn:1]] đã được dẫn ở chỗ khác trong báo cáo" in page
    other.refresh_from_db()
    assert "[[fn:1]]" not in other.text
    # The section that holds the mark keeps it through an edit of its words.
    url = f"/bao-cao/{report.pk}/muc/{marked.pk}/"
    response = officer.post(url, {"text": marked.text + "\nThêm một câu.", "version": marked.version})
    assert response.status_code == 302
    marked.refresh_from_db()
    assert marked.text.endswith("Thêm một câu.") and "[[fn:1]]" in marked.text


def test_a_section_is_named_with_its_bracket(report):
    assert str(report.sections.get(key="I.1.b")) == "b) Công tác tổ chức và quản lý đoàn vào"


def test_a_footnote_mark_without_its_note_in_the_opening_is_refused(report, officer):
    data = {
        "title": report.title,
        "intro": report.intro + "[[fn:7]]",
        "closing": report.closing,
        "recipients": report.recipients,
        "signer_authority": report.signer_authority,
        "signer_title": report.signer_title,
        "signer_name": report.signer_name,
    }
    page = officer.post(f"/bao-cao/{report.pk}/sua/", data).content.decode()
    assert "Chú thích [[fn:7]] không có trong báo cáo" in page
    report.refresh_from_db()
    assert "[[fn:7]]" not in report.intro
    assert officer.get(f"/bao-cao/{report.pk}/tai-ve.docx").status_code == 200


def test_an_opening_or_recipients_pasted_whole_are_refused_beside_their_box_and_kept(report, officer):
    pasted = "Mở đầu." * 3_000  # 21.000 characters
    data = {
        "title": report.title,
        "intro": pasted,
        "closing": report.closing,
        "recipients": pasted,
        "signer_authority": report.signer_authority,
        "signer_title": report.signer_title,
        "signer_name": report.signer_name,
    }
    response = officer.post(f"/bao-cao/{report.pk}/sua/", data)
    assert response.status_code == 200
    form = response.context["form"]
    said = "Nội dung dài 21.000 ký tự, vượt quá giới hạn 20.000 ký tự; vui lòng rút gọn."
    assert form.errors["intro"] == [said] and form.errors["recipients"] == [said]
    assert form["intro"].value() == pasted  # what was typed is kept in the box
    kept = report.intro
    report.refresh_from_db()
    assert report.intro == kept


def test_a_section_saved_as_it_was_says_nothing_changed_and_keeps_its_version(report, officer):
    section = report.sections.get(key="I.1.b")
    url = f"/bao-cao/{report.pk}/muc/{section.pk}/"
    officer.post(url, {"text": TYPED, "version": section.version}, follow=True)  # its message shown
    section.refresh_from_db()
    again = officer.post(url, {"text": section.text, "version": section.version}, follow=True)
    page = again.content.decode()
    assert "Không có thay đổi nào; bản ghi giữ nguyên." in page and "Đã lưu mục" not in page
    kept = section.version
    section.refresh_from_db()
    assert section.version == kept


def test_an_empty_section_and_bare_counts_are_asked_about_before_saving(report, officer):
    section = report.sections.get(key="I.1.b")
    url = f"/bao-cao/{report.pk}/muc/{section.pk}/"
    for text, warning in (
        ("", "Mục để trống: báo cáo sẽ có đề mục này mà không có nội dung."),
        ("Trong tháng, tiếp 5 đoàn với 3 lượt người.", "«5 đoàn» → «05 đoàn»; «3 lượt» → «03 lượt»"),
        (
            "Năm 2024, đón 1234567 lượt người theo Công văn số 1353/SNgV.",
            "Số từ 1.000 trở lên nên có dấu chấm phân cách hàng nghìn: «1234567 lượt» → «1.234.567 lượt».",
        ),
    ):
        asked = officer.post(url, {"text": text, "version": section.version})
        assert asked.status_code == 200 and warning in asked.content.decode()
        seal = asked.context["form"].warnings_seal
        saved = officer.post(
            url, {"text": text, "version": section.version, "warnings_checked": "1", "warnings_seen": seal}
        )
        assert saved.status_code == 302
        section.refresh_from_db()
        assert section.text == text  # kept as typed: a figure is never changed behind the writer's back


def test_a_save_asked_about_previews_the_text_typed_not_the_one_stored(report, officer):
    section = report.sections.get(key="I.1.b")
    url = f"/bao-cao/{report.pk}/muc/{section.pk}/"
    typed = "Trong tháng, tiếp 5 đoàn khách quốc tế."
    page = officer.post(url, {"text": typed, "version": section.version}).content.decode()
    assert "«5 đoàn» → «05 đoàn»" in page
    preview = page[page.index('class="preview"') :]
    assert f'<p class="doc-body">{typed}</p>' in preview
    assert section.text.splitlines()[0] not in preview


def test_a_section_over_its_length_is_refused_in_words(report, officer):
    section = report.sections.get(key="I.1.b")
    url = f"/bao-cao/{report.pk}/muc/{section.pk}/"
    pasted = ("Đoàn công tác. " * 13_334).strip()
    refused = officer.post(url, {"text": pasted, "version": section.version})
    assert "Nội dung dài 200.009 ký tự, vượt quá giới hạn 100.000 ký tự; vui lòng rút gọn." in refused.content.decode()
    section.refresh_from_db()
    assert section.text != pasted
