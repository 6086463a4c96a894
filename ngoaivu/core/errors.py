"""The errors of the pure core and the reader, shown in the user's language.

ngoaivu.pure.messages.MessageError (PeriodError, FigureError, ReadError) and
ngoaivu.sandbox.LimitExceeded carry a gettext_noop template (.message) and its values
(.params); str() of them is the Vietnamese line. Whatever page, form or command shows one to
a user shows error_text(error).
"""

from django.utils.translation import gettext


def error_text(error: BaseException) -> str:
    """The error's message translated into the active language, its params filled in.

    An error without a template (an UploadError, whose text is already translated) is shown as
    str(error).
    """
    message, params = getattr(error, "message", None), getattr(error, "params", None)
    if not isinstance(message, str) or not isinstance(params, dict):
        return str(error)
    return " ".join((gettext(message) % params).split())
