"""Every field of the project's models has a Vietnamese label: Django's default is the English field name
("created by"), which the admin and every refusal naming the field would print."""

from django.apps import apps


def test_every_field_has_a_label_of_its_own():
    unlabelled = [
        f"{model._meta.label}.{field.name}"
        for model in apps.get_models()
        if model.__module__.startswith("ngoaivu.") and not model.__name__.startswith("Historical")
        for field in model._meta.get_fields()
        if getattr(field, "concrete", False)
        and not field.auto_created
        and str(field.verbose_name) == field.name.replace("_", " ")
    ]
    assert unlabelled == []
