"""The signatures of a PDF that arrives (a unit's report, a file checked on its own page, the
`ngoaivu verify` command), checked against the office's trust roots, in the user's language."""

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.utils.translation import gettext

from ngoaivu.pure.wording import screen_date
from ngoaivu.signatures import fields
from ngoaivu.signatures.verify import NO_SIGNATURE, SignatureCheck, VerifyError, all_sound, check_pdf

from .certificates import revocation_lists, trust_roots
from .errors import error_text

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


@dataclass
class Checked:
    """The checks of one file: sound when it has signatures and every one is intact and covers it."""

    checks: list
    error: str = ""

    @property
    def sound(self):
        return not self.error and all_sound(self.checks)

    @property
    def has_signatures(self):
        return bool(self.checks)


def check_signatures(pdf: bytes) -> Checked:
    try:
        return Checked(check_pdf(pdf, trust_roots(), revocation_lists()))
    except VerifyError as error:
        return Checked([], error_text(error))


def signed_time(check: SignatureCheck) -> str:
    """ "31/08/2021 10:15:00 (2021-08-31T10:15:00+07:00)": Vietnam's time, as read and in ISO 8601."""
    if check.signed_at is None:
        return ""
    moment = check.signed_at.astimezone(VIETNAM)
    return f"{screen_date(moment.date())} {moment:%H:%M:%S} ({moment.isoformat(timespec='seconds')})"


def notes(check: SignatureCheck) -> list[tuple[str, bool]]:
    """(line in the user's language, good) per finding."""
    return [(error_text(note), note.good) for note in check.notes]


def field_label(check: SignatureCheck) -> str:
    """The signature's field as the page and the messages name it: «Người ký», not NguoiKy."""
    label = fields.FIELD_LABELS.get(check.field_name)
    return gettext(label) if label else check.field_name  # another program's name is shown, not translated


def summary(check: SignatureCheck) -> str:
    """One line per signature, for messages and the command's text output."""
    if check.is_valid:
        state = gettext("hợp lệ")
    elif check.is_sound:
        state = gettext("nguyên vẹn nhưng chứng thư chưa được tin cậy")
    else:
        state = gettext("không hợp lệ")
    who = check.signer + (
        f" ({check.organisation})" if check.organisation and check.organisation != check.signer else ""
    )
    return gettext("Chữ ký «%(field)s» của %(who)s, ký lúc %(time)s: %(state)s. %(notes)s") % {
        "field": field_label(check),
        "who": who or gettext("(không rõ người ký)"),
        "time": signed_time(check) or gettext("(không rõ)"),
        "state": state,
        "notes": " ".join(line for line, _good in notes(check)),
    }


def rows(checked: Checked) -> list[dict]:
    """What the page's table shows per signature."""
    return [
        {
            "check": check,
            "field": field_label(check),
            "time": signed_time(check),
            "notes": notes(check),
            "sound": check.is_valid,
        }
        for check in checked.checks
    ]


def signature_lines(pdf: bytes) -> list[dict]:
    """What is kept of a received PDF's signatures beside it: [{"line": summary, "sound": bool}],
    or one line saying the file cannot be read (sound False) or has none (sound None: a plain fact,
    for many units still send unsigned files, not a broken signature)."""
    checked = check_signatures(pdf)
    if checked.error:
        return [{"line": checked.error, "sound": False}]
    if not checked.has_signatures:
        return [{"line": gettext(NO_SIGNATURE), "sound": None}]
    return [{"line": summary(check), "sound": check.is_valid} for check in checked.checks]
