import pytest


@pytest.fixture
def login(client, demo_users):
    def as_user(username):
        client.force_login(demo_users[username])
        return client

    return as_user
