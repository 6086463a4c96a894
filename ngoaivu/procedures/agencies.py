"""Procedures whose agency is a unit of the register that has ended, and the unit that took its work.

The agency is free text, as the national procedure database words it, not a link to a unit: the
public pages show what the office wrote, so the staff list tells the officer when that text names
a unit that no longer exists ("Sở Lao động - Thương binh và Xã hội" after 01/3/2025), and which unit
carries its work now (core/lineage.current_successor), for the officer to correct the text.
"""

import re
import unicodedata

from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.core.lineage import current_successor
from ngoaivu.core.models import Unit
from ngoaivu.pure.wording import screen_date

# "Lao động – Thương binh" (en dash) and "Lao động - Thương binh" (hyphen) name the same body.
DASH = re.compile(r"\s*[-\u2010-\u2015]\s*")
# An agency may list several bodies: "Sở Nội vụ; Công an tỉnh".
SEPARATOR = re.compile(r"[;\n]")


def name_key(text):
    """A name as compared: NFC, any dash a hyphen, spaces collapsed, case folded."""
    text = unicodedata.normalize("NFC", text or "")
    return " ".join(DASH.sub(" - ", text).split()).casefold()


def _ended_by_name(day):
    """{name key: unit} of the units ended by day, by full and short name; a name two of them share is
    left out: which one is meant, the name does not say."""
    found, shared = {}, set()
    for unit in Unit.objects.filter(ended_on__lte=day).order_by("pk"):
        for key in {name_key(unit.name), name_key(unit.short_name)} - {""}:
            if key in found:
                shared.add(key)
            found[key] = unit
    return {key: unit for key, unit in found.items() if key not in shared}


def ended_agencies(procedures, day=None):
    """{procedure pk: warning} for the procedures whose agency names a unit ended by day (None: today)."""
    day = day or timezone.localdate()
    ended = _ended_by_name(day)
    if not ended:
        return {}
    warnings = {}
    for procedure in procedures:
        for part in SEPARATOR.split(procedure.agency):
            unit = ended.get(name_key(part))
            if unit is not None:
                warnings[procedure.pk] = warning(unit, day)
                break
    return warnings


def warning(unit, day):
    successor = current_successor(unit, day)
    if successor is None:
        return _("Cơ quan thực hiện đã chấm dứt hoạt động từ %(day)s; chưa ghi nhận cơ quan kế nhiệm.") % {
            "day": screen_date(unit.ended_on)
        }
    return _("Cơ quan thực hiện đã chấm dứt hoạt động từ %(day)s; cơ quan kế nhiệm: %(successor)s.") % {
        "day": screen_date(unit.ended_on),
        "successor": successor.name,
    }
