"""One ModelViewSet per register area, generated from AREAS."""

from django.shortcuts import render
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.generators import SchemaGenerator
from rest_framework.pagination import PageNumberPagination
from rest_framework import viewsets

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


def viewset_for(area):
    return type(f"{area.model.__name__}ViewSet", (AreaViewSet,), {
        "area": area,
        "serializer_class": serializer_for(area),
        "queryset": area.model.objects.none(),  # lets the router and the schema name the model
        "__doc__": f"{str(area.title).capitalize()}.",
    })


def docs(request):
    """An offline list of the API's endpoints, read from the OpenAPI schema."""
    schema = SchemaGenerator().get_schema(request=None, public=True)
    endpoints = [
        {"path": path, "method": method.upper(), "summary": op.get("summary") or op.get("description", "")}
        for path, ops in schema["paths"].items()
        for method, op in ops.items()
    ]
    return render(request, "api/docs.html", {"endpoints": endpoints, "info": schema["info"]})
