from django.urls import path

from . import views, views_submission, views_transfer

app_name = "collection"

urlpatterns = [
    path("", views.request_list, name="list"),
    path("tao/<slug:slug>/", views.request_new, name="new"),
    path("dung-han/", views.compliance, name="compliance"),
    path("chuyen-giao/<int:pk>/", views_transfer.unit_transfer, name="transfer"),
    path("<int:pk>/", views.request_detail, name="detail"),
    path("<int:pk>/them-don-vi/", views.request_add_units, name="add_units"),
    path("<int:pk>/lap-bao-cao/", views.request_answer, name="answer"),
    path("<int:pk>/tong-hop/", views.compilation_table, name="compilation"),
    path("<int:pk>/tong-hop.xlsx", views.compilation_xlsx, name="xlsx"),
    path("<int:pk>/bao-cao-tong-hop/", views.compilation_report, name="compile"),
    path("<int:pk>/nguon-so-lieu/", views.compiled_sources, name="sources"),
    path("don-vi/<int:pk>/", views_submission.submission_detail, name="submission"),
    path("don-vi/<int:pk>/tai-len/", views_submission.submission_upload, name="upload"),
    path("don-vi/<int:pk>/tep/", views_submission.submission_file, name="file"),
    path("don-vi/<int:pk>/doc-tep/", views_submission.submission_reading, name="reading"),
    path("don-vi/<int:pk>/<slug:action>/", views_submission.submission_review, name="review"),
]
