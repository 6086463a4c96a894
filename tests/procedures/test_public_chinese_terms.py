"""The public search in Chinese: a term typed in Traditional writing or by another common name finds the
procedure as its Simplified name does (pure/search_terms.py)."""

import pytest

from ngoaivu.procedures.models import Translation

pytestmark = pytest.mark.django_db
PUB = Translation.Status.PUBLISHED
VISA, PERMIT = "1.003160", "1.000105"


@pytest.fixture
def catalogue(procedure):
    procedure(
        code=VISA,
        name="Cấp thị thực cho người nước ngoài đang ở Việt Nam",
        translations={"zh": (PUB, "为在越南的外国人签发签证")},
    )
    procedure(code=PERMIT, translations={"zh": (PUB, "为在越南工作的外国劳动者签发劳动许可证")})


def listed(client, query):
    page = client.get("/tthc/zh/", {"q": query}).content.decode()
    return {code for code in (VISA, PERMIT) if f"/tthc/zh/{code}/" in page}


def test_a_traditional_or_another_common_name_finds_the_procedure(client, catalogue):
    assert listed(client, "签证") == {VISA}
    assert listed(client, "簽證") == {VISA}
    assert listed(client, "工作许可") == {PERMIT}
    assert listed(client, "工作許可證") == {PERMIT}
