"""`ngoaivu backup FILE` and `ngoaivu restore FILE`: the whole database and the uploads in one archive.

A .zip rather than a .tar.gz: its central directory is at the end, so a truncated file is refused
at once; every member has a CRC-32, so testzip() finds a damaged one before the database is
touched; members are read in any order (the manifest first); offices open .zip files on Windows.

Layout:
  manifest.json          format and version, creation time, migrations applied per app,
                         one entry per table (model, file, row count), uploaded files (size, SHA-256)
  data/<app.model>.jsonl one table, one row per line (Django's JSON Lines serializer)
  uploads/<path>         the files under settings.MEDIA_ROOT (FILE_STORAGE=local; with the database
                         store, the default, the files are rows of data/core.storedfile.jsonl)
"""

import datetime
import hashlib
import io
import json
import os
import time
import zipfile
import zlib
from contextlib import contextmanager, suppress
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.management.sql import emit_post_migrate_signal
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, connections, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from ngoaivu.core.backup_paths import BackupError, BadPath, archive_path
from ngoaivu.core.errors import os_reason

FORMAT, VERSION, UPLOADS = "ngoaivu-backup", 1, "uploads/"
SKIPPED = {"sessions.session"}  # users log in again
# Rows that `migrate` itself writes into a new database, and the sign-in records a failed
# sign-in on the new server may already hold: a restore replaces them with the archive's.
SEEDED = {
    "contenttypes.contenttype",
    "auth.permission",
    "reporting.reporttemplate",
    "reporting.historicalreporttemplate",
    "axes.accessattempt",
    "axes.accesslog",
    "axes.accessfailurelog",
}


class ExactEncoder(DjangoJSONEncoder):
    """DjangoJSONEncoder cuts times to milliseconds; the audit trail keeps its microseconds."""

    def default(self, o):
        return o.isoformat() if isinstance(o, (datetime.datetime, datetime.time)) else super().default(o)


def models_to_save():
    """Every table with rows of its own, many-to-many tables included (proxies share their model's)."""
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy and model._meta.label_lower not in SKIPPED
    ]


def _member(name, when=None):
    """A compressed member dated now or at the file's time (zip dates start in 1980)."""
    member = zipfile.ZipInfo(name, time.localtime(max(when or time.time(), 315964800))[:6])
    member.compress_type = zipfile.ZIP_DEFLATED
    return member


def _one_line(error):
    return (str(error).strip().splitlines() or [error.__class__.__name__])[0]


def _copy(reader, writer, limit=None):
    """Copy in 1 MiB chunks, stopping once past `limit` bytes; return the size and the SHA-256."""
    digest, size = hashlib.sha256(), 0
    while (chunk := reader.read(1 << 20)) and (limit is None or size <= limit):
        digest.update(chunk)
        size += len(chunk)
        writer.write(chunk)
    return size, digest.hexdigest()


@contextmanager
def snapshot(using):
    """One read transaction that sees one state of every table while the server keeps writing."""
    connection = connections[using]
    if connection.in_atomic_block:  # inside the caller's transaction (tests): read in it
        with transaction.atomic(using=using):
            yield
        return
    sqlite, mode = connection.vendor == "sqlite", getattr(connection, "transaction_mode", None)
    if sqlite:  # BEGIN DEFERRED: our IMMEDIATE mode would hold the write lock for the whole backup
        connection.transaction_mode = "DEFERRED"
    try:
        with transaction.atomic(using=using):
            if sqlite:
                connection.transaction_mode = mode
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            yield
    finally:
        if sqlite:
            connection.transaction_mode = mode


def _write_table(archive, model, using):
    name, rows = f"data/{model._meta.label_lower}.jsonl", 0
    # Many-to-many rows are saved as tables of their own: the serializer takes the local fields only.
    fields = [field.name for field in model._meta.concrete_fields if not field.primary_key]

    def counted():
        nonlocal rows
        for row in model._base_manager.using(using).order_by("pk").iterator(chunk_size=2000):
            rows += 1
            yield row

    with archive.open(_member(name), "w", force_zip64=True) as raw, io.TextIOWrapper(raw, encoding="utf-8") as text:
        serializers.serialize("jsonl", counted(), stream=text, fields=fields, cls=ExactEncoder)
    return {"model": model._meta.label_lower, "table": model._meta.db_table, "file": name, "rows": rows}


