"""The `ngoaivu` command: Django's management commands under their own names, plus `serve` and `read`.

    ngoaivu serve [--host --port --workers --demo-if-empty --no-worker]   migrate, collect static files, run gunicorn and a task worker
    ngoaivu read FILE [--json]                                read a report (no database needed)
    ngoaivu COMMAND [arguments]                               any management command with its own arguments:
                                                              load_demo, create_user, make_report, remind,
                                                              backup, restore, migrate, check, shell…
    ngoaivu manage COMMAND [arguments]                        the same
    ngoaivu demo | createuser | report | changepassword …     the names the README documents, for
                                                              load_demo, create_user, make_report and
                                                              change_password

`ngoaivu COMMAND --help` shows the command's arguments, in Vietnamese; Ctrl+C stops a command with one line. A CommandError is printed as one
line of Vietnamese, without Django's "CommandError:" prefix and without a traceback; a WrongValue (a value
typed that the command refuses) points at the command's --help, as a mistake the parser finds does.
"""

# ruff: noqa: E402 (stopped() comes before the imports, to say a Ctrl+C while they are read)
import sys
from contextlib import nullcontext


def stopped():
    """Ctrl+C: one line and exit status 130, where Python prints a traceback of KeyboardInterrupt."""
    print("Đã dừng lệnh.", file=sys.stderr)
    sys.exit(130)


try:  # Ctrl+C in the first tenth of a second, while Python still reads these modules
    import ctypes
    import errno
    import os
    import signal
    import socket
    import subprocess
    import textwrap
    import warnings
    from functools import partial

    from ngoaivu.pure.arguments import VietnameseArgumentParser, see_help, whole_number
except KeyboardInterrupt:
    stopped()

# The names users already have, documented in the README, for the management commands; changepassword is
# Django's name, whose command asks in English.
ALIASES = {
    "demo": "load_demo",
    "createuser": "create_user",
    "report": "make_report",
    "changepassword": "change_password",
}


def _django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ngoaivu.settings")
    import django
    from django.core.exceptions import ImproperlyConfigured

    try:
        django.setup()
    except ImproperlyConfigured as error:  # an unsafe setting: say which, without a traceback
        sys.exit(f"Cấu hình không hợp lệ: {error}")
    from django.conf import settings

    settings.VAR_DIR.mkdir(parents=True, exist_ok=True)  # the SQLite file and uploads live there


def _default_options(args):
    """--settings and --pythonpath act before Django starts, as in Django's own manage.py."""
    from django.core.management.base import CommandError, CommandParser, handle_default_options

    parser = CommandParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--settings")
    parser.add_argument("--pythonpath")
    try:
        options, _rest = parser.parse_known_args(args)
    except CommandError:
        return
    handle_default_options(options)


def run(name, args):
    """Django's management command `name` with its own arguments, as `manage.py name args` runs it.

    Its errors of usage print one line of Vietnamese and exit 2; a CommandError prints its message alone and
    exits with its return code (1).
    """
    _default_options(args)
    _django()
    from django.core.management import get_commands, load_command_class
    from django.core.management.base import BaseCommand, CommandError

    from ngoaivu.core.management.base import WrongValue, tables_required, vietnamese

    commands = get_commands()
    if name not in commands:
        sys.exit(f"Không có lệnh «{name}». Xem các lệnh: ngoaivu --help")
    app = commands[name]
    command = app if isinstance(app, BaseCommand) else load_command_class(app, name)
    command._called_from_command_line = True  # a wrong argument prints the usage, as on the command line
    # As BaseCommand.run_from_argv, but a CommandError is its message alone, without "CommandError:".
    # A wrong argument is one line of Vietnamese, Django's own commands' too (core/management/base.py).
    parser = vietnamese(command.create_parser("ngoaivu", name))
    arguments = vars(parser.parse_args(args))
    positional = arguments.pop("args", ())
    try:
        # Django's own commands too: a database not migrated is one line; migrate's own faults as they are
        with nullcontext() if name == "migrate" else tables_required():
            command.execute(*positional, **arguments)
    except CommandError as error:
        if arguments.get("traceback"):
            raise
        print(see_help(error, parser.prog) if isinstance(error, WrongValue) else error, file=sys.stderr)
        sys.exit(error.returncode)


