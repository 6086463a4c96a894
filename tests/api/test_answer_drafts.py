"""Figures that cannot be together (15 lượt người in 0 đoàn) wait in a draft over the API as on the page,
and are refused when the answer is sent (collection/services.save_answer)."""

import pytest

pytestmark = pytest.mark.django_db


def test_a_draft_keeps_figures_that_do_not_agree_and_sending_refuses_them(api, units, outgoing):
    submission = outgoing().submissions.get(unit=units["vp"])
    client = api("reporter")
    url = f"/api/submissions/{submission.pk}/answer/"
    unlikely = {"values": {"incoming_delegations": {"groups": 0, "persons": 15}}}
    response = client.post(url, unlikely, format="json")
    assert response.status_code == 200, response.json()
    submission.refresh_from_db()
    assert (submission.status, submission.values["incoming_delegations"]) == ("draft", {"groups": 0, "persons": 15})
    response = client.post(url, {"submit": True, "warnings_checked": True}, format="json")
    assert response.status_code == 400 and "incoming_delegations.groups" in str(response.json())
    submission.refresh_from_db()
    assert submission.status == "draft"
