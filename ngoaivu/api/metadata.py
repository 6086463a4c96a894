"""The field labels an OPTIONS answer gives, in Vietnamese like the pages': DRF names a field it was given
no label for after its English name ("Warnings checked")."""

from django.core.exceptions import FieldDoesNotExist
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from rest_framework.metadata import SimpleMetadata

# The API's own fields, which no model field of the same name labels.
LABELS = {
    "warnings_checked": _("Đã kiểm tra các cảnh báo"),
    "unit": _("Đơn vị"),
    "template": _("Mẫu báo cáo"),
    "period": _("Kỳ báo cáo"),
    "period_code": _("Kỳ báo cáo"),
    "period_label": _("Tên kỳ báo cáo"),
    "period_kinds": _("Loại kỳ báo cáo"),
    "periods": _("Các kỳ báo cáo"),
    "as_of": _("Số liệu tính đến ngày"),
    "letter": _("Công văn"),
    "days_left": _("Số ngày còn lại"),
    "submissions": _("Báo cáo của các đơn vị"),
    "subject": _("Trích yếu"),
    "deadline": _("Hạn gửi"),
    "late": _("Gửi muộn"),
    "editable": _("Được sửa"),
    "measures": _("Các số liệu của mẫu"),
    "sections": _("Các mục"),
    "figures": _("Số liệu"),
    "actions": _("Thao tác"),
    "number_label": _("Số, ký hiệu"),
    "is_edited": _("Đã sửa so với bản tự động"),
    "translations": _("Bản dịch"),
    "translated": _("Đã dịch"),
    "language": _("Ngôn ngữ"),
    "vietnamese": _("Bản tiếng Việt"),
    "url": _("Địa chỉ"),
}


def _english_default(field):
    return str(field.label) == (field.field_name or "").replace("_", " ").capitalize()


def label_of(field):
    """A field's label: its own, unless it is DRF's English default; then the model field's verbose name
    it reads (by its source), else the API's own word for it."""
    if field.label is not None and not _english_default(field):
        return field.label
    # a ModelSerializer's model, or the model a plain serializer mirrors (label_model)
    model = getattr(getattr(field.parent, "Meta", None), "model", None) or getattr(field.parent, "label_model", None)
    if model is not None and field.source and "." not in field.source:
        try:
            model_field = model._meta.get_field(field.source)
        except FieldDoesNotExist:
            model_field = None
        if getattr(model_field, "verbose_name", None):  # a reverse relation has none
            return capfirst(model_field.verbose_name)
    return LABELS.get(field.field_name, field.label)


class VietnameseMetadata(SimpleMetadata):
    def get_field_info(self, field):
        info = super().get_field_info(field)
        if "label" in info:
            info["label"] = label_of(field)
        return info
