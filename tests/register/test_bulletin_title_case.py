"""One issue of a unit's bulletin, whatever the case its title is typed in (register 0023)."""

import importlib
import io
from datetime import date

import openpyxl
import pytest
from django.apps import apps
from django.core.exceptions import ValidationError

from ngoaivu.register.models import Bulletin

pytestmark = pytest.mark.django_db

migration = importlib.import_module("ngoaivu.register.migrations.0023_bulletin_title_any_case")
URL = "/so-theo-doi/ban-tin/"
TITLE = "Bản tin Đối ngoại Quảng Ngãi"


def issue(units, title=TITLE, number=25):
    return Bulletin.objects.create(unit=units["sngv"], title=title, issue_number=number, published_on=date(2021, 6, 1))


def test_the_same_issue_typed_in_lower_case_is_refused_beside_its_number(units):
    issue(units)
    again = Bulletin(unit=units["sngv"], title=TITLE.lower(), issue_number=25, published_on=date(2021, 6, 1))
    with pytest.raises(ValidationError) as refused:
        again.full_clean()
    assert "Bản tin này của đơn vị đã có số này" in " ".join(refused.value.message_dict["issue_number"])
    other = Bulletin(
        unit=units["sngv"], title="Bản tin Thông tin đối ngoại", issue_number=25, published_on=date(2021, 6, 1)
    )
    assert other.full_clean() is None  # another bulletin of the unit, numbered on its own


def test_the_same_issue_imported_in_lower_case_adds_no_row(client_for, units):
    client = client_for("officer")
    issue(units)
    book = openpyxl.load_workbook(io.BytesIO(client.get(f"{URL}xuat.xlsx").content))
    sheet = book.active
    headers = [cell.value for cell in sheet[1]]
    row = [cell.value for cell in sheet[2]]
    sheet.delete_rows(2)
    row[headers.index("Mã")] = None
    row[headers.index("Tên bản tin")] = TITLE.lower()
    sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = "ban-tin.xlsx"
    response = client.post(f"{URL}nhap/", {"file": buffer})
    assert response.status_code == 200 and len(response.context["problems"]) == 1
    assert Bulletin.objects.count() == 1


def test_the_migration_keys_the_titles_and_leaves_and_names_issues_that_would_clash(units, capsys):
    upper, lower, alone = issue(units), issue(units, "tạm", 25), issue(units, number=26)
    Bulletin.objects.filter(pk=lower.pk).update(title=TITLE.lower())
    Bulletin.objects.update(title_key=None)
    migration.fill_keys(apps, None)
    keys = dict(Bulletin.objects.values_list("pk", "title_key"))
    # The first keeps its key, so that a third copy is still refused; the second is left for a person.
    assert keys == {upper.pk: TITLE.casefold(), lower.pk: None, alone.pk: TITLE.casefold()}
    printed = capsys.readouterr().out
    assert f"ghi 02 lần, tên chỉ khác chữ hoa: «{TITLE}» (mã {upper.pk}), «{TITLE.lower()}» (mã {lower.pk})" in printed


def test_a_title_carrying_its_issue_number_is_refused_beside_the_title(client_for, units):
    """«Bản tin Đối ngoại số 45» numbered in its title would be a bulletin of its own each issue."""
    numbered = Bulletin(
        unit=units["sngv"], title="Bản tin Đối ngoại số 45", issue_number=45, published_on=date(2021, 6, 1)
    )
    with pytest.raises(ValidationError) as refused:
        numbered.full_clean()
    assert refused.value.message_dict["title"] == [
        "Tên bản tin không kèm số; số của từng bản tin ghi ở ô «Số bản tin»."
    ]
    for title in ("Bản tin Đối ngoại số đặc biệt", "Bản tin Chuyển đổi số 2025"):  # «số» of a title's own
        Bulletin(unit=units["sngv"], title=title, issue_number=45, published_on=date(2021, 6, 1)).full_clean()
