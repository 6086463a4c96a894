"""The OpenAPI schema, built once per process and language, for signed-in users only.

Building it walks every endpoint and serializer: about a second of CPU for some 500 KB. It depends
only on the code (never on the user: it is built as a province-wide reader sees the register's
filters), so each process builds it once per language on first demand and keeps the rendered
bytes; a new deployment starts new processes and so a new schema. The key also holds the API's
version, for a cache that would outlive a process.
"""

import threading

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponse
from django.utils.http import content_disposition_header
from django.shortcuts import render
from django.utils import translation
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import get_view_model
from drf_spectacular.settings import spectacular_settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from drf_spectacular.views import SpectacularAPIView
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.permissions import IsAuthenticated
from rest_framework.renderers import JSONRenderer
from rest_framework.schemas.utils import get_pk_description

from ngoaivu.core.search import SEARCH_LENGTH
from ngoaivu.register.filters import SearchFilter

from .authentication import TokenAuthentication
from .body_rules import add_register_rules
from .serializers import AreaSerializer
from .strict import StrictFields

# A refusal: {"detail": "..."} for the whole request, or {"field": ["...", …]} for the fields at fault. Every
# write that reads its body through a strict serializer (api/strict.py) is documented with it.
REFUSED = OpenApiResponse(
    OpenApiTypes.OBJECT,
    description=format_lazy(
        "{} {}",
        gettext_lazy('Yêu cầu không hợp lệ: {"detail": thông báo} hoặc {tên trường: [thông báo, …]}.'),
        gettext_lazy(
            "Trường không thuộc địa chỉ này, hoặc trường chỉ đọc có giá trị khác giá trị đang lưu, đều bị từ chối "
            "và báo lỗi theo tên trường (không bị bỏ qua); không dữ liệu nào được lưu."
        ),
    ),
)
# Said of a read-only field in a request body: it may come back as it was read (a row read and sent back whole).
SENT_BACK = gettext_lazy(
    "Chỉ đọc: gửi lại đúng giá trị đã đọc (thêm mới: null) hoặc bỏ trường này; không ghi được giá trị khác."
)


class Schema(AutoSchema):
    """drf-spectacular's AutoSchema, reading only the words written for users (translated), never docstrings.

    A docstring is a note for developers, in English: an operation without a description of its own takes
    its view's `about` (views.Described), and a request or response body takes its serializer's `about`, or
    none.
    """

    def get_description(self):
        return getattr(self.view, "about", None) or ""

    def _resolve_path_parameters(self, variables):
        # DRF's words for a row's number ("A unique integer value identifying this báo cáo của đơn vị.") are
        # English whatever the language: every path's {id} says it in ours.
        parameters = super()._resolve_path_parameters(variables)
        model = get_view_model(self.view, emit_warnings=False)
        if model is None:
            return parameters
        drf_words = get_pk_description(model, model._meta.pk)
        for parameter in parameters:
            if parameter.get("description") == drf_words:
                parameter["description"] = _("Mã số của %(name)s.") % {"name": model._meta.verbose_name}
        return parameters

    def _postprocess_serializer_schema(self, schema, serializer, direction):
        # A strict body (api/strict.py) is described as it is read: no property beyond those listed
        # (`additionalProperties: false`), and its read-only fields listed too, as they may be sent back as read
        # (`version`, which a PUT or PATCH sends to be told of a conflict); drf-spectacular would drop them.
        if direction == "request" and isinstance(serializer, StrictFields):
            properties, required = schema.get("properties", {}), schema.get("required", [])
            for name, field in list(properties.items()):
                if field.get("readOnly"):
                    field = {key: value for key, value in field.items() if key != "readOnly"}
                    said = field.get("description")
                    field["description"] = format_lazy("{} {}", said, SENT_BACK) if said else SENT_BACK
                    field["nullable"] = True
                    properties[name] = field
                    if name in required:  # required of an answer, never of a request
                        required.remove(name)
            schema["additionalProperties"] = False
        if direction == "request" and isinstance(serializer, AreaSerializer):
            add_register_rules(schema, serializer)
        return super()._postprocess_serializer_schema(schema, serializer, direction)

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if "400" not in responses and self._reads_a_strict_body():
            responses["400"] = self._get_response_for_code(REFUSED, "400", direction=direction)
        return responses

    def _reads_a_strict_body(self):
        if self.method not in ("POST", "PUT", "PATCH"):
            return False
        serializer = self.get_request_serializer()
        return isinstance(serializer, StrictFields) or (
            isinstance(serializer, type) and issubclass(serializer, StrictFields)
        )

    def _map_basic_serializer(self, serializer, direction):
        result = super()._map_basic_serializer(serializer, direction)
        about = getattr(serializer, "about", None)
        if about:
            result["description"] = about
        else:
            result.pop("description", None)
        return result


