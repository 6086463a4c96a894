"""Shipped templates follow the product until an administrator edits them."""

from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.outlines import GENERAL
from ngoaivu.reporting.templates_store import install_shipped_templates


def test_installed_once_and_updated_while_unedited(db, monkeypatch):
    assert ReportTemplate.objects.filter(code="general").exists()  # installed by migrate
    improved = {**GENERAL, "closing": "{unit.name} kính báo cáo UBND tỉnh, Bộ Ngoại giao./."}
    monkeypatch.setattr("ngoaivu.reporting.templates_store.SHIPPED", [improved])
    install_shipped_templates()
    assert ReportTemplate.objects.get(code="general").definition["closing"] == improved["closing"]


def test_an_edited_template_is_left_alone(db, monkeypatch):
    template = ReportTemplate.objects.get(code="general")
    template.definition = {**template.definition, "closing": "Bản của quản trị./."}
    template.save()
    monkeypatch.setattr("ngoaivu.reporting.templates_store.SHIPPED", [{**GENERAL, "closing": "Bản mới./."}])
    install_shipped_templates()
    template.refresh_from_db()
    assert template.definition["closing"] == "Bản của quản trị./."
    assert template.shipped_definition["closing"] == "Bản mới./."
