"""A list filter on a text the officers type (a procedure's «Lĩnh vực») offers the values the user's rows
hold, in Vietnamese alphabetical order, and filters by the one chosen."""

from ngoaivu.procedures.models import Procedure


def make(units, code, field):
    return Procedure.objects.create(unit=units["sngv"], code=code, name=f"Thủ tục {code}", field=field, agency="Sở")


def test_the_field_filter_offers_the_fields_in_order_and_filters_by_one(client_for, units):
    for code, field in (("1.000001", "Việc làm"), ("1.000002", "Đường bộ"), ("1.000003", "Đầu tư tại Việt Nam")):
        make(units, code, field)
    client = client_for("officer")
    page = client.get("/so-theo-doi/thu-tuc-hanh-chinh/").content.decode()
    offered = [page.index(f'value="{field}"') for field in ("Đầu tư tại Việt Nam", "Đường bộ", "Việc làm")]
    assert offered == sorted(offered)  # Đ after D, «Đầu» before «Đường», V last
    listed = client.get("/so-theo-doi/thu-tuc-hanh-chinh/", {"field": "Việc làm"}).content.decode()
    assert "Thủ tục 1.000001" in listed and "Thủ tục 1.000002" not in listed


def test_a_field_no_row_holds_is_refused_beside_the_filter(client_for, units):
    make(units, "1.000001", "Việc làm")
    page = client_for("officer").get("/so-theo-doi/thu-tuc-hanh-chinh/", {"field": "Không có"}).content.decode()
    # the value refused is quoted, so the sentence reads as one («Không có» is a value, not words of it)
    assert "Lĩnh vực: Hãy chọn một lựa chọn hợp lệ. «Không có» không có trong danh sách." in page
    assert "Thủ tục 1.000001" not in page
