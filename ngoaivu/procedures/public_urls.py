from django.urls import path

from . import public_views as views

app_name = "tthc"

urlpatterns = [
    path("", views.choose, name="choose"),
    path("man-hinh/", views.kiosk, name="kiosk"),
    path("man-hinh/du-lieu.json", views.kiosk_feed, name="kiosk_feed"),
    path("<str:lang>/", views.procedure_list, name="list"),
    path("<str:lang>/<str:code>/", views.procedure_detail, name="detail"),
    path("<str:lang>/<str:code>/qr.<str:fmt>", views.qr_code, name="qr"),
    # any other address under a language (a code mistyped or cut short in a message): the visitor's own 404
    path("<str:lang>/<path:rest>/", views.not_found, name="not_found"),
]
