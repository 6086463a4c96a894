"""The translation page: two first saves of one translation at once do not end in a 500."""

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
    index = client.get("/thu-tuc/").content.decode()
    assert all(name in index for name in ("中文", "한국어", "日本語"))


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
