from django.urls import path

from . import units_views

app_name = "core"

urlpatterns = [
    path("", units_views.unit_tree, name="unit_tree"),
    path("<int:pk>/", units_views.unit_detail, name="unit_detail"),
    path("tim/", units_views.unit_search, name="unit_search"),
]
