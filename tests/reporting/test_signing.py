"""An issued report signed by its signer, then by the organisation, from the report's page: frozen
files served as stored, the hash shown, every refusal in Vietnamese with the stored PDF untouched."""

import hashlib
import io

import pytest
from django.core.files.base import ContentFile

from asn1crypto import pem

from ngoaivu.core.models import RevocationList, Role, SigningToken, TrustRoot
from ngoaivu.reporting.frozen import DocumentSignature, IssuedDocument
from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.services import create_report
from ngoaivu.reporting.workflow import issue
from ngoaivu.signatures.authority import revocation_list
from ngoaivu.signatures.verify import check_pdf
from tests.conftest import make_user
from tests.signing_keys import authority, organisation, person, seal_png, signature_png, softhsm_token

pytestmark = pytest.mark.pdf
PASS = "mat-khau-p12"


@pytest.fixture
def ca():
    return authority()


@pytest.fixture
def signed_setup(units, users, run_tasks, ca):
    """An issued report of the Sở Ngoại vụ, its frozen files made, signed off by its leader."""
    leader = users["leader"]
    leader.first_name, leader.last_name, leader.position = "Nguyễn Văn", "An", "Giám đốc"
    leader.signature_image.save("chu-ky.png", ContentFile(signature_png()))
    units["sngv"].seal_image.save("con-dau.png", ContentFile(seal_png()))
    TrustRoot.objects.create(name="CA thử nghiệm", certificate=ca.certificate_pem.decode())
    report = create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08")
    report.signer_title, report.signer_name = "GIÁM ĐỐC", "Nguyễn Văn An"
    report.save()
    report = issue(report)
    document = IssuedDocument.objects.get(report=report)
    assert document.is_ready, document.error
    return report, document


def _login(client, user):
    client.force_login(user)
    return client


def _sign(client, report, slug, p12, passphrase=PASS):
    return client.post(
        f"/bao-cao/{report.pk}/ky-so/{slug}/",
        {"source": "pkcs12", "pkcs12": ContentFile(p12, name="khoa.p12"), "passphrase": passphrase},
    )


def test_issuing_freezes_the_files_and_downloads_serve_them(client, signed_setup, users):
    report, document = signed_setup
    _login(client, users["viewer"])
    pdf = client.get(f"/bao-cao/{report.pk}/tai-ve.pdf")
    docx = client.get(f"/bao-cao/{report.pk}/tai-ve.docx")
    assert pdf.content == document.pdf.open("rb").read() and pdf.content.startswith(b"%PDF")
    assert hashlib.sha256(pdf.content).hexdigest() == document.pdf_sha256 == pdf["ETag"].strip('"')
    assert hashlib.sha256(docx.content).hexdigest() == document.docx_sha256
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert document.pdf_sha256 in page and document.docx_sha256 in page


def test_a_change_of_the_rendering_never_changes_an_issued_document(client, signed_setup, users, monkeypatch):
    report, document = signed_setup
    for module in ("files", "tasks"):  # whichever path might render again, it would now give other bytes
        monkeypatch.setattr(f"ngoaivu.reporting.{module}.render_docx", lambda *_: b"changed")
    _login(client, users["viewer"])
    assert hashlib.sha256(client.get(f"/bao-cao/{report.pk}/tai-ve.docx").content).hexdigest() == document.docx_sha256


def test_signer_then_office_sign_and_both_signatures_hold(client, signed_setup, users, units, ca):
    report, document = signed_setup
    leader, officer = users["leader"], users["officer"]
    _login(client, officer)
    early = _sign(
        client, report, "co-quan", organisation(ca, "Sở Ngoại vụ tỉnh Quảng Ngãi").pkcs12(PASS, [ca.certificate])
    )
    assert early.status_code == 302 and "/ky-so/" not in early["Location"]  # the signer signs first
    _login(client, leader)
    response = _sign(client, report, "nguoi-ky", person(ca).pkcs12(PASS, [ca.certificate]))
    assert response.status_code == 302, response.content.decode()
    _login(client, officer)
    response = _sign(
        client, report, "co-quan", organisation(ca, "Sở Ngoại vụ tỉnh Quảng Ngãi").pkcs12(PASS, [ca.certificate])
    )
    assert response.status_code == 302, response.content.decode()
    document.refresh_from_db()
    signed = client.get(f"/bao-cao/{report.pk}/tai-ve.pdf").content
    assert hashlib.sha256(signed).hexdigest() == document.pdf_sha256 != document.rendered_pdf_sha256
    checks = check_pdf(signed, [ca.certificate_pem])
    assert [(c.field_name, c.signer) for c in checks] == [
        ("NguoiKy", "Nguyễn Văn An"),
        ("CoQuan", "Sở Ngoại vụ tỉnh Quảng Ngãi"),
    ]
    assert all(c.is_sound and c.trusted for c in checks)
    assert checks[0].only_signatures_after and checks[1].covers_whole_file
    assert list(document.signatures.values_list("kind", flat=True)) == ["person", "organisation"]
    # The chain reaches an installed root: its validation data is embedded for long-term validation.
    from pyhanko.pdf_utils.reader import PdfFileReader

    assert "/Certs" in PdfFileReader(io.BytesIO(signed)).root["/DSS"]
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert "Nguyễn Văn An" in page and document.pdf_sha256 in page and "/ky-so/" not in page


