"""People and open work move with the duty: the preview, the one transaction, the refusal of a second
apply, the answers that cannot move, the focal point and the administrator's page."""

import datetime as dt

import pytest

from ngoaivu.collection.models import ReminderSent, ReportRequest, Submission, UnitTransfer
from ngoaivu.collection.reminders import due
from ngoaivu.collection.transfer import TransferError, apply_transfer, preview_transfer
from ngoaivu.core.lineage import focal_point, is_focal_on
from ngoaivu.core.models import Role, Succession, Unit
from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.services import create_report
from ngoaivu.reporting.workflow import issue, transition
from tests.conftest import make_user

BASIS = "Quyết định số 15/QĐ-UBND ngày 20/02/2025 của UBND tỉnh"


def _request(units, unit, direction, subject, deadline=dt.date(2025, 3, 20), report=None):
    return ReportRequest.objects.create(
        direction=direction,
        subject=subject,
        requested_by="Bộ Ngoại giao",
        unit=units[unit],
        template=ReportTemplate.objects.get(code="general"),
        period_code="2025-02",
        deadline=deadline,
        report=report,
    )


@pytest.fixture
def world(units, users):
    """The Sở Ngoại vụ, focal point of the province, ends on 01/3/2025 and its duties go to the Văn phòng."""
    sngv, vp = units["sngv"], units["vp"]
    Unit.objects.filter(pk=sngv.pk).update(coordinates_province=True)
    sngv.refresh_from_db()
    leader = users["leader"]
    leader.last_name, leader.position = "Nguyễn Văn Lãnh", "Giám đốc"
    leader.save()
    template = ReportTemplate.objects.get(code="general")
    gone = make_user("nghi-huu", Role.OFFICER, sngv)
    gone.is_active = False
    gone.save()
    draft = create_report(sngv, template, "2025-01")
    answer = create_report(sngv, template, "2025-02")
    issued = create_report(sngv, template, "2024")
    for action in ("submit", "approve"):
        transition(issued, action, users["admin"])
    issue(issued, today=dt.date(2025, 1, 10))
    open_incoming = _request(units, "sngv", "incoming", "Báo cáo tình hình người nước ngoài")
    answered_incoming = _request(units, "sngv", "incoming", "Báo cáo kết quả đối ngoại tháng 2", report=answer)
    closed_incoming = _request(units, "sngv", "incoming", "Báo cáo năm 2024", report=issued)
    asked = _request(units, "committee", "outgoing", "Báo cáo hợp tác quốc tế quý I")
    pending = Submission.objects.create(request=asked, unit=sngv, status=Submission.Status.DRAFT)
    ReminderSent.objects.create(submission=pending, kind=ReminderSent.Kind.THREE_DAYS)
    both = _request(units, "committee", "outgoing", "Báo cáo công tác lãnh sự")
    clash = Submission.objects.create(request=both, unit=sngv, status=Submission.Status.DRAFT, texts={"1": "Sở"})
    theirs = Submission.objects.create(request=both, unit=vp, texts={"1": "Văn phòng"})
    sent = Submission.objects.create(
        request=_request(units, "committee", "outgoing", "Báo cáo đã gửi"), unit=sngv, status="submitted"
    )
    Unit.objects.filter(pk=sngv.pk).update(ended_on=dt.date(2025, 3, 1), is_active=False)
    succession = Succession.objects.create(
        predecessor=sngv,
        successor=vp,
        kind=Succession.Kind.DUTIES,
        effective_on=dt.date(2025, 3, 1),
        legal_basis=BASIS,
    )
    return locals()


def ids(rows):
    return sorted(row["id"] for row in rows)


def test_the_preview_lists_what_moves_and_what_stays(world, users):
    preview = preview_transfer(world["succession"])
    moving = [users[name].pk for name in ("admin", "officer", "leader", "viewer")]
    assert ids(preview["users"]) == sorted(moving)  # the inactive account stays
    assert ids(preview["requests"]) == sorted([world["open_incoming"].pk, world["answered_incoming"].pk])
    # An answer sent and not yet reviewed moves too: if it is returned, the successor corrects it.
    assert ids(preview["submissions"]) == sorted([world["pending"].pk, world["sent"].pk])
    assert any("đã gửi 01 thư nhắc" in row["label"] for row in preview["submissions"])
    assert "hạn 20/03/2025" in preview["requests"][0]["label"]
    assert ids(preview["reports"]) == sorted([world["draft"].pk, world["answer"].pk])
    kept = {(row["kind"], row["id"]): row["reason"] for row in preview["kept"]}
    assert list(kept) == [("submission", world["clash"].pk)]
    assert "đã có báo cáo trả lời" in kept[("submission", world["clash"].pk)]
    assert preview["focal"]["moves"] and "Văn phòng UBND tỉnh trở thành" in preview["focal"]["label"]
    assert preview["issued"] == 1


