"""Text longer than its field reaches the server, which keeps it in the box and says so in Vietnamese:
a browser's maxlength would cut a paste silently."""

import re

from ngoaivu.register.models import ForeignAid

URL = "/so-theo-doi/vien-tro/them/"


def test_the_form_has_no_maxlength_for_the_browser_to_cut_with(client_for):
    page = client_for("officer").get(URL).content.decode()
    title = re.search(r'<input[^>]*name="title"[^>]*>', page).group(0)
    assert "maxlength" not in page and 'name="title"' in title


def test_an_over_long_title_is_refused_beside_the_field_and_kept(client_for, units):
    title = "Dự án hỗ trợ " + "x" * 291
    response = client_for("officer").post(
        URL,
        {
            "title": title,
            "donor": "Tổ chức Good Neighbors",
            "country": "KR",
            "kind": "project",
            "value_vnd": "1.000.000",
            "currency": "VND",
            "approved_on": "12/03/2021",
            "unit": units["sngv"].pk,
        },
    )
    assert response.status_code == 200 and not ForeignAid.objects.exists()
    errors = response.context["form"].errors["title"]
    assert len(errors) == 1 and "255" in errors[0] and "304" in errors[0] and "ký tự" in errors[0]
    assert f'value="{title}"' in response.content.decode()
