"""Deleting asks first, and a record that others point to is kept with a message."""

from datetime import date

from ngoaivu.register.models import IncomingDelegation


def test_delete_asks_for_confirmation_first(client_for, incoming):
    record = incoming()
    client = client_for("officer")
    response = client.get(f"/so-theo-doi/doan-vao/{record.pk}/xoa/")
    assert response.status_code == 200 and "Xác nhận xóa" in response.content.decode()
    assert IncomingDelegation.objects.exists()
    client.post(f"/so-theo-doi/doan-vao/{record.pk}/xoa/")
    assert not IncomingDelegation.objects.exists()


def test_a_document_still_cited_cannot_be_deleted(client_for, units):
    from ngoaivu.core.models import LegalDocument
    from ngoaivu.register.models import AbtcApplication

    decision = LegalDocument.objects.create(doc_type="Quyết định", number="88/QĐ-UBND", issued_on=date(2021, 4, 1))
    AbtcApplication.objects.create(
        unit=units["sngv"],
        enterprise="Công ty A",
        businesspeople=2,
        received_on=date(2021, 3, 1),
        status="approved",
        decided_on=date(2021, 4, 1),
        decision=decision,
    )
    response = client_for("officer").post(f"/so-theo-doi/van-ban/{decision.pk}/xoa/", follow=True)
    assert "Không xóa được" in response.content.decode()
    assert LegalDocument.objects.filter(pk=decision.pk).exists()


def test_deleting_a_plan_says_first_that_its_items_go_with_it_and_come_back_with_it(client_for, units):
    from ngoaivu.register.models import DelegationPlan, DelegationPlanItem

    plan = DelegationPlan.objects.create(unit=units["sngv"], year=2025)
    for country in ("KR", "JP"):
        DelegationPlanItem.objects.create(
            plan=plan, direction="out", country=country, purpose="Học tập", planned_period="Quý III", persons=3
        )
    page = client_for("officer").get(f"/so-theo-doi/ke-hoach-doan/{plan.pk}/xoa/").content.decode()
    assert (
        "Cùng xóa 02 đoàn trong kế hoạch của bản ghi này; khôi phục bản ghi này sẽ đưa cả các mục đó trở lại." in page
    )
