"""The `ngoaivu` command: serve, demo, createuser, and manage … for Django's own commands."""

import argparse
import os
import sys


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


def _manage(args):
    from django.core.management import execute_from_command_line

    execute_from_command_line(["ngoaivu manage", *args])


def _run(name, *args):
    """A management command whose error is one line of Vietnamese, without Django's "CommandError:" prefix."""
    _django()
    from django.core.management import call_command
    from django.core.management.base import CommandError

    try:
        call_command(name, *args)
    except CommandError as error:
        print(error, file=sys.stderr)
        sys.exit(error.returncode)


def serve(options):
    """Migrate, collect static files and run gunicorn."""
    _django()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    if options.demo_if_empty:
        from ngoaivu.core.models import User

        if not User.objects.exists():
            call_command("load_demo")
    from ngoaivu.core.demo_users import print_logins

    print_logins()
    bind = f"{options.host}:{options.port}"
    print(f"Ngoại vụ: http://{bind}", flush=True)
    os.execvp(
        sys.executable,
        [
            sys.executable,
            "-m",
            "gunicorn",
            "ngoaivu.wsgi:application",
            "--bind",
            bind,
            "--workers",
            str(options.workers),
            "--access-logfile",
            "-",
        ],
    )


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["read"]:
        # Reading needs no database: the reader is pure Python.
        from ngoaivu.reading.cli import main as read_main

        sys.exit(read_main(argv))
    if argv[:1] == ["manage"]:
        _django()
        _manage(argv[1:])
        return
    parser = argparse.ArgumentParser(prog="ngoaivu", description="Ngoại vụ: sổ theo dõi và báo cáo công tác đối ngoại")
    commands = parser.add_subparsers(dest="command", required=True)
    serve_parser = commands.add_parser("serve", help="chạy máy chủ web")
    serve_parser.add_argument("--host", default="127.0.0.1")
    serve_parser.add_argument("--port", default=8000, type=int)
    serve_parser.add_argument("--workers", default=2, type=int)
    serve_parser.add_argument("--demo-if-empty", action="store_true", help="nạp dữ liệu mẫu nếu cơ sở dữ liệu trống")
    commands.add_parser("demo", help="nạp dữ liệu mẫu (tỉnh Quảng Ngãi 2020–2021)")
    user_parser = commands.add_parser("createuser", help="tạo người dùng")
    user_parser.add_argument("username")
    user_parser.add_argument("--role", required=True, choices=["admin", "officer", "reporter", "leader", "viewer"])
    user_parser.add_argument("--unit", help="ký hiệu đơn vị, ví dụ SNgV")
    user_parser.add_argument("--password", help="mật khẩu (mặc định: hỏi)")
    user_parser.add_argument("--name", default="", help="họ tên")
    report_parser = commands.add_parser("report", help="lập báo cáo từ sổ theo dõi")
    report_parser.add_argument("--unit", required=True, help="ký hiệu đơn vị, ví dụ SNgV")
    report_parser.add_argument(
        "--period", required=True, help="2021-08, 2020-Q1, 2021-H1, 2021-9M, 2021 hoặc 2021-01-01..2021-03-12"
    )
    report_parser.add_argument("--template", default="general", help="mã mẫu báo cáo (mặc định: general)")
    report_parser.add_argument("--format", default="json", choices=["docx", "pdf", "json"])
    report_parser.add_argument("--as-of", help="số liệu tính đến ngày (yyyy-mm-dd)")
    report_parser.add_argument("--out", help="tệp ghi ra (mặc định: màn hình cho json)")
    read_parser = commands.add_parser(
        "read", help="đọc báo cáo .docx, .doc, .pdf, .txt, .md: đề cương, số liệu, văn bản, lỗi"
    )
    read_parser.add_argument("file")
    read_parser.add_argument("--json", action="store_true")
    remind_parser = commands.add_parser("remind", help="gửi thư nhắc báo cáo (chạy hằng giờ bằng cron)")
    remind_parser.add_argument("--today", help="ngày tính hạn (yyyy-mm-dd)")
    backup_parser = commands.add_parser("backup", help="sao lưu cơ sở dữ liệu và tệp tải lên vào một tệp .zip")
    backup_parser.add_argument("file")
    restore_parser = commands.add_parser("restore", help="khôi phục một bản sao lưu vào cơ sở dữ liệu trống")
    restore_parser.add_argument("file")
    commands.add_parser("manage", help="lệnh quản trị của Django, ví dụ: ngoaivu manage migrate")
    options = parser.parse_args(argv)
    if options.command == "serve":
        serve(options)
    elif options.command == "demo":
        _django()
        _manage(["load_demo"])
    elif options.command == "report":
        _django()
        args = [
            "make_report",
            "--unit",
            options.unit,
            "--period",
            options.period,
            "--template",
            options.template,
            "--format",
            options.format,
        ]
        if options.as_of:
            args += ["--as-of", options.as_of]
        if options.out:
            args += ["--out", options.out]
        _manage(args)
    elif options.command == "remind":
        _django()
        _manage(["remind", *(["--today", options.today] if options.today else [])])
    elif options.command in ("backup", "restore"):
        _run(options.command, options.file)
    elif options.command == "createuser":
        _django()
        args = ["create_user", options.username, "--role", options.role, "--name", options.name]
        if options.unit:
            args += ["--unit", options.unit]
        if options.password:
            args += ["--password", options.password]
        _manage(args)


if __name__ == "__main__":
    main()
