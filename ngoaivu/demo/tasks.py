"""The demo's signing, run by the worker once the demo is loaded (demo/signing.py): the July 2021
report signed by the Giám đốc, then the Sở; the university's answer arriving as a signed PDF."""

from datetime import date

from django.utils import timezone
from django.utils.translation import gettext_noop
from django_tasks import task

from .signing import DEMO_PASSPHRASE, keys_dir

RECTOR = ("HIỆU TRƯỞNG", "Trần Văn Hải")


@task()
def sign_demo_report(report_id: int) -> str:
    from ngoaivu.core.models import User
    from ngoaivu.reporting.frozen import DocumentSignature, IssuedDocument
    from ngoaivu.reporting.models import Report
    from ngoaivu.reporting.signing import sign_report
    from ngoaivu.reporting.tasks import freeze_issued

    report = Report.objects.select_related("unit").get(pk=report_id)
    if not IssuedDocument.objects.get(report=report).is_ready:
        freeze_issued.call(report_id)
    folder = keys_dir()
    for username, key, kind in [
        ("lanhdao", "lanhdao", DocumentSignature.Kind.PERSON),
        ("chuyenvien", "SNgV", DocumentSignature.Kind.ORGANISATION),
    ]:
        if not DocumentSignature.objects.filter(document__report=report, kind=kind).exists():
            pkcs12 = (folder / f"{key}.p12").read_bytes()
            sign_report(report, User.objects.get(username=username), kind, pkcs12=pkcs12, passphrase=DEMO_PASSPHRASE)
    return IssuedDocument.objects.get(report=report).pdf_sha256


@task()
def receive_signed_answer(submission_id: int) -> str:
    """The university's 9-month answer as the PDF it would send: made from its texts, signed with
    the university's seal, kept beside the answer with its signatures checked."""
    from ngoaivu.collection.models import ReadingState, Submission
    from ngoaivu.collection.reading_said import part
    from ngoaivu.collection.services import keep_file
    from ngoaivu.core.signature_checks import signature_lines
    from ngoaivu.reporting.docx_render import render_docx
    from ngoaivu.reporting.document import ReportDocument, Section, Signature
    from ngoaivu.reporting.pdf import docx_to_pdf
    from ngoaivu.signatures import keys, pades, stamps
    from ngoaivu.signatures.fields import ORGANISATION_FIELD

    submission = Submission.objects.select_related("unit", "request").get(pk=submission_id)
    texts = [text for text in submission.texts.values() if text] or ["Không có hoạt động đối ngoại phát sinh."]
    document = ReportDocument(
        parent_body="UBND TỈNH QUẢNG NGÃI",
        issuer=submission.unit.name.upper(),
        number_suffix=f"BC-{submission.unit.code}",
        place="Quảng Ngãi",
        year=2021,
        title="Kết quả công tác đối ngoại 9 tháng đầu năm 2021",
        sections=[Section("I", "KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI", 1, texts[:3])],
        recipients=["Sở Ngoại vụ;", "Lưu: VT."],
        signature=Signature(*RECTOR),
        number=52,
        issued_on=date(2021, 9, 8),
    )
    pdf = docx_to_pdf(render_docx(document))
    signer = keys.from_pkcs12((keys_dir() / f"{submission.unit.code}.p12").read_bytes(), DEMO_PASSPHRASE)
    with submission.unit.seal_image.open("rb") as handle:
        seal = handle.read()
    placement = stamps.find_placement(pdf, RECTOR[1], RECTOR[0])
    text = stamps.organisation_text(submission.unit.name, timezone.localtime())
    stamp = pades.Stamp(
        ORGANISATION_FIELD,
        placement.page,
        placement.organisation,
        stamps.organisation_style(seal, placement),
        {"info": text},
    )
    signed = pades.sign(pdf, signer, stamp, reason="Văn bản điện tử (dữ liệu mẫu)", location="Quảng Ngãi")
    submission.uploaded_file = f"bao-cao-9-thang-2021-{submission.unit.code}.pdf"
    keep_file(submission, signed, "pdf")
    submission.signatures = signature_lines(signed)
    submission.reading_state = ReadingState.DONE
    sent = gettext_noop("Tệp báo cáo đơn vị gửi kèm bản trả lời, có chữ ký số của đơn vị (dữ liệu mẫu).")
    submission.reading_said = [part(sent)]
    submission.save(update_fields=["signatures", "reading_state", "reading_said", "updated_at"])
    return submission.signatures[0]["line"]
