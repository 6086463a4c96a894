from django.urls import include, path
from rest_framework.routers import DefaultRouter

from ngoaivu.register.area_registry import AREAS

from . import collection, procedures, reports, schema, tokens, views

router = DefaultRouter()
for area in AREAS.values():
    router.register(f"register/{area.slug}", views.viewset_for(area), basename=f"api-{area.slug}")
router.register("reports", reports.ReportViewSet, basename="api-report")
router.register("report-templates", reports.ReportTemplateViewSet, basename="api-report-template")
router.register("requests", collection.RequestViewSet, basename="api-request")
router.register("submissions", collection.SubmissionViewSet, basename="api-submission")
router.register("procedures", procedures.ProcedureViewSet, basename="api-procedure")
router.register("public/procedures", procedures.PublicProcedureViewSet, basename="api-public-procedure")

urlpatterns = [
    path("schema/", schema.SchemaView.as_view(), name="api-schema"),
    path("docs/", schema.docs, name="api-docs"),
    path("token/", tokens.ObtainToken.as_view(), name="api-token"),
    path("", include(router.urls)),
]
