"""A unit's answer over the API (POST /api/submissions/<id>/answer/): what it takes and what it asks about
before sending, as the page's form does (collection/forms.AnswerForm)."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ngoaivu.collection.contradictions import answer_warnings
from ngoaivu.collection.figures import documented, figure_sources
from ngoaivu.collection.answer_outline import all_sections, numbered
from ngoaivu.core.amounts import unit_shown
from ngoaivu.core.figure_limits import TEXT_LIMIT, check_size, text_size_error
from ngoaivu.pure.text import lf_lines

from .figures import CountField, TextField
from .strict import StrictFields


def values_field(**kwargs):
    """{indicator code: {measure: number}}, as Submission.values holds them."""
    return serializers.DictField(child=serializers.DictField(child=CountField(min_value=0)), **kwargs)


def warnings_of(submission, template_measures, values, texts):
    """["code.measure: message"]: what the page's form asks about before an answer is sent
    (collection/contradictions.answer_warnings): a figure a section's text says otherwise of, or other
    than the one read from the unit's uploaded report; one message a figure."""
    item = submission.request
    period = item.period_for(submission.unit)
    labels = numbered(all_sections(item.template, submission.unit, period))
    words = {(code, measure): unit_shown(word) for code, _name, measure, word in template_measures}
    read = documented(figure_sources(template_measures, values, None, submission.sources))
    found = answer_warnings(texts, values, period, read, labels, words, api=True, unit=submission.unit)
    return [f"{code}.{measure}: {message}" for (code, measure), message in found.items()]


@extend_schema_field({"type": "string", "maxLength": TEXT_LIMIT})
class SectionText(TextField):
    """A section's text, at most TEXT_LIMIT characters (validate_texts refuses a longer one, in the page's words)."""


class AnswerSerializer(StrictFields, serializers.Serializer):
    """The figures and texts that change; the others keep their value (the register's, before the first save).

    A key it does not know ("action": "send") is refused, not ignored: the answer would be saved, not sent.
    """

    fields_said = gettext_lazy(
        "Chỉ nhận «values» (số liệu), «texts» (nội dung các mục), «submit»: true để gửi báo cáo, false hoặc bỏ "
        "trống để chỉ lưu, và «warnings_checked»: true để xác nhận đã kiểm tra các cảnh báo khi gửi."
    )

    values = values_field(required=False, default=dict)
    texts = serializers.DictField(  # a section's text is a JSON string, never a number or a list made one
        child=SectionText(allow_blank=True, trim_whitespace=False), required=False, default=dict
    )
    submit = serializers.BooleanField(default=False, help_text=gettext_lazy("Gửi báo cáo (không sửa được nữa)."))
    warnings_checked = serializers.BooleanField(
        default=False,
        help_text=gettext_lazy(
            "Gửi true cùng «submit» để xác nhận đã kiểm tra các cảnh báo: nội dung một mục ghi «không có …» "
            "hoặc ghi số khác với số liệu của chỉ tiêu. Không có nó, báo cáo như vậy được trả lời 400 kèm "
            "cảnh báo và chưa gửi."
        ),
    )

    def validate_values(self, values):
        known = {(code, measure) for code, _name, measure, _word in self.context["measures"]}
        unknown = [
            f"{code}.{measure}"
            for code, by_measure in values.items()
            for measure in by_measure
            if (code, measure) not in known
        ]
        if unknown:
            raise serializers.ValidationError(
                _("Mẫu báo cáo không có số liệu: %(names)s.") % {"names": ", ".join(unknown)}
            )
        words = {(code, measure): word for code, _name, measure, word in self.context["measures"]}
        for code, by_measure in values.items():
            for measure, value in by_measure.items():
                try:
                    check_size(value, money=words[(code, measure)] == "đồng")
                except DjangoValidationError as error:
                    raise serializers.ValidationError(f"{code}.{measure}: {error.messages[0]}") from None
        return values

    def validate_texts(self, texts):
        unknown = sorted(set(texts) - {key for key, _number, _heading in self.context["sections"]})
        if unknown:
            raise serializers.ValidationError(_("Mẫu báo cáo không có mục: %(keys)s.") % {"keys": ", ".join(unknown)})
        for key, text in texts.items():
            too_long = text_size_error(text)
            if too_long:
                raise serializers.ValidationError(f"{key}: {too_long}")
        return {key: lf_lines(text).strip() for key, text in texts.items()}
