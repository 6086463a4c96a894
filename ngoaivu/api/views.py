"""One ModelViewSet per register area, generated from AREAS."""

import django_filters
from django.db import transaction
from django.db.models import ProtectedError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view, inline_serializer
from rest_framework import serializers as drf_serializers
from rest_framework import status, viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from ngoaivu.core.deletion import explain_protected
from ngoaivu.core.locking import FIELD, VersionConflict, conflict_message, is_versioned
from ngoaivu.core.models import Role, User
from ngoaivu.core.permissions import scope
from ngoaivu.register.filters import filterset_class

from .permissions import RegisterPermission
from .serializers import serializer_for


class MessageSerializer(drf_serializers.Serializer):
    detail = drf_serializers.CharField()


class Pagination(PageNumberPagination):
    """50 rows a page. `page` is a whole number from 1: anything else is a 400, a page past the last a 404."""

    page_size = 50
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


class FilterBackend(DjangoFilterBackend):
    """django-filter, strict about what the schema promises: a filter given empty (`?year=`) or a yes/no
    filter given anything but true or false is refused with 400, where django-filter would quietly not
    filter. A text filter (`q`) may be empty. Parameters that name no filter are ignored, as before."""

    def get_filterset(self, request, queryset, view):
        filterset = super().get_filterset(request, queryset, view)
        if filterset is None:
            return None
        errors = {}
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
        if errors:
            raise ValidationError(errors)
        return filterset


class AreaFilterBackend(FilterBackend):
    """The register's own filters, which depend on the user (a reporter has no unit filter)."""

    def get_filterset_class(self, view, queryset=None):
        user = getattr(getattr(view, "request", None), "user", None)
        if user is None or not hasattr(user, "role"):
            user = User(role=Role.VIEWER)  # schema generation: the filters a province-wide reader sees
        return filterset_class(view.area, user)


class AreaViewSet(viewsets.ModelViewSet):
    area = None
    pagination_class = Pagination
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
                record.delete()
        except ProtectedError as error:
            return Response({"detail": explain_protected(record, error)}, status=status.HTTP_409_CONFLICT)
        return Response(status=status.HTTP_204_NO_CONTENT)


DELETE_REFUSED = OpenApiResponse(
    MessageSerializer,
    description=gettext_lazy("Không xóa được: bản ghi đang được bản ghi khác trích dẫn hoặc sử dụng; không xóa gì."),
)


def _conflict_schema(area, serializer):
    """The 409 answer of PUT and PATCH, documented per area (its `current` is the area's row)."""
    conflict = OpenApiResponse(
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
    description = gettext_lazy(
        "Gửi kèm «version» (phiên bản đã đọc) để không ghi đè thay đổi của người khác: "
        "nếu bản ghi đã sang phiên bản khác, trả lời 409 và không ghi gì. "
        "Không gửi «version» thì bản gửi sau cùng được lưu."
    )
    return {
        action: extend_schema(description=description, responses={200: serializer, 409: conflict})
        for action in ("update", "partial_update")
    }


def _destroy_schema():
    return {"destroy": extend_schema(responses={204: None, 409: DELETE_REFUSED})}


def viewset_for(area):
    serializer = serializer_for(area)
    viewset = type(
        f"{area.model.__name__}ViewSet",
        (AreaViewSet,),
        {
            "area": area,
            "serializer_class": serializer,
            "queryset": area.model.objects.none(),  # lets the router and the schema name the model
            "__doc__": f"{str(area.title).capitalize()}.",
        },
    )
    schemas = {**_destroy_schema(), **(_conflict_schema(area, serializer) if is_versioned(area.model) else {})}
    return extend_schema_view(**schemas)(viewset)
