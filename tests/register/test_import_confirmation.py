"""An import's unlikely figures confirmed without choosing the file again: the file is kept between the
two steps under a token of its uploader's session (register/pending_imports.py)."""

from datetime import timedelta

from django.test import Client
from django.utils import timezone

from ngoaivu.register.models import IncomingDelegation, PendingImport
from tests.register.test_import import confirmation, good_row, upload, workbook

URL = "/so-theo-doi/doan-vao/nhap/"
ROWS = [good_row(), good_row("Đoàn JICA", "Nhật Bản", 900)]
CHOOSE_AGAIN = (
    "Tệp đã chọn ở bước trước không còn được lưu giữ (tệp chỉ được giữ trong 24 giờ, hoặc đã được nhập). "
    "Chưa lưu dòng nào; vui lòng chọn lại tệp rồi bấm «Nhập»."
)


def test_the_file_listed_with_its_warnings_is_imported_once_confirmed_without_choosing_it_again(client_for):
    client = client_for("officer")
    asked = upload(client, ROWS)
    assert asked.status_code == 200 and asked.context["warnings"][0][:2] == (3, "Số lượt người")
    page = asked.content.decode()
    token = asked.context["pending"].token
    assert f'name="pending_file" value="{token}"' in page
    assert "Tệp «doan-vao.xlsx» được giữ lại trên máy chủ" in page
    assert "Hoặc chọn tệp Excel khác để nhập thay tệp «doan-vao.xlsx»" in page and 'name="file"' in page

    response = client.post(URL, confirmation(asked))  # no file: the one kept
    assert response.status_code == 302
    assert sorted(IncomingDelegation.objects.values_list("person_visits", flat=True)) == [4, 900]
    assert not PendingImport.objects.exists()  # dropped once imported
    # The same token again: the file is gone, nothing imported twice.
    again = client.post(URL, confirmation(asked))
    assert again.status_code == 200 and CHOOSE_AGAIN in again.content.decode()
    assert IncomingDelegation.objects.count() == 2


def test_nothing_is_saved_before_the_warnings_are_confirmed(client_for):
    client = client_for("officer")
    asked = upload(client, ROWS)
    assert not IncomingDelegation.objects.exists()
    kept = PendingImport.objects.get()
    assert kept.content and len(kept.sha256) == 64
    # «Nhập» with the box left unticked: the list again, the same file kept, still nothing saved.
    response = client.post(URL, confirmation(asked, checked=False))
    assert response.status_code == 200 and response.context["warnings"] == asked.context["warnings"]
    assert response.context["pending"].token == kept.token
    assert not IncomingDelegation.objects.exists()


def test_another_users_token_is_refused_and_never_imports_the_file(client_for, users):
    asked = upload(client_for("officer"), ROWS)
    for name in ("admin", "reporter", "other_reporter"):
        other = Client()
        other.force_login(users[name])
        response = other.post(URL, confirmation(asked))
        assert response.status_code == 404, name
        assert b"doan-vao.xlsx" not in response.content
    assert not IncomingDelegation.objects.exists() and PendingImport.objects.count() == 1


def test_an_expired_token_asks_for_the_file_again_and_a_day_old_file_is_dropped(client_for):
    client = client_for("officer")
    asked = upload(client, ROWS)
    PendingImport.objects.update(created_at=timezone.now() - timedelta(days=1, minutes=1))
    response = client.post(URL, confirmation(asked))
    assert response.status_code == 200 and CHOOSE_AGAIN in response.content.decode()
    assert 'name="file"' in response.content.decode()  # nothing lost: the file can be chosen again
    assert not IncomingDelegation.objects.exists() and not PendingImport.objects.exists()
    # A missing token says the same, and files kept more than a day go with any upload.
    response = client.post(URL, {**confirmation(asked), "pending_file": "khong-co"})
    assert CHOOSE_AGAIN in response.content.decode()
    old = upload(client, ROWS).context["pending"]
    PendingImport.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=2))
    fresh = upload(client, ROWS).context["pending"]
    assert list(PendingImport.objects.values_list("pk", flat=True)) == [fresh.pk]


def test_another_file_chosen_on_the_confirmation_is_asked_about_again_even_with_the_same_warnings(client_for):
    client = client_for("officer")
    asked = upload(client, ROWS)
    # Another row's title changed: the same warnings, but not the file that was shown.
    changed = [good_row("Đoàn Đại học Ubon"), ROWS[1]]
    response = client.post(URL, {**confirmation(asked), "file": workbook(changed)})
    assert response.status_code == 200
    assert response.context["warnings"] == asked.context["warnings"]
    assert response.context["pending"].sha256 != asked.context["pending"].sha256
    assert not IncomingDelegation.objects.exists()
    assert PendingImport.objects.get().token == response.context["pending"].token  # the first one replaced
    # Confirmed for that file: it is the one imported.
    assert client.post(URL, confirmation(response)).status_code == 302
    assert set(IncomingDelegation.objects.values_list("title", flat=True)) == {"Đoàn Đại học Ubon", "Đoàn JICA"}


def test_a_kept_file_whose_figures_now_warn_otherwise_is_listed_again(client_for, incoming):
    """Between the steps, the row the file edits changed in the register: the list differs, asked again."""
    client = client_for("officer")
    record = incoming(person_visits=4)
    rows = [[record.pk, *good_row(visits=900)[1:]]]
    asked = upload(client, rows)
    assert asked.context["warnings"]
    IncomingDelegation.objects.filter(pk=record.pk).update(person_visits=900)  # now warns about nothing
    response = client.post(URL, confirmation(asked))
    assert response.status_code == 302  # nothing left to confirm: saved
    record.refresh_from_db()
    assert record.person_visits == 900


def test_one_person_keeps_at_most_a_few_files_waiting_the_oldest_dropped(client_for):
    from ngoaivu.register.pending_imports import KEEP_PER_USER

    client = client_for("officer")
    tokens = [upload(client, ROWS).context["pending"].token for _tab in range(KEEP_PER_USER + 2)]
    kept = set(PendingImport.objects.values_list("token", flat=True))
    assert kept == set(tokens[-KEEP_PER_USER:])
    assert client.post(URL, confirmation(upload(client, ROWS))).status_code == 302  # the newest still imports
