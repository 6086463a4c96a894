"""Administrative procedures (thủ tục hành chính, TTHC) for foreigners and their translations."""

from ..texts import TEXT_FIELDS
from .procedure import CODE, CODE_FORMAT, Procedure, ProcedureQuerySet, has_public_address, sees_translations
from .translation import (
    CONFIRM_AS_SHOWN,
    NOTHING_TO_CONFIRM,
    OWN_PUBLISHED_TEXT,
    OWN_TEXT,
    SOURCE_CHANGED,
    Language,
    Translation,
    acting_user,
    awaiting_second_review,
    being_updated,
    shown_publicly,
)

__all__ = [
    "CODE",
    "CODE_FORMAT",
    "CONFIRM_AS_SHOWN",
    "NOTHING_TO_CONFIRM",
    "OWN_PUBLISHED_TEXT",
    "OWN_TEXT",
    "SOURCE_CHANGED",
    "TEXT_FIELDS",
    "Language",
    "Procedure",
    "ProcedureQuerySet",
    "Translation",
    "acting_user",
    "awaiting_second_review",
    "being_updated",
    "has_public_address",
    "sees_translations",
    "shown_publicly",
]
