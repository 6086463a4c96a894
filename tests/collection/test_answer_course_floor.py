"""A unit's answer with fewer people than training courses is refused as one with fewer people than delegations
(register/measure_floors.py, pure/indicators.py): on the page and over the API alike."""

import pytest

from .test_submission_views import form_data, send_checked

pytestmark = pytest.mark.django_db


def test_fewer_participants_than_courses_are_refused_beside_the_figure(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    page = client.get(url)
    figures = {"v__training_courses__count": "3", "v__training_courses__participants": "1"}
    response = client.post(url, form_data(page, **figures, submit="1"))
    errors = response.context["form"].errors
    assert errors["v__training_courses__participants"] == ["Số lượt người (01) không được ít hơn số lớp (03)."]
    assert "v__training_courses__count" not in errors
    submission.refresh_from_db()
    assert submission.status == "not_started"
    # participants left at 0 (not known) are no impossible answer
    figures["v__training_courses__participants"] = "0"
    send_checked(client, url, form_data(page, **figures, submit="1"))
    submission.refresh_from_db()
    assert submission.status == "submitted"
    assert submission.values["training_courses"] == {"count": 3, "participants": 0}


def test_fewer_participants_than_courses_are_refused_over_the_api(api, units, outgoing):
    submission = outgoing().submissions.get(unit=units["vp"])
    client = api("reporter")
    url = f"/api/submissions/{submission.pk}/answer/"
    sent = {"values": {"training_courses": {"count": 3, "participants": 1}}, "submit": True}
    response = client.post(url, sent, format="json")
    assert response.status_code == 400
    assert response.json()["values"] == [
        "training_courses.participants: Số lượt người (01) không được ít hơn số lớp (03)."
    ]
    sent = {"values": {"training_courses": {"count": 3, "participants": 40}}}
    assert client.post(url, sent, format="json").status_code == 200
