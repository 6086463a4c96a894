"""The detail page: every field and the history of changes, who and what."""

from datetime import date

import pytest

from ngoaivu.register.models import IncomingDelegation
from tests.register.rows import delegation_form


def test_history_shows_who_changed_what(client_for, units, users):
    client = client_for("officer")
    data = delegation_form(units, person_visits="5")
    client.post("/so-theo-doi/doan-vao/them/", data)
    record = IncomingDelegation.objects.get()
    client.post(f"/so-theo-doi/doan-vao/{record.pk}/sua/", {**data, "person_visits": "7", "country": "TH"})
    response = client.get(f"/so-theo-doi/doan-vao/{record.pk}/")
    history = response.context["history"]
    assert [entry["kind"] for entry in history] == ["Sửa", "Tạo mới"]
    assert history[0]["user"] == users["officer"]
    changes = {str(c["field"]): (c["old"], c["new"]) for c in history[0]["changes"]}
    assert changes == {"số lượt người": ("5", "7"), "quốc tịch": ("Lào", "Thái Lan")}
    body = response.content.decode()
    assert "Lịch sử thay đổi" in body and "Thái Lan" in body


def test_detail_of_a_plan_lists_its_items(client_for, units):
    from ngoaivu.register.models import DelegationPlan, DelegationPlanItem

    plan = DelegationPlan.objects.create(unit=units["vp"], year=2025)
    DelegationPlanItem.objects.create(
        plan=plan,
        direction="out",
        country="KR",
        purpose="Chính quyền số",
        planned_period="Quý III hoặc Quý IV",
        persons=4,
    )
    response = client_for("leader").get(f"/so-theo-doi/ke-hoach-doan/{plan.pk}/")
    (child,) = response.context["children"]
    assert len(child["rows"]) == 1 and "Hàn Quốc" in response.content.decode()


def test_a_cited_document_and_a_parent_row_are_linked_to_their_pages(client_for, units):
    from ngoaivu.core.models import LegalDocument
    from ngoaivu.register.models import DelegationPlan, DelegationPlanItem

    letter = LegalDocument.objects.create(doc_type="Công văn", number="1821/VP-HCQT", issued_on=date(2024, 8, 9))
    plan = DelegationPlan.objects.create(unit=units["vp"], year=2025, plan_document=letter)
    item = DelegationPlanItem.objects.create(
        plan=plan, direction="out", country="KR", purpose="Chính quyền số", planned_period="Quý III", persons=4
    )
    client = client_for("leader")
    fields = {
        str(label): url for label, _value, url in client.get(f"/so-theo-doi/ke-hoach-doan/{plan.pk}/").context["fields"]
    }
    assert f"/so-theo-doi/van-ban/{letter.pk}/" in fields.values()
    assert fields["đơn vị"] is None  # a unit has no page of the register
    page = client.get(f"/so-theo-doi/ke-hoach-doan-muc/{item.pk}/").content.decode()
    assert f'href="/so-theo-doi/ke-hoach-doan/{plan.pk}/"' in page


def _cited_letter(units):
    """A letter of the UBND tỉnh cited by rows of three units: two tasks and a plan."""
    from ngoaivu.core.models import LegalDocument
    from ngoaivu.register.models import AssignedTask, DelegationPlan

    letter = LegalDocument.objects.create(doc_type="Công văn", number="1821/VP-HCQT", issued_on=date(2024, 8, 9))
    rows = {
        "vp": AssignedTask.objects.create(unit=units["vp"], title="Rà soát thỏa thuận", year=2024, assigned_by=letter),
        "dh": AssignedTask.objects.create(
            unit=units["dh"], title="Đón lưu học sinh Lào", year=2024, result_document=letter
        ),
        "sngv": DelegationPlan.objects.create(unit=units["sngv"], year=2025, plan_document=letter),
    }
    return letter, rows


def _citing_rows(response):
    return {
        (row.pk, type(row).__name__, tuple(map(str, fields)))
        for g in response.context["citing"]
        for row, fields, _ in g["rows"]
    }


@pytest.mark.parametrize("role", ["admin", "officer", "leader", "viewer"])
def test_a_document_lists_every_row_citing_it_to_those_who_read_every_unit(client_for, units, role):
    letter, rows = _cited_letter(units)
    response = client_for(role).get(f"/so-theo-doi/van-ban/{letter.pk}/")
    assert _citing_rows(response) == {
        (rows["vp"].pk, "AssignedTask", ("văn bản giao",)),
        (rows["dh"].pk, "AssignedTask", ("văn bản kết quả",)),
        (rows["sngv"].pk, "DelegationPlan", ("văn bản xây dựng kế hoạch",)),
    }
    page = response.content.decode()
    assert "Được trích dẫn ở" in page
    assert f'href="/so-theo-doi/nhiem-vu/{rows["dh"].pk}/">Đón lưu học sinh Lào</a>' in page
    assert f'href="/so-theo-doi/ke-hoach-doan/{rows["sngv"].pk}/"' in page


@pytest.mark.parametrize(("role", "unit"), [("reporter", "vp"), ("other_reporter", "dh")])
def test_a_unit_reporter_sees_only_its_own_units_rows_citing_a_document(client_for, units, role, unit):
    letter, rows = _cited_letter(units)
    response = client_for(role).get(f"/so-theo-doi/van-ban/{letter.pk}/")
    ((pk, model, _fields),) = _citing_rows(response)
    assert (pk, model) == (rows[unit].pk, "AssignedTask")
    page = response.content.decode()
    assert f'href="/so-theo-doi/nhiem-vu/{rows[unit].pk}/"' in page
    assert ("Rà soát thỏa thuận" in page) == (unit == "vp") and ("Đón lưu học sinh Lào" in page) == (unit == "dh")
    assert f'href="/so-theo-doi/ke-hoach-doan/{rows["sngv"].pk}/"' not in page  # nor that another unit's plan cites it


def test_a_document_no_row_cites_shows_no_citing_rows(client_for, units):
    from ngoaivu.core.models import LegalDocument

    letter = LegalDocument.objects.create(doc_type="Công văn", number="12/SNgV-VP", issued_on=date(2024, 8, 9))
    response = client_for("officer").get(f"/so-theo-doi/van-ban/{letter.pk}/")
    assert response.context["citing"] == [] and "Được trích dẫn ở" not in response.content.decode()