def test_apply_moves_people_and_work_once_and_records_it(world, users):
    vp, sngv = world["vp"], world["sngv"]
    summary = apply_transfer(world["succession"], users["admin"])
    for name in ("admin", "officer", "leader", "viewer"):
        users[name].refresh_from_db()
        assert users[name].unit == vp
    world["gone"].refresh_from_db()
    assert world["gone"].unit == sngv
    assert set(ReportRequest.objects.filter(unit=vp).values_list("pk", flat=True)) == {
        world["open_incoming"].pk,
        world["answered_incoming"].pk,
    }
    assert ReportRequest.objects.get(pk=world["closed_incoming"].pk).unit == sngv
    moved = Submission.objects.get(pk=world["pending"].pk)
    assert moved.unit == vp and moved.request.deadline == dt.date(2025, 3, 20)
    assert list(moved.reminders.values_list("kind", flat=True)) == ["3d"]  # not sent again
    assert not [s for s, kind, _days in due(dt.date(2025, 3, 18)) if s.pk == moved.pk and kind == "3d"]
    assert Submission.objects.get(pk=world["sent"].pk).unit == vp  # sent, not yet reviewed: the successor's
    draft = Report.objects.get(pk=world["draft"].pk)
    assert draft.unit == vp and draft.signer_name == "Nguyễn Văn Lãnh"
    assert "Chuyển giao theo sắp xếp đơn vị" in draft.history.first().history_change_reason
    assert draft.history.count() == 2  # created, then moved: the earlier version is kept
    issued = Report.objects.get(pk=world["issued"].pk)
    assert issued.unit == sngv and issued.number_label == "01/BC-SNgV"
    vp.refresh_from_db()
    sngv.refresh_from_db()
    assert vp.coordinates_province and sngv.coordinates_province  # the ended Sở keeps its past scope
    audit = UnitTransfer.objects.get()
    assert audit.succession == world["succession"] and audit.done_by == users["admin"]
    assert audit.summary == summary
    assert ids(audit.summary["reports"]) == sorted([world["draft"].pk, world["answer"].pk])
    assert audit.summary["users"][0]["label"].endswith("(admin, Quản trị hệ thống)")
    with pytest.raises(TransferError, match="đã thực hiện ngày .*không còn gì để chuyển"):
        apply_transfer(world["succession"], users["admin"])
    assert UnitTransfer.objects.count() == 1


def test_an_answer_the_successor_already_has_stays_and_nothing_is_duplicated(world, users):
    before = Submission.objects.count()
    apply_transfer(world["succession"], users["admin"])
    assert Submission.objects.count() == before
    both = world["both"]
    assert Submission.objects.get(pk=world["clash"].pk).unit == world["sngv"]
    assert Submission.objects.get(pk=world["clash"].pk).texts == {"1": "Sở"}
    assert Submission.objects.get(pk=world["theirs"].pk).texts == {"1": "Văn phòng"}
    assert both.submissions.filter(unit=world["vp"]).count() == 1
    preview = preview_transfer(world["succession"])
    assert [row["id"] for row in preview["kept"]] == [world["clash"].pk]  # still shown, still kept


@pytest.mark.parametrize(
    "kind, moves", [(Succession.Kind.RENAME, True), (Succession.Kind.MERGE, True), (Succession.Kind.SPLIT, False)]
)
def test_the_focal_point_follows_the_duty(units, users, kind, moves):
    Unit.objects.filter(pk=units["sngv"].pk).update(coordinates_province=True, ended_on="2025-03-01", is_active=False)
    units["sngv"].refresh_from_db()
    new = Unit.objects.create(name="Sở Ngoại vụ và Du lịch", code="SNgVDL", parent=units["committee"])
    succession = Succession.objects.create(
        predecessor=units["sngv"], successor=new, kind=kind, effective_on=dt.date(2025, 3, 1), legal_basis=BASIS
    )
    assert preview_transfer(succession)["focal"]["moves"] is moves
    apply_transfer(succession, users["admin"])  # the users move in any case
    new.refresh_from_db()
    assert new.coordinates_province is moves
    # Focal from the change only: its own earlier figures are its own, not the province's.
    assert not is_focal_on(new, dt.date(2025, 2, 28))
    assert is_focal_on(new, dt.date(2025, 3, 1)) is moves


