"""Reports over the API: read them with their sections, make a draft, download it, move it along."""

import django_filters
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from ngoaivu.core.downloads import CONTENT_TYPES, attachment
from ngoaivu.core.models import Unit
from ngoaivu.core.permissions import default_unit, may_move_report, unit_choices
from ngoaivu.register.forms import CitationField, resolve_document
from ngoaivu.reporting import services, workflow
from ngoaivu.reporting.models import Report, ReportSection, ReportTemplate, period_kind_words
from ngoaivu.reporting import files

from .figures import DateField, TextField, refuse_container
from .relations import IdField, asking_user
from .schema import REFUSED
from .strict import StrictFields
from .permissions import ReportPermission, requested_action
from .views import Described, FilterBackend, MessageSerializer, Pagination

ACTIONS = list(workflow.TRANSITIONS)
PERIOD_LABEL_HELP = gettext_lazy("Kỳ báo cáo bằng chữ, như báo cáo ghi: «tháng 8/2021», «6 tháng đầu năm 2021».")
YEAR_HELP = gettext_lazy("Năm của kỳ báo cáo (không phải năm cấp số).")
NUMBER_HELP = gettext_lazy(
    "Số báo cáo, đánh lại từ 01 mỗi năm cấp số (Nghị định 30/2020/NĐ-CP); null khi chưa ban hành."
)
NUMBER_LABEL_HELP = gettext_lazy(
    "Số, ký hiệu như ghi trên văn bản: «01/BC-SNgV». Số, ký hiệu lặp lại ở các năm: "
    "phân biệt bằng numbered_year hoặc issued_on."
)
NUMBERED_YEAR_HELP = gettext_lazy(
    "Năm cấp số (năm ban hành): số báo cáo thuộc dãy số của năm này; null khi chưa ban hành."
)
ISSUED_ON_HELP = gettext_lazy("Ngày ban hành; null khi chưa ban hành.")


class SectionSerializer(serializers.ModelSerializer):
    is_edited = serializers.BooleanField(
        read_only=True, help_text=gettext_lazy("Nội dung đã sửa khác bản tạo tự động.")
    )

    class Meta:
        model = ReportSection
        fields = ["id", "key", "number", "heading", "level", "text", "is_edited"]


class ReportSerializer(serializers.ModelSerializer):
    template = serializers.SlugRelatedField(slug_field="code", read_only=True)
    # The letter that asked for the report reads as its citation, or null.
    letter = serializers.CharField(read_only=True, allow_null=True)
    # year is the period's; a number restarts from 01 each calendar year of issue (Nghị định 30/2020), so
    # "01/BC-SNgV" of one year and of the next are told apart by numbered_year and issued_on.
    year = serializers.IntegerField(read_only=True, help_text=YEAR_HELP)
    number = serializers.IntegerField(read_only=True, allow_null=True, help_text=NUMBER_HELP)
    number_label = serializers.CharField(read_only=True, help_text=NUMBER_LABEL_HELP)
    numbered_year = serializers.IntegerField(read_only=True, allow_null=True, help_text=NUMBERED_YEAR_HELP)
    issued_on = serializers.DateField(read_only=True, allow_null=True, help_text=ISSUED_ON_HELP)
    period_label = serializers.SerializerMethodField()
    actions = serializers.SerializerMethodField()
    sections = SectionSerializer(many=True, read_only=True)

    class Meta:
        model = Report
        fields = [
            "id",
            "unit",
            "template",
            "period_code",
            "period_label",
            "convention",
            "as_of",
            "letter",
            "title",
            "status",
            "year",
            "number",
            "number_label",
            "numbered_year",
            "issued_on",
            "created_at",
            "updated_at",
            "actions",
            "intro",
            "closing",
            "recipients",
            "footnotes",
            "signer_authority",
            "signer_title",
            "signer_name",
            "sections",
        ]
        # A report is made by NewReportSerializer and moved by its workflow steps, never written through this
        # one: a status or number it showed as writable would be ignored.
        read_only_fields = fields

    @extend_schema_field(
        serializers.ListField(
            child=serializers.CharField(),
            help_text=gettext_lazy("Các bước người dùng được thực hiện lúc này: submit, return, approve, issue."),
        )
    )
    def get_actions(self, report):
        """The workflow steps this user may take now, as the report page offers them."""
        return workflow.allowed_actions(self.context["request"].user, report)

    @extend_schema_field(serializers.CharField(allow_null=True, help_text=PERIOD_LABEL_HELP))
    def get_period_label(self, report):
        return report.period_label


