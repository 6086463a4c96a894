"""A document whose issuer is a unit of the register that had ended by the document's date: it cannot be."""

from django.utils.translation import gettext as _

from ngoaivu.pure.wording import screen_date
from ngoaivu.reading.unit_names import issued_by, split_province

from .lineage import current_successor
from .models import Unit


def ended_issuer(document):
    """The unit of the register that a parsed citation names as its issuer («của Sở Ngoại vụ») when every
    unit of that name had ended by the document's date; None when one existed then, or none is named so
    (an issuer outside the register, written freely: nothing says it had ended)."""
    if not document.issuer or not document.issued_on:
        return None
    written = split_province(document.issuer)[1]  # «Sở Ngoại vụ Thành phố Hồ Chí Minh»: another province's
    named = [
        unit
        for unit in Unit.objects.exclude(kind=Unit.Kind.PROVINCE).order_by("pk")
        if issued_by(document.issuer, None, "", (unit.name, unit.short_name)) and _of_province(unit, written)
    ]
    if not named or any(not unit.has_ended(document.issued_on) for unit in named):
        return None
    return named[0]


def _of_province(unit, written):
    """Whether unit may be the body of a name that writes province written (None: no province written)."""
    province = unit.province() if written is not None else None
    own = split_province(province.name)[1] if province is not None else None
    return own is None or own.code == written.code


def ended_issuer_problem(document):
    """Why a citation cannot be kept: its issuer had ended before its date, said with the last day and
    the unit that carries its work (dd/mm/yyyy); None when nothing is wrong."""
    unit = ended_issuer(document)
    if unit is None:
        return None
    values = {
        "issuer": document.issuer,
        "date": screen_date(document.issued_on),
        "last": screen_date(unit.last_day),
    }
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
