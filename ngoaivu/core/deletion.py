"""Why a row could not be deleted: the one message of the register's pages and of the API."""

from collections import Counter

from django.utils.translation import gettext as _


from .models import LegalDocument
from .permissions import readable_rows
from .screen_figures import screen_count


def explain_protected(record, error, user):
    """The message for a ProtectedError raised by deleting `record`: what still points at it.

    The rows that cite it are counted by kind ("02 đoàn ra, 01 nhiệm vụ được giao"), never named; those
    of units that user may not read are counted apart, "01 bản ghi của đơn vị khác": which kinds of work
    another unit has recorded is not the reporter's to learn.
    """
    cited = list(error.protected_objects)
    readable = readable_rows(user, cited)
    counts = Counter(str(obj._meta.verbose_name) for obj in readable)
    parts = [
        f"{screen_count(count)} {name}" for name, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]
    if hidden := len(cited) - len(readable):
        parts.append(_("%(n)s bản ghi của đơn vị khác") % {"n": screen_count(hidden)})
    where = ", ".join(parts)
    if isinstance(record, LegalDocument):
        return _(
            "Không xóa được: văn bản đang được trích dẫn ở %(where)s. Hãy bỏ trích dẫn ở các bản ghi đó trước."
        ) % {"where": where}
    return _("Không xóa được: %(what)s đang được dùng ở %(where)s. Hãy bỏ liên kết ở các bản ghi đó trước.") % {
        "what": record._meta.verbose_name,
        "where": where,
    }
