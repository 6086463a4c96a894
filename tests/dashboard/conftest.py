import datetime as dt

import pytest
from django.utils import timezone


@pytest.fixture
def today(monkeypatch):
    """today(2021, 9, 10) makes that day "today" for the views and forms."""
    def set_to(year, month, day):
        moment = timezone.make_aware(dt.datetime(year, month, day, 9))
        monkeypatch.setattr(timezone, "now", lambda: moment)
    return set_to


@pytest.fixture
def login(client, demo_users):
    def as_user(username):
        client.force_login(demo_users[username])
        return client
    return as_user
