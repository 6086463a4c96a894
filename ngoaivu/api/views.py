"""One ModelViewSet per register area, generated from AREAS."""

import re

import django_filters
from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.db import models, transaction
from django.db.models import ProtectedError
from django.utils.html import format_html
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view, inline_serializer
from rest_framework import serializers as drf_serializers
from rest_framework import pagination, status, viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.settings import api_settings

from ngoaivu.core.deletion import explain_protected
from ngoaivu.core.locking import FIELD, VersionConflict, conflict_message, is_versioned
from ngoaivu.core.models import Role, Unit, User
from ngoaivu.core.permissions import is_unit_bound, scope
from ngoaivu.register.filters import UnitFilter, filterset_class
from ngoaivu.register.history import delete_with_children
from ngoaivu.register.offering import check_offered

from .figures import DateField
from .negotiation import FilteredByFormat
from .permissions import RegisterPermission
from .schema import Schema
from .serializers import serializer_for


class MessageSerializer(drf_serializers.Serializer):
    detail = drf_serializers.CharField()


class Described:
    """A view named and described in words the user reads (translated), not by its class name and docstring.

    `title` and `about` are what OPTIONS answers and the browsable API show, and `about` is the description of
    every operation in the schema that has none of its own (see schema.Schema): docstrings are for developers.
    """

    title = None
    about = None
    schema = Schema()

    def get_view_name(self):
        return str(self.title) if self.title else super().get_view_name()

    def get_view_description(self, html=False):
        if not self.about:
            return super().get_view_description(html)
        return format_html("<p>{}</p>", self.about) if html else str(self.about)


class OfferedList:
    """A list the register does not offer the user is refused (403, saying why) as its page refuses it,
    not answered empty: register/offering.check_offered, the rule of the register's lists and of the
    translations' pages (a unit reporter whose units keep no procedures). A row is still read by scope():
    another unit's is a 404, as on the pages."""

    def list(self, request, *args, **kwargs):
        check_offered(request.user, self.queryset.model)
        return super().list(request, *args, **kwargs)


class Pagination(PageNumberPagination):
    """50 rows a page. `page` is a whole number from 1: anything else is a 400, a page past the last a 404."""

    page_size = 50
    page_query_description = gettext_lazy("Số trang, từ 1.")
    invalid_page_message = gettext_lazy("Không có trang {page_number}.")

    def get_page_number(self, request, paginator):
        value = request.query_params.get(self.page_query_param)
        if value is None:
            return 1
        number = value.lstrip("0")
        if not (value.isascii() and value.isdigit() and number):
            raise ValidationError({self.page_query_param: [_("Số trang phải là số nguyên dương (1, 2, 3…).")]})
        if len(number) > 18:  # beyond any list, and beyond what int() takes from text
            raise NotFound(self.invalid_page_message.format(page_number=f"{number[:18]}…"))
        return int(number)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_query_param:
                parameter["schema"]["minimum"] = 1  # 0 and -1 are refused, as get_page_number says
        return parameters


class CursorPagination(pagination.CursorPagination):
    """The register's lists, which reach a million rows nationally: 50 rows a page, newest first (by id),
    each page found from the `cursor` of the `next` or `previous` link, never by counting the list nor
    skipping rows (no `count`, no page numbers). A cursor that is not one of the list's links is a 400;
    so is `page`, which these lists no longer take (beyond page=1, the first page, for old clients)."""

    page_size = 50
    ordering = "-pk"
    cursor_query_description = gettext_lazy(
        "Vị trí trang: giá trị «cursor» trong liên kết «next» hoặc «previous» của trang trước; bỏ trống để lấy trang đầu."
    )
    invalid_cursor_message = gettext_lazy(
        "Vị trí trang không hợp lệ; dùng liên kết «next» hoặc «previous» của trang trước."
    )

    page_refused = gettext_lazy(
        "Danh sách này không đánh số trang: dùng liên kết «next» và «previous» (tham số «cursor»)."
    )

    def paginate_queryset(self, queryset, request, view=None):
        page = request.query_params.get("page")
        if page is not None and page.strip() != "1":
            raise ValidationError({"page": [str(self.page_refused)]})
        return super().paginate_queryset(queryset, request, view)

    def decode_cursor(self, request):
        try:
            cursor = super().decode_cursor(request)
        except NotFound:
            cursor = False
        position = getattr(cursor, "position", None)
        # The position is a row's id (ordering by -pk): anything else was not written by this list.
        if cursor is False or (
            position is not None and not (position.isascii() and position.isdigit() and len(position) < 19)
        ):
            raise ValidationError({self.cursor_query_param: [str(self.invalid_cursor_message)]})
        return cursor


