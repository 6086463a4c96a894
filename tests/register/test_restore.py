"""Every change can be undone: an earlier version, or a deleted record, comes back (record_restore).

A restore first says which version comes back and which fields change; only a POST with confirmed=1 acts.
"""

from datetime import date

from django.utils import timezone

from ngoaivu.register.models import IncomingDelegation

CONFIRMED = {"confirmed": "1"}


def confirm(client, url, **kwargs):
    """Post what the confirmation page's own form posts: confirmed=1 and the state it was shown against."""
    return client.post(url, {**CONFIRMED, **client.get(url).context["hidden"]}, **kwargs)


def restored_at(version):
    return timezone.localtime(version.history_date).strftime("%d/%m/%Y %H:%M")


def test_an_earlier_version_is_restored(client_for, incoming):
    record = incoming(person_visits=3)
    record.person_visits = 8
    record.save()
    first = record.history.order_by("history_date").first()
    response = confirm(client_for("officer"), f"/so-theo-doi/doan-vao/khoi-phuc/{first.history_id}/")
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.person_visits == 3
    assert record.history.count() == 3
    assert record.history.first().history_change_reason.startswith("Khôi phục phiên bản ngày")


def test_a_deleted_record_is_listed_and_restored(client_for, incoming):
    record = incoming(title="Đoàn bị xóa nhầm")
    client = client_for("officer")
    assert client.post(f"/so-theo-doi/doan-vao/{record.pk}/xoa/").status_code == 302
    assert not IncomingDelegation.objects.exists()
    deleted = client.get("/so-theo-doi/doan-vao/da-xoa/").context["rows"]
    assert [row.title for row in deleted] == ["Đoàn bị xóa nhầm"]
    confirm(client, f"/so-theo-doi/doan-vao/khoi-phuc/{deleted[0].history_id}/")
    assert IncomingDelegation.objects.get().title == "Đoàn bị xóa nhầm"
    assert client.get("/so-theo-doi/doan-vao/da-xoa/").context["rows"] == []


def test_restoring_says_which_version_comes_back_and_the_fields_it_changes_before_it_acts(client_for, incoming):
    record = incoming(title="Đoàn Tổng Lãnh sự quán Nhật Bản", person_visits=3, start_date=date(2021, 3, 10))
    first = record.history.get()
    record.title, record.person_visits = "Đoàn Đại sứ quán Nhật Bản", 8
    record.save()
    client = client_for("officer")
    url = f"/so-theo-doi/doan-vao/khoi-phuc/{first.history_id}/"
    # The link on the record's history opens the confirmation, which a GET or a bare POST only shows.
    assert (
        f'<a href="{url}">Khôi phục phiên bản này</a>'
        in client.get(f"/so-theo-doi/doan-vao/{record.pk}/").content.decode()
    )
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 200
        page = response.content.decode()
        assert f"sẽ trở về phiên bản ngày {restored_at(first)}" in page
        assert "Các trường dưới đây sẽ thay đổi; các trường khác giữ nguyên." in page
        changes = {str(c["field"]): (c["now"], c["restored"]) for c in response.context["changes"]}
        assert changes == {
            "tên đoàn": ("Đoàn Đại sứ quán Nhật Bản", "Đoàn Tổng Lãnh sự quán Nhật Bản"),
            "số lượt người": ("8", "3"),
        }
        assert '<input type="hidden" name="confirmed" value="1">' in page
        record.refresh_from_db()
        assert (record.title, record.person_visits, record.history.count()) == ("Đoàn Đại sứ quán Nhật Bản", 8, 2)
    done = confirm(client, url, follow=True)
    assert done.redirect_chain == [(f"/so-theo-doi/doan-vao/{record.pk}/", 302)]
    assert (
        f"Đã khôi phục «Đoàn Tổng Lãnh sự quán Nhật Bản» về phiên bản ngày {restored_at(first)}."
        in done.content.decode()
    )
    record.refresh_from_db()
    assert (record.title, record.person_visits) == ("Đoàn Tổng Lãnh sự quán Nhật Bản", 3)


