"""`ngoaivu COMMAND --help` in Vietnamese: argparse's headings and the line of -h said by the shared parser
(pure/arguments.in_vietnamese), the project's options explained in Vietnamese, and of Django's options common
to every command only the level of messages listed (core/management/base.py)."""

import re

import pytest

from ngoaivu.cli import serve
from ngoaivu.reading.cli import main as read

ENGLISH = re.compile(
    r"usage:|options:|positional arguments|show this help|Verbosity level|--settings|--traceback"
    r"|\b(UNIT|PERIOD|TEMPLATE|AS_OF|OUT|PASSWORD|NAME|TODAY|INTERVAL|DATABASE|HOST|PORT|WORKERS|UNITS|file|username)\b"
)


@pytest.fixture
def cli(monkeypatch):
    from ngoaivu import cli

    monkeypatch.setattr(cli, "_django", lambda: None)
    return cli.main


def helped(capsys, command):
    with pytest.raises(SystemExit) as stopped:
        command()
    assert stopped.value.code in (0, None)
    return capsys.readouterr().out


def options_without_help(text):
    """The options listed with nothing said of them: «  --host HOST» with no words beside it or below it."""
    lines = text.splitlines() + [""]
    return [
        line
        for line, below in zip(lines, lines[1:])
        if re.match(r"  -", line) and "  " not in line.strip() and not below.startswith(" " * 10)
    ]


@pytest.mark.parametrize(
    "name",
    ["make_report", "create_user", "remind", "worker", "backup", "restore", "verify", "load_demo", "load_provinces"],
)
def test_the_projects_commands_explain_themselves_in_vietnamese(cli, capsys, name):
    text = helped(capsys, lambda: cli([name, "--help"]))
    assert text.startswith(f"Cách dùng: ngoaivu {name}")
    assert "\nTham số:\n  -h, --help " in text
    said = " ".join(text.split())
    assert "-h, --help hiện hướng dẫn này rồi thoát" in said
    assert (
        "-v {0,1,2,3}, --verbosity {0,1,2,3} mức thông báo: 0 ít nhất, 1 bình thường, 2 chi tiết, 3 rất chi tiết"
        in said
    )
    assert not ENGLISH.search(text), text
    assert not options_without_help(text), text


def test_djangos_own_commands_get_the_same_headings_and_common_options(cli, capsys):
    text = helped(capsys, lambda: cli(["migrate", "--help"]))
    assert text.startswith("Cách dùng: ngoaivu migrate")
    assert "\nTham số theo vị trí:\n  app_label" in text and "\nTham số:\n" in text
    for unlisted in ("--settings", "--pythonpath", "--traceback", "--no-color", "--force-color", "--skip-checks"):
        assert unlisted not in text
    assert "--version" not in text and "mức thông báo" in text


def test_serve_and_read_explain_themselves_in_vietnamese(capsys):
    text = helped(capsys, lambda: serve(["--help"]))
    assert text.startswith("Cách dùng: ngoaivu serve") and "cổng (mặc định: 8000)" in text
    assert not ENGLISH.search(text) and not options_without_help(text), text
    assert read(["read", "--help"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Cách dùng: ngoaivu read") and "\nTham số theo vị trí:\n" in text
    assert "hiện hướng dẫn này rồi thoát" in text and not ENGLISH.search(text), text


def test_the_list_of_commands_is_headed_as_every_help_and_names_every_option_of_serve(monkeypatch, capsys):
    from ngoaivu import cli

    with pytest.raises(SystemExit):
        serve(["--help"])
    options = set(re.findall(r"--[a-z-]+", capsys.readouterr().out)) - {"--help"}
    monkeypatch.setattr(cli, "_django", lambda: None)
    text = cli.usage()
    assert "\nCách dùng: ngoaivu LỆNH [tham số]" in text and "cách dùng" not in text
    [line] = [line for line in text.splitlines() if line.strip().startswith("serve [")]
    assert options and set(re.findall(r"--[a-z-]+", line)) == options
