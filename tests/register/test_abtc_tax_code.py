"""An ABTC file's «Mã số thuế» is a Vietnamese tax code: 10 digits, or 10 digits, «-» and 3 digits."""

import pytest

from ngoaivu.register.models import AbtcApplication

URL = "/so-theo-doi/abtc/them/"
MESSAGE = "Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu «-» và 3 chữ số, ví dụ 4300123456 hoặc 4300123456-001."


def data(units, tax_code):
    return {
        "enterprise": "Công ty CP Dung Quất",
        "businesspeople": "2",
        "received_on": "01/02/2021",
        "status": "received",
        "unit": units["sngv"].pk,
        "tax_code": tax_code,
    }


@pytest.mark.parametrize("tax_code", ["abc", "430012345", "43001234567", "4300123456-01", "4300123456 001"])
def test_a_malformed_tax_code_is_refused_beside_it(client_for, units, tax_code):
    response = client_for("officer").post(URL, data(units, tax_code))
    assert response.status_code == 200 and response.context["form"].errors["tax_code"] == [MESSAGE]
    assert not AbtcApplication.objects.exists()


@pytest.mark.parametrize("tax_code", ["4300123456", "4300123456-001", ""])
def test_a_tax_code_of_either_form_or_none_is_kept(client_for, units, tax_code):
    assert client_for("officer").post(URL, data(units, tax_code)).status_code == 302
    assert AbtcApplication.objects.get().tax_code == tax_code
