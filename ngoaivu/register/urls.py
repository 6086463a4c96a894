from django.urls import path

from . import views, views_import, views_list, views_reading

app_name = "register"

urlpatterns = [
    path("", views.index, name="index"),
    path("doc-bao-cao/", views_reading.read_report, name="read_report"),
    path("doc-bao-cao/<int:pk>/", views_reading.read_result, name="read_result"),
    path("doc-bao-cao/<int:pk>/doc-lai/", views_reading.read_again, name="read_again"),
    path("<slug:slug>/", views_list.record_list, name="list"),
    path("<slug:slug>/them/", views.record_create, name="create"),
    path("<slug:slug>/xuat.<str:fmt>", views_import.record_export, name="export"),
    path("<slug:slug>/nhap/", views_import.record_import, name="import"),
    path("<slug:slug>/mau-nhap.xlsx", views_import.import_template, name="import_template"),
    path("<slug:slug>/da-xoa/", views.deleted_list, name="deleted"),
    path("<slug:slug>/khoi-phuc/<int:history_id>/", views.record_restore, name="restore"),
    path("<slug:slug>/<int:pk>/", views.record_detail, name="detail"),
    path("<slug:slug>/<int:pk>/sua/", views.record_update, name="update"),
    path("<slug:slug>/<int:pk>/xoa/", views.record_delete, name="delete"),
]