def _write_files(archive, root, skip):
    entries = []
    for folder, subfolders, names in os.walk(root):  # nothing when the folder does not exist
        subfolders.sort()
        for source in sorted(Path(folder, name) for name in names):
            if source.resolve() != skip and source.is_file():
                relative = source.relative_to(root).as_posix()
                member = _member(UPLOADS + relative, source.stat().st_mtime)
                with source.open("rb") as reader, archive.open(member, "w", force_zip64=True) as writer:
                    size, sha256 = _copy(reader, writer)
                entries.append({"path": relative, "size": size, "sha256": sha256})
    return entries


def backup(path, using="default"):
    """Write a .part file next to `path`, then rename it: a failed backup leaves no archive behind.

    The archive holds password hashes and API tokens: it is readable by its owner only.
    """
    path = archive_path(path, writing=True)
    part = path.with_name(path.name + ".part")
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "created": timezone.localtime().isoformat(timespec="seconds"),
        "database": connections[using].vendor,
        "migrations": {},
        "tables": [],
        "files": [],
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.unlink(missing_ok=True)  # so that the mode below applies
        output = os.fdopen(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")
    except OSError as error:  # a folder that cannot be made, a name too long once «.part» is added
        raise BadPath(f"Không ghi được tệp sao lưu «{path}»: {os_reason(error)}.") from None
    try:
        with output, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            with snapshot(using):  # the migrations applied (in name order: the last is the latest), every table
                for app, name in sorted(MigrationRecorder(connections[using]).applied_migrations()):
                    manifest["migrations"].setdefault(app, []).append(name)
                manifest["tables"] = [_write_table(archive, model, using) for model in models_to_save()]
            manifest["files"] = _write_files(archive, Path(settings.MEDIA_ROOT), part.resolve())
            archive.writestr(_member("manifest.json"), json.dumps(manifest, ensure_ascii=False, indent=1))
        os.replace(part, path)
    except BaseException as error:
        with suppress(OSError):  # the clean-up never hides the reason
            part.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise BackupError(f"Không ghi được tệp sao lưu {path}: {os_reason(error)}.") from None
        if isinstance(error, DatabaseError):
            raise BackupError(f"Không đọc được cơ sở dữ liệu: {_one_line(error)}") from None
        raise
    return manifest


def _model(entry):
    try:
        return apps.get_model(entry["model"])
    except (LookupError, ValueError):
        raise BackupError(f"Bản sao lưu có bảng {entry['model']} mà phiên bản này không có.") from None


def _check(archive, path):
    bad = f"Tệp {path} không phải là bản sao lưu Ngoại vụ hoặc đã bị hỏng"
    try:
        damaged = archive.testzip()  # reads every member and checks its CRC-32
        manifest = None if damaged else json.loads(archive.read("manifest.json"))
    except (KeyError, ValueError, zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError):
        raise BackupError(f"{bad}.") from None
    if damaged or not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{bad} ({f'phần {damaged} bị hỏng' if damaged else 'manifest.json không đúng'}).")
    if not isinstance(manifest.get("version"), int) or manifest["version"] > VERSION:
        raise BackupError(
            f"Bản sao lưu có định dạng phiên bản {manifest.get('version')}, mới hơn phiên bản "
            f"{VERSION} mà phần mềm này đọc được; hãy cập nhật Ngoại vụ trước khi khôi phục."
        )
    try:
        well_formed = (
            all(
                isinstance(t["model"], str) and isinstance(t["file"], str) and isinstance(t["rows"], int)
                for t in manifest["tables"]
            )
            and all(
                isinstance(f["path"], str) and isinstance(f["size"], int) and isinstance(f["sha256"], str)
                for f in manifest["files"]
            )
            and all(isinstance(names, list) for names in manifest["migrations"].values())
        )
        applied = {(app, name) for app, names in manifest["migrations"].items() for name in names}
    except (KeyError, TypeError, AttributeError):
        well_formed = False
    if not well_formed:
        raise BackupError(f"{bad} (manifest.json không đúng).")
    unknown = sorted(applied - set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations))
    if unknown:
        raise BackupError(
            "Bản sao lưu được tạo bởi phiên bản mới hơn của Ngoại vụ (có migration "
            f"{'.'.join(unknown[0])} mà phiên bản này không biết); hãy cập nhật phần mềm "
            "trước khi khôi phục."
        )
    return manifest, [_model(entry) for entry in manifest["tables"]]


