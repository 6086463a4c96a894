"""An OPTIONS answer labels every field in Vietnamese: DRF's default is the field's English name."""

import pytest
from rest_framework.serializers import Serializer

from ngoaivu.api import urls
from ngoaivu.api.metadata import VietnameseMetadata


def serializer_classes(patterns):
    for pattern in patterns:
        if hasattr(pattern, "url_patterns"):
            yield from serializer_classes(pattern.url_patterns)
            continue
        view_class = getattr(pattern.callback, "cls", None)
        if view_class is None or not hasattr(view_class, "get_serializer_class"):
            continue
        for action in ("create", "update", "retrieve", "list", None):
            view = view_class(request=None, format_kwarg=None, kwargs={}, action=action)
            try:
                yield view.get_serializer_class()
            except (AssertionError, AttributeError, KeyError, TypeError):
                continue  # a view that needs its request to choose


def english_labels(info, path=""):
    for name, field in info.items():
        if str(field.get("label")) == name.replace("_", " ").capitalize():
            yield f"{path}{name}: {field['label']}"
        child = field.get("child") or {}
        for children in (field.get("children"), child.get("children")):
            if isinstance(children, dict):
                yield from english_labels(children, f"{path}{name}.")


@pytest.mark.django_db
def test_every_field_the_api_describes_has_a_vietnamese_label():
    classes = {c for c in serializer_classes(urls.urlpatterns) if issubclass(c, Serializer)}
    assert len(classes) > 30  # every register area, reports, requests, answers, procedures
    metadata = VietnameseMetadata()
    found = []
    for serializer_class in sorted(classes, key=lambda c: c.__name__):
        info = metadata.get_serializer_info(serializer_class(context={"request": None}))
        found += [f"{serializer_class.__name__}.{label}" for label in english_labels(info)]
    assert found == []


@pytest.mark.django_db
def test_an_options_answer_gives_the_labels(api):
    fields = api("officer").options("/api/register/doan-ra/").json()["actions"]["POST"]
    assert fields["warnings_checked"]["label"] == "Đã kiểm tra các cảnh báo"
    assert fields["dispatch_decision"]["label"] == "Quyết định cử đi"  # the model field's own
