"""The demo's signed documents: the July 2021 report signed by the Giám đốc and the Sở with the
demo CA (trusted by the demo office, named as a test CA), and the university's answer arriving as a
signed PDF whose signature is checked on arrival."""

import pytest

from ngoaivu.collection.models import Submission
from ngoaivu.core.certificates import trust_roots
from ngoaivu.core.models import TrustRoot, Unit, User
from ngoaivu.demo.tasks import receive_signed_answer, sign_demo_report
from ngoaivu.pure.stamp_images import check_stamp_image
from ngoaivu.reporting.models import Report
from ngoaivu.signatures.verify import check_pdf

pytestmark = pytest.mark.pdf


def test_the_demo_images_are_usable_and_the_test_ca_says_what_it_is(demo, db):
    assert check_stamp_image(User.objects.get(username="lanhdao").signature_image.open("rb").read())
    for code in ("SNgV", "DHPVD"):
        assert check_stamp_image(Unit.objects.get(code=code).seal_image.open("rb").read())
    assert "THỬ NGHIỆM" in TrustRoot.objects.get().name and "dữ liệu mẫu" in TrustRoot.objects.get().name


def test_the_demo_report_is_signed_twice_and_the_answer_arrives_signed(demo, db):
    report = Report.objects.get(unit__code="SNgV", period_code="2021-07")
    sign_demo_report.call(report.pk)
    document = report.issued_document
    document.refresh_from_db()
    checks = check_pdf(document.pdf.open("rb").read(), trust_roots())
    assert [(c.signer, c.is_sound, c.trusted) for c in checks] == [
        ("Nguyễn Viết Vy", True, True),
        ("Sở Ngoại vụ tỉnh Quảng Ngãi", True, True),
    ]
    answer = Submission.objects.get(unit__code="DHPVD", request__period_code="2021-9M")
    receive_signed_answer.call(answer.pk)
    answer.refresh_from_db()
    assert answer.uploaded_file.endswith(".pdf") and answer.stored_file.open("rb").read().startswith(b"%PDF")
    assert [s["sound"] for s in answer.signatures] == [True]
    assert "Trường Đại học Phạm Văn Đồng" in answer.signatures[0]["line"]
