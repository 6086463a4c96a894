"""Report requests and the units' answers over the API, scoped as the request pages scope them."""

import django_filters
from django import forms
from django.db.models import Prefetch
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_serializer, extend_schema_view
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from ngoaivu.collection.models import ReportRequest, Submission
from ngoaivu.collection.figures import DOCUMENT, REGISTER, TYPED, figure_sources
from ngoaivu.collection.answer_outline import measures, section_keys
from ngoaivu.collection.services import SubmissionError, prefill, register_values, save_answer
from ngoaivu.core.permissions import can_edit, scope
from ngoaivu.register.measure_floors import floor_errors
from ngoaivu.reporting.models import Report

from .parsers import JSONParser
from .answers import AnswerSerializer, values_field, warnings_of
from .permissions import AnswerPermission, requested_action
from .reports import PERIOD_LABEL_HELP, REFUSED, MessageSerializer
from .views import Described, FilterBackend, Pagination

# Where each figure came from, as the review page names it.
ORIGINS = [
    (REGISTER, gettext_lazy("sổ theo dõi")),
    (DOCUMENT, gettext_lazy("tệp đơn vị tải lên")),
    (TYPED, gettext_lazy("đơn vị nhập")),
]
PERIOD_LABEL = serializers.CharField(allow_null=True, help_text=PERIOD_LABEL_HELP)


class SubmissionStatusSerializer(serializers.ModelSerializer):
    late = serializers.SerializerMethodField()

    class Meta:
        model = Submission
        fields = ["id", "unit", "status", "late", "submitted_at", "accepted_at"]

    def get_late(self, submission) -> bool:
        return submission.is_late()


# "period" came first; "period_label" is its name everywhere else (reports, submissions), so it is kept for
# the clients that read it, and marked deprecated in the schema.
@extend_schema_serializer(deprecate_fields=["period"])
class RequestSerializer(serializers.ModelSerializer):
    letter = serializers.CharField(read_only=True, allow_null=True)  # the letter's citation
    template = serializers.SlugRelatedField(slug_field="code", read_only=True)
    period = serializers.SerializerMethodField()
    period_label = serializers.SerializerMethodField()
    days_left = serializers.SerializerMethodField()
    report = serializers.SerializerMethodField(label=capfirst(ReportRequest._meta.get_field("report").verbose_name))
    submissions = SubmissionStatusSerializer(many=True, read_only=True)

    class Meta:
        model = ReportRequest
        fields = [
            "id",
            "direction",
            "subject",
            "requested_by",
            "letter",
            "unit",
            "template",
            "period_code",
            "period_label",
            "period",
            "deadline",
            "days_left",
            "report",
            "created_at",
            "submissions",
        ]

    @extend_schema_field(PERIOD_LABEL)
    def get_period_label(self, item):
        """The period as reports name it: "tháng 8/2021"."""
        return item.period_label

    @extend_schema_field(PERIOD_LABEL)
    def get_period(self, item):
        return self.get_period_label(item)

    def get_days_left(self, item) -> int:
        return item.days_left()

    @extend_schema_field(
        serializers.IntegerField(
            allow_null=True,
            help_text=gettext_lazy(
                "Số (id) của báo cáo trả lời yêu cầu hoặc tổng hợp báo cáo các đơn vị; null khi chưa có "
                "hoặc khi người dùng không được xem báo cáo đó."
            ),
        )
    )
    def get_report(self, item):
        """The report made in answer (or compiled from the units' answers), to whoever may open it: a unit
        reporter never reads a compiled report (RequestViewSet prefetches it by the report page's rule)."""
        return item.readable_report.pk if item.readable_report is not None else None


class MeasureSerializer(serializers.Serializer):
    code = serializers.CharField()
    indicator = serializers.CharField()
    measure = serializers.CharField()
    unit = serializers.CharField()


class SectionKeySerializer(serializers.Serializer):
    key = serializers.CharField()
    number = serializers.CharField()
    heading = serializers.CharField()


