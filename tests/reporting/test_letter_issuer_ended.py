"""A requesting letter whose issuer is a unit of the register that had ended by the letter's date is refused
beside the field, saying the unit's last day and the unit carrying its work."""

from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.templates_store import install_shipped_templates
from tests.reporting.succession import sngv_ends_in_february_2025


def _post(client, units, letter):
    install_shipped_templates()
    data = {
        "unit": units["vp"].pk,
        "template": ReportTemplate.objects.get(code="peoples_diplomacy").pk,
        "period_code": "2025",
        "letter": letter,
        "standalone": "1",
        "second_draft": "on",  # the second letter is answered by a second draft
    }
    return client.post("/bao-cao/tao/", data)


def test_a_letter_of_a_unit_that_had_ended_is_refused_beside_the_field(client_for, units):
    sngv_ends_in_february_2025(units)
    response = _post(client_for("admin"), units, "Công văn số 1353/SNgV-ĐN ngày 09/11/2025 của Sở Ngoại vụ")
    assert response.status_code == 200
    assert response.context["form"].errors["letter"] == [
        "Sở Ngoại vụ chỉ hoạt động đến ngày 28/02/2025 (công việc do Văn phòng UBND tỉnh tiếp nhận), nên không "
        "thể ban hành văn bản ngày 09/11/2025. Kiểm tra lại cơ quan ban hành hoặc ngày ban hành."
    ]


def test_a_letter_dated_while_its_issuer_existed_or_of_a_body_outside_the_register_is_taken(client_for, units):
    sngv_ends_in_february_2025(units)
    client = client_for("admin")
    for letter in (
        "Công văn số 120/SNgV-ĐN ngày 10/02/2025 của Sở Ngoại vụ",
        "Công văn số 1353/BNG-NG ngày 09/11/2025 của Bộ Ngoại giao",
        # another province's Sở Ngoại vụ, which still exists: not the province's own, which has ended
        "Công văn số 88/SNgV-LS ngày 09/11/2025 của Sở Ngoại vụ Thành phố Hồ Chí Minh",
    ):
        response = _post(client, units, letter)
        assert response.status_code == 302, response.context["form"].errors
