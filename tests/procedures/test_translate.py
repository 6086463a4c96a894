"""The translation page: two first saves of one translation at once do not end in a 500."""

from django.test import Client

from ngoaivu.procedures.forms import TranslationForm
from ngoaivu.procedures.models import Translation
from tests.register.test_restore import confirm


def test_a_translation_saved_by_someone_else_meanwhile_is_refused_with_a_message(client_for, procedure, monkeypatch):
    item = procedure()
    validate = TranslationForm._post_clean

    def validate_then_lose_the_race(self):
        validate(self)
        Translation.objects.create(procedure=item, language="en", name="Work permit")  # another translator, first

    monkeypatch.setattr(TranslationForm, "_post_clean", validate_then_lose_the_race)
    response = client_for("officer").post(
        f"/thu-tuc/{item.pk}/en/", {"name": "Issuing a work permit", "status": "draft"}
    )
    assert response.status_code == 200
    assert "Thủ tục này đã có bản dịch sang ngôn ngữ này" in response.content.decode()
    assert Translation.objects.get().name == "Work permit"


def test_a_save_over_a_translation_changed_since_the_page_was_opened_shows_both_and_keeps_the_first(
    client_for, procedure
):
    item = procedure(translations={"ko": ("draft", "취업 허가")})
    opened = Translation.objects.get().version
    first = {"name": "취업 허가", "fees": "수수료 A", "status": "draft", "version": opened}
    saved = client_for("officer").post(f"/thu-tuc/{item.pk}/ko/", first, follow=True).content.decode()
    assert "Đã lưu bản dịch tiếng Hàn." in saved
    later = {"name": "취업 허가", "steps": "1. 신청", "status": "draft", "version": opened}
    response = client_for("admin").post(f"/thu-tuc/{item.pk}/ko/", later)
    body = response.content.decode()
    assert response.status_code == 409
    assert "Bản ghi đã được người khác sửa" in body and "수수료 A" in body and "1. 신청" in body
    assert f"Bản dịch tiếng Hàn: {item.code}" in body
    saved = Translation.objects.get()
    assert (saved.fees, saved.steps, saved.version) == ("수수료 A", "", opened + 1)
    again = {**later, "fees": "수수료 A", "version": saved.version}  # saved again knowingly, from the new version
    assert client_for("admin").post(f"/thu-tuc/{item.pk}/ko/", again).status_code == 302
    assert (Translation.objects.get().fees, Translation.objects.get().steps) == ("수수료 A", "1. 신청")


def test_a_translation_saved_unchanged_writes_no_version_and_says_so(client_for, procedure):
    item = procedure(translations={"ko": ("draft", "취업 허가")})
    kept = Translation.objects.get()
    sent = {"name": kept.name, "status": "draft", "version": kept.version}
    page = client_for("officer").post(f"/thu-tuc/{item.pk}/ko/", sent, follow=True).content.decode()
    assert "Không có thay đổi nào; bản ghi giữ nguyên." in page and "Đã lưu bản dịch" not in page
    saved = Translation.objects.get()
    assert saved.version == kept.version and saved.history.count() == kept.history.count()


def test_the_translation_page_offers_every_language_of_the_procedure_and_the_index_heads_each_column(
    client_for, procedure
):
    item = procedure()
    client = client_for("officer")
    page = client.get(f"/thu-tuc/{item.pk}/en/").content.decode()
    for code in ("en", "zh", "ko", "ja"):
        assert f'href="/thu-tuc/{item.pk}/{code}/"' in page
    assert f'href="/thu-tuc/{item.pk}/vi/"' not in page
    assert "<title>1.000105 · Bản dịch tiếng Anh" in page  # titled in the interface's language
    index = client.get("/thu-tuc/").content.decode()
    assert all(name in index for name in ("中文", "한국어", "日本語"))
    assert "Bỏ lọc" not in index and "Bỏ lọc" in client.get("/thu-tuc/", {"show": "missing-en"}).content.decode()


def test_a_name_too_long_is_refused_for_its_length_only_and_a_reviewed_text_without_a_name_for_that(
    client_for, procedure
):
    item = procedure()
    client = client_for("officer")
    body = client.post(f"/thu-tuc/{item.pk}/en/", {"name": "W" * 600, "status": "reviewed"}).content.decode()
    assert "600" in body and "phải có tên thủ tục" not in body
    body = client.post(f"/thu-tuc/{item.pk}/en/", {"name": "", "status": "reviewed"}).content.decode()
    assert "Bản dịch đã hiệu đính hoặc công bố phải có tên thủ tục." in body
    assert not Translation.objects.exists()