class SubmissionSerializer(serializers.ModelSerializer):
    subject = serializers.CharField(source="request.subject", read_only=True)
    template = serializers.CharField(source="request.template.code", read_only=True)
    period_code = serializers.CharField(source="request.period_code", read_only=True)
    period_label = serializers.SerializerMethodField()
    deadline = serializers.DateField(source="request.deadline", read_only=True)
    late = serializers.SerializerMethodField()
    editable = serializers.SerializerMethodField()
    values = values_field(read_only=True)
    texts = serializers.DictField(child=serializers.CharField(allow_blank=True), read_only=True)

    class Meta:
        model = Submission
        fields = [
            "id",
            "request",
            "subject",
            "template",
            "period_code",
            "period_label",
            "deadline",
            "unit",
            "status",
            "late",
            "editable",
            "values",
            "texts",
            "uploaded_file",
            "submitted_at",
            "comment",
            "accepted_at",
            "updated_at",
        ]
        read_only_fields = fields

    def get_late(self, submission) -> bool:
        return submission.is_late()

    @extend_schema_field(PERIOD_LABEL)
    def get_period_label(self, submission):
        """The request's period in words (the same words whatever the answering unit's convention)."""
        return submission.request.period_label

    @extend_schema_field(
        serializers.BooleanField(help_text=gettext_lazy("Đơn vị còn được lưu hoặc gửi báo cáo trả lời."))
    )
    def get_editable(self, submission):
        """The unit may still save or send its answer."""
        return (
            can_edit(self.context["request"].user, submission)
            and submission.is_pending
            and not submission.is_being_read
        )


class FigureSourceSerializer(serializers.Serializer):
    code = serializers.CharField()
    measure = serializers.CharField()
    value = serializers.IntegerField(allow_null=True, help_text=gettext_lazy("Số liệu của báo cáo đơn vị."))
    register = serializers.IntegerField(help_text=gettext_lazy("Số tính từ sổ theo dõi cho đơn vị và kỳ."))
    document = serializers.IntegerField(allow_null=True, help_text=gettext_lazy("Số đọc từ tệp đơn vị tải lên."))
    sentence = serializers.CharField(help_text=gettext_lazy("Câu trong tệp nêu số đó."))
    origin = serializers.ChoiceField(choices=ORIGINS)
    differs = serializers.BooleanField()


class SubmissionDetailSerializer(SubmissionSerializer):
    """With the form's shape: the template's figures and the sections that take a text."""

    measures = serializers.SerializerMethodField()
    sections = serializers.SerializerMethodField()
    figures = serializers.SerializerMethodField()

    class Meta(SubmissionSerializer.Meta):
        fields = [*SubmissionSerializer.Meta.fields, "measures", "sections", "figures"]
        read_only_fields = fields

    @extend_schema_field(FigureSourceSerializer(many=True))
    def get_figures(self, submission):
        """Where each figure came from: the register, the uploaded report or the unit's typing."""
        sources = figure_sources(
            measures(submission.request.template), submission.values, register_values(submission), submission.sources
        )
        return [
            {
                "code": s.code,
                "measure": s.measure,
                "value": s.value,
                "register": s.register,
                "document": s.document,
                "sentence": s.sentence,
                "origin": s.origin,
                "differs": s.differs,
            }
            for s in sources.values()
        ]

    @extend_schema_field(MeasureSerializer(many=True))
    def get_measures(self, submission):
        return [
            {"code": code, "indicator": name, "measure": measure, "unit": word}
            for code, name, measure, word in measures(submission.request.template)
        ]

    @extend_schema_field(SectionKeySerializer(many=True))
    def get_sections(self, submission):
        item = submission.request
        keys = section_keys(item.template, submission.unit, item.period_for(submission.unit))
        return [{"key": key, "number": number, "heading": heading} for key, number, heading in keys]


class RequestFilter(django_filters.FilterSet):
    class Meta:
        model = ReportRequest
        fields = ["direction"]


class IdFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField


class SubmissionFilter(django_filters.FilterSet):
    # On request__id, not request_id: Django then finds nothing for an id beyond the column's range,
    # where the foreign key's own lookup would send it to the database and fail.
    request = IdFilter(field_name="request__id", label=gettext_lazy("Yêu cầu"))

    class Meta:
        model = Submission
        fields = ["request", "status"]


