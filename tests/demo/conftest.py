import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings


@pytest.fixture(scope="package")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """Load the demo once for the package and roll it back afterwards, so other tests start empty.
    Its files (images, demo keys) go to the package's own folders: two test processes loading the
    demo at once must not write each other's keys (a signature would then reach the other's CA)."""
    folder = tmp_path_factory.mktemp("demo-package")
    with (
        override_settings(MEDIA_ROOT=str(folder / "uploads"), VAR_DIR=folder),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        out = io.StringIO()
        call_command("load_demo", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)


@pytest.fixture
def loaded(demo, db):
    return demo
