"""A request recorded in the admin keeps the request's own rules (ReportRequest.clean), beside its field."""

from ngoaivu.collection.models import ReportRequest
from ngoaivu.reporting.models import ReportTemplate

ADD = "/quan-tri/collection/reportrequest/add/"


def admin_data(units, users, **changes):
    return {
        "direction": ReportRequest.Direction.INCOMING,
        "subject": "Báo cáo công tác đối ngoại năm 2027",
        "requested_by": "Bộ Ngoại giao",
        "unit": units["sngv"].pk,
        "template": ReportTemplate.objects.get(code="general").pk,
        "period_code": "2027",
        "deadline": "15/12/2026",
        "submissions-TOTAL_FORMS": "0",
        "submissions-INITIAL_FORMS": "0",
        "submissions-MIN_NUM_FORMS": "0",
        "submissions-MAX_NUM_FORMS": "1000",
        **changes,
    }


def test_the_admin_refuses_a_deadline_before_its_period_begins(client_for, units, users):
    client = client_for("admin")
    assert client.get(ADD).status_code == 200
    refused = client.post(ADD, admin_data(units, users))
    assert refused.status_code == 200
    assert refused.context["adminform"].form.errors["deadline"] == [
        "Hạn báo cáo không được trước ngày bắt đầu kỳ báo cáo năm 2027 (01/01/2027)."
    ]
    assert not ReportRequest.objects.exists()
    # Before the period's end stays allowed: a year's report is asked for in its December.
    saved = client.post(ADD, admin_data(units, users, period_code="2026"))
    assert saved.status_code == 302, saved.context["adminform"].form.errors
    recorded = ReportRequest.objects.get()
    assert recorded.period_code == "2026" and recorded.created_by == users["admin"]  # who recorded it, not asked


def test_the_admin_refuses_to_ask_the_asking_unit_or_a_unit_under_it(client_for, units, users):
    # The rule is the model's (ReportRequest.asked_units_errors, asked by Submission.clean and the inline's
    # formset): the admin's answers row says it beside the unit, as the request's form does.
    from ngoaivu.core.models import Unit

    centre = Unit.objects.create(name="Trung tâm Dịch vụ đối ngoại", code="TTDVĐN", parent=units["sngv"])
    rows = {"submissions-TOTAL_FORMS": "1", "submissions-0-status": "not_started", "submissions-0-comment": ""}
    outgoing = {"direction": ReportRequest.Direction.OUTGOING, "period_code": "2026", **rows}
    client = client_for("admin")
    for unit, error in (
        (centre, "Không gửi yêu cầu cho Trung tâm Dịch vụ đối ngoại: đơn vị trực thuộc Sở Ngoại vụ"),
        (units["sngv"], "Không gửi yêu cầu cho chính đơn vị mình"),
    ):
        refused = client.post(ADD, admin_data(units, users, **outgoing, **{"submissions-0-unit": unit.pk}))
        assert refused.status_code == 200
        (formset,) = refused.context["inline_admin_formsets"]
        assert formset.formset.errors[0]["unit"][0].startswith(error)
        assert not ReportRequest.objects.exists()
    saved = client.post(ADD, admin_data(units, users, **outgoing, **{"submissions-0-unit": units["vp"].pk}))
    assert saved.status_code == 302
    assert ReportRequest.objects.get().submissions.get().unit == units["vp"]
