"""Queueing a background task from inside a transaction.

On the database queue (the default) the task's row is written in the caller's transaction: the
task exists exactly when what it works on does, and a rolled-back change queues nothing. Another
queue (Redis) sees the task at once, before the transaction commits, so there it is queued when
the transaction commits.
"""

from django.conf import settings
from django.db import transaction


def enqueue_after_commit(task, *args):
    """task.enqueue(*args) as part of the current transaction (see the module's docstring);
    the result on the database queue, None when queued on commit."""
    if settings.TASKS_BACKEND == "rq":
        transaction.on_commit(lambda: task.enqueue(*args))
        return None
    return task.enqueue(*args)
