"""The one error the reader raises: its message is a single Vietnamese line for the user."""


class ReadError(Exception):
    """A file that cannot be read (encrypted, damaged, empty, not a document, too large).

    str(error) is one line of Vietnamese meant to be shown as is.
    """

    def __init__(self, message: str):
        super().__init__(" ".join(message.split()))
