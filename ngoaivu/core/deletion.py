"""Why a row could not be deleted: the one message of the register's pages and of the API."""

from collections import Counter

from django.utils.translation import gettext as _

from ngoaivu.pure.wording import format_count

from .models import LegalDocument


def explain_protected(record, error):
    """The message for a ProtectedError raised by deleting `record`: what still points at it.

    The rows that cite it are counted by kind ("2 đoàn ra, 1 nhiệm vụ được giao"), never named:
    they may belong to units the user may not see.
    """
    counts = Counter(str(obj._meta.verbose_name) for obj in error.protected_objects)
    where = ", ".join(
        f"{format_count(count)} {name}" for name, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    )
    if isinstance(record, LegalDocument):
        return _(
            "Không xóa được: văn bản đang được trích dẫn ở %(where)s. Hãy bỏ trích dẫn ở các bản ghi đó trước."
        ) % {"where": where}
    return _("Không xóa được: %(what)s đang được dùng ở %(where)s. Hãy bỏ liên kết ở các bản ghi đó trước.") % {
        "what": record._meta.verbose_name,
        "where": where,
    }
