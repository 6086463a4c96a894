"""What the server log keeps of a refused request."""

import logging


class ClientErrorsWithoutTraceback(logging.Filter):
    """A 403 or 404 is one line in the log (who asked for what is worth keeping: a reporter trying
    another unit's pages shows there), not a traceback: nothing went wrong in the code."""

    def filter(self, record):
        status = getattr(record, "status_code", None)
        if record.name.startswith("django.") and isinstance(status, int) and status < 500:
            record.exc_info, record.exc_text = None, None
        return True