@extend_schema_view(
    list=extend_schema(summary=gettext_lazy("Danh sách yêu cầu báo cáo")),
    retrieve=extend_schema(summary=gettext_lazy("Một yêu cầu báo cáo")),
)
class RequestViewSet(Described, viewsets.ReadOnlyModelViewSet):
    title = gettext_lazy("Yêu cầu báo cáo")
    about = gettext_lazy(
        "Yêu cầu báo cáo: đến (cấp trên yêu cầu) và đi (đề nghị các đơn vị báo cáo), với tình trạng trả lời."
    )

    queryset = ReportRequest.objects.none()
    serializer_class = RequestSerializer
    pagination_class = Pagination
    filter_backends = [FilterBackend]
    filterset_class = RequestFilter

    def get_queryset(self):
        user = self.request.user
        # A unit reporter sees only its own unit's answer among a request's submissions.
        answers = scope(Submission.objects.select_related("unit").order_by("unit__name", "pk"), user)
        # The report as its page finds it (Report.objects.readable_by), None for whoever may not open it.
        reports = Prefetch("report", queryset=Report.objects.readable_by(user), to_attr="readable_report")
        return (
            ReportRequest.objects.visible_to(user)
            .select_related("unit", "template", "letter")
            .prefetch_related(Prefetch("submissions", queryset=answers), reports)
        )


@extend_schema_view(
    list=extend_schema(summary=gettext_lazy("Danh sách báo cáo của các đơn vị")),
    retrieve=extend_schema(summary=gettext_lazy("Báo cáo của một đơn vị")),
)
class SubmissionViewSet(Described, viewsets.ReadOnlyModelViewSet):
    title = gettext_lazy("Báo cáo của đơn vị")
    about = gettext_lazy("Báo cáo của đơn vị trả lời yêu cầu đi: số liệu và nội dung từng mục.")

    queryset = Submission.objects.none()
    permission_classes = [AnswerPermission]
    pagination_class = Pagination
    filter_backends = [FilterBackend]
    filterset_class = SubmissionFilter

    def get_queryset(self):
        # As collection.views_submission._submission: another unit's answer does not exist for a reporter.
        submissions = Submission.objects.select_related("request__unit", "request__template", "unit")
        return scope(submissions.order_by("request", "unit__name", "pk"), self.request.user)

    def get_serializer_class(self):
        if requested_action(self) == "answer":  # what OPTIONS says the answer takes
            return AnswerSerializer
        return SubmissionSerializer if self.action == "list" else SubmissionDetailSerializer

    def retrieve(self, request, *args, **kwargs):
        submission = self.get_object()
        if submission.status == Submission.Status.NOT_STARTED:
            prefill(submission)  # shown, not saved, as on the page
        return Response(self.get_serializer(submission).data)

    @extend_schema(
        summary=gettext_lazy("Lưu hoặc gửi báo cáo của đơn vị"),
        request=AnswerSerializer,
        responses={200: SubmissionDetailSerializer, 400: REFUSED, 403: MessageSerializer},
    )
    # JSON only: a form body (multipart, urlencoded) cannot carry `values` and `texts`, which DRF then
    # read as empty, so such an answer was saved, or sent, without what it held. Refused: 415.
    @action(detail=True, methods=["post"], parser_classes=[JSONParser])
    def answer(self, request, pk=None):
        submission = self.get_object()  # AnswerPermission: only who may edit it
        item = submission.request
        template_measures = measures(item.template)
        serializer = AnswerSerializer(
            data=request.data,
            context={
                "measures": template_measures,
                "sections": section_keys(item.template, submission.unit, item.period_for(submission.unit)),
            },
        )
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        if submission.status == Submission.Status.NOT_STARTED:
            prefill(submission)  # the page's form starts from the register's figures too
        values = {code: dict(by_measure) for code, by_measure in (submission.values or {}).items()}
        for code, by_measure in data["values"].items():
            values.setdefault(code, {}).update(by_measure)
        texts = {**(submission.texts or {}), **data["texts"]}
        # Figures that cannot be together (14 lượt người in 0 đoàn) may wait in a draft, as on the page.
        below = floor_errors(values) if data["submit"] else {}
        if below:
            messages = [f"{code}.{measure}: {message}" for (code, measure), message in below.items()]
            return Response({"values": messages}, status=status.HTTP_400_BAD_REQUEST)
        if data["submit"] and not data["warnings_checked"]:
            # As the page's form asks before sending (collection/forms.AnswerForm): a text that says otherwise
            # of a figure, or a figure other than the uploaded report's, is sent once the client confirms it.
            warnings = warnings_of(submission, template_measures, values, texts)
            if warnings:
                return Response({"values": warnings}, status=status.HTTP_400_BAD_REQUEST)
        try:
            save_answer(submission, values, texts, submit=data["submit"])
        except SubmissionError as error:
            return Response({"detail": str(error)}, status=status.HTTP_400_BAD_REQUEST)
        return Response(SubmissionDetailSerializer(submission, context=self.get_serializer_context()).data)
