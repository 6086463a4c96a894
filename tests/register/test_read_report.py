"""A unit's report is read in; its figures are offered as rows, created only when the officer saves each."""

import io
from urllib.parse import parse_qs, urlsplit

from ngoaivu.register.models import IncomingDelegation

from tests.seeds import SEEDS


def upload(client, content, name="bao-cao.txt"):
    handle = io.BytesIO(content)
    handle.name = name
    return client.post("/so-theo-doi/doc-bao-cao/", {"file": handle})


def seed_001():
    return (SEEDS / "001_e5fcdc9426d3d423.txt").read_bytes()


def test_figures_become_proposals_and_nothing_is_saved(client_for, units):
    client = client_for("officer")
    response = upload(client, seed_001())
    assert response.status_code == 200
    labels = [p["label"] for p in response.context["proposals"]]
    assert "Tạo 01 bản ghi đoàn vào" in labels and "Tạo 03 bản ghi khoản viện trợ" in labels
    assert "Tạo 04 bản ghi tàu cá bị ngăn cản, lấy tài sản" in labels
    assert not IncomingDelegation.objects.exists()
    incoming = next(p for p in response.context["proposals"] if p["slug"] == "doan-vao")
    url = incoming["rows"][0]
    query = parse_qs(urlsplit(url).query)
    assert query["groups"] == ["17"] and query["person_visits"] == ["35"] and query["start_date"] == ["01/01/2021"]
    # The officer opens the prefilled form, completes the country and saves: one row, by choice.
    form = client.get(url).context["form"]
    assert form.initial["person_visits"] == "35"
    data = {**{k: v[0] for k, v in query.items()}, "country": "LA", "unit": units["sngv"].pk,
            "host_level": "agency", "purpose": "work"}
    assert client.post(urlsplit(url).path, data).status_code == 302
    row = IncomingDelegation.objects.get()
    assert (row.groups, row.person_visits) == (17, 35)


def test_a_file_that_cannot_be_read_says_why(client_for):
    response = upload(client_for("officer"), b"PK\x03\x04 not really a document", name="bao-cao.docx")
    assert response.status_code == 200
    assert response.context["error"] and "\n" not in response.context["error"]


def test_leaders_and_viewers_do_not_create_rows(client_for):
    assert client_for("viewer").get("/so-theo-doi/doc-bao-cao/").status_code == 403
