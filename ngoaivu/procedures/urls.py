from django.urls import path

from . import views

app_name = "procedures"

urlpatterns = [
    path("", views.index, name="index"),
    path("ma-qr/", views.qr_sheet, name="qr_sheet"),
    path("<int:pk>/<str:lang>/", views.translate, name="translate"),
]