def test_a_confirmation_shown_before_someone_else_saved_is_shown_again(client_for, incoming):
    record = incoming(person_visits=3)
    first = record.history.get()
    record.person_visits = 8
    record.save()
    url = f"/so-theo-doi/doan-vao/khoi-phuc/{first.history_id}/"
    client = client_for("officer")
    seen = client.get(url).context["hidden"]["seen"]
    record.notes = "Ghi chú thêm sau khi trang xác nhận được mở."
    record.save()  # someone else, meanwhile
    again = client.post(url, {**CONFIRMED, "seen": seen})
    assert again.status_code == 200 and "Bản ghi vừa được thay đổi sau khi bạn mở trang này" in again.content.decode()
    assert "Ghi chú thêm sau khi trang xác nhận được mở." in again.content.decode()  # now among the changes
    record.refresh_from_db()
    assert record.person_visits == 8
    assert client.post(url, {**CONFIRMED, "seen": again.context["hidden"]["seen"]}).status_code == 302
    record.refresh_from_db()
    assert (record.person_visits, record.notes) == (3, "")


def test_a_deleted_record_shows_the_values_that_come_back(client_for, incoming):
    record = incoming(title="Đoàn bị xóa nhầm", person_visits=6)
    client = client_for("officer")
    client.post(f"/so-theo-doi/doan-vao/{record.pk}/xoa/")
    deleted = client.get("/so-theo-doi/doan-vao/da-xoa/")
    url = f"/so-theo-doi/doan-vao/khoi-phuc/{deleted.context['rows'][0].history_id}/"
    assert f'<a href="{url}">Khôi phục</a>' in deleted.content.decode()
    response = client.get(url)
    page = response.content.decode()
    assert "«Đoàn bị xóa nhầm» đã bị xóa. Bản ghi sẽ được đưa trở lại sổ theo dõi" in page
    restored = {str(c["field"]): c["restored"] for c in response.context["changes"]}
    assert restored["tên đoàn"] == "Đoàn bị xóa nhầm" and restored["số lượt người"] == "6"
    assert restored["đơn vị"] == "Sở Ngoại vụ"
    assert not IncomingDelegation.objects.exists()
    done = confirm(client, url, follow=True)
    assert "Đã đưa «Đoàn bị xóa nhầm» trở lại sổ theo dõi" in done.content.decode()
    assert IncomingDelegation.objects.get().title == "Đoàn bị xóa nhầm"


def test_a_reporter_cannot_pull_back_a_row_moved_to_another_unit(client_for, incoming, units):
    record = incoming(unit="vp")
    old_version = record.history.first()
    record.unit = units["sngv"]
    record.save()
    response = client_for("reporter").post(f"/so-theo-doi/doan-vao/khoi-phuc/{old_version.history_id}/")
    assert response.status_code == 404
    record.refresh_from_db()
    assert record.unit == units["sngv"]


def test_a_reporter_cannot_pull_back_a_row_that_left_and_was_deleted_elsewhere(client_for, incoming, units):
    record = incoming(unit="vp", title="Đoàn của Văn phòng")
    old_version = record.history.first()
    record.unit, record.title = units["sngv"], "Đoàn nay do Sở Ngoại vụ theo dõi"
    record.save()
    pk = record.pk
    record.delete()  # deleted while it was the Sở's
    client = client_for("reporter")
    assert client.post(f"/so-theo-doi/doan-vao/khoi-phuc/{old_version.history_id}/").status_code == 404
    assert not IncomingDelegation.objects.filter(pk=pk).exists()
    assert client.get("/so-theo-doi/doan-vao/da-xoa/").context["rows"] == []
    # The office still sees it among the deleted rows, and may bring it back where it was.
    officer = client_for("officer")
    assert [row.id for row in officer.get("/so-theo-doi/doan-vao/da-xoa/").context["rows"]] == [pk]


def test_a_reporter_restores_a_row_deleted_while_it_was_theirs(client_for, incoming, units):
    record = incoming(unit="vp", title="Đoàn xóa nhầm của Văn phòng")
    client = client_for("reporter")
    assert client.post(f"/so-theo-doi/doan-vao/{record.pk}/xoa/").status_code == 302
    deleted = client.get("/so-theo-doi/doan-vao/da-xoa/").context["rows"]
    assert [row.title for row in deleted] == ["Đoàn xóa nhầm của Văn phòng"]
    # Another unit's reporter neither sees it nor brings it back.
    other = client_for("other_reporter")
    assert other.get("/so-theo-doi/doan-vao/da-xoa/").context["rows"] == []
    assert other.post(f"/so-theo-doi/doan-vao/khoi-phuc/{deleted[0].history_id}/").status_code == 404
    client = client_for("reporter")
    assert confirm(client, f"/so-theo-doi/doan-vao/khoi-phuc/{deleted[0].history_id}/").status_code == 302
    assert IncomingDelegation.objects.get().unit == units["vp"]


