"""Who may read, change and export what: every role against every area of the register.

admin and officer read and edit every unit's rows; leader and viewer read every unit's rows
and change nothing (403); a unit reporter reads and edits its own unit's rows only — to it
another unit's row does not exist (404). Rows are made for two units: VP (the reporter's)
and DH (other_reporter's).
"""

import csv
import io
from datetime import date

import openpyxl
import pytest
from django.forms import CheckboxInput
from django.urls import reverse

from ngoaivu.core.models import LegalDocument, Role, User
from ngoaivu.register.area_registry import AREAS
from ngoaivu.register.forms import form_class
from tests.register.rows import make, make_row, mark_field

# Who sees and writes which rows: plain ORM filters, the same on PostgreSQL.
pytestmark = pytest.mark.one_database

ROLES = ["admin", "officer", "leader", "viewer", "reporter"]
SLUGS = list(AREAS)
# the areas a unit reporter writes: not the office's own catalogue (core/permissions.can_write)
REPORTER_SLUGS = [slug for slug in SLUGS if not getattr(AREAS[slug].model, "office_writes", False)]
DAY = date(2021, 3, 10)
EDITED = "đã sửa"


def mark(row):
    return getattr(row, mark_field(type(row)))


def form_data(slug, row, **changes):
    """What the edit form of row posts back, with changes."""
    area = AREAS[slug]
    form = form_class(area)(instance=row, area=area, user=User(role=Role.OFFICER))
    data = {}
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, date):
            value = value.strftime("%d/%m/%Y")
        elif isinstance(value, (list, tuple)):
            value = [str(getattr(v, "code", v)) for v in value]
        elif isinstance(value, bool) and not isinstance(form.fields[name].widget, CheckboxInput):
            value = str(value)  # a yes-or-no asked as a choice (forms.ASKED_ANSWERS)
        elif value is True:
            value = "on"
        if value is not None and value is not False:  # a 0 is posted, an unticked box is not
            data[name] = value
    data.update(changes)
    return data


def url(name, slug, *args):
    return reverse(f"register:{name}", args=[slug, *args])


def listed_ids(response):
    assert response.status_code == 200
    return {record.pk for record, _cells in response.context["rows"]}


def exported_rows(response, fmt):
    """The data rows (header left out) of a CSV or XLSX export, as lists of strings."""
    assert response.status_code == 200
    if fmt == "csv":
        text = response.content.decode("utf-8")
        assert text.startswith("\ufeff")
        rows = list(csv.reader(io.StringIO(text[1:])))[1:]
    else:
        sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
        rows = [["" if v is None else str(v) for v in r] for r in sheet.iter_rows(min_row=2, values_only=True)]
    return [row for row in rows if any(cell.strip() for cell in row)]


@pytest.fixture
def two_rows(units):
    """make(slug) -> (a VP row, a DH row) of that area."""
    return lambda slug: (make_row(slug, units["vp"]), make_row(slug, units["dh"]))


# --- The matrix: role x area x read / write / export ---------------------------------


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("role", ROLES)
def test_read(role, slug, client_for, two_rows):
    own, theirs = two_rows(slug)
    client = client_for(role)
    expected = {own.pk} if role == "reporter" else {own.pk, theirs.pk}
    assert listed_ids(client.get(url("list", slug))) == expected
    assert client.get(url("detail", slug, own.pk)).status_code == 200
    assert client.get(url("detail", slug, theirs.pk)).status_code == (404 if role == "reporter" else 200)


