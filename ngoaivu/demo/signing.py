"""The demo's signatures: a throwaway CA named as such, trusted by the demo office; the Giám đốc's
signature image and the Sở's seal image (both marked MẪU); keys in PKCS#12 files under
var/demo-keys/ (passphrase DEMO_PASSPHRASE, written in the README: they sign nothing real).

The July 2021 report is signed by the Giám đốc and the Sở, and the university's 9-month answer
arrives as a PDF signed by the university, both by background tasks (demo/tasks.py): they need the
report's frozen PDF, which LibreOffice makes, and `ngoaivu serve` starts the worker that runs them.
"""

import io
import math

from django.conf import settings
from django.core.files.base import ContentFile

from ngoaivu.core.background import enqueue_after_commit
from ngoaivu.core.models import TrustRoot
from ngoaivu.signatures.authority import DEMO_AUTHORITY_NAME, issue, make_authority

DEMO_PASSPHRASE = "thu-nghiem"
BLUE, RED = (20, 50, 170, 255), (200, 20, 30, 255)


def keys_dir():
    folder = settings.VAR_DIR / "demo-keys"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def signature_png(seed=1):
    """A handwritten-looking stroke in blue on a transparent background."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (480, 200), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = [(20 + x * 4.4, 110 - 55 * math.sin(x / (7 + seed)) * math.exp(-x / 140)) for x in range(100)]
    draw.line(points, fill=BLUE, width=7, joint="curve")
    draw.line([(60, 150), (420, 130)], fill=BLUE, width=5)
    return _png(image)


def seal_png(top_text, centre_text="MẪU"):
    """A round seal in red: two rings, the unit's name and MẪU in the centre (a sample, not a seal)."""
    from PIL import Image, ImageDraw

    size = 400
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse([6, 6, size - 6, size - 6], outline=RED, width=12)
    draw.ellipse([70, 70, size - 70, size - 70], outline=RED, width=5)
    font = _font(36)
    draw.text((size / 2, size / 2), centre_text, fill=RED, font=_font(64), anchor="mm")
    # The unit's name around the top, letter by letter.
    letters = list(top_text.upper())
    for index, letter in enumerate(letters):
        angle = math.pi * (1.1 + 0.8 * index / max(len(letters) - 1, 1))
        x, y = size / 2 + 148 * math.cos(angle), size / 2 + 148 * math.sin(angle)
        glyph = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((30, 30), letter, fill=RED, font=font, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        image.alpha_composite(glyph, (int(x - 30), int(y - 30)))
    return _png(image)


def _font(size):
    from PIL import ImageFont

    for path in (
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def _png(image):
    output = io.BytesIO()
    image.save(output, "PNG")
    return output.getvalue()


def create(demo):
    """The demo CA (trusted), the images and the key files; the signing itself is queued (demo/tasks.py)."""
    from ngoaivu.collection.models import Submission
    from ngoaivu.reporting.models import Report

    from .tasks import receive_signed_answer, sign_demo_report

    authority = make_authority(DEMO_AUTHORITY_NAME)
    TrustRoot.objects.create(
        name=f"{DEMO_AUTHORITY_NAME} – chỉ dùng cho dữ liệu mẫu", certificate=authority.certificate_pem.decode()
    )
    folder = keys_dir()
    chain = [authority.certificate]
    leader, sngv, university = demo.users["lanhdao"], demo.unit("SNgV"), demo.unit("DHPVD")
    holders = {
        "lanhdao": issue(authority, leader.get_full_name(), sngv.name),
        "SNgV": issue(authority, sngv.name, sngv.name),
        "DHPVD": issue(authority, university.name, university.name),
    }
    for name, issued in holders.items():
        (folder / f"{name}.p12").write_bytes(issued.pkcs12(DEMO_PASSPHRASE, chain, name))
        (folder / f"{name}.p12").chmod(0o600)
    (folder / "ca-thu-nghiem.pem").write_bytes(authority.certificate_pem)
    leader.signature_image.save("chu-ky-lanhdao.png", ContentFile(signature_png()), save=True)
    sngv.seal_image.save("con-dau-SNgV.png", ContentFile(seal_png("Sở Ngoại vụ Quảng Ngãi")), save=True)
    university.seal_image.save("con-dau-DHPVD.png", ContentFile(seal_png("Trường ĐH Phạm Văn Đồng")), save=True)

    july = Report.objects.get(unit=sngv, period_code="2021-07")
    answer = Submission.objects.get(unit=university, request__period_code="2021-9M")
    enqueue_after_commit(sign_demo_report, july.pk)
    enqueue_after_commit(receive_signed_answer, answer.pk)
