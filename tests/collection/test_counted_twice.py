"""An outgoing request asks no two units whose figures count the same register rows of the period: the asking
unit's own work and the answers are added up (compiled_figures.compiled_cells). One rule, the model's
(ReportRequest.asked_units_errors), over all the units asked: the request's form, Submission.clean, the admin."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from ngoaivu.collection.models import ReportRequest, Submission
from ngoaivu.core.models import Succession, Unit
from ngoaivu.reporting.models import ReportTemplate

NEW = "/yeu-cau/tao/yeu-cau-di/"


def outgoing_data(asker, recipients, period="2023"):
    return {
        "subject": f"Báo cáo công tác đối ngoại năm {period}",
        "requested_by": "",
        "unit": asker.pk,
        "template": ReportTemplate.objects.get(code="general").pk,
        "period_code": period,
        "deadline": "20/11/2023",
        "recipients": [unit.pk for unit in recipients],
    }


@pytest.fixture
def justice(units):
    """The Sở Tư pháp, still running, which handed some of its duties (and their records) to the Văn phòng
    UBND tỉnh on 01/03/2021: the Văn phòng's own scope holds it up to 28/02/2021."""
    unit = Unit.objects.create(name="Sở Tư pháp", code="STP", parent=units["committee"])
    Succession.objects.create(
        predecessor=unit,
        successor=units["vp"],
        kind=Succession.Kind.DUTIES,
        effective_on=dt.date(2021, 3, 1),
        carries_records=True,
        duties="Quản lý hoạt động lãnh sự",
    )
    return unit


@pytest.fixture
def centre(units):
    return Unit.objects.create(name="Trung tâm Hội nghị tỉnh", code="TTHN", parent=units["vp"])


def test_a_unit_that_handed_duties_over_before_the_period_is_asked(client_for, units, justice, clock):
    # Its rows of 2023 are its own: the Văn phòng's register counts them up to 28/02/2021 only.
    clock(2023, 11, 15)
    response = client_for("officer").post(NEW, outgoing_data(units["vp"], [justice, units["dh"]]))
    assert response.status_code == 302, response.context["form"].errors
    assert {s.unit for s in ReportRequest.objects.get().submissions.all()} == {justice, units["dh"]}


def test_a_unit_whose_rows_of_the_period_the_asker_counts_is_refused_without_being_called_under_it(
    client_for, units, justice, clock
):
    clock(2023, 11, 15)
    refused = client_for("officer").post(NEW, outgoing_data(units["vp"], [justice], period="2021"))
    assert refused.context["form"].errors["recipients"] == [
        "Không gửi yêu cầu cho Sở Tư pháp: số liệu của Sở Tư pháp từ ngày 01/01/2021 đến ngày 28/02/2021 đã có "
        "trong sổ theo dõi của Văn phòng UBND tỉnh, được tổng hợp vào báo cáo và sẽ được tính lại trong báo cáo "
        "của Sở Tư pháp."
    ]
    assert not ReportRequest.objects.exists() and not Submission.objects.exists()


def test_two_units_asked_one_under_the_other_are_refused(client_for, units, centre, clock):
    # The Văn phòng's answer counts its centre's rows (its own scope holds its tree): the centre's would add them again.
    clock(2023, 11, 15)
    refused = client_for("officer").post(NEW, outgoing_data(units["sngv"], [units["vp"], centre, units["dh"]]))
    assert refused.context["form"].errors["recipients"] == [
        "Không gửi yêu cầu cho cả Văn phòng UBND tỉnh và Trung tâm Hội nghị tỉnh: Trung tâm Hội nghị tỉnh trực "
        "thuộc Văn phòng UBND tỉnh, số liệu của Trung tâm Hội nghị tỉnh sẽ được tính hai lần khi tổng hợp."
    ]
    assert not ReportRequest.objects.exists() and not Submission.objects.exists()


def test_the_unit_above_the_asker_is_refused(client_for, units, centre, clock):
    clock(2023, 11, 15)
    refused = client_for("officer").post(NEW, outgoing_data(centre, [units["vp"]]))
    assert refused.context["form"].errors["recipients"] == [
        "Không gửi yêu cầu cho Văn phòng UBND tỉnh: Trung tâm Hội nghị tỉnh trực thuộc Văn phòng UBND tỉnh, số "
        "liệu của Trung tâm Hội nghị tỉnh đã có trong sổ theo dõi, được tổng hợp vào báo cáo và sẽ được tính lại "
        "trong báo cáo của Văn phòng UBND tỉnh."
    ]
    assert not ReportRequest.objects.exists() and not Submission.objects.exists()


def test_an_answer_added_to_a_request_is_checked_against_the_units_already_asked(outgoing, units, centre):
    request = outgoing(period="2021-08", recipients=("vp",))
    with pytest.raises(ValidationError) as refused:
        Submission(request=request, unit=centre).full_clean()
    assert refused.value.message_dict["unit"] == [
        "Không gửi yêu cầu cho cả Văn phòng UBND tỉnh và Trung tâm Hội nghị tỉnh: Trung tâm Hội nghị tỉnh trực "
        "thuộc Văn phòng UBND tỉnh, số liệu của Trung tâm Hội nghị tỉnh sẽ được tính hai lần khi tổng hợp."
    ]
    Submission(request=request, unit=units["dh"]).full_clean()  # another unit's rows: asked
    request.submissions.get(unit=units["vp"]).full_clean()  # the stored answer itself: not against itself


