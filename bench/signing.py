"""How long an issued report takes to become a signed electronic document, step by step, on this
machine: rendering the PDF (LibreOffice, in the worker), the signer's and the organisation's
signatures (PKCS#12; with and without the chain's validation data), and checking both.

    .venv/bin/python bench/signing.py [--runs 5]

The report (eight sections of the seeds' wording, about seven pages) and the keys (a throwaway
CA) are made here.
"""

import argparse
import os
import statistics
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ngoaivu.settings")

import django  # noqa: E402

django.setup()

from ngoaivu.demo.signing import seal_png, signature_png  # noqa: E402
from ngoaivu.reporting.docx_render import render_docx  # noqa: E402
from ngoaivu.reporting.document import ReportDocument, Section, Signature  # noqa: E402
from ngoaivu.reporting.pdf import docx_to_pdf  # noqa: E402
from ngoaivu.signatures import authority, keys, pades, stamps, verify  # noqa: E402

NAME, TITLE, UNIT = "Nguyễn Viết Vy", "GIÁM ĐỐC", "Sở Ngoại vụ tỉnh Quảng Ngãi"
PARAGRAPH = (
    "Trong tháng, Sở đã tham mưu UBND tỉnh đón tiếp 04 đoàn khách quốc tế với 19 lượt người đến thăm, làm việc "
    "tại tỉnh; tổ chức 02 đoàn ra với 07 lượt người; tiếp nhận 03 dự án viện trợ phi chính phủ nước ngoài."
)


def timed(step, runs):
    results, seconds = None, []
    for _ in range(runs):
        start = time.perf_counter()
        results = step()
        seconds.append(time.perf_counter() - start)
    return results, statistics.median(seconds)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    document = ReportDocument(
        parent_body="UBND TỈNH QUẢNG NGÃI",
        issuer="SỞ NGOẠI VỤ",
        number_suffix="BC-SNgV",
        place="Quảng Ngãi",
        year=2021,
        title="Kết quả công tác đối ngoại tháng 7/2021",
        sections=[Section(str(n), f"Mục {n}", 2, [PARAGRAPH] * 8) for n in range(1, 9)],
        recipients=["UBND tỉnh;", "Lưu: VT."],
        signature=Signature(TITLE, NAME),
        number=2,
        issued_on=date(2021, 8, 5),
    )
    pdf, render = timed(lambda: docx_to_pdf(render_docx(document)), max(1, runs // 2))
    ca = authority.make_authority()
    person = keys.from_pkcs12(authority.issue(ca, NAME, UNIT).pkcs12("x", [ca.certificate]), "x")
    office = keys.from_pkcs12(authority.issue(ca, UNIT, UNIT).pkcs12("x", [ca.certificate]), "x")
    signature, seal = signature_png(), seal_png("Sở Ngoại vụ Quảng Ngãi")
    roots = [ca.certificate_pem]

    def sign_both(trust):
        placement = stamps.find_placement(pdf, NAME, TITLE, image_ratio=stamps.image_ratio(signature))
        first = pades.Stamp(
            "NguoiKy", placement.page, placement.signature, stamps.signer_style(signature, placement.signature)
        )
        once = pades.sign(pdf, person, first, trust_roots=trust)
        text = stamps.organisation_text(UNIT, datetime.now(timezone(timedelta(hours=7))).replace(microsecond=0))
        second = pades.Stamp(
            "CoQuan", placement.page, placement.organisation, stamps.organisation_style(seal, placement), {"info": text}
        )
        return pades.sign(once, office, second, trust_roots=trust)

    plain, sign_plain = timed(lambda: sign_both([]), runs)
    ltv, sign_ltv = timed(lambda: sign_both(roots), runs)
    checks, check = timed(lambda: verify.check_pdf(ltv, roots), runs)
    assert [c.is_sound and c.trusted for c in checks] == [True, True]
    pages = len(__import__("pypdfium2").PdfDocument(pdf))
    print(f"report: {pages} pages, PDF {len(pdf) / 1024:.0f} KB")
    print(f"render DOCX → PDF (LibreOffice, the worker's part): {render:.2f} s")
    print(f"signer + organisation, PKCS#12, B-B:                 {sign_plain:.2f} s ({len(plain) / 1024:.0f} KB)")
    print(f"signer + organisation, PKCS#12, with validation data: {sign_ltv:.2f} s ({len(ltv) / 1024:.0f} KB)")
    print(f"check both signatures:                               {check:.2f} s")


if __name__ == "__main__":
    main()
