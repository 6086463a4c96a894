"""Messages of the pure core for the user: Vietnamese, marked for the catalogue, translated above.

A message is a gettext_noop("… %(name)s …") constant; the error carries it and its params apart,
so that str(error) is the Vietnamese line (the CLI, logs, tests) and the Django side shows
gettext(error.message) % error.params in the user's language (ngoaivu.core.errors.error_text).
No Django import here: makemessages finds the messages by the name gettext_noop.
"""

from __future__ import annotations


def gettext_noop(message: str) -> str:
    """Marks a message for the translation catalogue; the Django side translates it when shown."""
    return message


class MessageError(Exception):
    """An error whose message is a marked template and its params.

    message: the Vietnamese template (a gettext_noop constant); params: its %(name)s values.
    str(error) is the Vietnamese text. The error survives pickling (a sandboxed parse sends it
    from the child process), message and params included.
    """

    def __init__(self, message: str, **params: object):
        self.message, self.params = message, params
        super().__init__(self.text())

    def text(self) -> str:
        """The message in Vietnamese, its params filled in."""
        return self.message % self.params

    def __str__(self) -> str:
        return self.text()

    def __reduce__(self):
        return _rebuild, (type(self), self.message, self.params, dict(self.__dict__))


def _rebuild(cls, message, params, state):
    error = cls.__new__(cls)
    MessageError.__init__(error, message, **params)
    error.__dict__.update(state)
    return error
