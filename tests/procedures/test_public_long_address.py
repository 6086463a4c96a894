"""A public address too long is told in the page's language, on the public page (procedures/public_long_address.py)."""

import pytest

pytestmark = pytest.mark.django_db

LONG = "visa+" * 1000  # 5.000 bytes: over core/long_address.LONGEST_ADDRESS


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "The search is too long to open the page. Please search with fewer words."),
        ("ja", "検索内容が長すぎるため、ページを開けません。言葉を減らして検索してください。"),
        ("ko", "검색 내용이 너무 길어 페이지를 열 수 없습니다. 더 적은 단어로 검색해 주십시오."),
        ("zh", "搜索内容过长，无法打开页面。请用较少的词语搜索。"),
        ("vi", "Nội dung tìm kiếm quá dài nên không mở được trang. Hãy tìm với ít từ hơn."),
    ],
)
def test_a_search_too_long_is_refused_in_the_page_language(client, lang, said):
    response = client.get(f"/tthc/{lang}/?q={LONG}")
    page = response.content.decode()
    assert response.status_code == 414 and said in page
    assert f'href="/tthc/{lang}/"' in page  # back to the list, not to the staff's sign-in
    assert "Về trang chủ" not in page and "Đăng nhập" not in page


def test_the_staff_pages_keep_their_own(client):
    response = client.get(f"/so-theo-doi/doan-vao/?q={LONG}")
    assert response.status_code == 414 and "Về trang chủ" in response.content.decode()
