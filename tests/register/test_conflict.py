"""Two people edit the same record: the second save is refused, both versions are shown, nothing is lost."""

import re
import unicodedata
from datetime import date

import pytest
from django.test import Client

from ngoaivu.core.locking import VersionConflict, save_if_unchanged, saved_nothing
from ngoaivu.core.models import LegalDocument
from ngoaivu.register.models import IncomingDelegation, OutgoingDelegation
from tests.races import save_at_once

CONFLICT = "Bản ghi đã được người khác sửa trong lúc bạn đang sửa"


def url(record):
    return f"/so-theo-doi/doan-vao/{record.pk}/sua/"


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def edit_data(form, units, **changes):
    """What the edit form posts when the person changes `changes` and leaves the rest."""
    data = {
        "title": form.initial["title"],
        "country": "JP",
        "host_level": "agency",
        "purpose": "work",
        "start_date": "10/03/2021",
        "groups": "1",
        "person_visits": str(form.initial["person_visits"]),
        "content": form.initial["content"],
        "unit": units["sngv"].pk,
        "version": form.initial["version"],
    }
    data.update(changes)
    return data


def posted(form):
    """The values a bound form shown again would post, as the browser sends them."""
    return {name: form.data.getlist(name) for name in form.data if name != "csrfmiddlewaretoken"}


def test_the_edit_form_carries_the_version_it_started_from(users, incoming):
    record = incoming()
    body = signed_in(users["officer"]).get(url(record)).content.decode()
    assert 'name="version" value="1"' in body and 'type="hidden"' in body


def test_the_second_save_is_refused_with_both_versions_and_can_be_saved_again(users, units, incoming):
    record = incoming(person_visits=3, content="Làm việc với Sở Công Thương")
    first, second = signed_in(users["officer"]), signed_in(users["admin"])
    first_form = first.get(url(record)).context["form"]
    second_form = second.get(url(record)).context["form"]
    assert first_form.initial["version"] == second_form.initial["version"] == 1

    assert first.post(url(record), edit_data(first_form, units, person_visits="6")).status_code == 302
    response = second.post(
        url(record), edit_data(second_form, units, person_visits="9", content="Làm việc với Sở Kế hoạch và Đầu tư")
    )

    # Refused: nothing of the second person's is written.
    assert response.status_code == 409
    record.refresh_from_db()
    assert (record.person_visits, record.content, record.version) == (6, "Làm việc với Sở Công Thương", 2)
    assert record.history.count() == 2
    body = response.content.decode()
    assert CONFLICT in body
    # Both versions, field by field, with the differing ones marked.
    rows = {row["name"]: row for row in response.context["rows"]}
    assert (rows["person_visits"]["theirs"], rows["person_visits"]["current"]) == ("9", "6")
    assert rows["person_visits"]["differs"] and rows["content"]["differs"] and not rows["title"]["differs"]
    assert response.context["differences"] == 2
    assert "Có 02 trường khác nhau, được đánh dấu bên dưới." in body  # a count under ten as «02»
    assert body.count('class="differs"') == 2
    assert "Làm việc với Sở Kế hoạch và Đầu tư" in body and "Làm việc với Sở Công Thương" in body
    # Who saved the version now stored, and when.
    assert response.context["saved_by"] == users["officer"] and str(users["officer"]) in body
    assert response.context["saved_at"] is not None
    # The form again, with the second person's values and the version now stored.
    again = response.context["form"]
    assert again.data["person_visits"] == "9" and again.data["version"] == "2"
    assert 'name="version" value="2"' in body and "Lưu đè bằng nội dung của tôi" in body

    # Saving it again overwrites, deliberately.
    assert second.post(url(record), posted(again)).status_code == 302
    record.refresh_from_db()
    assert (record.person_visits, record.content, record.version) == (9, "Làm việc với Sở Kế hoạch và Đầu tư", 3)


def test_the_history_shows_who_saved_each_version(users, units, incoming):
    record = incoming(person_visits=3)
    first, second = signed_in(users["officer"]), signed_in(users["admin"])
    first_form, second_form = first.get(url(record)).context["form"], second.get(url(record)).context["form"]
    first.post(url(record), edit_data(first_form, units, person_visits="6"))
    refused = second.post(url(record), edit_data(second_form, units, person_visits="9"))
    second.post(url(record), posted(refused.context["form"]))
    versions = list(
        record.history.order_by("history_date", "history_id").values_list(
            "version", "person_visits", "history_user__username"
        )
    )
    assert versions == [(1, 3, None), (2, 6, "officer"), (3, 9, "admin")]
    # The detail page lists the saves with their authors and does not show the version as a change.
    page = first.get(f"/so-theo-doi/doan-vao/{record.pk}/")
    assert [entry["user"] for entry in page.context["history"]] == [users["admin"], users["officer"], None]
    assert [[str(c["field"]) for c in entry["changes"]] for entry in page.context["history"]][:2] == [
        ["số lượt người"],
        ["số lượt người"],
    ]


