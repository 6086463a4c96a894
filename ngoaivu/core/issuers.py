"""A document whose issuer is a unit of the register that did not exist on the document's date (it had
ended, or was not yet created): it cannot be. One rule for a form's citation and an import's cell; an import
reads the units once for all its rows (Issuers)."""

import re

from django.utils.translation import gettext as _

from ngoaivu.pure.wording import screen_date
from ngoaivu.reading.unit_names import split_province

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
    return any(_same_name(issuer, name) for name in (unit.name, unit.short_name) if name)


def same_body(written, other):
    """Whether two writings of an issuer name one body, as a citation and the register's document may write it:
    the head who signs for it left aside («Chủ tịch UBND tỉnh» is the UBND tỉnh), a unit's code read as its
    name («SNgV» is the Sở Ngoại vụ), the spellings compared by name_key («Uỷ»/«Ủy», «UBND»), a province
    written on one side only; not two provinces' bodies."""
    return any(_same_name(one, two) for one in _writings(written) for two in _writings(other))


def _writings(issuer):
    """The names issuer may stand for: itself without its head, and the names of the units it is the code of."""
    body = _body_of(issuer or "")
    units = Unit.objects.filter(code__iexact=body).values_list("name", "short_name") if body else []
    return [body, *(name for names in units for name in names if name)]


def _same_name(written, other):
    body, province = split_province(_body_of(written))
    other_body, other_province = split_province(_body_of(other))
    if province is not None and other_province is not None and province.code != other_province.code:
        return False
    return _body_key(body) == _body_key(other_body)


def _body_key(key):
    """A body's key (name_key) without the province's kind left when its name is not written («UBND tỉnh»)."""
    for kind in (" tỉnh", " thành phố"):
        key = key.removesuffix(kind)
    return key


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
    values = {"issuer": unit.name, "date": screen_date(document.issued_on)}
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
