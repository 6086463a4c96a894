"""Passwords are stored in Argon2id at the OWASP cost; one kept in PBKDF2 still signs in and is stored anew."""

import pytest
from argon2 import extract_parameters
from django.contrib.auth.hashers import check_password, make_password

from ngoaivu import settings as project_settings
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def production_hashers(settings):
    settings.PASSWORD_HASHERS = project_settings.PASSWORD_HASHERS


def test_a_new_password_is_argon2id_with_19_mib_two_passes_one_lane(production_hashers):
    encoded = make_password("mat-khau-moi-2026")
    algorithm, _, argon2_hash = encoded.partition("$")
    assert algorithm == "argon2" and argon2_hash.startswith("argon2id$")
    parameters = extract_parameters("$" + argon2_hash)
    assert (parameters.memory_cost, parameters.time_cost, parameters.parallelism) == (19456, 2, 1)
    assert check_password("mat-khau-moi-2026", encoded) and not check_password("mat-khau-khac-2026", encoded)


def test_a_password_kept_in_pbkdf2_signs_in_and_is_stored_in_argon2id(client, users, production_hashers):
    officer = users["officer"]
    officer.password = make_password(PASSWORD, hasher="pbkdf2_sha256")
    officer.save(update_fields=["password"])
    response = client.post("/dang-nhap/", {"username": "officer", "password": PASSWORD}, REMOTE_ADDR="10.1.2.3")
    assert response.status_code == 302
    officer.refresh_from_db()
    assert officer.password.startswith("argon2$argon2id$")
    assert check_password(PASSWORD, officer.password)
