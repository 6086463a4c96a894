"""Dates of what has already happened are never after today, and a status agrees with its dates:
refused beside the field in a form, the API and an import alike (Record.past_dates, the models' checks)."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from ngoaivu.register import models as m

from .rows import make


def refusal(row):
    with pytest.raises(ValidationError) as refused:
        row.full_clean()
    return refused.value.message_dict


@pytest.mark.parametrize(
    ("model", "field"),
    [
        (m.ConsularCase, "occurred_on"),
        (m.AbtcApplication, "received_on"),
        (m.ForeignAid, "approved_on"),
        (m.FishingIncident, "occurred_on"),
        (m.ForeignResident, "arrived_on"),
        (m.AgreementStep, "done_on"),
    ],
)
def test_a_date_of_what_happened_after_today_is_refused(units, clock, model, field):
    clock(2026, 12, 4)
    row = make(model, units["sngv"])
    setattr(row, field, date(2026, 12, 4))
    row.full_clean()  # today is fine
    setattr(row, field, date(2030, 3, 10))
    label = row._meta.get_field(field).verbose_name
    message = f"{label[0].upper()}{label[1:]} 10/03/2030 chưa đến (hôm nay là 04/12/2026): chỉ ghi việc đã diễn ra."
    assert refusal(row)[field] == [message]


def test_planned_work_may_be_recorded_ahead(units, clock):
    clock(2026, 12, 4)
    for model, field in ((m.IncomingDelegation, "start_date"), (m.Conference, "start_date")):
        row = make(model, units["sngv"])
        setattr(row, field, date(2027, 1, 15))
        if hasattr(row, "status"):
            row.status = "planned"  # an event with a status is recorded ahead as planned (test_done_dates.py)
        row.full_clean()


def test_a_consular_case_is_closed_with_its_date_and_open_without(units):
    case = make(m.ConsularCase, units["sngv"])
    case.status, case.closed_on = "open", date(2021, 3, 12)
    assert "nếu đã giải quyết, chọn tình trạng «Đã giải quyết»" in refusal(case)["closed_on"][0]
    case.status, case.closed_on = "closed", None
    assert refusal(case)["closed_on"] == ["Vụ việc đã giải quyết phải có ngày giải quyết xong."]
    case.closed_on = date(2021, 3, 12)
    case.full_clean()


def test_an_agreement_has_a_signing_date_only_once_signed_and_is_not_in_force_before(units):
    agreement = make(m.Agreement, units["sngv"])
    agreement.signed_on = date(2021, 3, 12)
    assert "chưa có ngày ký" in refusal(agreement)["signed_on"][0]
    agreement.status, agreement.valid_from = "in_force", date(2021, 3, 1)
    assert refusal(agreement)["valid_from"] == ["Hiệu lực từ không được trước ngày ký."]
    agreement.valid_from = date(2021, 3, 12)
    agreement.full_clean()


def test_a_task_is_dated_as_it_was_given_and_done(units, clock):
    clock(2026, 12, 4)
    task = make(m.AssignedTask, units["sngv"])
    task.year, task.due, task.due_date = 2026, "q1", date(2026, 3, 31)
    assert refusal(task)["due_date"] == ["Chỉ ghi hạn hoàn thành khi thời gian hoàn thành là «Theo ngày»."]
    task.due, task.due_date = "date", date(2019, 6, 1)
    assert refusal(task)["due_date"] == ["Hạn hoàn thành không được trước năm giao nhiệm vụ."]
    task.due_date = date(2027, 1, 15)  # a task of one year may be due early in the next
    task.completed_on = date(2026, 2, 1)
    assert refusal(task)["completed_on"] == ["Chỉ ghi ngày hoàn thành khi nhiệm vụ đã hoàn thành."]
    task.progress, task.completed_on = "done", date(2030, 1, 1)
    assert "chưa đến (hôm nay là 04/12/2026)" in refusal(task)["completed_on"][0]
    task.completed_on = date(2026, 11, 30)
    task.full_clean()


def test_the_form_the_api_and_an_import_refuse_it_beside_the_field(client_for, api, units, clock):
    clock(2026, 12, 4)
    form = {
        "unit": units["sngv"].pk,
        "title": "Công dân bị tạm giữ",
        "kind": "protection",
        "country": "CN",
        "occurred_on": "10/03/2030",
        "persons": "1",
        "status": "open",
    }
    response = client_for("officer").post("/so-theo-doi/lanh-su/them/", form)
    assert response.status_code == 200
    assert "chưa đến (hôm nay là 04/12/2026)" in response.context["form"].errors["occurred_on"][0]
    payload = {**form, "occurred_on": "2030-03-10"}
    answer = api("officer").post("/api/register/lanh-su/", payload, format="json")
    assert answer.status_code == 400 and "chưa đến" in answer.json()["occurred_on"][0]
    assert not m.ConsularCase.objects.exists()