def test_a_reporter_sees_none_of_what_another_unit_wrote_before_the_row_came_to_them(client_for, incoming, units):
    record = incoming(unit="sngv", title="Đoàn do Sở Ngoại vụ tiếp, ghi chú nội bộ của Sở", person_visits=4)
    secret_version = record.history.first()
    record.unit, record.title = units["vp"], "Đoàn giao Văn phòng theo dõi"
    record.save()
    record.person_visits = 5
    record.save()
    client = client_for("reporter")
    response = client.get(f"/so-theo-doi/doan-vao/{record.pk}/")
    assert response.status_code == 200
    assert "ghi chú nội bộ của Sở" not in response.content.decode()
    assert len(response.context["history"]) == 2  # the two versions written while the row was the office's
    assert client.post(f"/so-theo-doi/doan-vao/khoi-phuc/{secret_version.history_id}/").status_code == 404
    # The foreign-affairs office reads the whole history.
    officer_page = client_for("officer").get(f"/so-theo-doi/doan-vao/{record.pk}/")
    assert len(officer_page.context["history"]) == 3
    assert "ghi chú nội bộ của Sở" in officer_page.content.decode()


def test_a_reporters_deleted_rows_show_behind_many_of_other_units(client_for, incoming):
    mine = incoming(unit="vp", title="Đoàn cũ của Văn phòng")
    mine.delete()
    for number in range(205):  # deleted later, by the office: newer than the reporter's
        incoming(unit="sngv", title=f"Đoàn số {number} của Sở").delete()
    deleted = client_for("reporter").get("/so-theo-doi/doan-vao/da-xoa/").context["rows"]
    assert [row.title for row in deleted] == ["Đoàn cũ của Văn phòng"]
    officer = client_for("officer")
    first = officer.get("/so-theo-doi/doan-vao/da-xoa/")
    assert "206 bản ghi" in first.content.decode()
    titles, page = [], first
    while True:  # every deleted row can be reached and restored, 50 a page, none twice
        titles += [row.title for row in page.context["rows"]]
        if not page.context["next_query"]:
            break
        page = officer.get(f"/so-theo-doi/doan-vao/da-xoa/?{page.context['next_query']}")
    assert len(first.context["rows"]) == 50 and len(titles) == len(set(titles)) == 206
    assert titles[0] == "Đoàn số 204 của Sở" and titles[-1] == "Đoàn cũ của Văn phòng"


def test_a_row_deleted_restored_and_deleted_again_is_listed_once(client_for, incoming):
    record = incoming(unit="vp", title="Đoàn xóa hai lần")
    client = client_for("reporter")
    client.post(f"/so-theo-doi/doan-vao/{record.pk}/xoa/")
    first = client.get("/so-theo-doi/doan-vao/da-xoa/").context["rows"][0]
    confirm(client, f"/so-theo-doi/doan-vao/khoi-phuc/{first.history_id}/")
    client.post(f"/so-theo-doi/doan-vao/{record.pk}/xoa/")
    deleted = client.get("/so-theo-doi/doan-vao/da-xoa/").context["rows"]
    assert [row.history_id for row in deleted] == [record.history.order_by("-history_id").first().history_id]


def _plan_with_items(units, unit="vp"):
    from ngoaivu.register.models import DelegationPlan, DelegationPlanItem

    plan = DelegationPlan.objects.create(unit=units[unit], year=2025)
    items = [
        DelegationPlanItem.objects.create(
            plan=plan, direction="out", country=country, purpose="Học tập", planned_period="Quý III", persons=3
        )
        for country in ("KR", "JP", "LA")
    ]
    return plan, items


def _restore_plan(client):
    (deletion,) = client.get("/so-theo-doi/ke-hoach-doan/da-xoa/").context["rows"]
    url = f"/so-theo-doi/ke-hoach-doan/khoi-phuc/{deletion.history_id}/"
    return client.get(url), confirm(client, url, follow=True)


