"""The `ngoaivu` console script: Django's management commands with their own arguments, and `serve`."""

import getpass
import io
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from ngoaivu.cli import ALIASES
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
    for command in ("serve", "demo", "createuser", "manage", "load_demo", "create_user", "make_report", "backup"):
        assert command in result.stdout
    assert "migrate" in result.stdout  # Django's own commands are listed too


@pytest.fixture
def cli(monkeypatch):
    """`ngoaivu …` in this process, on the test database (Django is set up already)."""
    from ngoaivu import cli

    monkeypatch.setattr(cli, "_django", lambda: None)
    return cli.main


@pytest.mark.parametrize("name", ["create_user", "createuser"])
def test_a_management_command_runs_with_its_own_arguments_and_under_its_documented_name(name, cli, units, capsys):
    cli([name, "hoa", "--role", "reporter", "--unit", "VP", "--password", "Quang-Ngai-2021", "--name", "Lê Văn Hòa"])
    user = User.objects.get(username="hoa")
    assert (user.unit, user.last_name) == (units["vp"], "Lê Văn Hòa")
    assert capsys.readouterr().out == "Đã tạo người dùng hoa (Đơn vị báo cáo).\n"


def test_manage_runs_the_same_commands(cli, units):
    cli(["manage", "create_user", "hoa", "--role", "officer", "--password", "Quang-Ngai-2021"])
    assert User.objects.filter(username="hoa").exists()


def test_a_command_error_is_one_line_of_vietnamese(cli, units, capsys):
    cli(["createuser", "a", "--role", "officer", "--password", "Quang-Ngai-2021"])
    capsys.readouterr()
    with pytest.raises(SystemExit) as stopped:
        cli(["createuser", "a", "--role", "officer", "--password", "Quang-Ngai-2021"])
    assert stopped.value.code == 1
    assert capsys.readouterr().err == "Đã có người dùng «a».\n"  # not the arguments' fault: no --help


def test_a_wrong_argument_is_one_line_of_vietnamese_pointing_at_the_commands_help(cli, capsys):
    with pytest.raises(SystemExit) as stopped:
        cli(["create_user", "a", "--role", "chief"])
    assert stopped.value.code == 2
    assert capsys.readouterr().err == (
        "--role: «chief» không phải lựa chọn hợp lệ; chọn một trong: admin, officer, reporter, leader, viewer."
        " Xem tham số của lệnh: ngoaivu create_user --help\n"
    )


