"""«Dùng bản tạo lại» on an edited section: the drafted paragraphs take the new figures, the paragraphs
written by hand stay where they were; the text replaced stays in the section's history, shown on its
edit page to be copied back."""

from datetime import date

import pytest

from ngoaivu.reporting.models import ReportSection, ReportTemplate
from ngoaivu.reporting.redrafting import REPLACED, dropped_paragraphs, with_added
from ngoaivu.reporting.services import create_report

DELEGATIONS = "I.1.b"
HAND = "Đoàn được Lãnh đạo tỉnh tiếp, trao đổi về hợp tác giáo dục."


@pytest.fixture
def report(units, users, incoming):
    incoming(start_date=date(2021, 8, 10), person_visits=5)
    return create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])


def section(report):
    return report.sections.get(key=DELEGATIONS)


def test_a_hand_paragraph_keeps_its_place_and_an_edited_drafted_one_takes_the_new_figures():
    first = "Trong tháng, tỉnh đón 01 đoàn với 05 lượt người vào làm việc."
    second = "Các đoàn đều được quản lý theo quy định, không phát sinh vụ việc."
    old = ReportSection(generated_text=f"{first}\n{second}", text=f"{first}\n{HAND}\n{second} Đã báo cáo Bộ.")
    new_first, new_second = first.replace("01 đoàn với 05", "02 đoàn với 09"), second.replace("đều", "nay đều")
    assert with_added(old, f"{new_first}\n{new_second}") == f"{new_first}\n{HAND}\n{new_second}"
    unedited = ReportSection(generated_text=first, text=first)
    assert with_added(unedited, new_first) == new_first


def test_using_the_new_text_keeps_the_hand_paragraph_and_the_old_text_is_recoverable(report, client_for, incoming):
    client = client_for("officer")
    old_text = section(report).text + "\n\n" + HAND
    client.post(
        f"/bao-cao/{report.pk}/muc/{section(report).pk}/", {"text": old_text, "version": section(report).version}
    )
    incoming(start_date=date(2021, 8, 20), person_visits=4)
    url = f"/bao-cao/{report.pk}/muc/{section(report).pk}/tao-lai/"
    page = client.get(url)
    assert "Đoạn viết thêm: được giữ khi dùng bản tạo lại." in page.content.decode()
    client.post(url, {"choice": "new", "new_text": page.context["new_text"], "version": section(report).version})
    text = section(report).text
    assert "02 đoàn với 09 lượt người" in text and "01 đoàn với 05 lượt người" not in text
    assert text.endswith(HAND) and section(report).is_edited
    record = section(report).history.order_by("-history_date", "-history_id").first()
    assert record.history_change_reason == REPLACED and record.prev_record.text == old_text
    edit = client.get(f"/bao-cao/{report.pk}/muc/{section(report).pk}/").content.decode()
    assert "Bản trước khi thay bằng bản tạo lại lúc" in edit and "01 đoàn với 05 lượt người" in edit


def test_a_hand_paragraph_with_figures_is_never_kept_with_its_old_figures():
    # A drafted paragraph split in two, or edited beyond recognition, reads as written by hand: kept, it
    # would carry the old figures next to the new paragraph.
    first = "Trong tháng, tỉnh đón 01 đoàn với 05 lượt người vào làm việc."
    split = "Trong tháng, tỉnh đón 01 đoàn.\nĐoàn có 05 lượt người, làm việc với các sở, ngành của tỉnh."
    old = ReportSection(generated_text=first, text=f"{split}\n{HAND}")
    new_first = first.replace("01 đoàn với 05", "02 đoàn với 09")
    assert with_added(old, new_first) == f"{new_first}\n{HAND}"
    assert dropped_paragraphs(old) == split.split("\n")[1:]  # the first half pairs with the drafted one
    # a note's mark is no figure
    noted = ReportSection(generated_text=first, text=f"{first}\n{HAND}[[fn:1]]")
    assert with_added(noted, new_first) == f"{new_first}\n{HAND}[[fn:1]]"


def test_the_comparison_page_lists_the_hand_paragraphs_with_figures_it_drops(report, client_for, incoming):
    client = client_for("officer")
    written = "Ngoài ra, tỉnh đón 03 đoàn khách du lịch kết hợp làm việc."
    old_text = section(report).text + "\n\n" + written
    client.post(
        f"/bao-cao/{report.pk}/muc/{section(report).pk}/", {"text": old_text, "version": section(report).version}
    )
    incoming(start_date=date(2021, 8, 20), person_visits=4)
    url = f"/bao-cao/{report.pk}/muc/{section(report).pk}/tao-lai/"
    page = client.get(url).content.decode()
    assert 'id="dropped-paragraphs"' in page and "Đoạn viết thêm có số liệu: không được giữ" in page
    assert written in page
    client.post(
        url, {"choice": "new", "new_text": client.get(url).context["new_text"], "version": section(report).version}
    )
    assert written not in section(report).text
    assert section(report).history.order_by("-history_date", "-history_id").first().prev_record.text == old_text
