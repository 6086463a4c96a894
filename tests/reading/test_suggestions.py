"""reading/suggestions.py: the indicators suggested for a figure the lexicon placed under none."""

import importlib.util
import json
import sys
from pathlib import Path

from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.reading.reader import read_text
from ngoaivu.reading.suggestions import MODEL_FILE, NONE, SUGGESTED, Model, features, fits, shipped, train

ROOT = Path(__file__).resolve().parents[2]


def test_features_name_the_words_by_where_they_stand():
    sentence = "Tỉnh đã tiếp nhận 12 người của tổ chức JICA."
    start = sentence.index("12")
    feats = features(sentence, start, start + len("12 người"), "persons", "month")
    assert {"u:persons", "p:month", "w:người", "b3:nhận", "bb:tiếp_nhận", "a:của", "a:jica"} <= set(feats)
    assert "b:người" not in feats and "w:12" not in feats  # the figure's own words are its own


def _examples():
    aid = ["b:viện", "b:trợ", "u:money"]
    boats = ["b:bắt", "b:giữ", "u:boats"]
    other = ["b:dân", "b:số", "u:persons"]
    return [(aid, "aid"), (boats, "boats_detained"), (other, NONE)] * 20


def test_training_learns_the_words_of_each_indicator_and_never_suggests_none():
    model = train(_examples())
    assert model.suggest(["b:viện", "b:trợ", "u:money"])[0] == "aid"
    assert model.suggest(["b:bắt", "u:boats"])[0] == "boats_detained"
    # likelier "none" still suggests the indicators, the likeliest first
    assert max(model.probabilities(["b:dân", "b:số"]).items(), key=lambda kv: kv[1])[0] == NONE
    assert NONE not in model.suggest(["b:dân", "b:số"]) and len(model.suggest(["b:dân"])) == 2


def test_training_is_repeatable():
    assert train(_examples()).weights == train(_examples()).weights
    assert Model({}).suggest(["b:viện"]) == []


def test_the_shipped_model_is_what_the_development_texts_train(tmp_path):
    spec = importlib.util.spec_from_file_location("reading_suggestions", ROOT / "bench" / "reading_suggestions.py")
    sys.path.insert(0, str(ROOT / "bench"))  # it imports reading_eval beside it
    try:
        bench = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(bench)
    finally:
        sys.path.remove(str(ROOT / "bench"))
    texts = bench.read_folder(bench.TRAINED_ON)
    trained = train([example for text in texts for example in text.examples])
    assert trained.weights == json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert set(trained.weights) - {NONE} <= set(BY_CODE)


def test_a_count_of_foreign_workers_by_province_is_suggested_as_foreign_workers():
    text = (
        "Hơn 75.000 lao động nước ngoài đang làm việc tại 6 tỉnh thành. "
        "Hải Phòng có 3.500 người, Lâm Đồng có 900 người."
    )
    [item] = read_text(text)["unplaced"]
    assert item["figures"] == ["3.500 người", "900 người"]
    # each suggestion carries the figure as that indicator would count it
    assert [suggested[0] for suggested in item["suggested"]] == [
        {"indicator": "foreign_experts", "persons": 3500},
        {"indicator": "foreign_experts", "persons": 900},
    ]
    assert all(len(suggested) == SUGGESTED for suggested in item["suggested"]) and shipped() is shipped()


def test_an_amount_is_suggested_money_indicators_only_and_a_count_count_indicators_only():
    [item] = read_text("Trong tháng, tỉnh hỗ trợ 50 triệu đồng cho gia đình ngư dân có tàu cá bị nước ngoài bắt giữ.")[
        "unplaced"
    ]
    assert item["figures"] == ["50 triệu đồng"]
    # the words are a detention's, but an amount is no count of boats
    assert [candidate["indicator"] for candidate in item["suggested"][0]] == ["aid"]
    money = {code for code, indicator in BY_CODE.items() if any(m.unit == "đồng" for m in indicator.measures)}
    model = Model({"aid": {"u:money": 1.0}, "boats_detained": {"u:money": 2.0}, "consular_cases": {}})
    assert model.suggest(["u:money"], "money") == ["aid"] and set(model.suggest(["u:money"], "money")) <= money
    assert sorted(model.suggest(["u:boats"], "boats")) == ["aid", "boats_detained", "consular_cases"]
    assert fits("aid", "money") and fits("aid", "groups") and not fits("consular_cases", "money")
