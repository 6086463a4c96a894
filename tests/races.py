"""Two saves of one row from the same version at the same moment, each on its own connection."""

import threading
import time

from django.db import connection
from django.db.models.signals import post_save

from ngoaivu.core.locking import VersionConflict, save_if_unchanged


def save_at_once(model, pk, field, values, started_from=1):
    """({value: "saved" or ("refused", version found)}, errors) of one thread per value.

    The winner's transaction lingers 0.3 s after its write, so the other save really meets it.
    """
    barrier = threading.Barrier(len(values))
    results, errors = {}, []

    def linger(sender, instance, **kwargs):
        time.sleep(0.3)

    def save(value):
        try:
            mine = model.objects.get(pk=pk)
            setattr(mine, field, value)
            barrier.wait(timeout=10)
            try:
                save_if_unchanged(mine, started_from)
                results[value] = "saved"
            except VersionConflict as conflict:
                results[value] = ("refused", conflict.current)
        except Exception as error:  # noqa: BLE001 - returned to the test
            errors.append(error)
        finally:
            connection.close()

    post_save.connect(linger, sender=model)
    try:
        threads = [threading.Thread(target=save, args=(value,)) for value in values]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    finally:
        post_save.disconnect(linger, sender=model)
    return results, errors