def test_a_long_text_beyond_the_registers_limit_is_refused_with_its_length(client_for, procedure):
    # As a register's note (core/figure_limits.TEXT_LIMIT): a paste gone wrong is not shown to foreigners.
    item = procedure()
    body = client_for("officer").post(f"/thu-tuc/{item.pk}/en/", {"name": "Work permit", "documents": "x" * 240_000})
    assert "Nội dung dài 240.000 ký tự, vượt quá giới hạn 20.000 ký tự; vui lòng rút gọn." in body.content.decode()
    # The administrator's pages refuse it too.
    admin = client_for("admin").post(
        "/quan-tri/procedures/translation/add/",
        {"procedure": item.pk, "language": "ko", "status": "draft", "steps": "x" * 20_001},
    )
    assert admin.status_code == 200 and "vượt quá giới hạn 20.000 ký tự" in admin.content.decode()
    assert not Translation.objects.exists()
    client_for("officer").post(
        f"/thu-tuc/{item.pk}/en/", {"name": "Work permit", "documents": "x" * 20_000, "status": "draft"}
    )
    assert len(Translation.objects.get().documents) == 20_000


def test_a_deleted_procedure_says_its_translations_go_with_it_and_brings_them_back_when_restored(client_for, procedure):
    item = procedure(translations={"en": ("published", "Work permit"), "ko": ("draft", "취업 허가")})
    client = client_for("officer")
    asked = client.get(f"/so-theo-doi/thu-tuc-hanh-chinh/{item.pk}/xoa/").content.decode()
    assert "Cùng xóa 02 bản dịch thủ tục của bản ghi này" in asked
    client.post(f"/so-theo-doi/thu-tuc-hanh-chinh/{item.pk}/xoa/")
    assert not Translation.objects.exists()
    (deleted,) = client.get("/so-theo-doi/thu-tuc-hanh-chinh/da-xoa/").context["rows"]
    url = f"/so-theo-doi/thu-tuc-hanh-chinh/khoi-phuc/{deleted.history_id}/"
    shown = client.get(url).content.decode()
    assert "Cùng đưa trở lại 02 bản dịch thủ tục đã xóa cùng bản ghi này." in shown
    done = confirm(client, url, follow=True)
    assert "Đã đưa trở lại cả 02 bản dịch thủ tục" in done.content.decode()
    restored = {t.language: (t.status, t.name) for t in Translation.objects.all()}
    assert restored == {"en": ("published", "Work permit"), "ko": ("draft", "취업 허가")}
    assert client.get("/tthc/en/1.000105/").status_code == 200
    assert "Work permit" in client.get("/tthc/en/1.000105/").content.decode()


WORK_PERMIT = {"name": "Work permit", "field": "Employment", "fees": "VND 600,000"}


def published_by_admin(client_for, item, lang="en"):
    """Translated by the officer, published by the administrator: the translation as stored."""
    client_for("officer").post(f"/thu-tuc/{item.pk}/{lang}/", {**WORK_PERMIT, "status": "draft"})
    row = Translation.objects.get(language=lang)
    sent = {**WORK_PERMIT, "status": "published", "version": row.version}
    assert client_for("admin").post(f"/thu-tuc/{item.pk}/{lang}/", sent).status_code == 302
    return Translation.objects.get(language=lang)


