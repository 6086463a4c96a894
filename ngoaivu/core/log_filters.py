"""What the server log keeps of a refused request."""

import logging


class ClientErrorsWithoutTraceback(logging.Filter):
    """A refused request that Django logs (settings.LOGGING keeps only its errors: a 400 of an unknown Host,
    which the administrator must add to ALLOWED_HOSTS) is one line, not a traceback: nothing went wrong
    in the code."""

    def filter(self, record):
        status = getattr(record, "status_code", None)
        if record.name.startswith("django.") and isinstance(status, int) and status < 500:
            record.exc_info, record.exc_text = None, None
        return True
