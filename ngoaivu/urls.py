from django.contrib import admin
from django.urls import include, path

from ngoaivu.accounts.language import choose_language
from ngoaivu.core import signature_views, views as core_views
from ngoaivu.dashboard import views as dashboard_views

urlpatterns = [
    path("", dashboard_views.home, name="home"),
    path("", include("ngoaivu.accounts.urls")),
    path("i18n/setlang/", choose_language, name="set_language"),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("so-theo-doi/", include("ngoaivu.register.urls")),
    path("bao-cao/", include("ngoaivu.reporting.urls")),
    path("yeu-cau/", include("ngoaivu.collection.urls")),
    path("thong-ke/", include("ngoaivu.dashboard.urls")),
    path("don-vi/", include("ngoaivu.core.urls")),
    path("kiem-tra-chu-ky/", signature_views.verify_pdf, name="verify_pdf"),
    path("tthc/", include("ngoaivu.procedures.public_urls")),
    path("thu-tuc/", include("ngoaivu.procedures.urls")),
    path("api/", include("ngoaivu.api.urls")),
    path("quan-tri/", admin.site.urls),
]
