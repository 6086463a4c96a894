from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.authtoken.views import obtain_auth_token
from rest_framework.routers import DefaultRouter

from ngoaivu.register.areas import AREAS

from . import views

router = DefaultRouter()
for area in AREAS.values():
    router.register(f"register/{area.slug}", views.viewset_for(area), basename=f"api-{area.slug}")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", views.docs, name="api-docs"),
    path("token/", obtain_auth_token, name="api-token"),
    path("", include(router.urls)),
]