class TemplateCodeField(serializers.SlugRelatedField):
    """A template by its code. A code with a NUL character is refused like any unknown code: PostgreSQL
    cannot even look it up (a DataError, which was a 500)."""

    def to_internal_value(self, data):
        refuse_container(data)
        if isinstance(data, str) and "\x00" in data:
            self.fail("does_not_exist", slug_name=self.slug_field, value=data.replace("\x00", ""))
        return super().to_internal_value(data)


class NewReportSerializer(StrictFields, serializers.Serializer):
    """What the "new report" page asks for; the draft itself is made by reporting.services.create_report."""

    unit = IdField(
        queryset=Unit.objects.all(),  # an ended unit too, for the time it existed (validate)
        required=False,
        help_text=gettext_lazy(
            "Mặc định là đơn vị của người dùng (đơn vị đã thôi hoạt động: đơn vị kế tục); "
            "đơn vị báo cáo chỉ lập cho đơn vị mình."
        ),
    )
    template = TemplateCodeField(
        slug_field="code",
        queryset=ReportTemplate.objects.filter(is_active=True),
        help_text=gettext_lazy("Mã mẫu báo cáo."),
    )
    period_code = TextField(
        max_length=30,
        help_text=gettext_lazy(
            "Tháng 2021-08, quý 2020-Q1, 6 tháng 2021-H1, 9 tháng 2021-9M, năm 2021, hoặc 2021-01-01..2021-03-12; "
            "hoặc bằng chữ: «6 tháng đầu năm 2021»"
        ),
    )
    as_of = DateField(required=False, allow_null=True, help_text=gettext_lazy("Số liệu tính đến ngày."))
    letter = TextField(
        required=False, allow_blank=True, help_text=gettext_lazy("Văn bản yêu cầu báo cáo, ghi như khi trích dẫn.")
    )

    def get_fields(self):
        fields = super().get_fields()
        user = asking_user(self)
        if user is not None and user.is_authenticated:
            fields["unit"].queryset = unit_choices(user, fields["unit"].queryset)
        return fields

    def validate_letter(self, value):
        try:
            return CitationField(required=False, user=asking_user(self)).clean(value)
        except DjangoValidationError as error:
            raise serializers.ValidationError(error.messages) from None

    def validate(self, attrs):
        if attrs.get("unit") is None:
            # A reporter's own unit; anyone else's, or the one carrying its work once it has ended.
            attrs["unit"] = default_unit(asking_user(self))
            if attrs["unit"] is None:
                raise serializers.ValidationError({"unit": [_("Chọn đơn vị báo cáo.")]})
        return attrs

    def create(self, validated_data):
        try:
            # One transaction: a cited letter is not kept for a report that could not be made.
            with transaction.atomic():
                return services.create_report(
                    validated_data["unit"],
                    validated_data["template"],
                    validated_data["period_code"],
                    asking_user(self),
                    as_of=validated_data.get("as_of"),
                    letter=resolve_document(validated_data.get("letter"), asking_user(self)),
                )
        except DjangoValidationError as error:
            raise serializers.ValidationError(serializers.as_serializer_error(error)) from None


class TransitionSerializer(StrictFields, serializers.Serializer):
    action = serializers.ChoiceField(
        choices=[(name, workflow.STEP_NAMES[name]) for name in ACTIONS],
        help_text=gettext_lazy("submit: trình duyệt; return: trả lại; approve: duyệt; issue: ban hành (cấp số)."),
    )
    reason = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=workflow.REASON_LIMIT,
        help_text=gettext_lazy("Lý do trả lại; bắt buộc khi trả lại (return)."),
    )


