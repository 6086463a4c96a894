"""`ngoaivu backup` and `ngoaivu restore`: every row and file comes back; bad archives get one line."""

import io
import json
import os
import random
import shutil
import subprocess
import sys
import threading
import time
import zipfile

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, connections, transaction
from rest_framework.authtoken.models import Token

from ngoaivu.core import backup as backup_module
from ngoaivu.core.models import LegalDocument, Unit, User
from ngoaivu.register.models import DelegationPlan, DelegationPlanItem


def _hashable(value):
    return json.dumps(value, sort_keys=True, default=str) if isinstance(value, (dict, list)) else value


def table_rows():
    """Every table, historical ones included: the set of its rows, each the tuple of all its column values."""
    tables = {}
    for model in apps.get_models(include_auto_created=True):
        names = [field.attname for field in model._meta.concrete_fields]
        rows = model._base_manager.values_list(*names)
        tables[model._meta.label_lower] = {tuple(_hashable(value) for value in row) for row in rows}
    return tables


def quiet(*args):
    call_command(*args, stdout=io.StringIO())


def rewrite(archive, target, change_manifest):
    """A copy of the archive with its manifest changed."""
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "manifest.json":
                manifest = json.loads(data)
                change_manifest(manifest)
                data = json.dumps(manifest).encode()
            copy.writestr(member.filename, data)
    return target


