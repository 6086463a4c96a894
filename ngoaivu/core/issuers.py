"""A document whose issuer is a unit of the register that did not exist on the document's date (it had
ended, or was not yet created): it cannot be. One rule for a form's citation and an import's cell; an import
reads the units once for all its rows (Issuers)."""

import re

from django.utils.translation import gettext as _

from ngoaivu.pure.wording import screen_date
from ngoaivu.reading.unit_names import issued_by, split_province

from .lineage import current_successor
from .models import Unit


class Issuers:
    """The units of the register a citation may name as its issuer, read in one query with the units above
    them (for their province), and the units each issuer names, found once: an import judges every row by
    one reading (register/widgets.CitationWidget), a form's citation by a reading of its own."""

    def __init__(self):
        units = {unit.pk: unit for unit in Unit.objects.order_by("pk")}
        for unit in units.values():
            if unit.parent_id is not None:
                unit.parent = units[unit.parent_id]  # province() walks up without a query
        self._units = [unit for unit in units.values() if unit.kind != Unit.Kind.PROVINCE]
        self._named = {}

    def named(self, issuer):
        """The units issuer («Sở Ngoại vụ», without the head who signs) names, first made first."""
        if issuer not in self._named:
            written = split_province(issuer)[1]  # «Sở Ngoại vụ Thành phố Hồ Chí Minh»: another province's
            self._named[issuer] = [unit for unit in self._units if _names(issuer, unit) and _of_province(unit, written)]
        return self._named[issuer]


def absent_issuer(document, issuers=None):
    """The unit of the register that a parsed citation names as its issuer («của Sở Ngoại vụ») when no
    unit of that name existed on the document's date: one that had ended by then if any did (the body
    last in place), else the first to be created after it. None when one existed then, or none is named so
    (an issuer outside the register, written freely: nothing says when it existed). issuers: the units as
    read once (Issuers), else read now."""
    if not document.issuer or not document.issued_on:
        return None
    day = document.issued_on
    named = (issuers if issuers is not None else Issuers()).named(_body_of(document.issuer))
    if not named or any(unit.exists_on(day) for unit in named):
        return None
    ended = [unit for unit in named if unit.has_ended(day)]
    if ended:
        return max(ended, key=lambda unit: unit.ended_on)
    return min(named, key=lambda unit: unit.started_on)


# The head who signs for a body, written before it («của Giám đốc Sở Ngoại vụ»): the body issues the letter.
# «Chánh» alone, as «Chánh Văn phòng UBND tỉnh» signs for «Văn phòng UBND tỉnh».
_HEADS = re.compile(r"^(?:Phó\s+)?(?:Giám đốc|Chánh|Chủ tịch|Hiệu trưởng|Thủ trưởng|Lãnh đạo)\s+", re.IGNORECASE)


def _body_of(issuer):
    """The body an issuer names, without the head who signs for it."""
    return _HEADS.sub("", issuer.strip(), count=1)


def _names(issuer, unit):
    """Whether issuer names unit: by its name or short name («Sở Ngoại vụ», «Sở Ngoại vụ tỉnh Quảng Ngãi»), or by
    the code its document numbers carry, in any case («SNgV», «SNGV»)."""
    if unit.code and issuer.casefold() == unit.code.casefold():
        return True
    return issued_by(issuer, None, "", (unit.name, unit.short_name))


def _of_province(unit, written):
    """Whether unit may be the body of a name that writes province written (None: no province written)."""
    province = unit.province() if written is not None else None
    own = split_province(province.name)[1] if province is not None else None
    return own is None or own.code == written.code


def issuer_problem(document, issuers=None):
    """Why a citation cannot be kept: its issuer had ended before its date, said with the last day and the
    unit that carries its work, or was created after it, said with its first day (dd/mm/yyyy); None when
    nothing is wrong. issuers: as absent_issuer."""
    unit = absent_issuer(document, issuers)
    if unit is None:
        return None
    values = {"issuer": document.issuer, "date": screen_date(document.issued_on)}
    if not unit.has_ended(document.issued_on):
        return _(
            "%(issuer)s bắt đầu hoạt động từ ngày %(first)s, nên không thể ban hành văn bản ngày %(date)s. "
            "Kiểm tra lại cơ quan ban hành hoặc ngày ban hành."
        ) % (values | {"first": screen_date(unit.started_on)})
    values["last"] = screen_date(unit.last_day)
    successor = current_successor(unit, document.issued_on)
    if successor is None or successor.pk == unit.pk:
        return (
            _(
                "%(issuer)s chỉ hoạt động đến ngày %(last)s, nên không thể ban hành văn bản ngày %(date)s. "
                "Kiểm tra lại cơ quan ban hành hoặc ngày ban hành."
            )
            % values
        )
    return _(
        "%(issuer)s chỉ hoạt động đến ngày %(last)s (công việc do %(successor)s tiếp nhận), nên không thể ban "
        "hành văn bản ngày %(date)s. Kiểm tra lại cơ quan ban hành hoặc ngày ban hành."
    ) % (values | {"successor": successor.report_name})
