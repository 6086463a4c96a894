"""A second pair of eyes: a translation is marked reviewed, or published, only by someone other than the
one who last wrote its text, on the translation page, in the admin and in the model itself."""

from importlib import import_module

import pytest
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from ngoaivu.procedures.models import Translation
from tests.procedures.conftest import opened

DRAFT, REVIEWED, PUBLISHED = Translation.Status.DRAFT, Translation.Status.REVIEWED, Translation.Status.PUBLISHED
OWN_TEXT = "Bản dịch do chính bạn soạn; cần một người khác hiệu đính trước khi công bố."
TEXT = {"name": "Issuance of a work permit", "field": "Employment"}


def post(client, item, status, **text):
    return client.post(f"/thu-tuc/{item.pk}/en/", {**opened(item), **TEXT, **text, "status": status})


@pytest.mark.parametrize("translator", ["officer", "admin"])  # the administrator has no exception
def test_the_translator_cannot_review_or_publish_their_own_text_and_is_told_why(client_for, procedure, translator):
    item = procedure()
    client = client_for(translator)
    assert post(client, item, DRAFT).status_code == 302
    for status in (REVIEWED, PUBLISHED):
        response = post(client, item, status)
        assert response.status_code == 200
        assert response.context["form"].errors["status"] == [OWN_TEXT]
        assert 'id="own-text"' not in response.content.decode()  # the error beside the status says it, once
        stored = Translation.objects.get()
        assert (stored.status, stored.reviewer, stored.translator.username) == (DRAFT, None, translator)


def test_a_text_written_and_marked_reviewed_at_once_is_refused_and_nothing_is_saved(client_for, procedure):
    item = procedure()
    response = post(client_for("officer"), item, REVIEWED)
    assert response.status_code == 200 and OWN_TEXT in response.content.decode()
    assert "Issuance of a work permit" in response.content.decode()  # the text typed is kept on the page
    assert not Translation.objects.exists()


def test_another_person_reviews_and_the_translator_may_then_publish(client_for, procedure, users):
    item = procedure()
    post(client_for("officer"), item, DRAFT)
    assert post(client_for("admin"), item, REVIEWED).status_code == 302
    reviewed = Translation.objects.get()
    assert (reviewed.status, reviewed.translator, reviewed.reviewer) == (REVIEWED, users["officer"], users["admin"])
    assert reviewed.reviewed_at is not None
    assert post(client_for("officer"), item, PUBLISHED).status_code == 302
    published = Translation.objects.get()
    assert (published.status, published.reviewer, published.published_on) == (
        PUBLISHED,
        users["admin"],
        published.published_on,
    )
    assert published.published_on is not None
    assert client_for("officer").get("/tthc/en/1.000105/").content.decode().count("Issuance of a work permit") >= 1


def test_changing_a_reviewed_text_sends_it_back_to_a_draft_and_says_so(client_for, procedure, users):
    item = procedure()
    post(client_for("officer"), item, DRAFT)
    post(client_for("admin"), item, PUBLISHED)
    assert Translation.objects.get().status == PUBLISHED
    page = post(client_for("admin"), item, PUBLISHED, fees="VND 600,000").content  # a redirect
    assert page == b""
    changed = Translation.objects.get()
    assert (changed.status, changed.translator, changed.reviewer, changed.published_on) == (
        DRAFT,
        users["admin"],
        None,
        None,
    )
    shown = client_for("admin").get(f"/thu-tuc/{item.pk}/en/").content.decode()
    assert "bản dịch chuyển về bản nháp; cần một người khác hiệu đính" in shown
    # now the officer may review the leader's change
    assert post(client_for("officer"), item, REVIEWED, fees="VND 600,000").status_code == 302
    assert Translation.objects.get().reviewer == users["officer"]


def test_the_translator_sees_the_explanation_in_place_of_the_review_states(client_for, procedure):
    item = procedure()
    post(client_for("officer"), item, DRAFT)
    own = client_for("officer").get(f"/thu-tuc/{item.pk}/en/")
    statuses = [value for value, _label in own.context["form"].fields["status"].choices]
    assert statuses == [Translation.Status.MISSING, DRAFT] and OWN_TEXT in own.content.decode()
    other = client_for("admin").get(f"/thu-tuc/{item.pk}/en/")
    assert REVIEWED in [value for value, _label in other.context["form"].fields["status"].choices]
    assert OWN_TEXT not in other.content.decode() and "Người dịch: " in other.content.decode()


def test_the_admin_obeys_the_same_rule_and_cannot_name_a_reviewer(client_for, procedure, users):
    item = procedure()
    post(client_for("admin"), item, DRAFT)
    row = Translation.objects.get()
    url = f"/quan-tri/procedures/translation/{row.pk}/change/"
    client = client_for("admin")
    form = client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None and name in form.fields}
    data.update({"status": PUBLISHED, "reviewer": users["officer"].pk, "translator": users["officer"].pk})
    response = client.post(url, data)
    assert response.status_code == 200 and OWN_TEXT in response.content.decode()
    stored = Translation.objects.get()
    assert (stored.status, stored.translator, stored.reviewer) == (DRAFT, users["admin"], None)


