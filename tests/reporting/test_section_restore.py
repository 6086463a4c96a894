"""A section removed from a draft (outline_changes.remove_section) is listed on the draft's page, who
removed it and when, and put back after confirming: its text as it was removed, in its place, numbered
as the template numbers it; never into a report no longer a draft, nor twice (reporting/restoring.py)."""

from datetime import date

import pytest
from django.test import Client

from ngoaivu.reporting.models import Report, ReportSection, ReportTemplate
from ngoaivu.reporting.outline_changes import changes, remove_section
from ngoaivu.reporting.restoring import removed_sections, restore_section
from ngoaivu.reporting.services import create_report
from tests.reporting import test_stale_figures as drafts

LAO, AID = drafts.LAO, drafts.AID
EDIT = "\n\nĐoàn Champasak được Lãnh đạo tỉnh tiếp."


def _removed(report, client):
    """The Lao section, edited by hand, removed once the template no longer writes it: (its text, the
    deletion's history id)."""
    lao = drafts.section(report, LAO)
    client.post(f"/bao-cao/{report.pk}/muc/{lao.pk}/", {"text": lao.text + EDIT, "version": lao.version})
    text = drafts.section(report, LAO).text
    drafts._flag(False)
    client.post(f"/bao-cao/{report.pk}/muc/{lao.pk}/go-bo/", {"confirmed": "1", "version": lao.version + 1})
    assert not report.sections.filter(key=LAO).exists()
    return text, ReportSection.history.get(key=LAO, history_type="-").history_id


@pytest.fixture
def review(units, users):
    return drafts._lao_review(units, users, apart=True)


def test_the_service_puts_the_text_back_as_removed_in_its_place_and_records_it(review, users):
    lao = drafts.section(review, LAO)
    lao.text += EDIT
    lao.save()
    pk = lao.pk
    drafts._flag(False)
    remove_section(lao)
    assert drafts._outline(review) == [("I.2.c", "c"), (AID, "d"), ("I.2.e", "đ")]
    [row] = removed_sections(review)
    assert row.label.startswith("d) Hoạt động hợp tác với các địa phương") and row.record.key == LAO
    drafts._flag(True)  # the template writes the Lao section again: it takes its letter back
    restored = restore_section(review, row.record.history_id)
    assert restored.pk == pk and restored.text == lao.text and restored.is_edited  # not written again
    assert drafts._outline(review) == [("I.2.c", "c"), (LAO, "d"), (AID, "đ")]
    positions = list(review.sections.order_by("position").values_list("position", flat=True))
    assert positions == list(range(len(positions)))
    versions = list(ReportSection.history.filter(id=pk).order_by("history_date", "history_id"))
    assert [v.history_type for v in versions][-2:] == ["-", "+"]
    assert versions[-1].text == lao.text and "Khôi phục vào dự thảo" in versions[-1].history_change_reason
    assert removed_sections(review) == [] and changes(review)[1:] == ([], [])


def test_a_footnote_only_the_removed_text_marked_comes_back_with_it(review):
    lao = drafts.section(review, LAO)
    notes = list(review.footnotes or [])
    review.footnotes = [*notes, "Chú thích riêng của mục Lào."]
    review.save()
    lao.text += f"\n\nTheo báo cáo riêng.[[fn:{len(notes) + 1}]]"
    lao.save()
    drafts._flag(False)
    remove_section(lao)
    review.refresh_from_db()
    assert "Chú thích riêng của mục Lào." not in review.footnotes  # dropped with the only text marking it
    restored = restore_section(review, ReportSection.history.get(key=LAO, history_type="-").history_id)
    review.refresh_from_db()
    number = review.footnotes.index("Chú thích riêng của mục Lào.") + 1
    assert restored.text.endswith(f"Theo báo cáo riêng.[[fn:{number}]]")


def test_the_page_lists_the_removed_section_and_restores_it_after_confirming(review, users, client_for):
    client = client_for("officer")
    text, removed = _removed(review, client)
    url = f"/bao-cao/{review.pk}/muc-da-go/{removed}/khoi-phuc/"
    page = client.get(f"/bao-cao/{review.pk}/").content.decode()
    assert "Các mục đã gỡ khỏi dự thảo" in page and url in page and "Khôi phục mục này…" in page
    assert f"người gỡ: {users['officer']}" in page
    # the confirmation shows the text it brings back; a GET, or a POST without confirming, changes nothing
    asked = client.get(url).content.decode()
    assert "Khôi phục mục vào dự thảo" in asked and "Đoàn Champasak được Lãnh đạo tỉnh tiếp." in asked
    client.post(url)
    assert not review.sections.filter(key=LAO).exists()
    response = client.post(url, {"confirmed": "1"}, follow=True)
    assert "Đã khôi phục mục «d) Hoạt động hợp tác với các địa phương" in response.content.decode()
    assert drafts.section(review, LAO).text == text
    # the template still does not write it: back where it was, before the aid section, which follows it
    assert drafts._outline(review) == [("I.2.c", "c"), (LAO, "d"), (AID, "đ")]
    assert "removed-sections" not in response.content.decode()
    assert [d.section.key for d in changes(review)[1]] == [LAO]  # offered for removal again
    # confirmed twice (a second click): refused, one section
    again = client.post(url, {"confirmed": "1"}, follow=True).content.decode()
    assert "Dự thảo đã có mục này nên không khôi phục nữa." in again
    assert review.sections.filter(key=LAO).count() == 1