def open_archive(path):
    """The archive, its manifest and the models of its tables, checked before the database is touched."""
    path = archive_path(path, writing=False)
    try:
        archive = zipfile.ZipFile(path)
    except OSError as error:
        raise BadPath(f"Không đọc được tệp sao lưu «{path}»: {os_reason(error)}.") from None
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise BackupError(
            f"Tệp {path} không phải là bản sao lưu Ngoại vụ hoặc đã bị hỏng (không đọc được tệp nén)."
        ) from None
    try:
        return archive, *_check(archive, path)
    except BaseException:
        archive.close()
        raise


# Fields renamed since a backup may have been taken: {model label: {old name: new name}}. A
# backup of an older version loads into today's tables under today's names.
RENAMED_FIELDS = {
    # reading_message was the text of a reading; its string loads as it was (collection/reading_said.py).
    "collection.submission": {"state": "status", "reading_message": "reading_said"},
    "core.legaldocument": {"stage": "status"},
    "core.historicallegaldocument": {"stage": "status"},
    "reporting.report": {"request": "letter"},
    "reporting.historicalreport": {"request": "letter"},
}


def _items(lines):
    """The JSONL rows of a table as serializer dicts, their fields under today's names."""
    for line in lines:
        if not line.strip():
            continue
        item = json.loads(line)
        renamed = RENAMED_FIELDS.get(item.get("model"))
        if renamed:
            item["fields"] = {renamed.get(name, name): value for name, value in item["fields"].items()}
        yield item


def _load_table(archive, entry, model, using):
    fields, rows, batch = model._meta.concrete_fields, 0, []
    size = max(1, min(500, connections[using].ops.bulk_batch_size(fields, [None] * 500)))

    def flush():
        # What Model.save_base(raw=True) does, for many rows at once: the values as they are
        # (auto_now fields keep theirs, which bulk_create would overwrite) and no signals (no history).
        model._base_manager.db_manager(using)._insert(batch, fields=fields, raw=True, using=using)
        batch.clear()

    try:
        with archive.open(entry["file"]) as raw:
            for item in serializers.deserialize("python", _items(io.TextIOWrapper(raw, encoding="utf-8")), using=using):
                if type(item.object) is not model:
                    raise ValueError(item.object._meta.label)
                batch.append(item.object)
                rows += 1
                if len(batch) >= size:
                    flush()
        if batch:
            flush()
    except DatabaseError as error:
        raise BackupError(f"Không nạp được bảng {model._meta.db_table}: {_one_line(error)}") from None
    except Exception as error:  # bad JSON, a field this version no longer has, a bad value
        raise BackupError(
            f"Không đọc được bảng {model._meta.db_table} trong bản sao lưu (tệp hỏng hoặc "
            f"không hợp với phiên bản này): {_one_line(error)}"
        ) from None
    if rows != entry["rows"]:
        raise BackupError(
            f"Bản sao lưu bị hỏng: bảng {model._meta.db_table} có {rows} dòng, manifest ghi {entry['rows']}."
        )
    return rows