@pytest.mark.django_db(transaction=True)
def test_a_restore_gives_back_every_row_of_every_table_and_every_file(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "uploads"
    quiet("load_demo")
    upload = settings.MEDIA_ROOT / "bao-cao" / "Báo cáo 8 tháng năm 2021.docx"
    upload.parent.mkdir(parents=True, exist_ok=True)
    content = random.Random(2021).randbytes(200_000)
    upload.write_bytes(content)
    officer = User.objects.get(username="chuyenvien")
    officer.groups.add(Group.objects.create(name="Tổ biên tập"))  # a many-to-many row
    Token.objects.create(user=officer)
    before = table_rows()
    assert sum(map(len, before.values())) > 1000
    for label in ("register.historicalincomingdelegation", "core.user", "authtoken.token", "core.user_groups"):
        assert before[label], label
    archive = tmp_path / "sao-luu.zip"

    quiet("backup", str(archive))
    assert oct(archive.stat().st_mode & 0o777) == "0o600"  # password hashes and tokens are inside
    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(settings.MEDIA_ROOT)
    assert not User.objects.exists()
    out = io.StringIO()
    call_command("restore", str(archive), stdout=out)

    assert out.getvalue().startswith("Đã khôi phục ")
    after = table_rows()
    assert after.keys() == before.keys()
    for label in before:
        assert after[label] == before[label], label
    assert upload.read_bytes() == content
    # The sequences follow the restored rows: a new unit and its history row get fresh ids.
    unit = Unit.objects.create(name="Ban Dân tộc tỉnh", code="BDT", parent=Unit.objects.get(code="UBND"))
    assert unit.history.count() == 1


def test_a_restore_onto_a_database_that_has_rows_is_refused_and_changes_nothing(users, incoming, tmp_path, settings):
    incoming()
    settings.MEDIA_ROOT = tmp_path / "uploads"
    archive = tmp_path / "sao-luu.zip"
    quiet("backup", str(archive))
    before = table_rows()
    with pytest.raises(CommandError, match="^Cơ sở dữ liệu không trống: ") as refused:
        quiet("restore", str(archive))
    assert "core_unit (5 dòng)" in str(refused.value)
    assert table_rows() == before


def test_an_archive_that_does_not_match_its_manifest_loads_nothing(units, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "uploads"
    (tmp_path / "uploads").mkdir()
    (tmp_path / "uploads" / "a.pdf").write_bytes(b"%PDF-1.7 ...")
    archive = tmp_path / "sao-luu.zip"
    quiet("backup", str(archive))
    (tmp_path / "uploads" / "a.pdf").unlink()
    with connection.cursor() as cursor:  # empty the tables without adding history rows
        cursor.execute("DELETE FROM core_historicalunit")
        cursor.execute("DELETE FROM core_unit")

    def wrong_digest(manifest):
        manifest["files"][0]["sha256"] = "0" * 64

    with pytest.raises(CommandError, match="^Tệp a.pdf trong bản sao lưu không khớp mã SHA-256"):
        quiet("restore", str(rewrite(archive, tmp_path / "sai.zip", wrong_digest)))
    assert not Unit.objects.exists() and not Unit.history.exists()
    assert list((tmp_path / "uploads").iterdir()) == []

    def fewer_rows(manifest):
        next(t for t in manifest["tables"] if t["model"] == "core.unit")["rows"] = 4

    with pytest.raises(CommandError, match="^Bản sao lưu bị hỏng: bảng core_unit có 5 dòng, manifest ghi 4"):
        quiet("restore", str(rewrite(archive, tmp_path / "thieu.zip", fewer_rows)))
    assert not Unit.objects.exists()


def test_a_backup_from_a_newer_version_is_refused(units, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "uploads"
    archive = tmp_path / "sao-luu.zip"
    quiet("backup", str(archive))

    def newer_format(manifest):
        manifest["version"] = backup_module.VERSION + 1

    def newer_migration(manifest):
        manifest["migrations"]["core"].append("9999_from_the_future")

    with pytest.raises(CommandError, match="^Bản sao lưu có định dạng phiên bản 2, mới hơn"):
        quiet("restore", str(rewrite(archive, tmp_path / "v2.zip", newer_format)))
    with pytest.raises(CommandError, match=r"phiên bản mới hơn của Ngoại vụ \(có migration core.9999_from_the_future"):
        quiet("restore", str(rewrite(archive, tmp_path / "moi.zip", newer_migration)))
    damaged = bytearray(archive.read_bytes())
    middle = len(damaged) // 3
    damaged[middle : middle + 64] = bytes(64)
    (tmp_path / "hong.zip").write_bytes(bytes(damaged))
    with pytest.raises(CommandError, match="^Tệp .*hong.zip không phải là bản sao lưu Ngoại vụ hoặc đã bị hỏng"):
        quiet("restore", str(tmp_path / "hong.zip"))


@pytest.mark.parametrize("kind", ["truncated", "random", "missing"])
def test_a_bad_file_gives_one_line_of_vietnamese_from_the_cli(kind, units, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "uploads"
    bad = tmp_path / "sao-luu.zip"
    if kind == "truncated":
        quiet("backup", str(bad))
        bad.write_bytes(bad.read_bytes()[: bad.stat().st_size // 2])
    elif kind == "random":
        bad.write_bytes(random.Random(7).randbytes(50_000))
    # A database of its own, never touched: the archive is checked before anything else.
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    env["NGOAIVU_VAR_DIR"] = str(tmp_path / "var")
    done = subprocess.run(
        [sys.executable, "-m", "ngoaivu", "restore", str(bad)], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 1
    assert done.stdout == "" and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    if kind == "missing":
        assert done.stderr.startswith("Không có tệp ")
    else:
        assert done.stderr.startswith(f"Tệp {bad} không phải là bản sao lưu Ngoại vụ hoặc đã bị hỏng")


def _archived(archive, label):
    with zipfile.ZipFile(archive) as zipped:
        lines = zipped.read(f"data/{label}.jsonl").decode().splitlines()
    return [json.loads(line) for line in lines]


@pytest.mark.django_db(transaction=True)
def test_a_backup_taken_while_rows_are_added_holds_one_state_of_the_database(tmp_path, settings, monkeypatch):
    settings.MEDIA_ROOT = tmp_path / "uploads"
    province = Unit.objects.create(name="Tỉnh Quảng Ngãi", code="QNg", kind=Unit.Kind.PROVINCE)
    rounds, errors, started, stop = [0], [], threading.Event(), threading.Event()

    def add_rows():
        # Each round, in one transaction: a unit, its plan and 3 items, each with its history row.
        try:
            while not stop.is_set() and rounds[0] < 3000:
                with transaction.atomic():
                    unit = Unit.objects.create(name=f"Đơn vị {rounds[0]}", code=f"DV{rounds[0]}", parent=province)
                    plan = DelegationPlan.objects.create(unit=unit, year=2021)
                    for number in range(3):
                        DelegationPlanItem.objects.create(
                            plan=plan, direction="in", country="LA", purpose=f"Đoàn {number}", planned_period="Quý III"
                        )
                rounds[0] += 1
                if rounds[0] == 5:
                    started.set()
        except Exception as error:  # noqa: BLE001 - reported by the test below
            errors.append(error)
            started.set()
        finally:
            connections.close_all()

    # A pause after each table, so that the writer commits between the reads of a parent and its children.
    write_table = backup_module._write_table

    def slow_write_table(*args):
        entry = write_table(*args)
        time.sleep(0.02)
        return entry

    monkeypatch.setattr(backup_module, "_write_table", slow_write_table)
    writer = threading.Thread(target=add_rows)
    writer.start()
    try:
        assert started.wait(30)
        at_start = rounds[0]
        quiet("backup", str(tmp_path / "sao-luu.zip"))
    finally:
        stop.set()
        writer.join(60)
    assert not errors and not writer.is_alive()
    assert rounds[0] > at_start  # rows were still being added during or after the backup
    archive = tmp_path / "sao-luu.zip"
    units = {row["pk"] for row in _archived(archive, "core.unit")}
    plans = {row["pk"]: row["fields"]["unit"] for row in _archived(archive, "register.delegationplan")}
    items = _archived(archive, "register.delegationplanitem")
    assert len(units) >= 6 and len(plans) >= 5
    assert set(plans.values()) <= units
    assert all(row["fields"]["plan"] in plans for row in items)
    assert sorted(row["fields"]["plan"] for row in items) == sorted(list(plans) * 3)
    assert {row["fields"]["id"] for row in _archived(archive, "core.historicalunit")} == units
    assert {row["fields"]["id"] for row in _archived(archive, "register.historicaldelegationplan")} == set(plans)
    assert {row["fields"]["id"] for row in _archived(archive, "register.historicaldelegationplanitem")} == {
        row["pk"] for row in items
    }
    with zipfile.ZipFile(archive) as zipped:
        manifest = json.loads(zipped.read("manifest.json"))
    counts = {table["model"]: table["rows"] for table in manifest["tables"]}
    assert counts["core.unit"] == len(units) and counts["register.delegationplanitem"] == len(items)


def test_the_console_script_lists_backup_and_restore():
    done = subprocess.run([sys.executable, "-m", "ngoaivu", "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "backup" in done.stdout and "restore" in done.stdout


def test_a_backup_taken_before_fields_were_renamed_restores_under_the_new_names(units, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "uploads"
    LegalDocument.objects.create(doc_type="Kế hoạch", number="12/KH-UBND", status=LegalDocument.Status.ISSUED)
    archive = tmp_path / "sao-luu.zip"
    quiet("backup", str(archive))
    older = tmp_path / "cu.zip"  # the archive as the version before the rename wrote it
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(older, "w", zipfile.ZIP_DEFLATED) as copy:
        for member in source.infolist():
            data = source.read(member)
            if member.filename.endswith(".jsonl") and b'"core.legaldocument"' in data:
                data = data.replace(b'"status":', b'"stage":')
            copy.writestr(member.filename, data)
    with connection.cursor() as cursor:  # empty the database's rows without adding history rows
        for table in ("core_historicallegaldocument", "core_legaldocument", "core_historicalunit", "core_unit"):
            cursor.execute(f"DELETE FROM {table}")
    quiet("restore", str(older))
    assert LegalDocument.objects.get(number="12/KH-UBND").status == LegalDocument.Status.ISSUED


@pytest.fixture
def cli(monkeypatch):
    """`ngoaivu …` in this process, on the test database (Django is set up already)."""
    from ngoaivu import cli

    monkeypatch.setattr(cli, "_django", lambda: None)
    return cli.main


def _refused(cli, capsys, *arguments):
    with pytest.raises(SystemExit) as stopped:
        cli(list(arguments))
    assert stopped.value.code == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1, error
    return error


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("", "Chưa ghi tên tệp sao lưu."),
        (".", "«.» là một thư mục; ghi tên tệp sao lưu, ví dụ ngoaivu.zip."),
        ("/", "«/» là một thư mục; ghi tên tệp sao lưu, ví dụ /ngoaivu.zip."),
        ("a" * 300 + ".zip", "»: tên tệp hoặc đường dẫn quá dài."),
        ("a" * 252, "»: tên tệp hoặc đường dẫn quá dài."),  # the name fits, not with «.part» added
    ],
)
def test_a_backup_to_a_path_that_names_no_file_is_one_line_pointing_at_help(
    typed, said, cli, capsys, tmp_path, settings, monkeypatch
):
    settings.MEDIA_ROOT = tmp_path / "uploads"
    monkeypatch.chdir(tmp_path)
    error = _refused(cli, capsys, "backup", typed)
    assert error.endswith(f"{said} Xem tham số của lệnh: ngoaivu backup --help\n"), error
    assert os.listdir(tmp_path) == []


def test_a_backup_never_replaces_what_is_not_a_regular_file(cli, capsys, tmp_path, settings):
    """As root, «backup /dev/full» replaced the device with the archive: a FIFO stands for it here."""
    settings.MEDIA_ROOT = tmp_path / "uploads"
    device = tmp_path / "thiet-bi"
    os.mkfifo(device)
    error = _refused(cli, capsys, "backup", str(device))
    assert error == (
        f"«{device}» không phải một tệp thường (có thể là thiết bị); chọn tên tệp khác."
        " Xem tham số của lệnh: ngoaivu backup --help\n"
    )
    assert device.is_fifo() and os.listdir(tmp_path) == ["thiet-bi"]


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("", "Chưa ghi tên tệp sao lưu."),
        (".", "«.» là một thư mục, không phải tệp sao lưu."),
        ("khong-co.zip", "Không có tệp «khong-co.zip»."),
        ("a" * 300 + ".zip", f"Không đọc được tệp sao lưu «{'a' * 300}.zip»: tên tệp hoặc đường dẫn quá dài."),
    ],
)
def test_a_restore_from_a_path_that_names_no_file_says_what_is_true(typed, said, cli, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    error = _refused(cli, capsys, "restore", typed)
    assert error == f"{said} Xem tham số của lệnh: ngoaivu restore --help\n"
