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


def test_a_reporter_is_told_of_other_units_citing_rows_by_number_only(client_for, units):
    from tests.register.rows import make_row

    document = make_row("van-ban", units["vp"])  # the Văn phòng's, which its reporter may delete
    task = make_row("nhiem-vu", units["vp"])
    task.assigned_by = document
    task.save()
    for _ in range(2):  # the Sở's delegations, which the Văn phòng's reporter does not read
        row = make_row("doan-ra", units["sngv"])
        row.dispatch_decision = document
        row.save()
    url = f"/so-theo-doi/van-ban/{document.pk}/xoa/"
    page = client_for("reporter").post(url, follow=True).content.decode()
    assert "Không xóa được: văn bản đang được trích dẫn ở 01 nhiệm vụ được giao, 02 bản ghi của đơn vị khác." in page
    assert "02 đoàn ra" not in page
    page = client_for("officer").post(url, follow=True).content.decode()
    assert "văn bản đang được trích dẫn ở 02 đoàn ra, 01 nhiệm vụ được giao." in page
