"""The detail page: every field and the history of changes, who and what."""

from datetime import date

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