class FilterBackend(DjangoFilterBackend):
    """django-filter, strict about what the schema promises: a filter given empty (`?year=`) or a yes/no
    filter given anything but true or false is refused with 400, where django-filter would quietly not
    filter. A text filter (`q`) may be empty. Parameters that name no filter are ignored, as before, but
    for a unit filter a unit's reporter may not use (withheld_unit_filters), which would seem to filter."""

    def get_filterset(self, request, queryset, view):
        filterset = super().get_filterset(request, queryset, view)
        if filterset is None:
            return None
        errors, days = withheld_unit_filters(request, filterset), {}
        for name, declared in filterset.filters.items():
            if name not in request.query_params:
                continue
            value = request.query_params.get(name).strip()
            if isinstance(declared, django_filters.CharFilter):
                continue
            if not value:
                errors[name] = [_("Không được để trống; bỏ tham số này nếu không lọc theo nó.")]
            elif isinstance(declared, django_filters.BooleanFilter) and value.lower() not in ("true", "false"):
                errors[name] = [_("Chỉ nhận true hoặc false.")]
            elif _counts_in_whole_numbers(filterset, declared) and not re.fullmatch(r"-?\d{1,18}", value):
                errors[name] = [_("Chỉ nhận số nguyên.")]  # not "2021.5" nor "-1e-190", which a decimal filter takes
            elif isinstance(declared, django_filters.DateFilter):
                # Read as the API reads every date (yyyy-mm-dd, refused in those words), not as the web
                # form's box, whose message asks for dd/mm/yyyy.
                try:
                    days[name] = DateField().to_internal_value(value).isoformat()
                except drf_serializers.ValidationError as error:
                    errors[name] = error.detail
        if errors:
            raise ValidationError(errors)
        if days:
            filterset.data = filterset.data.copy()
            for name, day in days.items():
                filterset.data[name] = day
        if not filterset.is_valid():
            raise ValidationError(_refusals(filterset))
        return filterset


def withheld_unit_filters(request, filterset):
    """{name: [why]} for `?unit=` and `?unit__in=`… that a unit's reporter gives where the list has no such
    filter for them: their list holds their own unit's rows whatever unit is named, which a 200 would hide."""
    if not request.user.is_authenticated or not is_unit_bound(request.user):  # the public lists: no one's unit
        return {}
    names = [name for name in request.query_params if name == "unit" or name.startswith("unit__")]
    why = _("Bộ lọc «%(name)s» không dùng được với tài khoản của đơn vị: danh sách chỉ có số liệu đơn vị được xem.")
    return {name: [why % {"name": name}] for name in names if name not in filterset.filters}


# A value named in the query string can be any text: it is quoted this far, no further.
QUOTED = 30
# A filter with more choices than this (countries) is not listed in full.
LISTED = 12


def _refusals(filterset):
    """The filters' errors, a value that is not among a filter's choices said in words naming the filter
    and what it takes, where Django says «Hãy chọn một lựa chọn hợp lệ…» of every choice list.
    The form's other messages (a date range backwards) are ours, and kept."""
    refusals = {}
    for name, errors in filterset.form.errors.as_data().items():
        declared = filterset.filters.get(name)
        if declared is None or not any(error.code == "invalid_choice" for error in errors):
            refusals[name] = [message for error in errors for message in error.messages]
            continue
        value = filterset.data.get(name, "")
        shown = value if len(value) <= QUOTED else f"{value[:QUOTED]}…"
        if isinstance(declared, django_filters.ModelChoiceFilter):
            thing = declared.queryset.model._meta.verbose_name
            said = _("Bộ lọc «%(name)s» nhận số (id) của một %(thing)s; không có %(thing)s số «%(value)s».") % {
                "name": name,
                "thing": thing,
                "value": shown,
            }
        else:
            choices = [str(key) for key, _label in filterset.form.fields[name].choices if key != ""]
            values = {"name": name, "value": shown, "choices": ", ".join(choices)}
            if len(choices) <= LISTED:
                said = _("Bộ lọc «%(name)s» không nhận giá trị «%(value)s»; chỉ nhận: %(choices)s.") % values
            else:
                said = _("Bộ lọc «%(name)s» không nhận giá trị «%(value)s».") % values
        refusals[name] = [said]
    return refusals