def test_restoring_a_deleted_plan_brings_back_the_items_deleted_with_it_not_those_deleted_before(client_for, units):
    from ngoaivu.register.models import DelegationPlan, DelegationPlanItem

    plan, (korea, japan, laos) = _plan_with_items(units)
    client = client_for("reporter")  # the plan's own unit's reporter
    client.post(f"/so-theo-doi/ke-hoach-doan-muc/{laos.pk}/xoa/")  # on its own, before
    client.post(f"/so-theo-doi/ke-hoach-doan/{plan.pk}/xoa/")
    assert not DelegationPlanItem.objects.exists()
    shown, done = _restore_plan(client)
    assert "Cùng đưa trở lại 02 đoàn trong kế hoạch đã xóa cùng bản ghi này." in shown.content.decode()
    assert "Đã đưa trở lại cả 02 đoàn trong kế hoạch đã xóa cùng bản ghi này." in done.content.decode()
    assert DelegationPlan.objects.get().pk == plan.pk
    assert set(DelegationPlanItem.objects.values_list("pk", flat=True)) == {korea.pk, japan.pk}
    assert (
        DelegationPlanItem.objects.get(pk=korea.pk)
        .history.latest()
        .history_change_reason.startswith("Khôi phục phiên bản ngày")
    )
    # The item deleted on its own still waits in its «Đã xóa», and comes back from there.
    (still,) = client.get("/so-theo-doi/ke-hoach-doan-muc/da-xoa/").context["rows"]
    assert still.id == laos.pk


def test_an_item_whose_plan_is_deleted_is_not_restored_alone_and_says_to_restore_the_plan(client_for, units):
    from ngoaivu.register.models import DelegationPlanItem

    plan, (korea, _japan, _laos) = _plan_with_items(units)
    client = client_for("reporter")
    client.post(f"/so-theo-doi/ke-hoach-doan-muc/{korea.pk}/xoa/")  # on its own, before
    client.post(f"/so-theo-doi/ke-hoach-doan/{plan.pk}/xoa/")
    rows = client.get("/so-theo-doi/ke-hoach-doan-muc/da-xoa/").context["rows"]
    alone = next(row for row in rows if row.id == korea.pk)
    url = f"/so-theo-doi/ke-hoach-doan-muc/khoi-phuc/{alone.history_id}/"
    for response in (client.get(url, follow=True), client.post(url, {**CONFIRMED}, follow=True)):
        assert response.status_code == 200
        assert "vui lòng khôi phục kế hoạch đoàn ra, đoàn vào trước" in response.content.decode().lower()
    assert not DelegationPlanItem.objects.exists()


def test_the_deleted_steps_of_a_deleted_agreement_are_listed(client_for, units):
    from ngoaivu.register.models import Agreement, AgreementStep

    agreement = Agreement.objects.create(unit=units["vp"], title="Bản ghi nhớ X", partner="Tỉnh Y", country="LA")
    step = AgreementStep.objects.create(unit=units["vp"], agreement=agreement, step="mofa", done_on=date(2021, 8, 25))
    client = client_for("officer")
    client.post(f"/so-theo-doi/thoa-thuan-buoc/{step.pk}/xoa/")
    client.post(f"/so-theo-doi/thoa-thuan/{agreement.pk}/xoa/")
    response = client.get("/so-theo-doi/thoa-thuan-buoc/da-xoa/")
    assert response.status_code == 200 and "thỏa thuận đã xóa" in response.content.decode()


def test_a_reader_of_another_units_deleted_row_is_offered_no_restore_it_would_be_refused(client_for, incoming, units):
    from ngoaivu.core.models import Succession, Unit

    # The Văn phòng took over the Sở's duties: its reporter reads the Sở's rows, edits none of them.
    Unit.objects.filter(pk=units["sngv"].pk).update(ended_on=date(2025, 3, 1), is_active=False)
    Succession.objects.create(
        predecessor=units["sngv"],
        successor=units["vp"],
        kind=Succession.Kind.DUTIES,
        effective_on=date(2025, 3, 1),
        legal_basis="Nghị định số 45/2025/NĐ-CP",
    )
    record = incoming(unit="sngv", title="Đoàn của Sở")
    client_for("officer").post(f"/so-theo-doi/doan-vao/{record.pk}/xoa/")
    history_id = IncomingDelegation.history.get(id=record.pk, history_type="-").history_id
    url = f"/so-theo-doi/doan-vao/khoi-phuc/{history_id}/"
    assert url in client_for("officer").get("/so-theo-doi/doan-vao/da-xoa/").content.decode()
    reporter = client_for("reporter")
    page = reporter.get("/so-theo-doi/doan-vao/da-xoa/")
    assert [row.title for row in page.context["rows"]] == ["Đoàn của Sở"] and url not in page.content.decode()
    assert reporter.get(url).status_code == 403
