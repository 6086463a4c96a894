"""Which of the register's areas are offered to a user: the one rule for the sidebar, the register's
index, the home page's counts, an area's list, deleted rows, export and import template, and the
translations' pages (procedures/models.sees_translations)."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _

from ngoaivu.core.permissions import can_write, reads_any

from .area_registry import AREAS, GROUPS


def _offered(user):
    groups = []
    for group, areas in GROUPS:
        offered = [area for area in areas if can_write(user, area.model) or reads_any(user, area.model.objects.all())]
        if offered:
            groups.append((group, offered))
    return groups


def offered_areas(user):
    """The register's areas offered to user, by group: an area is offered to whoever adds rows to it or
    has some to read (core/permissions.reads_any). The office's own catalogue of procedures is not
    offered to a unit reporter whose units keep none: it would be empty. Worked out once a request
    (kept on its user): the menu, the index, the home page, an area's pages and the translations ask alike."""
    cached = getattr(user, "_offered_areas", None)
    if cached is None:
        cached = user._offered_areas = _offered(user)
    return cached


def offers(user, model):
    """Whether model's area is offered to user: what an area's pages ask before showing it."""
    return any(area.model is model for _, areas in offered_areas(user) for area in areas)


def not_offered(model):
    """Why a list of model's rows is refused to a user it is not offered to (offers): in practice a unit
    reporter whose units keep no procedures, the only rows such a user neither reads nor adds."""
    return _("Đơn vị của bạn không có %(name)s nào: danh sách này không dành cho tài khoản của bạn.") % {
        "name": model._meta.verbose_name_plural
    }


def check_offered(user, model):
    """Refuses (403, saying why: not_offered) a list of model's rows that the register does not offer user:
    the pages (listed_area, the translations' pages) and the API ask here alike."""
    if not offers(user, model):
        raise PermissionDenied(not_offered(model))


def area_or_404(slug):
    try:
        return AREAS[slug]
    except KeyError:
        raise Http404 from None


def listed_area(slug, user):
    """An area whose rows the user may list, export or fill in a template for: the menu's rule (offers).
    A unit reporter whose units keep no procedures is refused the catalogue (403, as the translations'
    pages refuse it) rather than shown an empty one; any other list shows the rows the user may read."""
    area = area_or_404(slug)
    check_offered(user, area.model)
    return area
