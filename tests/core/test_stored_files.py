"""The database store of uploaded and issued files (FILE_STORAGE=database, the default)."""

import pytest
from django.core.files.base import ContentFile
from django.db import transaction

from ngoaivu.core.stored_files import DatabaseStorage, StoredFile

pytestmark = pytest.mark.django_db


@pytest.fixture
def store(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "uploads"
    return DatabaseStorage()


def test_a_saved_file_is_read_back_byte_for_byte_and_a_second_of_the_same_name_gets_its_own(store):
    data = bytes(range(256)) * 40
    first = store.save("issued/bao-cao.pdf", ContentFile(data))
    second = store.save("issued/bao-cao.pdf", ContentFile(b"%PDF-1.7 khac"))
    assert first == "issued/bao-cao.pdf" and second != first and second.startswith("issued/bao-cao")
    with store.open(first) as handle:
        assert handle.read() == data
    assert store.size(first) == len(data) and store.exists(second)
    assert store.listdir("") == (["issued"], [])
    assert sorted(store.listdir("issued")[1]) == sorted(["bao-cao.pdf", second.removeprefix("issued/")])
    store.delete(first)
    assert not store.exists(first) and StoredFile.objects.count() == 1
    with pytest.raises(FileNotFoundError):
        store.open(first)


def test_a_file_saved_in_a_transaction_that_fails_is_not_kept(store):
    with pytest.raises(RuntimeError), transaction.atomic():
        store.save("submissions/1/bao-cao.docx", ContentFile(b"PK\x03\x04 ..."))
        raise RuntimeError("the row that names the file was refused")
    assert not store.exists("submissions/1/bao-cao.docx")


def test_a_file_kept_on_disk_before_the_database_store_is_still_read(store, settings):
    folder = settings.MEDIA_ROOT / "submissions" / "7"
    folder.mkdir(parents=True)
    (folder / "cu.docx").write_bytes(b"PK\x03\x04 cu")
    assert store.exists("submissions/7/cu.docx") and store.size("submissions/7/cu.docx") == 7
    with store.open("submissions/7/cu.docx") as handle:
        assert handle.read() == b"PK\x03\x04 cu"
    store.delete("submissions/7/cu.docx")
    assert not (folder / "cu.docx").exists()


def test_no_name_reaches_outside_the_upload_folder(store, settings, tmp_path):
    (tmp_path / "secret_key").write_text("bi-mat")
    with pytest.raises(FileNotFoundError):
        store.open("../secret_key")
    assert not store.exists("../secret_key")


def test_private_files_have_no_url(store):
    name = store.save("readings/bao-cao-1.bin", ContentFile(b"x"))
    with pytest.raises(ValueError):
        store.url(name)
