"""How passwords are stored."""

from django.contrib.auth.hashers import Argon2PasswordHasher


class Argon2idHasher(Argon2PasswordHasher):
    """Argon2id at the cost the OWASP Password Storage Cheat Sheet recommends first (19 MiB, two
    passes, one lane): memory-hard against guessing on graphics cards, and a few milliseconds of CPU
    per sign-in where PBKDF2 at Django's count took 0.44 s, which fifty people signing in at once
    could not afford. Django's own Argon2 settings ask 100 MiB and eight lanes per sign-in."""

    time_cost = 2
    memory_cost = 19 * 1024  # KiB
    parallelism = 1
