"""A leader's signature image and a unit's seal image: refused with the reason unless a PNG with
transparency, beside the field, whoever saves them (the admin's forms validate the model)."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.pure.test_stamp_images import png


def errors_of(instance):
    with pytest.raises(ValidationError) as refused:
        instance.full_clean()
    return refused.value.message_dict


def test_a_signature_must_be_a_transparent_png(users):
    leader = users["leader"]
    leader.signature_image = SimpleUploadedFile("chu-ky.jpg", b"\xff\xd8\xff\xe0" + bytes(100))
    assert errors_of(leader) == {
        "signature_image": ["Tệp ảnh phải là ảnh PNG (tệp .png); tệp đã chọn không phải ảnh PNG."]
    }
    leader.signature_image = SimpleUploadedFile("chu-ky.png", png(colour=2))
    assert "không có nền trong suốt" in errors_of(leader)["signature_image"][0]
    leader.signature_image = SimpleUploadedFile("chu-ky.png", png(colour=6))
    leader.full_clean()  # taken


def test_a_seal_must_be_a_transparent_png(units):
    sngv = units["sngv"]
    sngv.seal_image = SimpleUploadedFile("dau.png", png(colour=6)[:-20])
    assert "bị hỏng" in errors_of(sngv)["seal_image"][0]
    sngv.seal_image = SimpleUploadedFile("dau.png", png(400, 400, colour=6))
    sngv.full_clean()


def test_the_administrator_uploads_them_in_the_admin(client_for, users, units):
    client = client_for("admin")
    page = client.get(f"/quan-tri/core/user/{users['leader'].pk}/change/")
    assert page.status_code == 200 and 'name="signature_image"' in page.content.decode()
    page = client.get(f"/quan-tri/core/unit/{units['sngv'].pk}/change/")
    assert page.status_code == 200 and 'name="seal_image"' in page.content.decode()