class TokenScheme(OpenApiAuthenticationExtension):
    """Our token header, described in the user's language (drf-spectacular's own text is English)."""

    target_class = "ngoaivu.api.authentication.TokenAuthentication"
    name = "tokenAuth"
    priority = 1  # before drf-spectacular's, which matches every subclass of DRF's TokenAuthentication

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": gettext_lazy(
                "Khóa truy cập API, gửi trong tiêu đề «Authorization: Token <khóa>»; "
                "tạo khóa ở trang «Bảo mật tài khoản» hoặc bằng POST /api/token/."
            ),
        }


class FilterParameters(DjangoFilterExtension):
    """django-filter's parameters, a search (`q`) with the length it is refused beyond (register.filters.SearchField):
    a client reads the limit in the schema, not from a 400."""

    target_class = "django_filters.rest_framework.DjangoFilterBackend"
    match_subclasses = True
    priority = 1  # before drf-spectacular's own, which it extends

    def resolve_filter_field(self, auto_schema, model, filterset_class, field_name, filter_field):
        parameters = super().resolve_filter_field(auto_schema, model, filterset_class, field_name, filter_field)
        if isinstance(filter_field, SearchFilter):
            for parameter in parameters:
                parameter["schema"]["maxLength"] = SEARCH_LENGTH
        return parameters


_schemas = {}  # (version, language) → the schema as a dict
_rendered = {}  # (version, language, renderer class) → its bytes
_lock = threading.Lock()


def language(requested=None):
    """The language asked for with ?lang=, if it is one of the site's; else the request's own."""
    return requested if requested in dict(settings.LANGUAGES) else translation.get_language()


def schema(lang=None):
    """The schema as a dict, in lang (default: the active language)."""
    lang = language(lang)
    key = (spectacular_settings.VERSION, lang)
    with _lock:
        if key not in _schemas:
            with translation.override(lang):
                _schemas[key] = SchemaGenerator().get_schema(request=None, public=True)
        return _schemas[key]


def rendered(lang, renderer):
    key = (spectacular_settings.VERSION, lang, type(renderer))
    if key not in _rendered:
        content = renderer.render(schema(lang), renderer.media_type, {})
        with _lock:
            _rendered.setdefault(key, content)
    return _rendered[key]


def forget():
    """Drop what was built (tests that change what the schema says)."""
    with _lock:
        _schemas.clear()
        _rendered.clear()


class SchemaView(SpectacularAPIView):
    """The OpenAPI 3 schema (YAML, or JSON with ?format=json), for a signed-in user or a token."""

    permission_classes = [IsAuthenticated]

    def handle_exception(self, exc):
        # A refusal is the API's usual JSON, not a document typed as an OpenAPI schema.
        self.request.accepted_renderer, self.request.accepted_media_type = JSONRenderer(), JSONRenderer.media_type
        return super().handle_exception(exc)

    @extend_schema(exclude=True)
    def get(self, request, *args, **kwargs):
        lang = language(request.GET.get("lang"))
        renderer = request.accepted_renderer
        response = HttpResponse(rendered(lang, renderer), content_type=f"{renderer.media_type}; charset=utf-8")
        # An ASCII name that says what it is ("ngoaivu-api.yaml"): a browser saves it as such.
        response["Content-Disposition"] = content_disposition_header(False, f"ngoaivu-api.{renderer.format}")
        response["Content-Language"] = lang
        return response


def _user(request):
    """The session's user, or the one a valid API token names; None when neither."""
    if request.user.is_authenticated:
        return request.user
    try:
        found = TokenAuthentication().authenticate(request)
    except AuthenticationFailed:
        return None
    return found[0] if found else None


def docs(request):
    """An offline list of the API's endpoints, read from the schema. Signed-in users only."""
    if _user(request) is None:
        return redirect_to_login(request.get_full_path())
    info = schema()
    endpoints = [
        {"path": path, "method": method.upper(), "summary": op.get("summary") or op.get("description", "")}
        for path, ops in info["paths"].items()
        for method, op in ops.items()
    ]
    return render(
        request, "api/docs.html", {"endpoints": endpoints, "info": info["info"], "token_days": settings.API_TOKEN_DAYS}
    )
