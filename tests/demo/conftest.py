import io

import pytest
from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="package")
def demo(django_db_setup, django_db_blocker):
    """Load the demo once for the package and roll it back afterwards, so other tests start empty."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            out = io.StringIO()
            call_command("load_demo", stdout=out)
            yield out.getvalue()
            transaction.set_rollback(True)


@pytest.fixture
def loaded(demo, db):
    return demo
