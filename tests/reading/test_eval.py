"""bench/reading_eval.py: gold files for the seeds, scored by the evaluator."""

import importlib.util
import io
import json
from pathlib import Path

import pytest

from tests.seeds import SEEDS

from .conftest import needs_seeds

ROOT = Path(__file__).resolve().parents[2]
GOLD = Path(__file__).resolve().parent / "gold"


def load_eval():
    spec = importlib.util.spec_from_file_location("reading_eval", ROOT / "bench" / "reading_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gold_files_name_every_seed():
    golds = sorted(GOLD.glob("*.json"))
    assert len(golds) == 4
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["document"] == f"../shared/seeds/{path.stem}.txt"
        assert {"meta", "references", "facts", "checks"} <= set(gold)


@needs_seeds
def test_seed_gold_scores(monkeypatch, tmp_path):
    # "../shared/seeds/…" is relative to the repository; wherever the seeds really are,
    # give them that place beside a working directory.
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "seeds").symlink_to(SEEDS, target_is_directory=True)
    (tmp_path / "repo").mkdir()
    monkeypatch.chdir(tmp_path / "repo")
    module = load_eval()
    out = io.StringIO()
    scores = module.evaluate(GOLD, verbose=True, out=out)
    text = out.getvalue()
    assert "documents   4" in text
    for name in ("facts", "references", "checks"):
        precision, recall, _f1 = scores[name]
        assert precision >= 0.9 and recall >= 0.9, text
    assert scores["meta"] >= 0.9


def test_matching_rules():
    module = load_eval()
    gold = {"indicator": "aid", "scope": "period", "count": 3, "value": 7037000000, "currency": "VND"}
    assert module.fact_matches(gold, {**gold, "qualifier": None, "text": "…"})
    assert not module.fact_matches(gold, {**gold, "value": 7037})
    assert not module.fact_matches(gold, {**gold, "scope": "ytd"})
    # loosely: what the reader got right but the scope, or but the scope and the indicator
    assert module.fact_matches(gold, {**gold, "scope": "ytd"}, loose=("scope",))
    assert not module.fact_matches(gold, {**gold, "scope": "ytd", "indicator": "abtc"}, loose=("scope",))
    assert module.fact_matches(gold, {**gold, "scope": "ytd", "indicator": "abtc"}, loose=("scope", "indicator"))
    assert not module.fact_matches(gold, {**gold, "value": 7037}, loose=("scope", "indicator"))
    pairs, missed, extra = module.match_facts([gold, gold], [gold])
    assert (len(pairs), len(missed), len(extra)) == (1, 1, 0)


def test_absolute_document_path_and_read_errors(tmp_path):
    module = load_eval()
    document = tmp_path / "bc.txt"
    document.write_text(
        "BÁO CÁO\nCông tác tháng 8/2021\nI. KẾT QUẢ\nToàn tỉnh có 02 tàu cá cùng 19 ngư dân bị nước ngoài bắt giữ.\n",
        encoding="utf-8",
    )
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a.json").write_text(
        json.dumps(
            {
                "document": str(document),
                "meta": {"period": {"kind": "month", "year": 2021, "index": 8}},
                "facts": [{"indicator": "boats_detained", "scope": "period", "boats": 2, "fishermen": 19}],
                "references": [],
                "checks": [],
            }
        ),
        encoding="utf-8",
    )
    (tmp_path / "gold" / "b.json").write_text(
        json.dumps({"document": "khong-co.docx", "facts": [{"indicator": "aid", "scope": "period", "count": 1}]}),
        encoding="utf-8",
    )
    out = io.StringIO()
    scores = module.evaluate(tmp_path / "gold", out=out)
    assert scores["facts"][0] == pytest.approx(1.0) and scores["facts"][1] == pytest.approx(0.5)
    assert "LỖI ĐỌC" in out.getvalue()


def test_interval_over_documents():
    module = load_eval()
    assert module.interval([(3, 0, 0)] * 5) == (1.0, 1.0)  # every document right: nothing can move
    rows = [(4, 0, 0), (0, 2, 2), (3, 1, 0), (1, 0, 1)]
    low, high = module.interval(rows)
    tally = module.Tally()
    for row in rows:
        tally.add(*row)
    assert 0 <= low < tally.scores()[2] < high <= 1
    assert module.interval(rows) == (low, high)  # drawn the same way on every run


