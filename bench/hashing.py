"""What one sign-in costs to check its password: Argon2id at the project's cost against PBKDF2 at
Django's (the hasher before), in CPU milliseconds, and how many sign-ins two cores check a second.

    .venv/bin/python bench/hashing.py [--rounds 20]
"""

import argparse
import os
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ngoaivu.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth.hashers import PBKDF2PasswordHasher  # noqa: E402

from ngoaivu.accounts.hashers import Argon2idHasher  # noqa: E402


def cpu_ms(hasher, encoded, rounds):
    started = time.process_time()
    for _ in range(rounds):
        assert hasher.verify("mat-khau-2026-thu", encoded)
    return (time.process_time() - started) * 1000 / rounds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds
    for name, hasher in (
        ("Argon2id (19 MiB, t=2, p=1)", Argon2idHasher()),
        ("PBKDF2-SHA256 (Django 5.2)", PBKDF2PasswordHasher()),
    ):
        encoded = hasher.encode("mat-khau-2026-thu", hasher.salt())
        ms = cpu_ms(hasher, encoded, rounds)
        print(f"{name:<30} {ms:7.1f} ms of CPU a sign-in; {2 * 1000 / ms:6.0f} sign-ins a second on 2 cores")


if __name__ == "__main__":
    main()
