"""The schema states the rule of every strict body (api/strict.py): no property beyond those it lists, the
read-only ones listed as fields that may be sent back as read, and a 400 that says what is refused."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def schema(api):
    return api("officer").get("/api/schema/?format=json").json()


def test_a_register_request_body_takes_no_other_property_and_lists_what_may_be_sent_back(schema):
    components = schema["components"]["schemas"]
    for name in ("IncomingDelegationRequest", "PatchedIncomingDelegationRequest", "PatchedDelegationPlanItemRequest"):
        body = components[name]
        assert body["additionalProperties"] is False, name
        # what a GET gives may come back whole: `id`, and `version`, which a PUT sends to be told of a conflict
        for field in ("id", "version"):
            assert "readOnly" not in body["properties"][field], (name, field)
            assert "Chỉ đọc: gửi lại đúng giá trị đã đọc" in body["properties"][field]["description"], (name, field)
            assert field not in body.get("required", []), (name, field)
    # a plan item's unit, taken from its plan, is read-only there; elsewhere it is written
    assert "Chỉ đọc" in components["PatchedDelegationPlanItemRequest"]["properties"]["unit"]["description"]
    assert "Chỉ đọc" not in components["IncomingDelegationRequest"]["properties"]["unit"].get("description", "")
    # the answers still say the fields are read-only
    assert components["IncomingDelegation"]["properties"]["version"]["readOnly"] is True
    assert "additionalProperties" not in components["IncomingDelegation"]


def test_every_other_strict_body_takes_no_other_property(schema):
    components = schema["components"]["schemas"]
    for name in ("NewTokenRequest", "NewReportRequest", "TransitionRequest", "AnswerRequest"):
        assert components[name]["additionalProperties"] is False, name


def test_every_strict_write_documents_the_refusal(schema):
    said = (
        "Trường không thuộc địa chỉ này, hoặc trường chỉ đọc có giá trị khác giá trị đang lưu, đều bị từ chối "
        "và báo lỗi theo tên trường (không bị bỏ qua); không dữ liệu nào được lưu."
    )
    writes = [
        ("/api/register/doan-vao/", "post"),
        ("/api/register/doan-vao/{id}/", "put"),
        ("/api/register/doan-vao/{id}/", "patch"),
        ("/api/token/", "post"),
        ("/api/reports/", "post"),
    ]
    for path, method in writes:
        assert said in schema["paths"][path][method]["responses"]["400"]["description"], (path, method)
