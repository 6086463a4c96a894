"""Files kept in the database: uploaded reports, issued documents, stamp images.

The default store (settings.FILE_STORAGE = "database"), so that every application server behind a
load balancer reads the file another one wrote, and a file is written or dropped in the same
transaction as the row that names it. No URL serves them; a view checks the user's rights and
streams each one (as for the files on disk of FILE_STORAGE = "local").

A file kept on this server's disk (var/uploads) before the database store was chosen is still read
from there, so an office that upgrades loses none.
"""

from pathlib import Path

from django.conf import settings

from django.core.files.base import ContentFile
from django.core.files.storage import Storage
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _


class StoredFile(models.Model):
    name = models.CharField(
        _("tên tệp"),
        max_length=255,
        unique=True,
        error_messages={"unique": _("Đã có tệp cùng tên trong kho tệp; tệp mới được lưu với tên khác.")},
    )
    content = models.BinaryField(_("nội dung"))
    size = models.PositiveBigIntegerField(_("dung lượng (byte)"))
    stored_at = models.DateTimeField(_("lưu lúc"), default=timezone.now)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tệp lưu trong cơ sở dữ liệu")
        verbose_name_plural = _("tệp lưu trong cơ sở dữ liệu")

    def __str__(self):
        return self.name


@deconstructible(path="ngoaivu.core.stored_files.DatabaseStorage")
class DatabaseStorage(Storage):
    """A Django storage over StoredFile rows."""

    def _open(self, name, mode="rb"):
        if "w" in mode or "a" in mode:
            raise ValueError("stored files are written through save()")
        content = StoredFile.objects.filter(name=name).values_list("content", flat=True).first()
        if content is None:
            return ContentFile(self._on_disk(name).read_bytes(), name=name)  # FileNotFoundError when absent
        return ContentFile(bytes(content), name=name)

    @staticmethod
    def _on_disk(name):
        root = Path(settings.MEDIA_ROOT).resolve()
        path = (root / name).resolve()
        if not path.is_relative_to(root):
            raise FileNotFoundError(name)
        return path

    def _save(self, name, content):
        if hasattr(content, "seek"):
            content.seek(0)
        data = b"".join(content.chunks()) if hasattr(content, "chunks") else content.read()
        while True:
            try:
                # A savepoint: a name taken meanwhile by another server must not spoil the caller's transaction.
                with transaction.atomic():
                    StoredFile.objects.create(name=name, content=data, size=len(data))
                return name
            except IntegrityError:
                name = self.get_available_name(name)

    def delete(self, name):
        StoredFile.objects.filter(name=name).delete()
        self._on_disk(name).unlink(missing_ok=True)

    def exists(self, name):
        if StoredFile.objects.filter(name=name).exists():
            return True
        try:
            return self._on_disk(name).is_file()
        except FileNotFoundError:  # a name outside the folder
            return False

    def size(self, name):
        size = StoredFile.objects.filter(name=name).values_list("size", flat=True).first()
        return self._on_disk(name).stat().st_size if size is None else size

    def get_modified_time(self, name):
        stored_at = StoredFile.objects.filter(name=name).values_list("stored_at", flat=True).first()
        if stored_at is None:
            raise FileNotFoundError(name)
        return stored_at

    get_created_time = get_modified_time

    def listdir(self, path):
        prefix = f"{path.strip('/')}/" if path.strip("/") else ""
        folders, files = set(), []
        for name in StoredFile.objects.filter(name__startswith=prefix).values_list("name", flat=True):
            head, _slash, tail = name[len(prefix) :].partition("/")
            if tail:
                folders.add(head)
            else:
                files.append(head)
        return sorted(folders), files

    def url(self, name):
        raise ValueError("private files have no URL; a view serves them")
