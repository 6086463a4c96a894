"""The procedures' area of the register, registered from ProceduresConfig.ready().

The register comes first in INSTALLED_APPS, so this area follows all of its own, in the menu too.
"""

from django.utils.translation import gettext_lazy as _

from ngoaivu.register.area_registry import Area, register

from .models import Procedure

register(
    Area(
        Procedure,
        "thu-tuc-hanh-chinh",
        _("Thủ tục hành chính cho người nước ngoài"),
        ["code", "name", "field", "agency", "online_level", "is_public", "unit"],
        search_fields=["code", "name", "search_text"],
        filter_fields=["field", "online_level", "is_public"],
    )
)
