"""Two people edit the same report section, or the report's head: the second save is refused, nothing is lost."""

import pytest
from django.test import Client

from ngoaivu.reporting.models import ReportSection, ReportTemplate
from ngoaivu.reporting.services import create_report
from tests.races import save_at_once

CONFLICT = "Bản ghi đã được người khác sửa trong lúc bạn đang sửa"


@pytest.fixture
def report(units, users):
    units["sngv"].coordinates_province = True  # the focal point: every section has its sentences
    units["sngv"].save()
    return create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def posted(form):
    return {name: form.data.getlist(name) for name in form.data if name != "csrfmiddlewaretoken"}


def test_the_second_save_of_a_section_is_refused_with_both_texts(report, users):
    section = report.sections.get(key="I.5.b")
    path = f"/bao-cao/{report.pk}/muc/{section.pk}/"
    first, second = signed_in(users["officer"]), signed_in(users["admin"])
    assert 'name="version" value="1"' in first.get(path).content.decode()
    assert second.get(path).context["form"].initial["version"] == 1
    theirs = section.text + "\n\nNgư dân được hỗ trợ về nước."
    mine = section.text + "\n\nTàu cá đã được trả về."

    assert first.post(path, {"text": mine, "version": "1"}).status_code == 302
    response = second.post(path, {"text": theirs, "version": "1"})

    assert response.status_code == 409
    section.refresh_from_db()
    assert (section.text, section.version) == (mine, 2) and section.history.count() == 2
    body = response.content.decode()
    assert CONFLICT in body and "Ngư dân được hỗ trợ về nước." in body and "Tàu cá đã được trả về." in body
    (row,) = response.context["rows"]
    assert row["differs"] and row["theirs"] == theirs and row["current"] == mine
    assert "+Ngư dân được hỗ trợ về nước." in row["diff"] and "-Tàu cá đã được trả về." in row["diff"]
    assert response.context["saved_by"] == users["officer"] and str(users["officer"]) in body
    again = response.context["form"]
    assert again.data["text"] == theirs and again.data["version"] == "2"
    assert f'href="/bao-cao/{report.pk}/"' in body  # cancel keeps the saved text

    assert second.post(path, posted(again)).status_code == 302
    section.refresh_from_db()
    assert (section.text, section.version) == (theirs, 3)
    history = section.history.order_by("history_date", "history_id")
    assert list(history.values_list("version", "history_user__username")) == [
        (1, "officer"),
        (2, "officer"),
        (3, "admin"),
    ]


def test_the_second_save_of_the_head_is_refused_with_both_versions(report, users):
    path = f"/bao-cao/{report.pk}/sua/"
    first, second = signed_in(users["officer"]), signed_in(users["admin"])
    head = {
        "title": report.title,
        "intro": report.intro,
        "closing": report.closing,
        "recipients": report.recipients,
        "signer_authority": "",
        "signer_title": "GIÁM ĐỐC",
        "signer_name": "Nguyễn Viết Vy",
        "version": "1",
    }
    assert second.get(path).context["form"].initial["version"] == 1

    assert first.post(path, {**head, "recipients": "UBND tỉnh\nLưu: VT"}).status_code == 302
    response = second.post(path, {**head, "signer_name": "Trần Văn B", "intro": "Mở đầu của người thứ hai."})

    assert response.status_code == 409
    report.refresh_from_db()
    assert (report.recipients, report.signer_name, report.version) == ("UBND tỉnh\nLưu: VT", "Nguyễn Viết Vy", 2)
    body = response.content.decode()
    assert CONFLICT in body and "Mở đầu của người thứ hai." in body and "Trần Văn B" in body
    rows = {row["name"]: row for row in response.context["rows"]}
    assert rows["intro"]["differs"] and rows["signer_name"]["differs"] and rows["recipients"]["differs"]
    assert not rows["title"]["differs"] and not rows["closing"]["differs"]
    # Their recipients were the old ones: saving again deliberately writes all of their values.
    again = response.context["form"]
    assert again.data["version"] == "2" and 'name="version" value="2"' in body
    assert second.post(path, posted(again)).status_code == 302
    report.refresh_from_db()
    assert (report.signer_name, report.intro, report.version) == ("Trần Văn B", "Mở đầu của người thứ hai.", 3)
    assert report.history.order_by("-history_date", "-history_id").first().history_user == users["admin"]


def test_a_stale_choice_after_regenerating_is_refused(report, users):
    section = report.sections.get(key="I.5.b")
    client = signed_in(users["officer"])
    client.post(f"/bao-cao/{report.pk}/muc/{section.pk}/", {"text": section.text + "\n\nSửa tay.", "version": "1"})
    page = client.get(f"/bao-cao/{report.pk}/muc/{section.pk}/tao-lai/")
    assert page.status_code == 200 and page.context["form"].initial["version"] == 2
    section.refresh_from_db()
    section.text += "\n\nNgười khác sửa."
    section.save()
    response = client.post(
        f"/bao-cao/{report.pk}/muc/{section.pk}/tao-lai/",
        {"choice": "new", "new_text": page.context["new_text"], "version": "2"},
        follow=True,
    )
    assert "Mục đã được người khác sửa" in response.content.decode()
    assert response.redirect_chain[-1][0] == f"/bao-cao/{report.pk}/muc/{section.pk}/tao-lai/"
    section.refresh_from_db()
    assert section.text.endswith("Người khác sửa.") and section.version == 3


def test_a_workflow_step_moves_the_reports_version_on(report, users):
    from ngoaivu.reporting.workflow import transition

    transition(report, "submit", users["officer"])
    report.refresh_from_db()
    assert report.version == 2


@pytest.mark.django_db(transaction=True)
def test_two_section_saves_from_the_same_version_at_once_only_one_wins(units, users):
    from ngoaivu.reporting.templates_store import install_shipped_templates

    install_shipped_templates()  # a transactional test may run after another one emptied the table
    report = create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])
    pk = report.sections.get(key="I.5.b").pk
    results, errors = save_at_once(ReportSection, pk, "text", ("Bản A.", "Bản B."))

    assert not errors, errors
    assert sorted(results.values(), key=str) == sorted(["saved", ("refused", 2)], key=str)
    winner = next(text for text, result in results.items() if result == "saved")
    section = ReportSection.objects.get(pk=pk)
    assert (section.text, section.version) == (winner, 2)
    assert section.history.count() == 2