EDIT_OTHER_UNIT = {"admin": 302, "officer": 302, "leader": 403, "viewer": 403, "reporter": 404}


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("role", ROLES)
def test_write(role, slug, client_for, two_rows):
    own, theirs = two_rows(slug)
    model, field = type(theirs), mark_field(type(theirs))
    client = client_for(role)
    expected = EDIT_OTHER_UNIT[role]
    # the office's catalogue: a reporter writes none of it, its own unit's rows neither
    writer = expected != 403 and (role != "reporter" or slug in REPORTER_SLUGS)
    assert client.get(url("create", slug)).status_code == (200 if writer else 403)
    assert client.get(url("import", slug)).status_code == (200 if writer else 403)
    if not writer:
        assert client.get(url("update", slug, own.pk)).status_code == 403

    before = mark(theirs)
    response = client.post(url("update", slug, theirs.pk), form_data(slug, theirs, **{field: EDITED}))
    assert response.status_code == expected
    theirs.refresh_from_db()
    assert mark(theirs) == (EDITED if expected == 302 else before)

    response = client.post(url("delete", slug, theirs.pk))
    assert response.status_code == expected
    assert model.objects.filter(pk=theirs.pk).exists() == (expected != 302)

    if role == "reporter" and writer:  # its own unit's row it edits and deletes
        response = client.post(url("update", slug, own.pk), form_data(slug, own, **{field: EDITED}))
        assert response.status_code == 302
        own.refresh_from_db()
        assert mark(own) == EDITED
        assert client.post(url("delete", slug, own.pk)).status_code == 302
        assert not model.objects.filter(pk=own.pk).exists()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("role", ROLES)
def test_export(role, slug, fmt, client_for, two_rows):
    own, theirs = two_rows(slug)
    rows = exported_rows(client_for(role).get(url("export", slug, fmt)), fmt)
    text = " | ".join(" | ".join(row) for row in rows)
    assert mark(own) in text
    if role == "reporter":
        assert len(rows) == 1
        assert mark(theirs) not in text
    else:
        assert len(rows) == 2
        assert mark(theirs) in text


# --- Creating for another unit ------------------------------------------------------


@pytest.mark.parametrize("slug", REPORTER_SLUGS)
def test_a_reporter_cannot_create_a_row_for_another_unit(slug, client_for, units):
    area = AREAS[slug]
    theirs = make_row(slug, units["dh"])
    owner = area.parent_field or "unit"  # a child's unit is its parent's
    count = area.model.objects.count()
    data = form_data(slug, theirs, **{mark_field(area.model): "của đơn vị khác"})
    assert data[owner] == getattr(theirs, f"{owner}_id")
    response = client_for("reporter").post(url("create", slug), data)
    assert response.status_code == 200
    assert owner in response.context["form"].errors
    assert area.model.objects.count() == count


# --- Restoring versions and deleted rows ---------------------------------------------


@pytest.mark.parametrize("slug", REPORTER_SLUGS)
def test_only_the_rows_unit_restores_its_history(slug, client_for, units):
    own = make_row(slug, units["vp"])
    original, field = mark(own), mark_field(type(own))
    response = client_for("officer").post(url("update", slug, own.pk), form_data(slug, own, **{field: EDITED}))
    assert response.status_code == 302
    first = own.history.order_by("history_id").first()
    restore = url("restore", slug, first.history_id)

    assert client_for("other_reporter").post(restore).status_code == 404
    assert client_for("leader").post(restore).status_code == 403
    assert client_for("viewer").post(restore).status_code == 403
    own.refresh_from_db()
    assert mark(own) == EDITED

    reporter = client_for("reporter")
    seen = reporter.get(restore).context["hidden"]
    assert reporter.post(restore, {"confirmed": "1", **seen}).status_code == 302
    own.refresh_from_db()
    assert mark(own) == original


@pytest.mark.parametrize("slug", REPORTER_SLUGS)
def test_deleted_rows_of_a_reporter_are_its_units_only(slug, client_for, two_rows):
    own, theirs = two_rows(slug)
    model = type(own)
    officer = client_for("officer")
    for row in (own, theirs):
        assert officer.post(url("delete", slug, row.pk)).status_code == 302
    assert {r.id for r in officer.get(url("deleted", slug)).context["rows"]} == {own.pk, theirs.pk}

    reporter = client_for("reporter")
    response = reporter.get(url("deleted", slug))
    assert response.status_code == 200
    assert {r.id for r in response.context["rows"]} == {own.pk}

    their_deletion = model.history.get(id=theirs.pk, history_type="-")
    assert reporter.post(url("restore", slug, their_deletion.history_id)).status_code == 404
    assert not model.objects.filter(pk=theirs.pk).exists()
    own_deletion = model.history.get(id=own.pk, history_type="-")
    restore = url("restore", slug, own_deletion.history_id)
    seen = reporter.get(restore).context["hidden"]
    assert reporter.post(restore, {"confirmed": "1", **seen}).status_code == 302
    assert model.objects.filter(pk=own.pk).exists()


