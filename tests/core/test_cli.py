"""The `ngoaivu` console script."""

import subprocess
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from ngoaivu.core.models import User


def test_createuser_makes_a_reporter_of_a_unit(units):
    call_command("create_user", "hoa", "--role", "reporter", "--unit", "VP", "--password", "Quang-Ngai-2021")
    user = User.objects.get(username="hoa")
    assert user.unit == units["vp"] and user.check_password("Quang-Ngai-2021")


def test_createuser_refuses_an_unknown_unit_and_a_weak_password(units):
    with pytest.raises(CommandError, match="Không có đơn vị"):
        call_command("create_user", "a", "--role", "officer", "--unit", "XYZ", "--password", "Quang-Ngai-2021")
    with pytest.raises(CommandError):
        call_command("create_user", "b", "--role", "officer", "--password", "123")
    with pytest.raises(CommandError, match="phải có --unit"):
        call_command("create_user", "c", "--role", "reporter", "--password", "Quang-Ngai-2021")
    assert not User.objects.exists()


def test_the_console_script_answers_help():
    result = subprocess.run([sys.executable, "-m", "ngoaivu", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    for command in ("serve", "demo", "createuser", "manage"):
        assert command in result.stdout


def test_manage_passes_through_to_django():
    result = subprocess.run(
        [sys.executable, "-m", "ngoaivu", "manage", "check"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