def test_scored_against_another_annotation(tmp_path):
    """A second annotator's files scored in the reader's place, on the texts they annotated."""
    module = load_eval()
    detained = {"indicator": "boats_detained", "scope": "period", "boats": 2, "fishermen": 19}
    released = {"indicator": "boats_released", "scope": "period", "fishermen": 19}
    reference = {"number": "12/BC-SNgV", "date": "2021-08-31"}
    for folder, files in (
        ("gold", {"a.json": [detained, released], "b.json": [released], "c.json": [detained]}),
        ("other", {"a.json": [detained, {**released, "scope": "ytd"}], "b.json": []}),
    ):
        (tmp_path / folder).mkdir()
        for name, facts in files.items():
            body = {"document": "khong-doc.txt", "facts": facts, "references": [reference] if facts else []}
            (tmp_path / folder / name).write_text(json.dumps(body), encoding="utf-8")
    out = io.StringIO()
    scores = module.evaluate(tmp_path / "gold", out=out, with_interval=True, against=tmp_path / "other")
    # a.json: one fact agreed, one read on another scope; b.json: annotated empty; c.json: not in the sample
    assert "documents   2" in out.getvalue() and "LỖI ĐỌC" not in out.getvalue()
    assert scores["facts"][:2] == (pytest.approx(1 / 2), pytest.approx(1 / 3))
    assert scores["references"][:2] == (pytest.approx(1.0), pytest.approx(0.5))  # b.json cites none
    assert scores["loosely"]["any scope"][:2] == (pytest.approx(1.0), pytest.approx(2 / 3))
    assert "95 % interval" in out.getvalue() and set(scores["intervals"]) == {"facts", "references"}


def test_heldout_reports_score(monkeypatch):
    """Reports written apart from the seeds (other provinces, a TCVN3 text file, markdown marks)."""
    module = load_eval()
    out = io.StringIO()
    scores = module.evaluate(Path(__file__).resolve().parent / "heldout", verbose=True, out=out)
    for name in ("facts", "references", "checks"):
        precision, recall, _f1 = scores[name]
        assert precision >= 0.9 and recall >= 0.9, out.getvalue()
    assert scores["meta"] >= 0.9, out.getvalue()


PUBLIC = Path(__file__).resolve().parent / "public"
# What the reader reaches on the public texts today, measured once on each half. Raised as the
# reader improves, up to the targets (held-out facts F1 0.90, references 0.95); a change that
# reads worse fails here. Dev holds texts no rule was fitted to yet (public/README.md), so its
# floor is what the reader scores on them, not the rules' own texts.
FLOORS = {
    "dev": {"facts": 0.945, "references": 0.98},  # 0,947 on 06/12 (third round)
    "heldout": {"facts": 0.87, "references": 0.89, "checks": 1.0},  # 0,879 and 0,897 on 06/12
    "heldout2": {"facts": 0.70, "references": 0.99},  # 0,701 on 06/12; scored once a round, no rule written from it
    "heldout3": {"facts": 0.41, "references": 0.99},  # the same, gathered 04/12
}


@pytest.mark.parametrize("half", sorted(FLOORS))
def test_public_texts_score_at_least_their_floor(half):
    scores = load_eval().evaluate(PUBLIC / half, out=io.StringIO(), brief=True)
    for family, floor in FLOORS[half].items():
        assert scores[family][2] >= floor, (half, family, scores[family])


def test_public_texts_name_their_source():
    golds = sorted(PUBLIC.glob("*/*.json"))
    assert len(golds) >= 40
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["source"].startswith("http") and gold["read_on"], path.name
        assert (path.parent / gold["document"]).is_file(), path.name


def test_the_readme_lists_every_indicator_of_the_lexicon():
    from ngoaivu.reading.lexicon import ENTRIES

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lexicon = readme.split("*The lexicon.*", 1)[1].split("\n- **", 1)[0]
    assert [entry["indicator"] for entry in ENTRIES if f"`{entry['indicator']}`" not in lexicon] == []
