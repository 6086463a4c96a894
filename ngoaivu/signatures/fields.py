"""The signature fields an issued report's PDF is signed in, and how the pages and messages name them:
«Người ký», not NguoiKy. A field another program named is named by its own name."""

from __future__ import annotations

from ngoaivu.pure.messages import gettext_noop

SIGNER_FIELD = "NguoiKy"
ORGANISATION_FIELD = "CoQuan"
FIELD_LABELS = {SIGNER_FIELD: gettext_noop("Người ký"), ORGANISATION_FIELD: gettext_noop("Cơ quan")}


def field_label(field_name: str) -> str:
    """The field's label in Vietnamese (a marked message, translated where it is shown), or its own name."""
    return FIELD_LABELS.get(field_name, field_name)
