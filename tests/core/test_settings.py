"""Settings from the environment: production passes `check --deploy`, DEBUG stays on developers' machines,
uploaded files are readable by their owner only."""

import os
import stat
import subprocess
import sys
from datetime import date

import pytest

from ngoaivu import environment
from tests.collection.conftest import UNIVERSITY_REPORT, docx_bytes

PRODUCTION = {
    "NGOAIVU_HTTPS": "1",
    "ALLOWED_HOSTS": "ngoaivu.quangngai.gov.vn",
    "SECRET_KEY": "k3Jx9-production-secret-that-is-long-enough-and-random-7Qw2zP0vYt8sLm4",
}


def manage(*args, **env):
    # Not the test process's own switches (the browser tests set DJANGO_ALLOW_ASYNC_UNSAFE).
    unset = ("DEBUG", "NGOAIVU_HTTPS", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE")
    environ = {k: v for k, v in os.environ.items() if k not in unset}
    environ.update(env)
    return subprocess.run(
        [sys.executable, "-m", "ngoaivu", "manage", *args], capture_output=True, text=True, env=environ, timeout=120
    )


def test_production_settings_pass_the_deployment_checklist():
    result = manage("check", "--deploy", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Kiểm tra: không có lỗi.\n", result.stdout + result.stderr


def test_development_settings_are_warned_about():
    result = manage("check", "--deploy")
    assert "security.W008" in result.stdout + result.stderr  # no HTTPS redirect on http://127.0.0.1


def test_debug_is_refused_for_a_public_host():
    result = manage("check", DEBUG="1", ALLOWED_HOSTS="ngoaivu.quangngai.gov.vn")
    assert result.returncode != 0
    assert "DEBUG=1 chỉ được dùng khi phát triển trên máy cục bộ" in result.stderr
    assert "Traceback" not in result.stderr


def test_debug_is_allowed_on_the_local_machine():
    environment.check_debug(True, ["127.0.0.1", "localhost"])
    environment.check_debug(False, ["ngoaivu.quangngai.gov.vn"])
    with pytest.raises(environment.SettingsError):
        environment.check_debug(True, ["127.0.0.1", "10.0.0.5"])


def test_a_secret_key_is_made_once_and_kept_private(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    first = environment.secret_key(tmp_path)
    assert len(first) >= 50
    assert environment.secret_key(tmp_path) == first
    assert stat.S_IMODE((tmp_path / "secret_key").stat().st_mode) == 0o600
    monkeypatch.setenv("SECRET_KEY", "from-the-environment")
    assert environment.secret_key(tmp_path) == "from-the-environment"


def test_pages_carry_the_security_headers(client, db):  # the sign-in page names the office from the database
    response = client.get("/dang-nhap/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert "unsafe-inline" not in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_https_settings_redirect_and_send_hsts(settings, client, db):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    response = client.get("/dang-nhap/")
    assert response.status_code == 301 and response["Location"].startswith("https://")
    secure = client.get("/dang-nhap/", secure=True)
    assert secure["Strict-Transport-Security"].startswith("max-age=31536000")


def modes_under(root):
    """{path relative to root's parent: mode} of root and everything under it."""
    found = {}
    for folder, _folders, names in os.walk(root):
        for path in [folder, *(os.path.join(folder, name) for name in names)]:
            found[os.path.relpath(path, root.parent)] = oct(stat.S_IMODE(os.stat(path).st_mode))
    return found


@pytest.mark.django_db
def test_an_uploaded_report_is_readable_by_its_owner_only(client_for, users, units, settings, tmp_path):
    """With FILE_STORAGE=local, the files on the server's disk."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from ngoaivu.collection.models import ReportRequest, Submission
    from ngoaivu.reporting.models import ReportTemplate

    settings.MEDIA_ROOT = tmp_path / "var" / "uploads"
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "ngoaivu.core.uploads.PrivateStorage"}}
    request = ReportRequest.objects.create(
        direction=ReportRequest.Direction.OUTGOING,
        subject="Báo cáo công tác đối ngoại tháng 8/2021",
        requested_by="Sở Ngoại vụ",
        unit=units["sngv"],
        template=ReportTemplate.objects.get(code="general"),
        period_code="2021-08",
        deadline=date(2021, 9, 10),
        created_by=users["officer"],
    )
    submission = Submission.objects.create(request=request, unit=units["dh"])
    client_for("other_reporter").post(
        f"/yeu-cau/don-vi/{submission.pk}/tai-len/",
        {"file": SimpleUploadedFile("Báo cáo tháng 8.docx", docx_bytes(UNIVERSITY_REPORT))},
    )
    submission.refresh_from_db()
    assert submission.pending_file  # kept apart until read: no worker runs here
    modes = modes_under(settings.MEDIA_ROOT)
    stored = os.path.join("uploads", submission.pending_file.name)
    assert modes[stored] == "0o600"
    assert {path: mode for path, mode in modes.items() if path != stored} == {
        "uploads": "0o700",
        "uploads/submissions": "0o700",
        f"uploads/submissions/{submission.request_id}": "0o700",
    }


def test_restored_uploads_are_readable_by_their_owner_only(tmp_path):
    import hashlib
    import zipfile

    from ngoaivu.core import backup

    content = "Báo cáo 8 tháng năm 2021".encode()
    archive = tmp_path / "sao-luu.zip"
    with zipfile.ZipFile(archive, "w") as writer:
        writer.writestr(backup.UPLOADS + "bao-cao/2021/bao-cao.docx", content)
    root = tmp_path / "var" / "uploads"
    entries = [
        {"path": "bao-cao/2021/bao-cao.docx", "size": len(content), "sha256": hashlib.sha256(content).hexdigest()}
    ]
    with zipfile.ZipFile(archive) as reader:
        assert backup._restore_files(reader, entries, root) == 1
    assert modes_under(root) == {
        "uploads": "0o700",
        "uploads/bao-cao": "0o700",
        "uploads/bao-cao/2021": "0o700",
        "uploads/bao-cao/2021/bao-cao.docx": "0o600",
    }


def test_a_store_or_cache_whose_package_is_missing_is_refused_with_what_to_install():
    result = manage("check", FILE_STORAGE="s3")  # django-storages is not among the test's packages
    assert result.returncode != 0
    assert "FILE_STORAGE=s3 cần gói storages: cài bằng pip install '.[s3]'." in result.stderr
    assert "Traceback" not in result.stderr
    unknown = manage("check", FILE_STORAGE="ftp")
    assert unknown.returncode != 0 and "FILE_STORAGE phải là một trong: database, local, s3." in unknown.stderr