@pytest.mark.parametrize(
    "case, message",
    [
        ("passphrase", "mật khẩu không đúng"),
        ("holder", "không phải «Nguyễn Văn An»"),
        ("expired", "đã hết hạn"),
        ("revoked", "đã bị thu hồi"),
        ("untrusted", "không thuộc chuỗi tin cậy"),
    ],
)
def test_a_refused_signature_says_why_and_keeps_the_stored_pdf(client, signed_setup, users, ca, case, message):
    from datetime import datetime, timedelta, timezone

    report, document = signed_setup
    before = document.pdf_sha256
    if case == "holder":
        p12 = person(ca, name="Trần Văn Bình").pkcs12(PASS, [ca.certificate])
    elif case == "expired":
        now = datetime.now(timezone.utc)
        p12 = person(ca, valid_from=now - timedelta(days=400), valid_to=now - timedelta(days=30)).pkcs12(PASS, [])
    elif case == "untrusted":  # the right name, from a CA the office never installed
        home_made = authority()
        p12 = person(home_made).pkcs12(PASS, [home_made.certificate])
    elif case == "revoked":
        holder = person(ca)
        crl = revocation_list(ca, [holder.certificate])
        RevocationList.objects.create(name="CRL thử nghiệm", crl=pem.armor("X509 CRL", crl).decode())
        p12 = holder.pkcs12(PASS, [])
    else:
        p12 = person(ca).pkcs12(PASS, [])
    _login(client, users["leader"])
    response = _sign(client, report, "nguoi-ky", p12, passphrase="sai" if case == "passphrase" else PASS)
    assert response.status_code == 200 and message in response.content.decode()
    document.refresh_from_db()
    assert document.pdf_sha256 == before and not DocumentSignature.objects.exists()


def test_only_the_named_signer_and_the_office_may_sign(client, signed_setup, users, units):
    report, _document = signed_setup
    other_leader = make_user("phogiamdoc", Role.LEADER, units["sngv"])
    for user, slug, status in [
        (users["viewer"], "nguoi-ky", 403),
        (other_leader, "nguoi-ky", 403),
        (users["officer"], "nguoi-ky", 403),
        (users["leader"], "co-quan", 403),
        (users["other_reporter"], "nguoi-ky", 404),
    ]:
        _login(client, user)
        assert client.get(f"/bao-cao/{report.pk}/ky-so/{slug}/").status_code == status, (user, slug)


def test_sign_with_a_token_asks_the_pin(client, signed_setup, users, ca, tmp_path):
    report, document = signed_setup
    token = softhsm_token(tmp_path, person(ca), pin="246810")
    SigningToken.objects.create(
        user=users["leader"], module=token.module, token_label=token.token_label, key_label=token.key_label
    )
    _login(client, users["leader"])
    wrong = client.post(f"/bao-cao/{report.pk}/ky-so/nguoi-ky/", {"source": "token", "pin": "000000"})
    assert wrong.status_code == 200 and "Mã PIN của thiết bị ký số" in wrong.content.decode()
    response = client.post(f"/bao-cao/{report.pk}/ky-so/nguoi-ky/", {"source": "token", "pin": "246810"})
    assert response.status_code == 302, response.content.decode()
    document.refresh_from_db()
    checks = check_pdf(document.pdf.open("rb").read(), [ca.certificate_pem])
    assert len(checks) == 1 and checks[0].is_sound and checks[0].signer == "Nguyễn Văn An"
    assert document.signatures.get().key_source == "token"