def host_and_port(host, port):
    """host:port as gunicorn binds it and a URL names it: an IPv6 address in brackets ([::1]:8000), where
    ::1:8000 leaves gunicorn no port to read."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def public_base_url(host, port, environ):
    """(address, notice): where the QR codes point. PUBLIC_BASE_URL when set; else this server's own
    address, said, for a QR code of 127.0.0.1:8000 from a server on another port leads nowhere."""
    if environ.get("PUBLIC_BASE_URL"):
        return environ["PUBLIC_BASE_URL"], None
    address = f"http://{host_and_port(host, port)}"
    return address, f"Mã QR trỏ tới {address}; khi triển khai, đặt PUBLIC_BASE_URL là địa chỉ công khai của trang."


def serve(argv):
    """Migrate, collect static files and run gunicorn."""
    parser = VietnameseArgumentParser(prog="ngoaivu serve", description="Chạy máy chủ web.")
    parser.add_argument(
        "--host", default="127.0.0.1", metavar="ĐỊA_CHỈ", help="địa chỉ nhận kết nối (mặc định: 127.0.0.1)"
    )
    parser.add_argument(
        "--port", default=8000, type=whole_number(1, 65535), metavar="CỔNG", help="cổng (mặc định: 8000)"
    )
    parser.add_argument(
        "--workers",
        default=2,
        type=whole_number(1, 64),
        metavar="SỐ",
        help="số tiến trình phục vụ trang web (mặc định: 2)",
    )
    parser.add_argument("--demo-if-empty", action="store_true", help="nạp dữ liệu mẫu nếu cơ sở dữ liệu trống")
    parser.add_argument(
        "--no-worker", action="store_true", help="không chạy tiến trình nền (đã chạy ngoaivu worker riêng)"
    )
    options = parser.parse_args(argv)
    refused = unusable_address(options.host, options.port)
    if refused:
        sys.exit(refused)
    # Before the settings are read: gunicorn and the worker inherit it.
    os.environ["PUBLIC_BASE_URL"], notice = public_base_url(options.host, options.port, os.environ)
    if not sys.warnoptions:  # main()'s quiet in gunicorn too, whose workers said cryptography's notice
        os.environ["PYTHONWARNINGS"] = "ignore"
    if notice:
        print(notice, flush=True)
    _django()
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    if options.demo_if_empty:
        from ngoaivu.core.models import User

        if not User.objects.exists():
            call_command("load_demo")
    from ngoaivu.demo.users import print_logins

    print_logins()
    bind = host_and_port(options.host, options.port)
    if settings.TASKS_BACKEND == "database" and not options.no_worker:
        # The background tasks of this server (PDFs, reading uploads); it runs as long as gunicorn does.
        subprocess.Popen(
            [sys.executable, "-m", "ngoaivu", "worker", "--verbosity", "0"],
            preexec_fn=partial(_ends_with_parent, os.getpid()),
        )
    print(f"Ngoại vụ: http://{bind}", flush=True)
    os.execvp(
        sys.executable,
        [sys.executable, "-m", "gunicorn", *gunicorn_arguments(bind, options.workers)],
    )


def unusable_address(host, port):
    """Why gunicorn could not listen on host:port, in one line of Vietnamese, or None: said before it
    starts, where gunicorn would retry five times in English («Connection in use») and then stop."""
    try:
        addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        return see_help(f"--host: không tìm thấy địa chỉ «{host}».", "ngoaivu serve")
    family, kind, proto, _name, address = addresses[0]
    try:
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as gunicorn binds
            probe.bind(address)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            return (
                f"Cổng {port} đang được một chương trình khác dùng (có thể là một máy chủ Ngoại vụ khác "
                "đang chạy); dừng chương trình đó hoặc chọn cổng khác bằng --port."
            )
        if error.errno == errno.EACCES:
            return f"Không được dùng cổng {port}: cổng dưới 1024 cần quyền quản trị; chọn cổng khác bằng --port."
        return see_help(f"--host: máy này không có địa chỉ «{host}».", "ngoaivu serve")
    return None


def _ends_with_parent(parent):
    """In the worker before it starts: Linux sends it SIGTERM when the process that started it (parent, this
    one, become gunicorn's master) ends, so that stopping the server does not leave the worker running alone;
    a parent gone already, before the signal was asked for, ends it at once."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the worker is stopped by hand
        return
    if os.getppid() != parent:
        os._exit(0)


def gunicorn_arguments(bind, workers):
    """What gunicorn is started with, by `ngoaivu serve` and by bench/cluster's servers alike."""
    from ngoaivu.core.long_address import REQUEST_LINE_LIMIT

    return [
        "ngoaivu.wsgi:application",
        "--bind",
        bind,
        "--workers",
        str(workers),
        "--access-logfile",
        "-",
        # gunicorn's own lines in English («Booting worker», «Handling signal: term») only when something is wrong
        "--log-level",
        "warning",
        # an address over gunicorn's default 4.094 bytes reaches Django, answered in Vietnamese (core.long_address)
        "--limit-request-line",
        str(REQUEST_LINE_LIMIT),
        # gunicorn's 30 s would kill the worker in the middle of a 5.000-row import on a busy 2-core machine
        # (bench/import_speed.py: 25 s idle, 38 s under load); the import's transaction makes it all or nothing
        "--timeout",
        "120",
        # a line longer still, or a header too long, refused in Vietnamese (core.gunicorn_worker)
        "--worker-class",
        "ngoaivu.core.gunicorn_worker.VietnameseRefusalsWorker",
        # gunicorn's control socket is one path per machine user: each server started would delete another's
        "--no-control-socket",
    ]


def usage():
    """The commands: serve and read, then every management command, Ngoại vụ's with what they do."""
    _django()
    from django.core.management import get_commands, load_command_class

    aliases = {command: alias for alias, command in ALIASES.items()}
    lines = [
        "Ngoại vụ: sổ theo dõi và báo cáo công tác đối ngoại",
        "",
        "Cách dùng: ngoaivu LỆNH [tham số]     (ngoaivu LỆNH --help: tham số của lệnh)",
        "           ngoaivu manage LỆNH [tham số] cũng vậy",
        "",
        "  serve [--host --port --workers --demo-if-empty --no-worker]",
        "                        chạy migrate, collectstatic và máy chủ web (gunicorn)",
        "  read TỆP [--json]     đọc báo cáo .docx, .doc, .pdf, .txt, .md: đề cương, số liệu, văn bản, lỗi",
    ]
    ours, django = [], []
    for name, app in sorted(get_commands().items()):
        if not isinstance(app, str) or not app.startswith("ngoaivu."):
            django.append(name)
            continue
        title = f"{name} ({aliases[name]})" if name in aliases else name
        text = load_command_class(app, name).help.split("\n")[0]
        ours.append(f"  {title:<22}{text}" if len(title) < 22 else f"  {title}\n  {'':<22}{text}")
    lines += ours
    lines += [
        "",
        "Lệnh của Django và các thư viện:",
        textwrap.fill(", ".join(django), 100, initial_indent="  ", subsequent_indent="  "),
    ]
    return "\n".join(lines)


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    if not sys.warnoptions:
        # A library's deprecation notice (cryptography 51 on pyHanko's import) is for developers, not the
        # officer at the terminal, whose error must stay one line; -W or PYTHONWARNINGS shows them.
        warnings.simplefilter("ignore")
    try:
        _main(argv)
    except KeyboardInterrupt:
        stopped()


def _main(argv):
    if argv[:1] == ["read"]:
        # Reading needs no database: the reader is pure Python.
        from ngoaivu.reading.cli import main as read_main

        sys.exit(read_main(argv))
    if argv[:1] == ["manage"]:
        argv = argv[1:]
    if argv[:1] == ["help"] and len(argv) > 1:
        argv = [argv[1], "--help"]
    if not argv:
        print(usage(), file=sys.stderr)
        sys.exit(2)
    if argv[0] in ("help", "-h", "--help"):
        print(usage())
        return
    name, args = argv[0], argv[1:]
    if name == "serve":
        serve(args)
    else:
        run(ALIASES.get(name, name), args)


if __name__ == "__main__":
    main()