def test_the_model_refuses_a_self_review_whoever_saves(procedure, users):
    item = procedure()
    row = Translation(procedure=item, language="en", **TEXT)
    row.changed_by = users["officer"]
    row.full_clean()
    row.save()
    assert row.translator == users["officer"]
    row.status, row.changed_by = REVIEWED, users["officer"]
    with pytest.raises(ValidationError) as refused:
        row.full_clean()
    assert refused.value.message_dict == {"status": [OWN_TEXT]}
    # A script that names the translator its reviewer is stopped by the rule and by the database.
    plain = Translation.objects.get()
    plain.status, plain.reviewer = REVIEWED, users["officer"]
    with pytest.raises(ValidationError) as refused:
        plain.full_clean()
    assert refused.value.message_dict == {"reviewer": ["Người hiệu đính phải là người khác với người dịch."]}
    with pytest.raises(IntegrityError), transaction.atomic():
        plain.save()


def test_the_migration_records_the_last_writer_and_clears_a_self_review(procedure, users):
    item = procedure()
    row = Translation(procedure=item, language="en", **TEXT)
    row._history_user = users["officer"]
    row.save()
    row.fees, row._history_user = "VND 600,000", users["leader"]
    row.save()
    row.status, row.reviewer, row._history_user = PUBLISHED, users["leader"], users["admin"]  # no text change
    row.save()
    other = Translation(procedure=item, language="ja", name="労働許可", status=PUBLISHED, reviewer=users["leader"])
    other._history_user = users["officer"]
    other.save()
    Translation.objects.update(translator=None)
    import_module("ngoaivu.procedures.migrations.0007_translation_translator").record_translators(apps, None)
    english, japanese = Translation.objects.get(language="en"), Translation.objects.get(language="ja")
    assert (english.translator, english.reviewer, english.status) == (users["leader"], None, PUBLISHED)
    assert (japanese.translator, japanese.reviewer, japanese.status) == (users["officer"], users["leader"], PUBLISHED)


def test_a_text_sent_back_by_a_browser_with_crlf_lines_is_the_same_text(client_for, procedure, users):
    item = procedure()
    steps = "Bước 1: nộp hồ sơ.\nBước 2: nhận kết quả."
    post(client_for("officer"), item, DRAFT, steps=steps)
    browser = steps.replace("\n", "\r\n")  # as a text area sends it
    assert post(client_for("admin"), item, REVIEWED, steps=browser).status_code == 302  # a review, no new text
    reviewed = Translation.objects.get()
    assert (reviewed.status, reviewed.translator, reviewed.reviewer) == (REVIEWED, users["officer"], users["admin"])
    assert post(client_for("admin"), item, PUBLISHED, steps=browser).status_code == 302
    assert post(client_for("admin"), item, PUBLISHED, steps=browser).status_code == 302  # saved unchanged
    assert Translation.objects.get().status == PUBLISHED and Translation.objects.get().steps == steps


def published_unreviewed(item, users):
    """Published by its translator, the officer, before the two-person rule: no second person's review."""
    row = Translation.objects.create(procedure=item, language="en", status=PUBLISHED, **TEXT)
    Translation.objects.filter(pk=row.pk).update(translator=users["officer"])
    row.refresh_from_db()
    return row


def confirm(client, row, **changes):
    sent = {**TEXT, "status": row.status, "version": row.version, "confirm_review": "1", **changes}
    return client.post(f"/thu-tuc/{row.procedure_id}/{row.language}/", sent)


CONFIRM = 'name="confirm_review"'


def test_another_person_confirms_a_translation_published_without_a_second_review(client_for, procedure, users):
    item = procedure()
    row = published_unreviewed(item, users)
    published_on = row.published_on
    client = client_for("admin")
    page = client.get(f"/thu-tuc/{item.pk}/en/").content.decode()
    assert "Bản dịch đang công bố nhưng chưa được người thứ hai (khác người dịch) rà soát" in page and CONFIRM in page
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"  # one translation awaiting: said in the singular
    index = client.get("/thu-tuc/").content.decode()
    assert "1 published translation has not been reviewed" in index and "<th>Code</th>" in index
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "vi"
    done = confirm(client, row)
    assert done.status_code == 302
    stored = Translation.objects.get()
    assert (stored.status, stored.translator, stored.reviewer) == (PUBLISHED, users["officer"], users["admin"])
    assert stored.reviewed_at is not None and stored.published_on == published_on and stored.name == TEXT["name"]
    assert stored.history.first().history_user == users["admin"]
    shown = client.get(done.url).content.decode()
    assert "Đã xác nhận rà soát bản dịch tiếng Anh." in shown and 'id="awaiting-review"' not in shown
    assert CONFIRM not in shown and "Người hiệu đính: " in shown
    assert "Issuance of a work permit" in client.get("/tthc/en/1.000105/").content.decode()  # served all along


