"""One ModelViewSet per register area, generated from AREAS."""

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view, inline_serializer
from rest_framework import serializers as drf_serializers
from rest_framework import status, viewsets
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from ngoaivu.accounts.two_factor import confirmed_device
from ngoaivu.core.locking import FIELD, VersionConflict, conflict_message, is_versioned
from ngoaivu.core.models import Role, User
from ngoaivu.core.permissions import scope
from ngoaivu.register.filters import filterset_class

from .permissions import RegisterPermission
from .serializers import serializer_for


class Pagination(PageNumberPagination):
    page_size = 50


class AreaFilterBackend(DjangoFilterBackend):
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
            return Response({"detail": conflict_message(), FIELD: current.version,
                             "current": self.get_serializer(current).data}, status=status.HTTP_409_CONFLICT)


def _conflict_schema(area, serializer):
    """The 409 answer of PUT and PATCH, documented per area (its `current` is the area's row)."""
    conflict = OpenApiResponse(inline_serializer(f"{area.model.__name__}Conflict", {
        "detail": drf_serializers.CharField(),
        FIELD: drf_serializers.IntegerField(),
        "current": serializer(),
    }), description=gettext_lazy("Bản ghi đã được người khác sửa từ phiên bản gửi lên; không ghi gì. "
                                 "«current» là bản đang lưu."))
    description = gettext_lazy("Gửi kèm «version» (phiên bản đã đọc) để không ghi đè thay đổi của người khác: "
                               "nếu bản ghi đã sang phiên bản khác, trả lời 409 và không ghi gì. "
                               "Không gửi «version» thì bản gửi sau cùng được lưu.")
    return {action: extend_schema(description=description, responses={200: serializer, 409: conflict})
            for action in ("update", "partial_update")}


def viewset_for(area):
    serializer = serializer_for(area)
    viewset = type(f"{area.model.__name__}ViewSet", (AreaViewSet,), {
        "area": area,
        "serializer_class": serializer,
        "queryset": area.model.objects.none(),  # lets the router and the schema name the model
        "__doc__": f"{str(area.title).capitalize()}.",
    })
    return extend_schema_view(**_conflict_schema(area, serializer))(viewset) if is_versioned(area.model) else viewset


def docs(request):
    """An offline list of the API's endpoints, read from the OpenAPI schema."""
    schema = SchemaGenerator().get_schema(request=None, public=True)
    endpoints = [
        {"path": path, "method": method.upper(), "summary": op.get("summary") or op.get("description", "")}
        for path, ops in schema["paths"].items()
        for method, op in ops.items()
    ]
    return render(request, "api/docs.html", {"endpoints": endpoints, "info": schema["info"]})


class ObtainToken(ObtainAuthToken):
    """A token for a name and password, unless the account has a second factor: a password alone
    must not open what the sign-in page keeps behind the code. Such users make their token on the
    account security page, after giving the code."""

    def post(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        if confirmed_device(serializer.validated_data["user"]) is not None:
            return Response({"detail": _(
                "Tài khoản đã bật xác thực hai lớp: khóa truy cập API chỉ được tạo ở trang «Bảo mật tài khoản» "
                "sau khi đăng nhập bằng mã xác thực.")}, status=status.HTTP_403_FORBIDDEN)
        return super().post(request, *args, **kwargs)
