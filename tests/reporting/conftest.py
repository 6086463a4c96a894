"""The office's request to its units, as the collection tests make it: the summary of a report names the late."""

from tests.collection.conftest import outgoing  # noqa: F401