def _counts_in_whole_numbers(filterset, declared) -> bool:
    """A number filter on an integer field (a year), which the schema says is an integer."""
    if not isinstance(declared, django_filters.NumberFilter):
        return False
    if issubclass(declared.field_class, forms.IntegerField):  # a row's id (collection.IdFilter)
        return True
    try:
        field = filterset._meta.model._meta.get_field(declared.field_name)
    except FieldDoesNotExist:
        return False
    return isinstance(field, models.IntegerField)


class AreaFilterBackend(FilterBackend):
    """The register's own filters, which depend on the user. The page offers a unit's reporter no unit
    filter (its list holds its own rows); the API takes `?unit=` from it all the same, as the reports' list
    does, filtering what it reads: its own unit gives its rows, another unit none, never another's."""

    def get_filterset_class(self, view, queryset=None):
        user = getattr(getattr(view, "request", None), "user", None)
        if user is None or not hasattr(user, "role"):
            user = User(role=Role.VIEWER)  # schema generation: the filters a province-wide reader sees
        filterset = filterset_class(view.area, user)
        if "unit" in filterset.base_filters or not any(f.name == "unit" for f in view.area.model._meta.get_fields()):
            return filterset
        unit = UnitFilter(queryset=Unit.objects.all(), label=gettext_lazy("Đơn vị"))  # the rows are scoped
        return type(filterset.__name__, (filterset,), {"unit": unit})


class AreaViewSet(OfferedList, Described, viewsets.ModelViewSet):
    area = None
    pagination_class = CursorPagination
    permission_classes = [RegisterPermission]
    filter_backends = [AreaFilterBackend]

    def get_queryset(self):
        area = self.area
        queryset = area.model.objects.select_related(*area.related_fields()).order_by("-pk")
        return scope(queryset, self.request.user, shared_when_null=area.shared_when_null)

    def update(self, request, *args, **kwargs):
        """PUT and PATCH. With `version`, a row saved by someone else since is answered 409 and kept.

        Without `version` the request is saved as before (last write wins); see AreaSerializer.
        """
        try:
            return super().update(request, *args, **kwargs)
        except VersionConflict:
            current = self.get_object()  # 404 if the row was deleted meanwhile
            return Response(
                {"detail": conflict_message(), FIELD: current.version, "current": self.get_serializer(current).data},
                status=status.HTTP_409_CONFLICT,
            )

    def destroy(self, request, *args, **kwargs):
        # A row that others still point at (a document cited by a delegation…) is kept: 409.
        record = self.get_object()
        try:
            with transaction.atomic():
                delete_with_children(self.area, record)  # restored with it, as from the register's pages
        except ProtectedError as error:
            return Response({"detail": explain_protected(record, error, request.user)}, status=status.HTTP_409_CONFLICT)
        return Response(status=status.HTTP_204_NO_CONTENT)


DELETE_REFUSED = OpenApiResponse(
    MessageSerializer,
    description=gettext_lazy("Không xóa được: bản ghi đang được bản ghi khác trích dẫn hoặc sử dụng; không xóa gì."),
)
DELETED = OpenApiResponse(description=gettext_lazy("Đã xóa; không có nội dung trả về."))
VERSION_NOTE = gettext_lazy(
    "Gửi kèm «version» (phiên bản đã đọc) để không ghi đè thay đổi của người khác: "
    "nếu bản ghi đã sang phiên bản khác, trả lời 409 và không ghi gì. "
    "Không gửi «version» thì bản gửi sau cùng được lưu."
)

