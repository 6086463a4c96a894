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
