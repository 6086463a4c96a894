"""The translation page: two first saves of one translation at once do not end in a 500."""

from ngoaivu.procedures.forms import TranslationForm
from ngoaivu.procedures.models import Translation


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
