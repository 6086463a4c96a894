"""Regenerating an edited section (section_regenerate): the two texts side by side, the words that differ marked."""

import pytest
from django.test import Client

from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report


@pytest.fixture
def report(units, users):
    return create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])


def test_the_current_and_the_regenerated_text_are_side_by_side_with_the_changed_words_marked(report, users):
    client = Client()
    client.force_login(users["officer"])
    section = report.sections.get(key="I.4")
    generated = section.text
    edited = generated.replace("không có khoản viện trợ nào", "chưa có khoản viện trợ nào")
    edited += "\n- Làm việc với tổ chức Hội Chữ thập đỏ Hàn Quốc."
    client.post(f"/bao-cao/{report.pk}/muc/{section.pk}/", {"text": edited, "version": section.version})
    response = client.get(f"/bao-cao/{report.pk}/muc/{section.pk}/tao-lai/")
    page = response.content.decode()
    assert response.status_code == 200 and 'class="diff"' not in page  # no unified diff in monospace
    assert "<h1>Tạo lại mục 4. Công tác vận động và quản lý viện trợ" in page
    rows = response.context["rows"]
    assert [row["kind"] for row in rows] == ["changed", "same", "removed"]
    # The edited paragraph: only the word that differs is marked, on each side.
    assert (
        '<td class="old"><p class="doc-body">- Trong tháng, <del>chưa</del> có khoản viện trợ nào được phê duyệt.'
        " Tính chung trong 8 tháng, chưa có khoản viện trợ nào được phê duyệt.</p></td>" in page
    )
    assert (
        '<td class="new"><p class="doc-body">- Trong tháng, <ins>không</ins> có khoản viện trợ nào được phê duyệt.'
        " Tính chung trong 8 tháng, chưa có khoản viện trợ nào được phê duyệt.</p></td>" in page
    )
    # The paragraph both share reads plainly on both sides; the one written by hand, without figures,
    # stands alone and is said to be kept.
    unchanged = generated.split("\n\n")[1]
    assert page.count(f'<p class="doc-body">{unchanged}</p>') == 2
    assert (
        '<td class="old"><p class="doc-body kept">- Làm việc với tổ chức Hội Chữ thập đỏ Hàn Quốc.</p>'
        '<p class="help">Đoạn viết thêm: được giữ khi dùng bản tạo lại.</p></td>' in page
    )
    section.refresh_from_db()
    assert section.text == edited  # showing the difference saves nothing
