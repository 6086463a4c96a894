"""End to end on the four real reports in shared/seeds, read as files."""

import pytest

from ngoaivu.reading.reader import read_file

from .conftest import needs_seeds, seed

pytestmark = needs_seeds


def by_key(result):
    return {(f["indicator"], f["scope"]): f for f in result["facts"]}


def test_seed_000_people_diplomacy_2023():
    result = read_file(seed("000"))
    meta = result["meta"]
    assert meta["issuer"] == "Văn phòng UBND tỉnh"
    assert meta["period"]["kind"] == "year" and meta["period"]["year"] == 2023
    assert (meta["signer_title"], meta["signer_name"]) == ("CHÁNH VĂN PHÒNG", "Vũ Minh Tâm")
    assert [s["number"] for s in result["sections"]] == ["I", "II"]
    assert [(f["indicator"], f["count"]) for f in result["facts"]] == [("procedures_translated", 116)]
    assert result["checks"] == []


def test_seed_001_first_half_2021():
    result = read_file(seed("001"))
    meta = result["meta"]
    assert (meta["period"]["kind"], meta["period"]["year"], meta["period"]["index"]) == ("half", 2021, 1)
    assert meta["issuer"] == "Sở Ngoại vụ" and meta["number"] is None and not meta["number_blank"]
    facts = by_key(result)
    assert (facts["incoming_delegations", "period"]["groups"], facts["incoming_delegations", "period"]["persons"]) == (
        17,
        35,
    )
    aid = facts["aid", "period"]
    assert (aid["count"], aid["value"], aid["currency"]) == (3, 7037000000, "VND")
    abtc = facts["abtc", "period"]
    assert (abtc["businesspeople"], abtc["enterprises"]) == (4, 3)
    boats = facts["boats_obstructed", "period"]
    assert (boats["boats"], boats["fishermen"]) == (4, 22)
    assert facts["bulletins", "period"]["count"] == 3
    assert facts["articles", "period"]["qualifier"] == "gần"
    assert [n["number"] for n in result["footnotes"]] == [1, 2, 3]
    assert len(result["references"]) == 22
    assert result["checks"] == []


def test_seed_002_draft_with_blank_number_and_date():
    result = read_file(seed("002"))
    meta = result["meta"]
    assert meta["number"] is None and meta["number_blank"] is True
    assert (meta["place"], meta["date"], meta["year"], meta["month"]) == ("Quảng Ngãi", None, 2024, 11)
    assert (meta["signer_authority"], meta["signer_title"]) == ("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG")
    checks = {c["code"]: c["text"] for c in result["checks"]}
    assert checks == {"blank_number": "Số: /BC-VP", "blank_date": "Quảng Ngãi, ngày tháng 11 năm 2024"}
    assert "/BC-VP" not in {r["number"] for r in result["references"]}
    assert result["facts"] == []


def test_seed_003_august_2021():
    result = read_file(seed("003"))
    meta = result["meta"]
    assert meta["period"] == {"kind": "month", "year": 2021, "index": 8, "label": "tháng 8/2021"}
    assert meta["title"] == "Công tác đối ngoại tháng 8/2021"
    facts = by_key(result)
    ytd = facts["incoming_delegations", "ytd"]
    assert (ytd["groups"], ytd["persons"]) == (19, 54)
    assert facts["fishermen_still_detained", "stock"]["fishermen"] == 42
    detained = facts["boats_detained", "period"]
    assert (detained["boats"], detained["fishermen"]) == (2, 19)
    assert len(result["facts"]) == 3
    assert result["checks"] == []


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_seed_json_shape(prefix):
    result = read_file(seed(prefix))
    assert {"meta", "sections", "footnotes", "references", "facts", "checks"} <= set(result)
    assert {
        "kind",
        "issuer",
        "number",
        "number_blank",
        "place",
        "date",
        "year",
        "month",
        "title",
        "period",
        "signer_title",
        "signer_name",
        "recipients",
    } <= set(result["meta"])
    for ref in result["references"]:
        assert {"type", "number", "date", "issuer"} <= set(ref)
    for fact in result["facts"]:
        assert {"indicator", "scope", "qualifier", "text"} <= set(fact)
    for check in result["checks"]:
        assert {"code", "message", "text"} <= set(check)