@pytest.mark.parametrize("slug", ["doan-vao", "ke-hoach-doan-muc"])
def test_a_reporter_cannot_restore_a_row_handed_to_another_unit(slug, client_for, units):
    """The VP version of a row the officer gave to DH is no longer the reporter's to restore."""
    area = AREAS[slug]
    row = make_row(slug, units["vp"])
    if area.parent_field:
        parent = make(area.model._meta.get_field(area.parent_field).related_model, units["dh"])
        handover = {area.parent_field: parent.pk}
    else:
        handover = {"unit": units["dh"].pk}
    response = client_for("officer").post(url("update", slug, row.pk), form_data(slug, row, **handover))
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.unit == units["dh"]
    vp_version = row.history.filter(unit=units["vp"]).order_by("history_id").first()

    reporter = client_for("reporter")
    assert reporter.get(url("detail", slug, row.pk)).status_code == 404
    response = reporter.post(url("restore", slug, vp_version.history_id))
    row.refresh_from_db()
    assert row.unit == units["dh"], "a VP reporter took a DH row back by restoring an old version"
    assert response.status_code == 404


# --- Shared reference documents (LegalDocument with no unit) ---------------------------


def test_shared_documents_are_read_by_everyone_and_changed_by_no_reporter(client_for, units):
    shared = make(LegalDocument, None)
    own = make(LegalDocument, units["vp"])
    for role in ROLES + ["other_reporter"]:
        client = client_for(role)
        assert shared.pk in listed_ids(client.get(url("list", "van-ban")))
        assert client.get(url("detail", "van-ban", shared.pk)).status_code == 200
        assert mark(shared) in str(exported_rows(client.get(url("export", "van-ban", "csv")), "csv"))

    reporter = client_for("reporter")
    assert listed_ids(reporter.get(url("list", "van-ban"))) == {shared.pk, own.pk}
    before = mark(shared)
    response = reporter.post(url("update", "van-ban", shared.pk), form_data("van-ban", shared, summary=EDITED))
    assert response.status_code in (403, 404)
    shared.refresh_from_db()
    assert mark(shared) == before and shared.unit is None
    taken = form_data("van-ban", shared, unit=units["vp"].pk)  # claiming it for the reporter's unit
    assert reporter.post(url("update", "van-ban", shared.pk), taken).status_code in (403, 404)
    shared.refresh_from_db()
    assert shared.unit is None
    assert reporter.post(url("delete", "van-ban", shared.pk)).status_code in (403, 404)
    assert LegalDocument.objects.filter(pk=shared.pk).exists()

    officer = client_for("officer")
    assert (
        officer.post(url("update", "van-ban", shared.pk), form_data("van-ban", shared, summary=EDITED)).status_code
        == 302
    )
    first = shared.history.order_by("history_id").first()
    assert client_for("reporter").post(url("restore", "van-ban", first.history_id)).status_code in (403, 404)
    shared.refresh_from_db()
    assert mark(shared) == EDITED


def test_a_reporters_document_always_has_a_unit(client_for, units):
    data = {"doc_type": "Kế hoạch", "number": "12/KH-VP", "issued_on": "01/02/2021", "status": "drafting", "unit": ""}
    response = client_for("reporter").post(url("create", "van-ban"), data)
    assert response.status_code == 200
    assert "unit" in response.context["form"].errors
    assert not LegalDocument.objects.filter(number="12/KH-VP").exists()


# --- Anonymous visitors ---------------------------------------------------------------


@pytest.mark.parametrize(
    "name, args, method",
    [
        ("list", [], "get"),
        ("create", [], "get"),
        ("create", [], "post"),
        ("export", ["csv"], "get"),
        ("export", ["xlsx"], "get"),
        ("import", [], "get"),
        ("import", [], "post"),
        ("import_template", [], "get"),
        ("deleted", [], "get"),
        ("restore", [1], "post"),
        ("detail", [1], "get"),
        ("update", [1], "get"),
        ("update", [1], "post"),
        ("delete", [1], "get"),
        ("delete", [1], "post"),
    ],
)
def test_anonymous_visitors_are_sent_to_the_login_page(name, args, method, client, db):
    target = url(name, "doan-vao", *args)
    response = getattr(client, method)(target)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('accounts:login')}?next={target}"
