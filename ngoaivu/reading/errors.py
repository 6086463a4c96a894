"""The one error the reader raises: its message is a single Vietnamese line for the user."""

from ngoaivu.pure.messages import MessageError


class ReadError(MessageError):
    """A file that cannot be read (encrypted, damaged, empty, not a document, too large).

    message is a gettext_noop template and params its values; str(error) is one line of
    Vietnamese meant to be shown as is (the Django side shows it translated).
    """

    def text(self) -> str:
        return " ".join(super().text().split())