class ReportFilter(django_filters.FilterSet):
    template = django_filters.CharFilter(field_name="template__code", label=gettext_lazy("Mã mẫu báo cáo"))
    year = django_filters.NumberFilter(label=gettext_lazy("Năm của kỳ báo cáo"))
    numbered_year = django_filters.NumberFilter(label=gettext_lazy("Năm cấp số (năm ban hành)"))

    class Meta:
        model = Report
        fields = ["unit", "status", "year", "numbered_year", "template"]


class FileNegotiation(BaseContentNegotiation):
    """Downloads answer with the file whatever the Accept header; their errors are always JSON."""

    def select_parser(self, request, parsers):
        return parsers[0]

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


DOWNLOAD = {"content_negotiation_class": FileNegotiation, "renderer_classes": [JSONRenderer]}


@extend_schema_view(
    list=extend_schema(summary=gettext_lazy("Danh sách báo cáo")),
    retrieve=extend_schema(summary=gettext_lazy("Một báo cáo và các mục của nó")),
    create=extend_schema(
        summary=gettext_lazy("Lập dự thảo báo cáo từ số liệu sổ theo dõi"),
        request=NewReportSerializer,
        responses={201: ReportSerializer, 400: REFUSED},
    ),
)
class ReportViewSet(Described, mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    title = gettext_lazy("Báo cáo")
    about = gettext_lazy("Báo cáo định kỳ: dự thảo → chờ duyệt → đã duyệt → đã ban hành.")

    queryset = Report.objects.none()  # lets the schema name the model
    pagination_class = Pagination
    permission_classes = [ReportPermission]
    filter_backends = [FilterBackend]
    filterset_class = ReportFilter

    def get_queryset(self):
        # As reporting.views._report: a report outside the user's scope does not exist.
        queryset = Report.objects.select_related("unit", "template", "letter").prefetch_related("sections")
        return queryset.order_by("-created_at", "-pk").readable_by(self.request.user)

    def get_serializer_class(self):
        # What a POST takes, also as OPTIONS describes it.
        takes = {"create": NewReportSerializer, "transition": TransitionSerializer}
        return takes.get(requested_action(self), ReportSerializer)

    def _detail(self, report, **kwargs):
        return Response(ReportSerializer(report, context=self.get_serializer_context()).data, **kwargs)

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        report = serializer.save()
        return self._detail(
            Report.objects.prefetch_related("sections").get(pk=report.pk), status=status.HTTP_201_CREATED
        )

    @extend_schema(
        summary=gettext_lazy("Chuyển bước: trình, trả lại, duyệt, ban hành"),
        request=TransitionSerializer,
        responses={200: ReportSerializer, 400: REFUSED, 403: MessageSerializer},
    )
    @action(detail=True, methods=["post"])
    def transition(self, request, pk=None):
        report = self.get_object()
        serializer = TransitionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        name = serializer.validated_data["action"]
        if not may_move_report(request.user, name, report):
            raise PermissionDenied(_("Bạn không có quyền thực hiện bước này với báo cáo."))
        try:
            workflow.transition(report, name, request.user, reason=serializer.validated_data.get("reason", ""))
        except workflow.WorkflowError as error:
            return Response({"detail": str(error)}, status=status.HTTP_400_BAD_REQUEST)
        return self._detail(self.get_object())

    def _file(self, report, kind, result):
        """The bytes, or 202 while the file is being made (Retry-After; Location: where to ask after a
        draft's PDF started, files.pdf_of's started), 503 when it failed."""
        if isinstance(result, files.Pending):
            if result.error:
                return Response({"detail": result.error}, status=status.HTTP_503_SERVICE_UNAVAILABLE)
            message = _("Máy chủ đang tạo tệp; vui lòng gọi lại sau ít giây.")
            headers = {"Retry-After": "2"}
            if result.digest:
                headers["Location"] = f"{self.request.path}?ban={result.digest}"
            return Response({"detail": message}, status=status.HTTP_202_ACCEPTED, headers=headers)
        data, digest = result
        response = attachment(data, kind, report.file_name(kind))
        response["ETag"] = f'"{digest}"'
        return response

    @extend_schema(
        summary=gettext_lazy("Tải báo cáo dạng DOCX"),
        description=gettext_lazy("Báo cáo đã ban hành: đúng tệp đã lưu khi ban hành (ETag là SHA-256 của tệp)."),
        responses={
            (200, CONTENT_TYPES["docx"]): OpenApiResponse(OpenApiTypes.BINARY),
            (202, "application/json"): OpenApiResponse(MessageSerializer, description=gettext_lazy("Đang tạo tệp.")),
            (503, "application/json"): OpenApiResponse(MessageSerializer, description=gettext_lazy("Tạo tệp lỗi.")),
        },
    )
    @action(detail=True, methods=["get"], **DOWNLOAD)
    def docx(self, request, pk=None):
        report = self.get_object()
        return self._file(report, "docx", files.docx_of(report))

    @extend_schema(
        summary=gettext_lazy("Tải báo cáo dạng PDF"),
        description=gettext_lazy(
            "Báo cáo đã ban hành: đúng tệp đã lưu (đã ký số, nếu đã ký). Dự thảo: tệp được chuyển đổi ở tiến trình "
            "chạy nền; trả 202 cho đến khi xong, kèm tiêu đề Location: gọi lại theo địa chỉ đó để chờ đúng bản "
            "đã bắt đầu tạo."
        ),
        responses={
            (200, CONTENT_TYPES["pdf"]): OpenApiResponse(OpenApiTypes.BINARY),
            (202, "application/json"): OpenApiResponse(MessageSerializer, description=gettext_lazy("Đang tạo tệp.")),
            (503, "application/json"): OpenApiResponse(
                MessageSerializer,
                description=gettext_lazy("Máy chủ chưa tạo được PDF (chưa cài LibreOffice, hoặc chuyển đổi lỗi)."),
            ),
        },
    )
    @action(detail=True, methods=["get"], **DOWNLOAD)
    def pdf(self, request, pk=None):
        report = self.get_object()
        return self._file(report, "pdf", files.pdf_of(report, request.query_params.get("ban", "")))


class ReportTemplateSerializer(serializers.ModelSerializer):
    period_kinds = serializers.SerializerMethodField()
    periods = serializers.SerializerMethodField(
        help_text=gettext_lazy("Các kỳ dùng được, bằng chữ: «6 tháng đầu năm hoặc cả năm» (mẫu kiểm điểm).")
    )

    class Meta:
        model = ReportTemplate
        fields = ["code", "name", "is_active", "period_kinds", "periods"]

    @extend_schema_field(
        serializers.ListField(
            child=serializers.CharField(),
            help_text=gettext_lazy(
                "Các loại kỳ dùng được: month (tháng), quarter (quý), half (6 tháng), nine_months (9 tháng), "
                "year (năm), custom (khoảng ngày)."
            ),
        )
    )
    def get_period_kinds(self, template):
        """month, quarter, half, nine_months, year, custom: the periods the template is made for."""
        return list(template.definition.get("period_kinds", []))

    def get_periods(self, template) -> str:
        """The periods in words, parts included: a review is for the first half only, which period_kinds cannot say."""
        return period_kind_words(template.definition.get("period_kinds", []), template.definition.get("period_parts"))


@extend_schema_view(
    list=extend_schema(summary=gettext_lazy("Danh sách mẫu báo cáo")),
    retrieve=extend_schema(summary=gettext_lazy("Một mẫu báo cáo")),
)
class ReportTemplateViewSet(Described, viewsets.ReadOnlyModelViewSet):
    title = gettext_lazy("Mẫu báo cáo")
    about = gettext_lazy("Mẫu báo cáo: mã, tên và các loại kỳ dùng được.")

    queryset = ReportTemplate.objects.order_by("name", "pk")
    serializer_class = ReportTemplateSerializer
    pagination_class = Pagination
    lookup_field = "code"
    lookup_value_regex = r"[-\w]+"  # a slug