def test_a_unit_that_goes_on_hands_the_focal_point_over(units, users):
    Unit.objects.filter(pk=units["sngv"].pk).update(coordinates_province=True)
    succession = Succession.objects.create(
        predecessor=units["sngv"],
        successor=units["vp"],
        kind=Succession.Kind.DUTIES,
        effective_on=dt.date(2025, 3, 1),
        legal_basis=BASIS,
        carries_records=False,
    )
    preview = preview_transfer(succession)
    assert "vẫn tiếp tục hoạt động" in preview["notes"][0]
    apply_transfer(succession, users["admin"])
    sngv, vp = Unit.objects.get(pk=units["sngv"].pk), Unit.objects.get(pk=units["vp"].pk)
    # One focal point on each day, the change dating it: the Sở's reports before it keep the province.
    assert (is_focal_on(sngv, dt.date(2025, 2, 28)), is_focal_on(vp, dt.date(2025, 2, 28))) == (True, False)
    assert (is_focal_on(sngv, dt.date(2025, 3, 1)), is_focal_on(vp, dt.date(2025, 3, 1))) == (False, True)
    assert sngv.scope(dt.date(2021, 12, 31)).unit_ids == vp.scope(dt.date(2025, 12, 31)).unit_ids
    assert focal_point() == vp


def test_the_page_previews_then_applies_once(world, client_for):
    client = client_for("admin")
    url = f"/yeu-cau/chuyen-giao/{world['succession'].pk}/"
    page = client.get(url).content.decode()
    for text in (
        "Báo cáo tình hình người nước ngoài",
        "Báo cáo hợp tác quốc tế quý I",
        "Không chuyển: đơn vị sau sắp xếp đã có báo cáo trả lời",
        "trở thành cơ quan đầu mối đối ngoại của tỉnh",
        "01 báo cáo đã ban hành",
        BASIS,
        "có hiệu lực từ ngày 01/03/2025",
        'name="confirmed" value="1"',
    ):
        assert text in page
    assert client.post(url).status_code == 200 and not UnitTransfer.objects.exists()  # no confirmation: nothing
    response = client.post(url, {"confirmed": "1"}, follow=True)
    page = response.content.decode()
    assert "Đã chuyển sang Văn phòng UBND tỉnh: 04 người dùng, 02 yêu cầu báo cáo" in page
    assert " 00 " not in page  # what did not move is not counted as "00 …"
    assert "Các lần chuyển giao đã thực hiện" in page and "Không còn người dùng" in page
    assert 'name="confirmed"' not in page
    page = client.post(url, {"confirmed": "1"}, follow=True).content.decode()
    assert "không còn gì để chuyển" in page and UnitTransfer.objects.count() == 1


@pytest.mark.parametrize("role", ["reporter", "officer", "leader", "viewer"])
def test_only_an_administrator_opens_the_page(world, client_for, role):
    url = f"/yeu-cau/chuyen-giao/{world['succession'].pk}/"
    assert client_for(role).get(url).status_code == 403
    assert client_for(role).post(url, {"confirmed": "1"}).status_code == 403
    assert not UnitTransfer.objects.exists()


def test_an_unknown_succession_is_not_found(client_for, db):
    assert client_for("admin").get("/yeu-cau/chuyen-giao/999/").status_code == 404


def test_work_of_a_period_before_the_successor_began_stays(units, users):
    district = Unit.objects.create(name="UBND huyện thử", code="HT", kind=Unit.Kind.DISTRICT, parent=units["committee"])
    template = ReportTemplate.objects.get(code="general")
    old_draft, new_draft = create_report(district, template, "2025-H1"), create_report(district, template, "2025-Q3")
    Unit.objects.filter(pk=district.pk).update(ended_on=dt.date(2025, 7, 1), is_active=False)
    commune = Unit.objects.create(
        name="UBND xã thử", code="XT", kind=Unit.Kind.COMMUNE, parent=units["committee"], started_on=dt.date(2025, 7, 1)
    )
    succession = Succession.objects.create(
        predecessor=Unit.objects.get(pk=district.pk), successor=commune, kind="split",
        effective_on=dt.date(2025, 7, 1), legal_basis=BASIS,
    )  # fmt: skip
    preview = preview_transfer(succession)
    assert ids(preview["reports"]) == [new_draft.pk]
    kept = {row["id"]: row["reason"] for row in preview["kept"] if row["kind"] == "report"}
    assert "chưa hoạt động trong kỳ báo cáo này" in kept[old_draft.pk]
    apply_transfer(succession, users["admin"])
    assert Report.objects.get(pk=old_draft.pk).unit_id == district.pk
    assert Report.objects.get(pk=new_draft.pk).unit_id == commune.pk
