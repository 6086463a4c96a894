"""A mistake in a command's arguments is one line of Vietnamese (core/management/base.py), never
argparse's English usage; --help still explains the arguments."""

import subprocess
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from ngoaivu.pure.arguments import usage_error

SEE = " Xem tham số của lệnh: ngoaivu make_report --help"


@pytest.fixture
def cli(monkeypatch):
    from ngoaivu import cli

    monkeypatch.setattr(cli, "_django", lambda: None)
    return cli.main


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (["make_report", "--bogus"], "Thiếu tham số bắt buộc: --unit, --period."),
        (["make_report", "--unit", "SNgV", "--period", "2021-08", "--bogus"], "Lệnh không nhận tham số: --bogus."),
        (
            ["make_report", "--unit", "SNgV", "--period", "2021-08", "--format", "odt"],
            "--format: «odt» không phải lựa chọn hợp lệ; chọn một trong: docx, pdf, json.",
        ),
        (["make_report", "--period", "2021-08", "--unit"], "--unit: thiếu giá trị."),
    ],
)
def test_a_wrong_argument_is_one_line_of_vietnamese(cli, capsys, arguments, said):
    with pytest.raises(SystemExit) as stopped:
        cli(arguments)
    assert stopped.value.code == 2
    assert capsys.readouterr().err == said + SEE + "\n"


def test_djangos_own_commands_say_it_in_vietnamese_too(cli, capsys):
    with pytest.raises(SystemExit) as stopped:
        cli(["check", "--fail-level", "LOUD"])
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert error.startswith("--fail-level: «LOUD» không phải lựa chọn hợp lệ; chọn một trong: CRITICAL, ERROR,")
    assert error.count("\n") == 1 and "invalid" not in error


def test_call_command_raises_the_vietnamese_line():
    with pytest.raises(CommandError) as refused:
        call_command("make_report", "--unit", "SNgV", "--period", "2021-08", "--format", "odt")
    assert str(refused.value) == "--format: «odt» không phải lựa chọn hợp lệ; chọn một trong: docx, pdf, json."
    with pytest.raises(CommandError, match="^Thiếu tham số bắt buộc: TÊN_ĐĂNG_NHẬP, --role.$"):
        call_command("create_user")


def test_the_console_script_says_it_in_one_line_and_still_answers_help():
    def ngoaivu(*arguments):
        return subprocess.run(
            [sys.executable, "-m", "ngoaivu", *arguments], capture_output=True, text=True, timeout=120
        )

    wrong = ngoaivu("report", "--unit", "SNgV", "--period", "2021-08", "--bogus")
    assert (wrong.returncode, wrong.stderr) == (2, "Lệnh không nhận tham số: --bogus." + SEE + "\n")
    served = ngoaivu("serve", "--port", "abc")
    assert served.returncode == 2
    assert served.stderr == "--port: «abc» không phải số nguyên. Xem tham số của lệnh: ngoaivu serve --help\n"
    # a port no socket takes, or no web worker at all (requests would wait for ever): refused before starting
    for option, value, said in (("--port", "70000", "1 đến 65535"), ("--workers", "0", "1 đến 64")):
        served = ngoaivu("serve", option, value)
        assert (served.returncode, served.stderr) == (
            2,
            f"{option}: «{value}» phải từ {said}. Xem tham số của lệnh: ngoaivu serve --help\n",
        )
    helped = ngoaivu("report", "--help")
    assert (
        helped.returncode == 0
        and helped.stdout.startswith("Cách dùng: ngoaivu make_report")
        and "--period" in helped.stdout
    )


def test_messages_argparse_may_give():
    assert usage_error("argument --n: expected 2 arguments") == "--n: cần 02 giá trị."
    assert usage_error("argument --a: not allowed with argument --b") == "--a: không dùng cùng tham số --b."
    assert usage_error("one of the arguments --a --b is required") == "Cần một trong các tham số: --a --b."
    assert usage_error("argument --x: invalid float value: 'y'") == "--x: «y» không phải số."
    assert usage_error("Nhập ít nhất một đơn vị.") == "Nhập ít nhất một đơn vị."  # a command's own, kept


def test_the_readers_arguments_are_said_alike(capsys):
    from ngoaivu.reading.cli import main

    assert main(["read", "--bogus", "report.docx"]) == 2
    assert capsys.readouterr().err == "Lệnh không nhận tham số: --bogus. Xem tham số của lệnh: ngoaivu read --help\n"