def test_a_token_whose_labels_hold_two_spaces_is_found_by_them(client, signed_setup, users, ca, tmp_path):
    report, document = signed_setup
    token = softhsm_token(tmp_path, person(ca), token_label="NGOAI  VU", key_label="ky  so", pin="246810")
    SigningToken.objects.create(
        user=users["leader"], module=token.module, token_label=token.token_label, key_label=token.key_label
    )
    _login(client, users["leader"])
    response = client.post(f"/bao-cao/{report.pk}/ky-so/nguoi-ky/", {"source": "token", "pin": "246810"})
    assert response.status_code == 302, response.content.decode()
    assert document.signatures.get().key_source == "token"


def test_a_draft_pdf_is_converted_by_a_task_and_served_again_while_unchanged(client, units, users, run_tasks):
    report = create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08")
    _login(client, users["officer"])
    first = client.get(f"/bao-cao/{report.pk}/tai-ve.pdf")
    assert first.status_code == 200 and first.content.startswith(b"%PDF")
    assert client.get(f"/bao-cao/{report.pk}/tai-ve.pdf")["ETag"] == first["ETag"]
    assert Report.objects.get(pk=report.pk).preview_pdfs.count() == 1


def test_a_signature_by_a_certificate_revoked_since_is_reported(client, signed_setup, users, ca):
    from ngoaivu.core.signature_checks import check_signatures, rows

    report, document = signed_setup
    holder = person(ca)
    _login(client, users["leader"])
    assert _sign(client, report, "nguoi-ky", holder.pkcs12(PASS, [ca.certificate])).status_code == 302
    document.refresh_from_db()
    signed = document.pdf.open("rb").read()
    assert check_signatures(signed).sound
    RevocationList.objects.create(
        name="CRL", crl=pem.armor("X509 CRL", revocation_list(ca, [holder.certificate])).decode()
    )
    checked = check_signatures(signed)
    [row] = rows(checked)
    assert not row["sound"] and "Chứng thư số đã bị thu hồi." in [line for line, _good in row["notes"]]


def test_the_seal_covers_the_left_third_of_the_signature_as_drawn(client, signed_setup, users, ca):
    """A signature image of another shape than 2:1 (the demo's is 12:5): the seal follows the
    signature field as it stands in the PDF, not a box computed again."""
    from ngoaivu.demo.signing import signature_png as wide_signature
    from ngoaivu.signatures.stamps import POINTS_PER_MM, SEAL_DIAMETER_MM, field_box

    report, document = signed_setup
    leader = users["leader"]
    leader.signature_image.save("rong.png", ContentFile(wide_signature()))
    _login(client, leader)
    assert _sign(client, report, "nguoi-ky", person(ca).pkcs12(PASS, [ca.certificate])).status_code == 302
    _login(client, users["officer"])
    office = organisation(ca, "Sở Ngoại vụ tỉnh Quảng Ngãi").pkcs12(PASS, [ca.certificate])
    assert _sign(client, report, "co-quan", office).status_code == 302
    document.refresh_from_db()
    signed = document.pdf.open("rb").read()
    signature, seal_field = field_box(signed, "NguoiKy"), field_box(signed, "CoQuan")
    assert signature.width / signature.height == pytest.approx(480 / 200, abs=0.05)
    seal_left = signature.left + signature.width / 3 - SEAL_DIAMETER_MM * POINTS_PER_MM
    assert seal_field.left == pytest.approx(seal_left, abs=1.0)


def test_a_signer_without_a_signature_image_is_told_so_before_choosing_a_key(client, signed_setup, users):
    report, _document = signed_setup
    leader = users["leader"]
    leader.signature_image.delete(save=True)
    _login(client, leader)
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert "Chưa có ảnh chữ ký của bạn nên chưa ký số được" in page and "Quản trị › Người dùng" in page
    assert f"/bao-cao/{report.pk}/ky-so/nguoi-ky/" not in page
    assert '<button class="primary" type="button" disabled aria-describedby="sign-missing-reason">' in page
    # The signing page itself says it at once, before any key file is chosen.
    response = client.get(f"/bao-cao/{report.pk}/ky-so/nguoi-ky/", follow=True)
    assert response.redirect_chain == [(f"/bao-cao/{report.pk}/", 302)]
    assert "Chưa có ảnh chữ ký của bạn nên chưa ký số được" in response.content.decode()