# The register names these areas by their abbreviation; the API's documentation names them in full, as
# official documents do, with the abbreviation after. Every other area keeps the register's own name.
FULL_NAMES = {
    "abtc": gettext_lazy("Thẻ đi lại của doanh nhân APEC (thẻ ABTC)"),
    "vien-tro": gettext_lazy("Viện trợ phi chính phủ nước ngoài (viện trợ PCPNN)"),
}


def area_title(area):
    """The area's name as a heading ("Đoàn vào"), translated when it is shown."""
    return FULL_NAMES.get(area.slug) or capfirst(area.title)


def area_about(area):
    """What the area's endpoints hold, in a sentence or three, from the register's own names."""
    parts = [format_lazy(gettext_lazy("{name}: sổ theo dõi, nhóm «{group}»."), name=area_title(area), group=area.group)]
    if area.parent_field:
        parent = area.model._meta.get_field(area.parent_field).related_model._meta.verbose_name
        parts.append(
            format_lazy(
                gettext_lazy("Mỗi bản ghi thuộc một {parent} (trường «{field}»)."),
                parent=parent,
                field=area.parent_field,
            )
        )
    if area.shared_when_null:
        parts.append(gettext_lazy("Bản ghi không thuộc đơn vị nào là dữ liệu dùng chung: mọi người dùng đều đọc được."))
    parts.append(gettext_lazy("Đơn vị báo cáo chỉ đọc và ghi bản ghi của đơn vị mình."))
    return format_lazy(" ".join("{}" for _part in parts), *parts)


def _conflict_response(area, serializer):
    """The 409 answer of PUT and PATCH, documented per area (its `current` is the area's row)."""
    return OpenApiResponse(
        inline_serializer(
            f"{area.model.__name__}Conflict",
            {
                "detail": drf_serializers.CharField(),
                FIELD: drf_serializers.IntegerField(),
                "current": serializer(),
            },
        ),
        description=gettext_lazy(
            "Bản ghi đã được người khác sửa từ phiên bản gửi lên; không ghi gì. «current» là bản đang lưu."
        ),
    )


def area_schemas(area, serializer):
    """Every operation's summary and description, in the area's own words (translated when the schema is built)."""
    name, about = area.verbose_name, area_about(area)
    summaries = {
        "list": format_lazy(gettext_lazy("Danh sách {name}"), name=name),
        "create": format_lazy(gettext_lazy("Thêm {name}"), name=name),
        "retrieve": format_lazy(gettext_lazy("Một {name}"), name=name),
        "update": format_lazy(gettext_lazy("Sửa {name} (gửi đủ các trường)"), name=name),
        "partial_update": format_lazy(gettext_lazy("Sửa một phần {name} (chỉ các trường gửi lên)"), name=name),
        "destroy": format_lazy(gettext_lazy("Xóa {name}"), name=name),
    }
    schemas = {action: {"summary": summary, "description": about} for action, summary in summaries.items()}
    schemas["destroy"]["responses"] = {204: DELETED, 409: DELETE_REFUSED}
    if is_versioned(area.model):
        conflict = _conflict_response(area, serializer)
        for action in ("update", "partial_update"):
            schemas[action]["description"] = format_lazy("{} {}", about, VERSION_NOTE)
            schemas[action]["responses"] = {200: serializer, 409: conflict}
    return {action: extend_schema(**arguments) for action, arguments in schemas.items()}


def viewset_for(area):
    serializer = serializer_for(area)
    attrs = {
        "area": area,
        "serializer_class": serializer,
        "queryset": area.model.objects.none(),  # lets the router and the schema name the model
        "title": area_title(area),
        "about": area_about(area),
    }
    if api_settings.URL_FORMAT_OVERRIDE in area.filter_fields:
        attrs["content_negotiation_class"] = FilteredByFormat  # ?format= is the filter's
    viewset = type(f"{area.model.__name__}ViewSet", (AreaViewSet,), attrs)
    return extend_schema_view(**area_schemas(area, serializer))(viewset)