def test_a_stale_save_leaves_no_document_behind(users, units):
    record = OutgoingDelegation.objects.create(
        unit=units["sngv"], title="Đoàn đi Nhật Bản", countries=["JP"], start_date=date(2021, 5, 3)
    )
    path = f"/so-theo-doi/doan-ra/{record.pk}/sua/"
    data = {
        "title": record.title,
        "countries": ["JP"],
        "start_date": "03/05/2021",
        "persons": "2",
        "nature": "official",
        "in_annual_plan": "True",
        "unit": units["sngv"].pk,
        "version": "1",
    }
    assert signed_in(users["officer"]).post(path, {**data, "persons": "3"}).status_code == 302
    citation = "Quyết định số 512/QĐ-UBND ngày 20/4/2021 của UBND tỉnh"
    response = signed_in(users["admin"]).post(path, {**data, "dispatch_decision": citation})
    assert response.status_code == 409 and citation in response.content.decode()
    assert not LegalDocument.objects.filter(number="512/QĐ-UBND").exists()
    record.refresh_from_db()
    assert record.persons == 3 and record.dispatch_decision is None


def test_a_post_without_a_version_is_saved_as_before(users, units, incoming):
    record = incoming(person_visits=3)
    client = signed_in(users["officer"])
    data = edit_data(client.get(url(record)).context["form"], units, person_visits="5")
    del data["version"]
    record.person_visits = 4
    record.save()  # someone else saved meanwhile
    assert client.post(url(record), data).status_code == 302
    record.refresh_from_db()
    assert (record.person_visits, record.version) == (5, 3)


def test_a_record_gone_meanwhile_keeps_the_typed_values_on_the_page(rf, users, units, incoming):
    """Deleted (or moved out of reach) between the refusal and the page: values shown, nothing to save into."""
    from ngoaivu.register.area_registry import AREAS
    from ngoaivu.register.conflicts import conflict_page
    from ngoaivu.register.forms import form_class

    record = incoming(person_visits=3)
    area = AREAS["doan-vao"]
    form = form_class(area)(
        edit_data(
            form_class(area)(instance=record, user=users["officer"], area=area), units, content="Nội dung chưa lưu"
        ),
        instance=record,
        user=users["officer"],
        area=area,
    )
    assert form.is_valid(), form.errors
    request = rf.post(url(record))
    request.user = users["officer"]
    response = conflict_page(request, form, None, title="Sửa đoàn vào", cancel_url="/so-theo-doi/doan-vao/")
    body = response.content.decode()
    assert response.status_code == 409 and CONFLICT in body and "Nội dung chưa lưu" in body
    assert "Lưu đè" not in body and "không còn" in body


def test_every_save_that_changes_the_row_moves_the_version_on(users, incoming):
    record = incoming()
    assert record.version == 1
    record.person_visits += 1
    record.save()
    assert record.version == 2
    stale = IncomingDelegation.objects.get(pk=record.pk)
    record.notes = "Lần hai"
    record.save()
    stale.notes = "Lần ba"
    stale.save()  # a save that knows nothing of versions wins, but still moves the version on
    stale.refresh_from_db()
    assert stale.version == 4
    record.notes = "Lần bốn"
    with pytest.raises(VersionConflict):
        save_if_unchanged(record, 3)
    assert save_if_unchanged(record, 4).version == 5


def test_a_save_that_changes_nothing_writes_nothing(users, incoming):
    record = incoming()
    record.save()
    IncomingDelegation.objects.get(pk=record.pk).save()
    assert saved_nothing(record) and record.version == 1 and record.history.count() == 1
    # The title typed decomposed (NFD) is stored composed, as it is kept: the same text.
    record.title = unicodedata.normalize("NFD", record.title)
    record.save()
    assert saved_nothing(record) and record.version == 1
    # Only the fields a save names are compared: another field's change waits for its own save.
    record.notes, record.person_visits = "Ghi chú mới", record.person_visits
    record.save(update_fields=["person_visits"])
    record.refresh_from_db()
    assert record.version == 1 and record.notes == ""
    # Unchanged, from an old version: refused all the same.
    changed = IncomingDelegation.objects.get(pk=record.pk)
    changed.title += " (sửa)"
    changed.save()
    with pytest.raises(VersionConflict):
        save_if_unchanged(IncomingDelegation.objects.get(pk=record.pk), 1)
    assert not saved_nothing(changed) and changed.version == 2