def test_a_commands_help_is_its_own(cli, capsys):
    with pytest.raises(SystemExit) as stopped:
        cli(["report", "--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Cách dùng: ngoaivu make_report") and "--period" in out


def test_an_unknown_command_is_named(cli, capsys):
    with pytest.raises(SystemExit) as stopped:
        cli(["createusr", "a"])
    assert stopped.value.code == "Không có lệnh «createusr». Xem các lệnh: ngoaivu --help"


def test_manage_passes_through_to_django():
    result = subprocess.run(
        [sys.executable, "-m", "ngoaivu", "manage", "check"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Kiểm tra: không có lỗi.\n"


def test_the_qr_codes_point_at_the_server_started_unless_told_the_public_address():
    from ngoaivu.cli import public_base_url

    address, notice = public_base_url("127.0.0.1", 8010, {})
    assert address == "http://127.0.0.1:8010" and "PUBLIC_BASE_URL" in notice
    told = {"PUBLIC_BASE_URL": "https://ngoaivu.quangngai.gov.vn"}
    assert public_base_url("0.0.0.0", 8000, told) == ("https://ngoaivu.quangngai.gov.vn", None)


@pytest.mark.parametrize(
    "arguments, said",
    [
        (
            ["createuser", "a", "--role", "officer", "--unit", "XYZ", "--password", "Quang-Ngai-2021"],
            "Không có đơn vị có ký hiệu «XYZ».",
        ),
        (["make_report", "--unit", "XYZ", "--period", "2021-08"], "Không có đơn vị có ký hiệu «XYZ»."),
        (["report", "--unit", "SNgV", "--period", "2021-08", "--template", "xyz"], "Không có mẫu báo cáo «xyz»."),
        (
            ["make_report", "--unit", "SNgV", "--period", "2021-08", "--format", "docx"],
            "Cần --out TỆP cho định dạng docx và pdf.",
        ),
        (
            ["make_report", "--unit", "SNgV", "--period", "2021-08", "--as-of", "2021-02-31"],
            "--as-of: Ngày 31/02/2021 không có: tháng 2/2021 chỉ có 28 ngày.",
        ),
        (
            ["make_report", "--unit", "SNgV", "--period", "2021-08", "--as-of", "abc"],
            "--as-of: Ngày «abc» không hợp lệ, ghi theo dạng yyyy-mm-dd.",
        ),
        # As «Lập báo cáo» refuses it: a period ending before it begins.
        (
            ["make_report", "--unit", "SNgV", "--period", "2021-08", "--as-of", "2021-07-01"],
            "Ngày chốt số liệu 01/07/2021 ở trước ngày đầu kỳ báo cáo (01/08/2021).",
        ),
        (
            [
                "make_report",
                "--unit",
                "SNgV",
                "--period",
                "2021-08",
                "--format",
                "docx",
                "--out",
                "/nonexistent/d/x.docx",
            ],
            "Không ghi được tệp «/nonexistent/d/x.docx»: không có tệp hoặc thư mục này.",
        ),
        (["remind", "--today", "2021-13-01"], "--today: Ngày 01/13/2021 không có: tháng chỉ từ 1 đến 12."),
        (["remind", "--today", "mai"], "--today: Ngày «mai» không hợp lệ, ghi theo dạng yyyy-mm-dd."),
        (
            ["worker", "--batch", "--interval", "abc"],
            "--interval: «abc» không phải số giây hợp lệ; ghi một số không âm, ví dụ 1 hoặc 0,5.",
        ),
        (
            ["worker", "--batch", "--interval", "-1"],
            "--interval: «-1» không phải số giây hợp lệ; ghi một số không âm, ví dụ 1 hoặc 0,5.",
        ),
    ],
)
def test_a_wrong_value_is_one_line_of_vietnamese_pointing_at_the_commands_help(cli, units, capsys, arguments, said):
    """As a mistake the parser finds: a value the command refuses after it points at the command's --help."""
    with pytest.raises(SystemExit) as stopped:
        cli(arguments)
    assert stopped.value.code == 1
    name = ALIASES.get(arguments[0], arguments[0])
    assert capsys.readouterr().err == f"{said} Xem tham số của lệnh: ngoaivu {name} --help\n"
    assert not User.objects.exists()


def test_a_file_that_cannot_be_read_is_said_in_vietnamese(cli, capsys):
    with pytest.raises(SystemExit) as stopped:
        cli(["verify", "/nonexistent/x.pdf"])
    assert stopped.value.code == 2
    assert capsys.readouterr().err == (
        "Không đọc được tệp /nonexistent/x.pdf: không có tệp hoặc thư mục này."
        " Xem tham số của lệnh: ngoaivu verify --help\n"
    )


def _at_a_terminal(monkeypatch, typing):
    """The command run at a terminal, where the password is asked with getpass, typing(prompt) its answer."""
    terminal = io.StringIO("")
    terminal.isatty = lambda: True
    monkeypatch.setattr("sys.stdin", terminal)
    monkeypatch.setattr(getpass, "getpass", typing)


def test_ctrl_c_stops_a_command_with_one_line(cli, units, capsys, monkeypatch):
    def interrupted(prompt):
        raise KeyboardInterrupt

    _at_a_terminal(monkeypatch, interrupted)  # Ctrl+C at the password's prompt
    try:
        cli(["createuser", "a", "--role", "officer"])
    except SystemExit as stopped:
        code = stopped.code
    except KeyboardInterrupt:
        pytest.fail("Ctrl+C ended the command with Python's traceback")
    assert (code, capsys.readouterr().err) == (130, "Đã dừng lệnh.\n")
    assert not User.objects.exists()


# Python runs `ngoaivu serve` as its console script does, and Ctrl+C comes while it reads cli.py's modules
STARTING = """
import runpy, sys

class CtrlC:
    def find_spec(self, name, path=None, target=None):
        if name == "ngoaivu.pure.arguments":
            raise KeyboardInterrupt

sys.meta_path.insert(0, CtrlC())
sys.argv = ["ngoaivu", "serve"]
runpy.run_module("ngoaivu", run_name="__main__")
"""


def test_ctrl_c_as_a_command_starts_is_one_line_too():
    """In the first tenth of a second of `ngoaivu serve` Ctrl+C printed Python's traceback of the imports."""
    result = subprocess.run([sys.executable, "-c", STARTING], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout, result.stderr) == (130, "", "Đã dừng lệnh.\n")


@pytest.mark.parametrize(
    ("username", "said"),
    [
        ("", "Tên đăng nhập: Trường này không được để trắng."),
        ("nguyễn văn a", "Tên đăng nhập: Điền tên đăng nhập hợp lệ."),
        ("a/b<c>", "Tên đăng nhập: Điền tên đăng nhập hợp lệ."),
        ("a" * 300, "Tên đăng nhập: Giá trị này chỉ được dài tối đa 150 ký tự (hiện có 300)."),
    ],
)
def test_createuser_refuses_a_username_the_site_would_refuse(username, said, cli, units, capsys):
    with pytest.raises(SystemExit) as stopped:
        cli(["create_user", username, "--role", "officer", "--password", "Quang-Ngai-2021"])
    assert stopped.value.code == 1
    error = capsys.readouterr().err
    assert error.startswith(said) and error.endswith(" Xem tham số của lệnh: ngoaivu create_user --help\n"), error
    assert error.count("\n") == 1 and not User.objects.exists()


def test_createuser_refuses_a_username_taken_in_another_case(cli, units, capsys):
    """Sign-in and the site's form to add a user take «ChuyenVien» for «chuyenvien»: one rule, the model's."""
    User.objects.create_user("chuyenvien", password="Quang-Ngai-2021")
    with pytest.raises(SystemExit) as stopped:
        cli(["create_user", "ChuyenVien", "--role", "officer", "--password", "Quang-Ngai-2021"])
    assert stopped.value.code == 1
    assert capsys.readouterr().err == "Đã có người dùng «ChuyenVien».\n"
    assert list(User.objects.values_list("username", flat=True)) == ["chuyenvien"]


def _without_password(cli, capsys):
    with pytest.raises(SystemExit) as stopped:
        cli(["create_user", "hoa", "--role", "officer"])
    assert stopped.value.code == 1
    return capsys.readouterr()


def test_createuser_without_a_password_and_nothing_to_read_says_so_in_one_line(cli, units, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # </dev/null
    said = _without_password(cli, capsys)
    assert said.err == (
        "Chưa nhập mật khẩu: ghi --password MẬT_KHẨU, hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập."
        " Xem tham số của lệnh: ngoaivu create_user --help\n"
    )
    assert "Warning" not in said.out + said.err and not User.objects.exists()


def test_createuser_at_a_terminal_stopped_with_ctrl_d_says_so_in_one_line(cli, units, capsys, monkeypatch):
    def ctrl_d(prompt):
        assert prompt == "Mật khẩu: "
        raise EOFError

    _at_a_terminal(monkeypatch, ctrl_d)
    assert _without_password(cli, capsys).err.startswith("Chưa nhập mật khẩu: ")
    assert not User.objects.exists()


def test_createuser_reads_a_password_given_on_its_input(cli, units, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("Quang-Ngai-2021\n"))
    cli(["create_user", "hoa", "--role", "officer"])
    assert User.objects.get(username="hoa").check_password("Quang-Ngai-2021")


def test_changepassword_asks_and_answers_in_vietnamese(cli, units, capsys, monkeypatch):
    """Django's changepassword asked «Password:», «Password (again):» and said «Password changed successfully»."""
    User.objects.create_user("hoa", password="Quang-Ngai-2021")
    asked = []

    def typing(prompt):
        asked.append(prompt)
        return "Quang-Ngai-2022"

    _at_a_terminal(monkeypatch, typing)
    cli(["changepassword", "Hoa"])
    assert asked == ["Mật khẩu mới: ", "Nhập lại mật khẩu mới: "]
    assert capsys.readouterr().out == "Đã đổi mật khẩu của người dùng hoa.\n"
    assert User.objects.get(username="hoa").check_password("Quang-Ngai-2022")


def test_changepassword_typed_differently_twice_changes_nothing(cli, units, capsys, monkeypatch):
    User.objects.create_user("hoa", password="Quang-Ngai-2021")
    typed = iter(["Quang-Ngai-2022", "Quang-Ngai-2023"])
    _at_a_terminal(monkeypatch, lambda prompt: next(typed))
    with pytest.raises(SystemExit) as stopped:
        cli(["changepassword", "hoa"])
    assert stopped.value.code == 1
    assert capsys.readouterr().err == "Hai lần nhập mật khẩu mới không khớp; mật khẩu chưa đổi.\n"
    assert User.objects.get(username="hoa").check_password("Quang-Ngai-2021")
    with pytest.raises(SystemExit) as stopped:
        cli(["changepassword", "lan", "--password", "Quang-Ngai-2022"])
    assert (
        capsys.readouterr().err == "Không có người dùng «lan». Xem tham số của lệnh: ngoaivu change_password --help\n"
    )
