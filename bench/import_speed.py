"""Rows per second of an XLSX import of incoming delegations (one area, the web page's path without HTTP).

    bench/import_speed.py [--rows 500 2000 5000] [--profile 2000] [--over-cap]

Each size is imported into an empty table of a fresh SQLite database (bench/var/import.sqlite3):
the file is made with openpyxl, read as an upload is (ngoaivu.register.workbooks.read_sheet) and
imported by import_rows, all or nothing. --profile N prints cProfile's top functions for N rows.
A file over IMPORT_MAX_ROWS is refused as an upload is; --over-cap lifts the cap for the run, to
measure the sizes a new cap would allow.
"""

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

from common import VAR_DIR, setup_django

HEADERS = [
    "Mã", "Tên đoàn", "Cơ quan, tổ chức nước ngoài", "Quốc tịch", "Cấp đón tiếp", "Mục đích", "Ngày đến",
    "Ngày đi", "Số đoàn", "Số lượt người", "Nội dung làm việc", "Đơn vị", "Ghi chú",
]  # fmt: skip
COUNTRIES = ["Lào", "Thái Lan", "Nhật Bản", "Hàn Quốc", "Campuchia", "Pháp"]


def workbook(rows):
    """An .xlsx of distinct rows, as an officer fills the template."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for n in range(rows):
        day = 1 + n % 28
        sheet.append(
            ["", f"Đoàn số {n + 1}", "Đại học Khon Kaen", COUNTRIES[n % len(COUNTRIES)], "Sở, ngành, địa phương",
             "Học tập", f"{day:02d}/03/2021", f"{day:02d}/04/2021", 1, 1 + n % 9, "", "SNgV", ""]
        )  # fmt: skip
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def prepare():
    """A fresh database with the units and one officer; the officer."""
    from django.core.management import call_command

    from ngoaivu.core.models import Unit, User

    call_command("migrate", interactive=False, verbosity=0)
    unit = Unit.objects.create(code="SNgV", name="Sở Ngoại vụ")
    return User.objects.create_user(username="bench", password="x", unit=unit, role="officer")


def one_import(user, data):
    """(seconds, counts) of reading and importing one file; the rows are deleted afterwards."""
    from ngoaivu.register.area_registry import AREAS
    from ngoaivu.register.models import IncomingDelegation
    from ngoaivu.register.importing import import_rows
    from ngoaivu.reading.errors import ReadError
    from ngoaivu.register.workbooks import helper_sheet_titles, read_sheet

    area = AREAS["doan-vao"]
    start = time.perf_counter()
    try:
        dataset = read_sheet(data, skip_titles=helper_sheet_titles())
    except ReadError as refused:  # over IMPORT_MAX_ROWS: refused before any transaction
        return time.perf_counter() - start, f"refused: {refused}"
    counts, problems, warnings = import_rows(area, user, dataset)
    seconds = time.perf_counter() - start
    if problems or warnings:
        sys.exit(f"import refused: {(problems or warnings)[:3]}")
    IncomingDelegation.history.all().delete()
    IncomingDelegation.objects.all().delete()
    return seconds, counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, nargs="*", default=[500, 2000, 5000])
    parser.add_argument("--profile", type=int, default=0, help="profile an import of this many rows")
    parser.add_argument("--over-cap", action="store_true", help="lift IMPORT_MAX_ROWS to the largest size measured")
    options = parser.parse_args()
    database = Path(VAR_DIR) / "import.sqlite3"
    database.parent.mkdir(parents=True, exist_ok=True)
    database.unlink(missing_ok=True)
    setup_django(f"sqlite:///{database}")
    user = prepare()
    if options.over_cap:
        from ngoaivu.register import workbooks

        lifted = max([*options.rows, options.profile])
        print(f"IMPORT_MAX_ROWS {workbooks.IMPORT_MAX_ROWS} lifted to {lifted} for this run", flush=True)
        workbooks.IMPORT_MAX_ROWS = max(workbooks.IMPORT_MAX_ROWS, lifted)
    for rows in options.rows:
        seconds, counts = one_import(user, workbook(rows))
        print(f"{rows:>6} rows: {seconds:6.2f} s, {rows / seconds:6.0f} rows/s ({counts})", flush=True)
    if options.profile:
        data = workbook(options.profile)
        profile = cProfile.Profile()
        profile.enable()
        one_import(user, data)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
