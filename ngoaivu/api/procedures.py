"""Administrative procedures: the catalogue for staff, and the published translations for the public."""

import django_filters
from django.utils import translation
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers, viewsets
from rest_framework.permissions import AllowAny

from ngoaivu.core.permissions import scope
from ngoaivu.procedures.models import TEXT_FIELDS, Language, Procedure, Translation
from ngoaivu.procedures.publishing import PUBLIC_LANGUAGES, Shown, django_language, published, search
from ngoaivu.procedures.qr import public_url
from ngoaivu.register.filters import SearchFilter

from .views import Described, FilterBackend, OfferedList, Pagination


class TranslationStatusSerializer(serializers.Serializer):
    language = serializers.ChoiceField(choices=Language.choices)
    status = serializers.ChoiceField(choices=Translation.Status.choices)
    name = serializers.CharField(allow_blank=True)
    reviewer = serializers.IntegerField(allow_null=True, source="reviewer_id")
    reviewed_at = serializers.DateTimeField(allow_null=True)
    published_on = serializers.DateField(allow_null=True)


class ProcedureCatalogueSerializer(serializers.ModelSerializer):
    translations = serializers.SerializerMethodField()

    class Meta:
        model = Procedure
        fields = ["id", "unit", "code", *TEXT_FIELDS, "online_level", "translations"]

    @extend_schema_field(TranslationStatusSerializer(many=True))
    def get_translations(self, procedure):
        """One row per language, as the translation status page shows them; a language never begun is missing."""
        by_language = {tr.language: tr for tr in procedure.translations.all()}
        rows = [by_language.get(code) or Translation(procedure=procedure, language=code) for code in Language.values]
        return TranslationStatusSerializer(rows, many=True).data


class ProcedureFilter(django_filters.FilterSet):
    class Meta:
        model = Procedure
        fields = ["unit", "field", "agency", "online_level"]


@extend_schema_view(
    list=extend_schema(summary=gettext_lazy("Danh mục thủ tục hành chính và tình trạng bản dịch")),
    retrieve=extend_schema(summary=gettext_lazy("Một thủ tục hành chính")),
)
class ProcedureViewSet(OfferedList, Described, viewsets.ReadOnlyModelViewSet):
    title = gettext_lazy("Thủ tục hành chính")
    about = gettext_lazy("Thủ tục hành chính cho người nước ngoài, với tình trạng bản dịch từng ngôn ngữ.")

    queryset = Procedure.objects.none()
    serializer_class = ProcedureCatalogueSerializer
    pagination_class = Pagination
    filter_backends = [FilterBackend]
    filterset_class = ProcedureFilter

    def get_queryset(self):
        return scope(Procedure.objects.prefetch_related("translations"), self.request.user)


class PublicProcedureSerializer(serializers.Serializer):
    """A procedure as the public page shows it in one language; a text not translated is the Vietnamese one."""

    label_model = Procedure  # its fields are labelled as the procedure's (api/metadata.py)
    code = serializers.CharField()
    language = serializers.ChoiceField(choices=PUBLIC_LANGUAGES)
    translated = serializers.BooleanField(help_text=gettext_lazy("Có bản dịch đã công bố bằng ngôn ngữ này."))
    name = serializers.CharField()
    field = serializers.CharField()
    agency = serializers.CharField()
    processing_time = serializers.CharField()
    shortened_time = serializers.CharField(allow_blank=True)
    fees = serializers.CharField(allow_blank=True)
    documents = serializers.CharField(allow_blank=True)
    steps = serializers.CharField(allow_blank=True)
    legal_basis = serializers.CharField(allow_blank=True)
    online_level = serializers.ChoiceField(choices=Procedure.OnlineLevel.choices)
    vietnamese = serializers.ListField(
        child=serializers.CharField(),
        help_text=gettext_lazy("Các trường đang hiển thị bằng tiếng Việt vì chưa có bản dịch."),
    )
    url = serializers.URLField(help_text=gettext_lazy("Trang công khai của thủ tục."))

    def to_representation(self, procedure):
        lang = self.context["lang"]
        shown = Shown(procedure, lang)
        row = {
            "code": procedure.code,
            "language": lang,
            "translated": shown.translated,
            "online_level": procedure.online_level,
            "url": public_url(procedure, lang),
            "vietnamese": [],
        }
        for name in TEXT_FIELDS:
            row[name], in_vietnamese = shown.text(name)
            if in_vietnamese and (row[name] or "").strip():  # an empty field is shown in no language
                row["vietnamese"].append(name)
        return super().to_representation(row)


SEARCHED = gettext_lazy("Tìm theo mã, tên, lĩnh vực, cơ quan, thành phần hồ sơ")


class PublicProcedureFilter(django_filters.FilterSet):
    lang = django_filters.ChoiceFilter(
        choices=[(code, code) for code in PUBLIC_LANGUAGES],
        method="keep",
        label=gettext_lazy("Ngôn ngữ (mặc định: vi)"),
    )
    # At most SEARCH_LENGTH characters, as the public list's box: a longer one is a 400 naming the limit, in the
    # request's language (register.filters.SearchField), never cut to its first characters and searched. The
    # schema gives the limit as every search's (schema.FilterParameters).
    q = SearchFilter(method="search", label=SEARCHED)
    field = django_filters.CharFilter(label=gettext_lazy("Lĩnh vực (tiếng Việt)"))
    agency = django_filters.CharFilter(label=gettext_lazy("Cơ quan thực hiện (tiếng Việt)"))

    class Meta:
        model = Procedure
        fields = ["lang", "q", "field", "agency"]

    def keep(self, queryset, name, value):
        return queryset  # the language chooses the translation shown, not the rows

    def search(self, queryset, name, value):
        """As the public list: accents ignored, in the Vietnamese text and in the published translation."""
        return search(queryset, self.form.cleaned_data.get("lang") or "vi", value)


def _public_language(lang):
    return lang if lang in PUBLIC_LANGUAGES else "vi"  # an unknown one is refused by the filter set


LANG = OpenApiParameter("lang", enum=PUBLIC_LANGUAGES, default="vi", description=gettext_lazy("Ngôn ngữ"))


@extend_schema_view(
    list=extend_schema(summary=gettext_lazy("Thủ tục hành chính công khai (không cần đăng nhập)")),
    retrieve=extend_schema(summary=gettext_lazy("Một thủ tục hành chính công khai"), parameters=[LANG]),
)
class PublicProcedureViewSet(Described, viewsets.ReadOnlyModelViewSet):
    title = gettext_lazy("Thủ tục hành chính công khai")
    about = gettext_lazy("Trang công khai: chỉ bản dịch đã công bố; chưa có thì hiển thị tiếng Việt.")

    queryset = Procedure.objects.none()
    serializer_class = PublicProcedureSerializer
    pagination_class = Pagination
    authentication_classes = []
    permission_classes = [AllowAny]
    filter_backends = [FilterBackend]
    filterset_class = PublicProcedureFilter
    lookup_field = "code"
    lookup_value_regex = r"[\w.-]+"  # codes have dots: 1.000105

    @property
    def lang(self):
        return _public_language(self.request.query_params.get("lang"))

    def dispatch(self, request, *args, **kwargs):
        # A foreigner's request is answered in the language it asks for, its errors too, as the public pages are.
        lang = _public_language(request.GET.get("lang"))
        with translation.override(django_language(lang)):
            response = super().dispatch(request, *args, **kwargs)
        response["Content-Language"] = lang
        return response

    def get_queryset(self):
        return published(self.lang)

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "lang": self.lang}