def test_the_admin_refuses_two_rows_one_under_the_other(client_for, units, users, centre):
    from .test_request_admin import ADD, admin_data

    rows = {"submissions-TOTAL_FORMS": "2", "submissions-0-status": "not_started", "submissions-0-comment": ""}
    rows |= {"submissions-1-status": "not_started", "submissions-1-comment": ""}
    data = {"direction": ReportRequest.Direction.OUTGOING, "period_code": "2026", **rows}
    data |= {"submissions-0-unit": units["vp"].pk, "submissions-1-unit": centre.pk}
    client = client_for("admin")
    refused = client.post(ADD, admin_data(units, users, **data))
    assert refused.status_code == 200
    (formset,) = refused.context["inline_admin_formsets"]
    assert formset.formset.errors[1]["unit"] == [
        "Không gửi yêu cầu cho cả Văn phòng UBND tỉnh và Trung tâm Hội nghị tỉnh: Trung tâm Hội nghị tỉnh trực "
        "thuộc Văn phòng UBND tỉnh, số liệu của Trung tâm Hội nghị tỉnh sẽ được tính hai lần khi tổng hợp."
    ]
    assert not ReportRequest.objects.exists()
    saved = client.post(ADD, admin_data(units, users, **(data | {"submissions-1-unit": units["dh"].pk})))
    assert saved.status_code == 302
    assert {s.unit for s in ReportRequest.objects.get().submissions.all()} == {units["vp"], units["dh"]}


def test_two_units_asked_that_count_the_same_predecessors_rows_are_refused(client_for, units, justice, clock):
    # Of 2021 the Văn phòng counts the Sở Tư pháp's rows to 28/02/2021, as the Sở Tư pháp does: of 2023, not.
    clock(2023, 11, 15)
    client = client_for("officer")
    refused = client.post(NEW, outgoing_data(units["sngv"], [units["vp"], justice], period="2021"))
    assert refused.context["form"].errors["recipients"] == [
        "Không gửi yêu cầu cho cả Sở Tư pháp và Văn phòng UBND tỉnh: số liệu của Sở Tư pháp từ ngày 01/01/2021 "
        "đến ngày 28/02/2021 được tính trong báo cáo của cả hai đơn vị và sẽ được tính hai lần khi tổng hợp."
    ]
    assert not ReportRequest.objects.exists() and not Submission.objects.exists()
    assert client.post(NEW, outgoing_data(units["sngv"], [units["vp"], justice])).status_code == 302


def _change_data(request, rows, **changes):
    """The admin's change form of request as stored, its answers' rows as given [(submission or None, unit)]."""
    from .test_request_admin import admin_data

    data = {"submissions-TOTAL_FORMS": str(len(rows)), "submissions-INITIAL_FORMS": str(sum(1 for s, _u in rows if s))}
    for index, (submission, unit) in enumerate(rows):
        prefix = f"submissions-{index}-"
        data |= {prefix + "unit": unit.pk, prefix + "status": "not_started", prefix + "comment": ""}
        if submission is not None:
            data |= {prefix + "id": submission.pk, prefix + "request": request.pk}
    stored = {
        "direction": request.direction,
        "subject": request.subject,
        "requested_by": request.requested_by,
        "period_code": request.period_code,
        "deadline": request.deadline.strftime("%d/%m/%Y"),
    }
    return admin_data({"sngv": request.unit}, None, **(stored | data | changes))


def test_a_request_stored_before_the_rule_is_saved_with_its_answers_and_refuses_a_new_overlap(
    client_for, outgoing, units, centre
):
    # Stored before the rule: the Văn phòng and its centre both asked (bypassing the model's checks).
    request = outgoing(period="2021-08", recipients=("vp",))
    old = Submission.objects.create(request=request, unit=centre)
    vp = request.submissions.get(unit=units["vp"])
    url = f"/quan-tri/collection/reportrequest/{request.pk}/change/"
    client = client_for("admin")
    rows = [(vp, units["vp"]), (old, centre)]
    saved = client.post(url, _change_data(request, rows, deadline="15/09/2021"))
    assert saved.status_code == 302, saved.context["inline_admin_formsets"][0].formset.errors
    request.refresh_from_db()
    assert request.deadline == dt.date(2021, 9, 15) and request.submissions.count() == 2
    # A unit newly asked that counts the same rows is refused beside it, the old answers kept.
    other = Unit.objects.create(name="Phòng Lễ tân", code="PLT", parent=units["vp"])
    refused = client.post(url, _change_data(request, [*rows, (None, other)]))
    assert refused.status_code == 200
    (formset,) = refused.context["inline_admin_formsets"]
    assert formset.formset.errors[2]["unit"][0].startswith(
        "Không gửi yêu cầu cho cả Văn phòng UBND tỉnh và Phòng Lễ tân"
    )
    assert formset.formset.errors[0] == {} and formset.formset.errors[1] == {}
    # A request that asks anew (another period) has its overlap said again.
    anew = client.post(url, _change_data(request, rows, period_code="2021-09", deadline="15/10/2021"))
    assert anew.status_code == 200
    (formset,) = anew.context["inline_admin_formsets"]
    assert formset.formset.errors[1]["unit"][0].startswith("Không gửi yêu cầu cho cả Văn phòng UBND tỉnh và Trung tâm")
    assert request.submissions.count() == 2
    # Submission.clean alike: a stored answer stands, the same unit newly asked elsewhere does not.
    old.full_clean()
    with pytest.raises(ValidationError):
        Submission(request=request, unit=other).full_clean()
