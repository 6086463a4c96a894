"""The error summary at the top of a form: every error, each a link that puts the cursor in its field."""

from pathlib import Path

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string

from tests.browser import chromium_page, sign_in


class Sample(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    kind = forms.ChoiceField(choices=[("a", "A"), ("b", "B")], widget=forms.RadioSelect, label="Loại")
    count = forms.IntegerField(label="Số lượng")

    def clean(self):
        raise ValidationError("Hai ô này mâu thuẫn nhau.")


def test_the_summary_lists_every_error_with_a_link_to_its_field():
    html = render_to_string("_error_summary.html", {"form": Sample({"version": "0", "kind": "x", "count": "y"})})
    assert 'role="alert"' in html
    assert "<li>Hai ô này mâu thuẫn nhau.</li>" in html  # non-field: no field to link to
    assert '<a href="#id_count">Số lượng: ' in html
    assert '<a href="#id_kind">Loại: ' in html  # a radio group links to its wrapper, which has the id
    assert 'id="id_kind"' in str(Sample({"kind": "x"})["kind"])
    assert '<li><a href="#id_version"' not in html and html.count("<li>") == 4  # hidden: listed, not linked


@pytest.mark.django_db
def test_an_error_that_names_its_field_is_not_said_after_its_label(client_for, units):
    data = {
        "title": "",
        "country": "LA",
        "host_level": "provincial",
        "purpose": "work",
        "start_date": "12/3/2021",
        "end_date": "01/03/2021",
        "groups": "1",
        "person_visits": "5",
        "unit": units["sngv"].pk,
    }
    page = client_for("officer").post("/so-theo-doi/doan-vao/them/", data).content.decode()
    summary = page[page.index("data-error-summary") :]
    assert '<a href="#id_end_date">Ngày đi không được trước ngày đến.</a>' in summary
    assert "Ngày đi: Ngày đi" not in page
    # A message that does not name its field keeps the label: without it the reader would not know which.
    assert '<a href="#id_title">Tên đoàn: Trường này là bắt buộc.</a>' in summary


def test_no_errors_no_summary():
    assert render_to_string("_error_summary.html", {"form": Sample()}).strip() == ""
    assert render_to_string("_error_summary.html", {"form": None}).strip() == ""


def test_every_form_template_has_the_summary():
    root = Path(__file__).resolve().parents[2] / "ngoaivu" / "templates"
    missing = [
        str(path.relative_to(root))
        for path in root.rglob("*.html")
        if path.name not in ("_field.html", "_error_summary.html")
        and ("register/_field.html" in path.read_text() or "form.non_field_errors" in path.read_text())
        and "_error_summary.html" not in path.read_text()
    ]
    assert not missing


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_summary_is_read_first_and_its_link_focuses_the_field(live_server, users, units):
    with chromium_page() as page:
        sign_in(page, f"{live_server.url}/dang-nhap/", "officer")
        page.goto(f"{live_server.url}/so-theo-doi/doan-vao/them/")
        page.fill("#id_title", "Đoàn Đại sứ quán Lào")
        page.select_option("#id_country", "LA")
        page.fill("#id_start_date", "12/03/2021")
        page.fill("#id_groups", "3")
        page.fill("#id_person_visits", "2")
        page.select_option("#id_unit", str(units["sngv"].pk))
        page.click("button:has-text('Lưu')")
        summary = page.locator("[data-error-summary]")
        assert summary.is_visible()
        assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
        summary.get_by_role("link", name="Số lượt người không được ít hơn số đoàn.").click()
        assert page.evaluate("document.activeElement.id") == "id_person_visits"
