"""An import's unlikely figures confirmed without choosing the file again: the file is kept between the
two steps under a token of its uploader's session (register/pending_imports.py)."""

from datetime import timedelta

from django.test import Client
from django.utils import timezone

from ngoaivu.pure.wording import screen_date
from ngoaivu.register.models import DroppedImport, IncomingDelegation, PendingImport
from tests.register.test_import import confirmation, good_row, upload, workbook

URL = "/so-theo-doi/doan-vao/nhap/"
ROWS = [good_row(), good_row("Đoàn JICA", "Nhật Bản", 900)]
CHOOSE_AGAIN = "Chưa lưu dòng nào; vui lòng chọn lại tệp rồi bấm «Nhập»."


def at(moment):
    """A time as the import's messages say it: «08:15 ngày 06/12/2026»."""
    moment = timezone.localtime(moment)
    return f"{moment:%H:%M} ngày {screen_date(moment.date())}"


def said(response):
    """The page's message about the file, as the page shows it."""
    assert response.status_code == 200 and 'name="file"' in response.content.decode()  # it can be chosen again
    error = response.context["error"]
    assert f'<p class="error" role="alert">{error}</p>' in response.content.decode()
    return error


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
    # The same token again: the file is gone, nothing imported twice, and the page says it was imported.
    again = client.post(URL, confirmation(asked))
    imported = DroppedImport.objects.get(token=asked.context["pending"].token).dropped_at
    assert said(again) == (
        f"Tệp «doan-vao.xlsx» đã được nhập lúc {at(imported)}; lần bấm «Nhập» này không lưu thêm dòng nào."
    )
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


def test_an_expired_token_says_so_and_a_day_old_file_is_dropped(client_for):
    client = client_for("officer")
    asked = upload(client, ROWS)
    uploaded = timezone.now() - timedelta(days=1, minutes=1)
    PendingImport.objects.update(created_at=uploaded)
    response = client.post(URL, confirmation(asked))
    assert said(response) == (
        f"Tệp «doan-vao.xlsx» tải lên lúc {at(uploaded)} đã quá thời hạn lưu giữ 24 giờ nên đã bị xóa khỏi máy "
        f"chủ. {CHOOSE_AGAIN}"
    )
    assert not IncomingDelegation.objects.exists() and not PendingImport.objects.exists()
    # A token never given says only that no file is found, and files kept more than a day go with any upload,
    # saying so afterwards.
    response = client.post(URL, {**confirmation(asked), "pending_file": "khong-co"})
    assert said(response) == f"Không tìm thấy tệp đã chọn ở bước trước trên máy chủ. {CHOOSE_AGAIN}"
    old = upload(client, ROWS)
    PendingImport.objects.filter(pk=old.context["pending"].pk).update(created_at=uploaded)
    fresh = upload(client, ROWS).context["pending"]
    assert list(PendingImport.objects.values_list("pk", flat=True)) == [fresh.pk]
    assert "đã quá thời hạn lưu giữ 24 giờ" in said(client.post(URL, confirmation(old)))


def test_a_file_kept_for_another_session_or_area_of_the_same_person_says_where_it_was_kept(client_for, users):
    asked = upload(client_for("officer"), ROWS)
    again = Client()
    again.force_login(users["officer"])  # signed in again, or in another browser: another session
    assert said(again.post(URL, confirmation(asked))) == (
        "Tệp «doan-vao.xlsx» được tải lên trong một phiên đăng nhập khác (ở trình duyệt khác, hoặc trước khi "
        f"đăng nhập lại) nên chỉ nhập được từ phiên đó. {CHOOSE_AGAIN}"
    )
    elsewhere = client_for("officer").post("/so-theo-doi/doan-ra/nhap/", confirmation(asked))
    assert said(elsewhere) == (
        f"Tệp «doan-vao.xlsx» được tải lên để nhập vào mục «đoàn vào», không phải mục «đoàn ra». {CHOOSE_AGAIN}"
    )
    # Neither drops the file: it still imports where and when it was kept.
    assert client_for("officer").post(URL, confirmation(asked)).status_code == 302
    assert IncomingDelegation.objects.count() == 2


def test_a_file_replaced_by_a_newer_upload_says_so(client_for):
    from ngoaivu.register.pending_imports import KEEP_PER_USER

    client = client_for("officer")
    asked = upload(client, ROWS)
    # Another file chosen on the confirmation page, in another tab: the first page's «Nhập» is refused.
    response = client.post(URL, {**confirmation(asked), "file": workbook([good_row("Đoàn Đại học Ubon"), ROWS[1]])})
    replaced = DroppedImport.objects.get(token=asked.context["pending"].token).dropped_at
    assert said(client.post(URL, confirmation(asked))) == (
        f"Tệp «doan-vao.xlsx» đã được thay bằng tệp khác chọn lúc {at(replaced)} nên không còn được lưu giữ. "
        f"{CHOOSE_AGAIN}"
    )
    # One file too many uploaded in other tabs: the oldest gives way.
    for _tab in range(KEEP_PER_USER):
        upload(client, ROWS)
    crowded = DroppedImport.objects.get(token=response.context["pending"].token).dropped_at
    assert said(client.post(URL, confirmation(response))) == (
        "Tệp «doan-vao.xlsx» không còn được lưu giữ: mỗi người chỉ được giữ 05 tệp chờ xác nhận, và lúc "
        f"{at(crowded)} đã có tệp mới hơn được tải lên. {CHOOSE_AGAIN}"
    )
    assert not IncomingDelegation.objects.exists()


def test_a_dropped_file_says_nothing_to_another_user(client_for, users):
    client = client_for("officer")
    asked = upload(client, ROWS)
    assert client.post(URL, confirmation(asked)).status_code == 302
    other = Client()
    other.force_login(users["admin"])
    response = other.post(URL, confirmation(asked))
    assert response.status_code == 404 and b"doan-vao.xlsx" not in response.content


def test_a_kept_file_altered_on_the_server_is_never_imported_and_says_so(client_for):
    client = client_for("officer")
    asked = upload(client, ROWS)
    PendingImport.objects.update(content=workbook([good_row(visits=9000)]).getvalue())
    response = client.post(URL, confirmation(asked))
    damaged = DroppedImport.objects.get().dropped_at
    assert said(response) == (
        f"Tệp «doan-vao.xlsx» lưu trên máy chủ không còn nguyên vẹn nên đã bị xóa lúc {at(damaged)}. {CHOOSE_AGAIN}"
    )
    assert not IncomingDelegation.objects.exists() and not PendingImport.objects.exists()


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


def test_a_kept_file_with_errors_when_read_again_is_dropped_and_says_so(client_for, incoming):
    """Between the steps, the row the file edits was deleted from the register: the file now has an error."""
    client = client_for("officer")
    record = incoming(person_visits=4)
    asked = upload(client, [[record.pk, *good_row(visits=900)[1:]]])
    record.delete()
    response = client.post(URL, confirmation(asked))
    assert response.status_code == 200 and response.context["problems"]
    refused = DroppedImport.objects.get().dropped_at
    assert said(client.post(URL, confirmation(asked))) == (
        f"Tệp «doan-vao.xlsx» được kiểm tra lại lúc {at(refused)} thì có lỗi nên không còn được lưu giữ. {CHOOSE_AGAIN}"
    )