def test_a_report_no_longer_a_draft_lists_its_removed_sections_but_restores_none(review, client_for):
    client = client_for("officer")
    _text, removed = _removed(review, client)
    url = f"/bao-cao/{review.pk}/muc-da-go/{removed}/khoi-phuc/"
    for status in (Report.Status.SUBMITTED, Report.Status.APPROVED, Report.Status.ISSUED):
        Report.objects.filter(pk=review.pk).update(status=status, number=7, issued_on=date(2021, 7, 10))
        page = client.get(f"/bao-cao/{review.pk}/").content.decode()
        assert "removed-sections" in page and url not in page
        response = client.post(url, {"confirmed": "1"}, follow=True).content.decode()
        assert "Báo cáo không còn ở trạng thái dự thảo nên không sửa được." in response
        assert not review.sections.filter(key=LAO).exists()
    with pytest.raises(Exception, match="không còn ở trạng thái dự thảo"):
        restore_section(review, removed)


def test_a_section_the_draft_has_again_is_not_restored(review, client_for):
    client = client_for("officer")
    _text, removed = _removed(review, client)
    drafts._flag(True)
    client.post(f"/bao-cao/{review.pk}/them-muc/", {"key": LAO})  # written again from the register
    added = drafts.section(review, LAO).text
    assert "removed-sections" not in client.get(f"/bao-cao/{review.pk}/").content.decode()
    url = f"/bao-cao/{review.pk}/muc-da-go/{removed}/khoi-phuc/"
    for response in (client.get(url, follow=True), client.post(url, {"confirmed": "1"}, follow=True)):
        assert "Dự thảo đã có mục này nên không khôi phục nữa." in response.content.decode()
    assert review.sections.filter(key=LAO).get().text == added


def test_a_stale_or_forged_id_is_refused(review, units, users, client_for):
    client = client_for("officer")
    _text, removed = _removed(review, client)
    other = create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])
    count = other.sections.count()
    stale = ReportSection.history.filter(report_id=review.pk, history_type="+").first().history_id
    for forged in (removed + 1000, stale):
        response = client.post(f"/bao-cao/{review.pk}/muc-da-go/{forged}/khoi-phuc/", {"confirmed": "1"}, follow=True)
        assert "Không tìm thấy mục đã gỡ này trong lịch sử của dự thảo" in response.content.decode()
    # another report's deletion, through this report's address
    response = client.post(f"/bao-cao/{other.pk}/muc-da-go/{removed}/khoi-phuc/", {"confirmed": "1"}, follow=True)
    assert "Không tìm thấy mục đã gỡ này" in response.content.decode()
    assert other.sections.count() == count and not other.sections.filter(key=LAO).exists()
    # restored, then removed again: the first removal is no longer the one to restore
    client.post(f"/bao-cao/{review.pk}/muc-da-go/{removed}/khoi-phuc/", {"confirmed": "1"})
    lao = drafts.section(review, LAO)
    client.post(f"/bao-cao/{review.pk}/muc/{lao.pk}/go-bo/", {"confirmed": "1", "version": lao.version})
    response = client.post(f"/bao-cao/{review.pk}/muc-da-go/{removed}/khoi-phuc/", {"confirmed": "1"}, follow=True)
    assert "Không tìm thấy mục đã gỡ này" in response.content.decode()
    assert not review.sections.filter(key=LAO).exists()
    assert [row.record.history_id for row in removed_sections(review)] != [removed]


def test_only_who_may_remove_a_section_restores_it(review, users, client_for):
    _text, removed = _removed(review, client_for("officer"))
    url = f"/bao-cao/{review.pk}/muc-da-go/{removed}/khoi-phuc/"
    for username, status in (("other_reporter", 404), ("leader", 403), ("viewer", 403)):
        client = Client()
        client.force_login(users[username])
        assert client.get(url).status_code == status
        assert client.post(url, {"confirmed": "1"}).status_code == status
        assert "Khôi phục mục này" not in client.get(f"/bao-cao/{review.pk}/").content.decode()
    assert not review.sections.filter(key=LAO).exists()
    assert client_for("officer").get(url).status_code == 200


def test_a_section_put_back_that_the_template_no_longer_writes_shares_no_letter(review):
    lao = drafts.section(review, LAO)
    drafts._flag(False)
    remove_section(lao)
    restore_section(review, ReportSection.history.get(key=LAO, history_type="-").history_id)
    # the aid section is «d» in the template now; the Lao section, back before it, keeps the order
    assert drafts._outline(review) == [("I.2.c", "c"), (LAO, "d"), (AID, "đ")]
    assert changes(review)[1][0].section.key == LAO  # still offered for removal
    remove_section(drafts.section(review, LAO))
    assert drafts._outline(review) == [("I.2.c", "c"), (AID, "d"), ("I.2.e", "đ")]
