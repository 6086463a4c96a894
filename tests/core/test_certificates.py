"""The office's trust roots and revocation lists: pasted into the admin, or files in SIGNING_TRUST_DIR."""

import pytest
from django.core.exceptions import ValidationError

from ngoaivu.core.certificates import RevocationList, TrustRoot, revocation_lists, trust_roots
from ngoaivu.signatures.authority import make_authority, revocation_list


def test_roots_and_lists_come_from_the_admin_and_the_trust_folder(db, settings, tmp_path):
    settings.SIGNING_TRUST_DIR = str(tmp_path)
    pasted, filed = make_authority(), make_authority()
    TrustRoot.objects.create(name="Gốc 1", certificate=pasted.certificate_pem.decode())
    TrustRoot.objects.create(name="Gốc cũ", certificate=make_authority().certificate_pem.decode(), is_active=False)
    (tmp_path / "goc-2.crt").write_bytes(filed.certificate_pem)
    (tmp_path / "ghi-chu.txt").write_text("không phải chứng thư")
    (tmp_path / "ca.crl").write_bytes(revocation_list(filed, []))
    assert trust_roots() == [pasted.certificate_pem, filed.certificate_pem]
    assert revocation_lists() == [(tmp_path / "ca.crl").read_bytes()]


def test_no_trust_folder_reads_nothing_from_the_working_directory(db, settings):
    settings.SIGNING_TRUST_DIR = ""
    assert trust_roots() == [] and revocation_lists() == []


def test_a_pasted_text_that_is_no_certificate_or_crl_is_refused_in_vietnamese(db):
    with pytest.raises(ValidationError, match="không phải chứng thư số X.509"):
        TrustRoot(name="Sai", certificate="-----BEGIN CERTIFICATE-----\nabc\n-----END CERTIFICATE-----").full_clean()
    with pytest.raises(ValidationError, match="không phải danh sách chứng thư số bị thu hồi"):
        RevocationList(name="Sai", crl="không phải CRL").full_clean()


def test_the_same_root_twice_is_refused(db):
    root = make_authority().certificate_pem.decode()
    TrustRoot.objects.create(name="Gốc", certificate=root)
    with pytest.raises(ValidationError, match="đã có trong danh sách tin cậy") as refused:
        TrustRoot(name="Gốc lần hai", certificate=root).full_clean()
    assert "certificate" in refused.value.message_dict


def test_the_admin_refuses_a_root_pasted_twice_beside_the_field(client, users):
    root = make_authority().certificate_pem.decode()
    client.force_login(users["admin"])
    first = client.post("/quan-tri/core/trustroot/add/", {"name": "Gốc", "certificate": root, "is_active": "on"})
    assert first.status_code == 302 and TrustRoot.objects.count() == 1
    again = client.post("/quan-tri/core/trustroot/add/", {"name": "Gốc 2", "certificate": root, "is_active": "on"})
    assert again.status_code == 200 and "đã có trong danh sách tin cậy" in again.content.decode()
    assert TrustRoot.objects.count() == 1
