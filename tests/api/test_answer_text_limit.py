"""A section's text beyond an answer's limit is refused over the API as on the page, whether sent in the
call or kept from before (read from a file before the limit held): the answer is neither saved nor sent."""

import pytest

from ngoaivu.core.figure_limits import TEXT_LIMIT

pytestmark = pytest.mark.django_db


def test_an_answer_holding_a_text_beyond_the_limit_is_neither_saved_nor_sent(api, units, outgoing):
    submission = outgoing().submissions.get(unit=units["vp"])
    long_text = "Văn phòng tham mưu. " * 2_000
    assert len(long_text) > TEXT_LIMIT
    submission.status, submission.texts = "draft", {"I.2": long_text}
    submission.save()
    client = api("reporter")
    url = f"/api/submissions/{submission.pk}/answer/"
    for body in ({"texts": {"I.3": "Không phát sinh."}}, {"submit": True, "warnings_checked": True}):
        response = client.post(url, body, format="json")
        assert response.status_code == 400, response.json()
        assert "I.2: Nội dung dài 40.000 ký tự, vượt quá giới hạn 20.000 ký tự" in str(response.json())
    submission.refresh_from_db()
    assert submission.status == "draft" and "I.3" not in submission.texts
    # Shortened in the call, the answer is saved.
    response = client.post(url, {"texts": {"I.2": "Văn phòng tham mưu."}, "submit": True}, format="json")
    assert response.status_code == 200, response.json()
    submission.refresh_from_db()
    assert (submission.status, submission.texts["I.2"]) == ("submitted", "Văn phòng tham mưu.")


def test_the_schema_gives_a_sections_limit_and_the_answer_holds_to_it(api, units, outgoing):
    client = api("reporter")
    schema = client.get("/api/schema/?format=json").json()
    texts = schema["components"]["schemas"]["AnswerRequest"]["properties"]["texts"]
    assert texts["additionalProperties"] == {"type": "string", "maxLength": TEXT_LIMIT}
    submission = outgoing().submissions.get(unit=units["vp"])
    url = f"/api/submissions/{submission.pk}/answer/"
    response = client.post(url, {"texts": {"I.2": "x" * (TEXT_LIMIT + 1)}}, format="json")
    assert response.status_code == 400 and "vượt quá giới hạn 20.000 ký tự" in str(response.json())
    response = client.post(url, {"texts": {"I.2": "x" * TEXT_LIMIT}}, format="json")
    assert response.status_code == 200, response.json()
    submission.refresh_from_db()
    assert len(submission.texts["I.2"]) == TEXT_LIMIT