def test_a_page_opened_before_the_vietnamese_changed_cannot_publish_the_old_translation_again(
    client_for, procedure, users
):
    item = procedure()
    opened = published_by_admin(client_for, item, "zh")
    assert opened.status == "published"
    # The officer changes the Vietnamese fees; the translation of the old text goes back to a draft.
    client = client_for("officer")
    url = f"/so-theo-doi/thu-tuc-hanh-chinh/{item.pk}/sua/"
    form = client.get(url).context["form"]
    data = {name: value for name, value in form.initial.items() if value is not None}
    client.post(url, {**data, "unit": item.unit_id, "fees": "900.000 đồng"})
    drafted = Translation.objects.get()
    assert (drafted.status, drafted.version) == ("draft", opened.version + 1)
    assert drafted.updated_at > opened.updated_at
    latest = drafted.history.first()
    assert (latest.history_user, latest.status, latest.version) == (users["officer"], "draft", drafted.version)
    assert latest.history_change_reason == ("Nội dung tiếng Việt của thủ tục đã thay đổi; bản dịch chuyển về bản nháp.")
    # The administrator's tab, opened before, saves the old text unchanged: refused, both shown.
    stale = {**WORK_PERMIT, "status": "published", "version": opened.version}
    response = client_for("admin").post(f"/thu-tuc/{item.pk}/zh/", stale)
    assert response.status_code == 409
    assert "Bản ghi đã được người khác sửa trong lúc bạn đang sửa." in response.content.decode()
    assert Translation.objects.get().status == "draft"
    assert "VND 600,000" not in Client().get("/tthc/zh/1.000105/").content.decode()
    # The page says the Vietnamese changed; saving from it keeps the text a draft, unreviewed.
    body = response.content.decode()
    assert "Nội dung tiếng Việt của thủ tục đã thay đổi sau khi bạn mở trang này" in body
    again = response.context["form"]
    assert again.data["status"] == "draft" and 'name="vietnamese_changed"' in body
    overwrite = {name: again.data.getlist(name) for name in again.data}
    # Published from it all the same: refused with the reason, beside the new Vietnamese; nothing saved.
    refused = client_for("admin").post(f"/thu-tuc/{item.pk}/zh/", {**overwrite, "status": "published"})
    assert refused.status_code == 200
    assert (
        "Nội dung tiếng Việt của thủ tục đã thay đổi sau khi bạn mở trang này"
        in refused.context["form"].errors["status"][0]
    )
    assert "900.000 đồng" in refused.content.decode() and 'name="vietnamese_changed"' not in refused.content.decode()
    assert (Translation.objects.get().status, Translation.objects.get().version) == ("draft", drafted.version)
    saved = client_for("admin").post(f"/thu-tuc/{item.pk}/zh/", {**overwrite, "fees": "VND 700,000"})
    assert saved.status_code == 302
    stored = Translation.objects.get()
    assert (stored.status, stored.fees, stored.reviewer) == ("draft", "VND 700,000", None)
    assert "VND 700,000" not in Client().get("/tthc/zh/1.000105/").content.decode()


def test_a_stale_change_is_shown_the_conflict_and_overwrites_as_an_edit_of_the_draft_it_became(
    client_for, procedure, users
):
    item = procedure()
    opened = published_by_admin(client_for, item)
    # Both open the page; the officer saves a correction (a draft, the published text kept).
    sent = {**WORK_PERMIT, "fees": "VND 900,000", "status": "published", "version": opened.version}
    assert client_for("officer").post(f"/thu-tuc/{item.pk}/en/", sent).status_code == 302
    corrected = Translation.objects.get()
    assert (corrected.status, corrected.translator) == ("draft", users["officer"])
    # The administrator then saves their own change from the page opened before.
    theirs = {**WORK_PERMIT, "steps": "1. Apply", "status": "published", "version": opened.version}
    response = client_for("admin").post(f"/thu-tuc/{item.pk}/en/", theirs)
    body = response.content.decode()
    assert response.status_code == 409
    assert "Bản ghi đã được người khác sửa trong lúc bạn đang sửa." in body and "1. Apply" in body
    assert "Nội dung tiếng Việt" not in body and 'name="vietnamese_changed"' not in body  # it did not change
    stored = Translation.objects.get()
    assert (stored.version, stored.fees, stored.steps) == (corrected.version, "VND 900,000", "")
    # The form to save their text over it holds the status as stored now, a draft, as the page opened now
    # would: «Lưu đè» saves their text like any edit of that draft, not refused for a publication.
    again = response.context["form"]
    assert again.data["status"] == "draft" and "Bản dịch do chính bạn soạn" not in body
    overwrite = {name: again.data.getlist(name) for name in again.data}
    assert client_for("admin").post(f"/thu-tuc/{item.pk}/en/", overwrite).status_code == 302
    stored = Translation.objects.get()
    assert (stored.status, stored.steps, stored.version) == ("draft", "1. Apply", corrected.version + 1)
    assert stored.translator == users["admin"]


def test_a_save_that_does_not_say_its_version_is_refused_and_changes_nothing(client_for, procedure):
    item = procedure()
    client = client_for("officer")
    # A first save has no version to say: there is no row yet.
    assert client.post(f"/thu-tuc/{item.pk}/en/", {**WORK_PERMIT, "status": "draft"}).status_code == 302
    kept = Translation.objects.get()
    response = client.post(f"/thu-tuc/{item.pk}/en/", {**WORK_PERMIT, "fees": "VND 1", "status": "draft"})
    assert response.status_code == 200
    assert (
        "Không rõ bạn sửa từ phiên bản nào của bản ghi nên chưa lưu; vui lòng tải lại trang rồi sửa lại."
        in response.content.decode()
    )
    stored = Translation.objects.get()
    assert (stored.fees, stored.version) == ("VND 600,000", kept.version)
