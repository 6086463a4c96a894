"""Running steps at the same moment, each in its own thread on its own database connection.

`at_once` is the one runner of the race tests (SQLite and PostgreSQL); `save_at_once` is two
saves of one row from the same version, built on it.
"""

import threading
import time

from django.db import connection
from django.db.models.signals import post_save

from ngoaivu.core.locking import VersionConflict, save_if_unchanged


def at_once(steps, linger_on):
    """Run each step (a callable) in its own thread, all released together; [result or error] in order.

    The winner's transaction lingers 0.3 s after its write of a `linger_on` row, so the others
    really meet it.
    """
    barrier, results = threading.Barrier(len(steps)), [None] * len(steps)

    def linger(sender, instance, **kwargs):
        time.sleep(0.3)

    def run(index, step):
        try:
            barrier.wait(timeout=30)
            results[index] = step()
        except Exception as error:  # noqa: BLE001 - returned to the test
            results[index] = error
        finally:
            connection.close()

    post_save.connect(linger, sender=linger_on)
    try:
        threads = [threading.Thread(target=run, args=(index, step)) for index, step in enumerate(steps)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    finally:
        post_save.disconnect(linger, sender=linger_on)
    return results


def save_at_once(model, pk, field, values, started_from=1):
    """({value: "saved" or ("refused", version found)}, errors) of one thread per value.

    Each thread's copy of the row is read before they start, from the same version.
    """
    copies = []
    for value in values:
        mine = model.objects.get(pk=pk)
        setattr(mine, field, value)
        copies.append(mine)

    def save(mine):
        try:
            save_if_unchanged(mine, started_from)
            return "saved"
        except VersionConflict as conflict:
            return ("refused", conflict.current)

    outcomes = at_once([lambda mine=mine: save(mine) for mine in copies], linger_on=model)
    results = {value: outcome for value, outcome in zip(values, outcomes) if not isinstance(outcome, Exception)}
    errors = [outcome for outcome in outcomes if isinstance(outcome, Exception)]
    return results, errors