@pytest.mark.django_db(transaction=True)
def test_two_saves_from_the_same_version_at_once_only_one_wins(units):
    """Two threads, each its own connection, do the compare-and-set from version 1 at the same moment."""
    record = IncomingDelegation.objects.create(
        unit=units["sngv"], title="Đoàn Hàn Quốc", country="KR", start_date=date(2021, 4, 1), person_visits=2
    )
    results, errors = save_at_once(IncomingDelegation, record.pk, "person_visits", (7, 8))

    assert not errors, errors
    assert sorted(results.values(), key=str) == sorted(["saved", ("refused", 2)], key=str)
    winner = next(n for n, result in results.items() if result == "saved")
    record.refresh_from_db()
    assert (record.person_visits, record.version) == (winner, 2)
    assert list(record.history.order_by("history_date").values_list("version", "person_visits")) == [
        (1, 2),
        (2, winner),
    ]


def test_a_tampered_version_is_refused_beside_the_form(users, units, incoming):
    record = incoming(person_visits=3)
    client = signed_in(users["officer"])
    form = client.get(url(record)).context["form"]
    response = client.post(url(record), edit_data(form, units, person_visits="8", version="abc"))
    assert response.status_code == 200
    assert "Phiên bản phải là số nguyên dương." in response.content.decode()
    record.refresh_from_db()
    assert record.person_visits == 3


def test_a_confirmed_unlikely_figure_is_not_asked_again_after_a_conflict(users, units, incoming):
    """The second person confirmed 900 visitors; someone saved another field meanwhile: the page of both
    versions keeps the confirmation while the warnings are the same, and asks again once a figure changes."""
    from ngoaivu.core.confirm import CHECKED_FIELD, SEAL_FIELD

    record = incoming(person_visits=3, content="Làm việc với Sở Công Thương")
    first, second = signed_in(users["officer"]), signed_in(users["admin"])
    first_form = first.get(url(record)).context["form"]
    second_form = second.get(url(record)).context["form"]
    data = edit_data(second_form, units, person_visits="900")
    asked = second.post(url(record), data)
    assert "person_visits" in asked.context["form"].warnings
    assert first.post(url(record), edit_data(first_form, units, content="Làm việc với Sở Y tế")).status_code == 302

    confirmed = {**data, CHECKED_FIELD: "1", SEAL_FIELD: asked.context["form"].warnings_seal}
    response = second.post(url(record), confirmed)
    assert response.status_code == 409
    # What the page's form sends: the values shown, and the box's fields only if the page carries them.
    body = response.content.decode()
    carried = {
        name: [value] for name, value in re.findall(r'<input type="hidden" name="(warnings_\w+)" value="(\w*)"', body)
    }
    again = {**{k: v for k, v in posted(response.context["form"]).items() if not k.startswith("warnings_")}, **carried}
    # Changed before saving again: asked again.
    assert "person_visits" in second.post(url(record), {**again, "person_visits": ["901"]}).context["form"].warnings
    # The same figures: saved as typed, without a second tick.
    assert second.post(url(record), again).status_code == 302
    record.refresh_from_db()
    assert (record.person_visits, record.version) == (900, 3)


def test_a_stale_page_with_an_unlikely_figure_is_shown_the_conflict_before_any_warning(users, units, incoming):
    """The warnings of a page opened before another save would weigh figures about to be compared anyway:
    the conflict page comes first, and asks about the figure with the form it shows again."""
    from ngoaivu.core.confirm import CHECKED_FIELD, SEAL_FIELD

    record = incoming(person_visits=3, content="Làm việc với Sở Công Thương")
    first, second = signed_in(users["officer"]), signed_in(users["admin"])
    first_form = first.get(url(record)).context["form"]
    second_form = second.get(url(record)).context["form"]
    assert first.post(url(record), edit_data(first_form, units, content="Làm việc với Sở Y tế")).status_code == 302

    response = second.post(url(record), edit_data(second_form, units, person_visits="900"))
    assert response.status_code == 409 and CONFLICT in response.content.decode()
    record.refresh_from_db()
    assert (record.person_visits, record.version) == (3, 2)
    # The form shown again asks about the figure, against the version now stored.
    again = response.context["form"]
    assert "person_visits" in again.warnings and 'name="warnings_checked"' in response.content.decode()
    ticked = {**posted(again), CHECKED_FIELD: ["1"], SEAL_FIELD: [again.warnings_seal]}
    assert second.post(url(record), ticked).status_code == 302
    record.refresh_from_db()
    assert (record.person_visits, record.version) == (900, 3)
