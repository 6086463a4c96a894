import pytest
from rest_framework.test import APIClient


@pytest.fixture
def api(users):
    """api("officer") is an API client signed in as that role."""
    def login(name):
        client = APIClient()
        client.force_authenticate(users[name])
        return client
    return login
