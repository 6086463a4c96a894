from django.urls import path

from . import views, views_editing, views_files, views_redrafting, views_signing, views_sources, views_workflow

app_name = "reporting"

urlpatterns = [
    path("", views.report_list, name="list"),
    path("tao/", views.report_new, name="new"),
    path("<int:pk>/", views.report_detail, name="detail"),
    path("<int:pk>/sua/", views_editing.report_edit, name="edit"),
    path("<int:pk>/muc/<int:section_pk>/", views_editing.section_edit, name="section"),
    path("<int:pk>/muc/<int:section_pk>/tao-lai/", views_redrafting.section_regenerate, name="regenerate"),
    path("<int:pk>/muc/<int:section_pk>/chu-thich/", views_editing.footnote_add, name="add_footnote"),
    path("<int:pk>/muc/<int:section_pk>/go-bo/", views_redrafting.section_remove, name="remove_section"),
    path("<int:pk>/muc-da-go/<int:removed_pk>/khoi-phuc/", views_redrafting.section_restore, name="restore_section"),
    path("<int:pk>/them-muc/", views_redrafting.section_add, name="add_section"),
    path("<int:pk>/tao-lai-so-lieu/", views_redrafting.report_redraft, name="redraft"),
    path("<int:pk>/nguon-so-lieu/", views_sources.report_sources, name="sources"),
    path("<int:pk>/<slug:action>/", views_workflow.report_transition, name="transition"),
    path("<int:pk>/tai-ve.docx", views_files.report_docx, name="docx"),
    path("<int:pk>/tai-ve.pdf", views_files.report_pdf, name="pdf"),
    path("<int:pk>/tai-ve/thu-lai/", views_files.report_file_retry, name="file_retry"),
    path("<int:pk>/ky-so/<slug:kind_slug>/", views_signing.report_sign, name="sign"),
]
