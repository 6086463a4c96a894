"""ngoaivu verify FILE [--json]: every signature of a PDF, checked against the office's trust roots.

Exits 0 only when the file has signatures and every one is intact with nothing but other
signatures added after it; 1 otherwise (2 for a file that cannot be read)."""

import json
import sys
from pathlib import Path

from django.utils.translation import gettext

from ngoaivu.core.management.base import BaseCommand, WrongValue
from ngoaivu.core.errors import os_reason
from ngoaivu.core.signature_checks import check_signatures, notes, signed_time, summary
from ngoaivu.signatures.verify import NO_SIGNATURE


class Command(BaseCommand):
    help = "Kiểm tra chữ ký số của tệp PDF: nguyên vẹn, bao trùm tệp, người ký, thời điểm ký, chuỗi tin cậy."

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="TỆP", help="tệp PDF")
        parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")

    def handle(self, *args, file, json: bool = False, **options):
        path = Path(file)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise WrongValue(f"Không đọc được tệp {file}: {os_reason(error)}.", returncode=2) from None
        checked = check_signatures(data)
        if json:
            self.stdout.write(_as_json(path, checked))
        elif checked.error:
            self.stdout.write(checked.error)
        elif not checked.has_signatures:
            self.stdout.write(gettext(NO_SIGNATURE))
        else:
            for check in checked.checks:
                self.stdout.write(summary(check))
        if checked.error:
            sys.exit(2)
        if not checked.sound:
            sys.exit(1)


def _as_json(path, checked):
    signatures = [
        {
            "field": check.field_name,
            "signer": check.signer,
            "organisation": check.organisation,
            "signed_at": check.signed_at.isoformat() if check.signed_at else None,
            "signed_at_text": signed_time(check),
            "timestamped": check.timestamped,
            "intact": check.intact,
            "covers_whole_file": check.covers_whole_file,
            "only_signatures_after": check.only_signatures_after,
            "trusted": check.trusted,
            "sound": check.is_sound,
            "notes": [line for line, _good in notes(check)],
        }
        for check in checked.checks
    ]
    result = {"file": str(path), "sound": checked.sound, "error": checked.error or None, "signatures": signatures}
    return json.dumps(result, ensure_ascii=False, indent=2)
