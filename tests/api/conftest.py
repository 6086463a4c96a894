# Fixtures of other packages' tests, shared here so that test modules take them as arguments only.
from tests.collection.conftest import outgoing  # noqa: F401
from tests.procedures.conftest import procedure  # noqa: F401