def _refuse_if_not_empty(using):
    full = [
        f"{model._meta.db_table} ({model._base_manager.using(using).count()} dòng)"
        for model in models_to_save()
        if model._meta.label_lower not in SEEDED and model._base_manager.using(using).exists()
    ]
    if full:
        more = f" và {len(full) - 5} bảng khác" if len(full) > 5 else ""
        raise BackupError(
            f"Cơ sở dữ liệu không trống: {', '.join(full[:5])}{more}. Chỉ khôi phục được vào một cơ sở dữ liệu trống."
        )


def _private_folders(root, parts):
    """root and the folders parts under it; the missing ones are made as uploads make them (700)."""
    mode = settings.FILE_UPLOAD_DIRECTORY_PERMISSIONS or 0o700
    root.parent.mkdir(parents=True, exist_ok=True)
    root.mkdir(mode=mode, exist_ok=True)
    folder = root
    for part in parts:
        folder = folder / part
        folder.mkdir(mode=mode, exist_ok=True)


def _restore_files(archive, entries, root):
    """Extract each file next to its place and check it; only when all match, put them in place."""
    placed = []
    try:
        for entry in entries:
            relative = PurePosixPath(entry["path"])
            if relative.is_absolute() or ".." in relative.parts or not relative.parts or "\\" in entry["path"]:
                raise BackupError(f"Bản sao lưu có đường dẫn tệp không hợp lệ: {entry['path']}.")
            target = root.joinpath(*relative.parts)
            _private_folders(root, relative.parts[:-1])
            placed.append((target.with_name(target.name + ".restoring"), target))
            placed[-1][0].unlink(missing_ok=True)  # so that the mode below applies
            descriptor = os.open(
                placed[-1][0], os.O_WRONLY | os.O_CREAT | os.O_EXCL, settings.FILE_UPLOAD_PERMISSIONS or 0o600
            )
            with archive.open(UPLOADS + relative.as_posix()) as reader, os.fdopen(descriptor, "wb") as writer:
                copied = _copy(reader, writer, limit=entry["size"])
            if copied != (entry["size"], entry["sha256"]):
                raise BackupError(f"Tệp {entry['path']} trong bản sao lưu không khớp mã SHA-256 trong manifest.")
    except BaseException as error:
        for temporary, _ in placed:
            temporary.unlink(missing_ok=True)
        if isinstance(error, KeyError):
            raise BackupError(f"Bản sao lưu bị hỏng: thiếu tệp {_one_line(error)}.") from None
        raise
    for temporary, target in placed:
        os.replace(temporary, target)
    return len(placed)


def restore(path, using="default"):
    """Migrate, then load the archive into the empty database in one transaction, then the uploads."""
    archive, manifest, models = open_archive(path)
    connection, content_types = connections[using], apps.get_model("contenttypes.ContentType").objects
    try:
        with archive:
            call_command("migrate", database=using, interactive=False, verbosity=0)
            with transaction.atomic(using=using):
                _refuse_if_not_empty(using)
                with connection.cursor() as cursor:
                    for model in models_to_save():
                        if model._meta.label_lower in SEEDED:  # raw SQL: no signals, no history rows
                            cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")
                rows = sum(_load_table(archive, *pair, using) for pair in zip(manifest["tables"], models))
                connection.check_constraints(table_names=[model._meta.db_table for model in models])
                with connection.cursor() as cursor:
                    for statement in connection.ops.sequence_reset_sql(no_style(), models):
                        cursor.execute(statement)
                content_types.clear_cache()
                # What migrate adds for models newer than the archive: content types, permissions, templates.
                emit_post_migrate_signal(0, False, using)
                files = _restore_files(archive, manifest["files"], Path(settings.MEDIA_ROOT))
    except DatabaseError as error:
        raise BackupError(f"Không khôi phục được cơ sở dữ liệu: {_one_line(error)}") from None
    except OSError as error:
        raise BackupError(f"Không ghi được tệp tải lên: {os_reason(error)}.") from None
    finally:
        content_types.clear_cache()
    return {"rows": rows, "tables": len(models), "files": files, "created": manifest.get("created")}
