"""The errors of the pure core and the reader, shown in the user's language.

ngoaivu.pure.messages.MessageError (PeriodError, FigureError, ReadError) and
ngoaivu.sandbox.LimitExceeded carry a gettext_noop template (.message) and its values
(.params); str() of them is the Vietnamese line. Whatever page, form or command shows one to
a user shows error_text(error).
"""

import unicodedata

from django.utils.translation import gettext

from ngoaivu.pure.os_reasons import REASONS, os_reason as pure_os_reason
from ngoaivu.signatures.fields import FIELD_LABELS

# Params that are marked words themselves, said in the same language as the line they stand in.
WORD_PARAMS = REASONS | frozenset(FIELD_LABELS.values())


def error_text(error: BaseException) -> str:
    """The error's message translated into the active language, its params filled in.

    An error without a template (an UploadError, whose text is already translated) is shown as
    str(error).
    """
    message, params = getattr(error, "message", None), getattr(error, "params", None)
    if not isinstance(message, str) or not isinstance(params, dict):
        return str(error)
    # A file's reason for failing (ngoaivu.pure.os_reasons), a signature field's label (ngoaivu.signatures.fields).
    params = {
        name: gettext(value) if isinstance(value, str) and value in WORD_PARAMS else value
        for name, value in params.items()
    }
    return " ".join((gettext(message) % params).split())


def _folded(text):
    return unicodedata.normalize("NFC", str(text)).casefold()


def names_its_field(label, message) -> bool:
    """Whether message begins by naming the field labelled label, as a whole word ("Ngày đi không được
    trước ngày đến." under «Ngày đi»; not "Ngày đến …" under «Ngày»), whatever its case or Unicode form."""
    head, text = _folded(label).strip().rstrip(":").rstrip(), _folded(message).lstrip()
    return bool(head) and text.startswith(head) and (len(text) == len(head) or not text[len(head)].isalnum())


def with_label(label, message) -> str:
    """An error said away from its field (a form's error summary, an import's list of rows): "label:
    message", or the message alone when it names its field first already, so that the label is not
    said twice («Ngày đi: Ngày đi không được trước ngày đến.»). A message that does not name it
    («Trường này là bắt buộc.») keeps the label."""
    message = str(message)
    if not str(label).strip() or names_its_field(label, message):
        return message
    return f"{label}: {message}"


def os_reason(error: OSError) -> str:
    """Why a file could not be read or written, in a few Vietnamese words (the system's strerror is
    English): for a command's one line, «Không ghi được tệp «x.docx»: không có thư mục chứa tệp.»
    The reasons are ngoaivu.pure.os_reasons', which the reader gives its errors too (error_text
    translates them there, with the line they stand in)."""
    return pure_os_reason(error)