def test_the_translator_cannot_confirm_their_own_published_text(client_for, procedure, users):
    item = procedure()
    row = published_unreviewed(item, users)
    client = client_for("officer")
    page = client.get(f"/thu-tuc/{item.pk}/en/").content.decode()
    assert "Bản dịch do chính bạn soạn; cần một người khác rà soát." in page and CONFIRM not in page
    refused = confirm(client, row)
    assert refused.status_code == 200
    assert "Bản dịch do chính bạn soạn; cần một người khác rà soát." in refused.context["form"].non_field_errors()
    stored = Translation.objects.get()
    assert (stored.status, stored.reviewer, stored.version) == (PUBLISHED, None, row.version)
    assert client.get("/tthc/en/1.000105/").status_code == 200


def test_a_confirmation_confirms_the_text_as_published_and_nothing_else(client_for, procedure, users):
    item = procedure()
    row = published_unreviewed(item, users)
    client = client_for("admin")
    for change in ({"fees": "VND 600,000"}, {"status": REVIEWED}):
        refused = confirm(client, row, **change)
        assert refused.status_code == 200
        assert "Để xác nhận đã rà soát, giữ nguyên nội dung và trạng thái của bản dịch" in refused.content.decode()
        stored = Translation.objects.get()
        assert (stored.status, stored.fees, stored.reviewer, stored.version) == (PUBLISHED, "", None, row.version)
    # Saved with «Lưu», the change is the admin's, to be reviewed by another, as any change.
    assert post(client, item, PUBLISHED, fees="VND 600,000", version=row.version).status_code == 302
    assert (Translation.objects.get().status, Translation.objects.get().translator) == (DRAFT, users["admin"])


@pytest.mark.parametrize("role", ["leader", "viewer"])
def test_who_only_reads_is_neither_told_nor_offered_the_confirmation(client_for, procedure, users, role):
    item = procedure()
    row = published_unreviewed(item, users)
    client = client_for(role)
    page = client.get(f"/thu-tuc/{item.pk}/en/").content.decode()
    assert "người thứ hai" not in page and CONFIRM not in page
    assert confirm(client, row).status_code == 403
    assert Translation.objects.get().reviewer is None


def test_a_confirmation_from_a_page_opened_before_a_correction_is_shown_the_conflict(client_for, procedure, users):
    item = procedure()
    row = published_unreviewed(item, users)
    # The translator corrects the text after the administrator opened the page.
    corrected = {**TEXT, "fees": "VND 600,000", "status": PUBLISHED, "version": row.version}
    assert client_for("officer").post(f"/thu-tuc/{item.pk}/en/", corrected).status_code == 302
    response = confirm(client_for("admin"), row)
    body = response.content.decode()
    assert response.status_code == 409
    assert "Bản ghi đã được người khác sửa trong lúc bạn đang sửa." in body and "Để xác nhận" not in body
    stored = Translation.objects.get()
    assert (stored.status, stored.fees, stored.reviewer) == (DRAFT, "VND 600,000", None)


def test_a_confirmation_sent_again_from_another_tab_says_it_was_saved_by_the_same_person(client_for, procedure, users):
    item = procedure()
    row = published_unreviewed(item, users)
    client = client_for("admin")
    assert confirm(client, row).status_code == 302
    response = confirm(client, row)  # the second tab, opened before the first confirmed
    body = response.content.decode()
    assert response.status_code == 409
    assert "Bản ghi đã được chính bạn lưu ở một trang khác sau khi mở trang này." in body
    assert "người khác sửa" not in body
    assert Translation.objects.get().reviewer == users["admin"]


@pytest.mark.parametrize("status", [DRAFT, PUBLISHED])
def test_a_confirmation_of_a_text_not_awaiting_review_is_refused_and_saves_nothing(
    client_for, procedure, users, status
):
    item = procedure()
    post(client_for("officer"), item, DRAFT)
    if status == PUBLISHED:  # reviewed and published already: no review awaits
        assert post(client_for("admin"), item, PUBLISHED).status_code == 302
    row = Translation.objects.get()
    history = row.history.count()
    refused = confirm(client_for("admin"), row)
    assert refused.status_code == 200
    assert "Bản dịch này không chờ xác nhận rà soát" in refused.context["form"].non_field_errors()[0]
    assert "Đã xác nhận rà soát" not in refused.content.decode()
    stored = Translation.objects.get()
    assert (stored.status, stored.reviewer, stored.version) == (row.status, row.reviewer, row.version)
    assert stored.history.count() == history
