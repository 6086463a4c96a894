"""Would a learned labeller over the reader's facts read unseen text better than its rules?

    pip install scikit-learn   # for this measurement only; not a dependency of the application
    python bench/reading_labeller.py --train tests/reading/public/dev --test OTHER_GOLD_DIR

The reader reads every gold text of --train; each fact it finds is labelled with the scope of the
gold fact it is (same indicator and values, scope aside), or "drop" when it is none. A logistic
regression learns that label from the fact's indicator, the rule's scope, the words of its sentence
and its place after the facts before it (a smaller figure of the same indicator after a total…). On
--test it relabels every fact the reader finds, drops those labelled "drop", and the script prints
facts precision, recall and F1 of the rules alone, of the rules with the labeller, and the ceiling
of any relabelling (every found fact given its right scope: what is never found stays missed).

Fair only on text the rules were not written from: run it from a checkout of the reader as it was
before the test texts came (`git worktree add /tmp/start 7d89524`, then this script there, with
--train the texts dev held then and --test the batches added after).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from reading_eval import Tally, fact_matches, match_facts, resolve

from ngoaivu.reading.errors import ReadError
from ngoaivu.reading.reader import read_file

_WORD = re.compile(r"\w+")
_MAIN = ("value_vnd", "value", "persons", "count", "boats", "groups", "fishermen")


def read_all(gold_dir: Path) -> list[tuple[list, list]]:
    """(gold facts, facts read) of every gold text of the folder."""
    out = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        try:
            facts = read_file(resolve(gold_path, gold["document"]), known_unit_codes=gold.get("known_unit_codes"))[
                "facts"
            ]
        except ReadError:
            facts = []
        out.append((gold.get("facts", []), facts))
    return out


def _main_value(fact: dict):
    return next(((key, fact[key]) for key in _MAIN if isinstance(fact.get(key), (int, float))), (None, None))


def features(facts: list) -> list[dict]:
    rows, totals = [], {}  # the last figure of each indicator that was no part
    for i, fact in enumerate(facts):
        row = {f"indicator={fact['indicator']}": 1, f"rule={fact['indicator']}/{fact['scope']}": 1}
        row[f"scope={fact['scope']}"] = 1
        for key in ("qualifier", "year", "label"):
            if fact.get(key):
                row[f"has_{key}"] = 1
        words = _WORD.findall(fact.get("text", "").lower())
        row.update({f"w={w}": 1 for w in words})
        row.update({f"b={a}_{b}": 1 for a, b in zip(words, words[1:])})
        before = facts[i - 1] if i else None
        if before is not None:
            row["after_same_indicator"] = int(before["indicator"] == fact["indicator"])
            row["after_same_sentence"] = int(before.get("text") == fact.get("text"))
        total = totals.get(fact["indicator"])
        if total is not None:
            (key, value), (total_key, total_value) = _main_value(fact), _main_value(total)
            if key is not None and key == total_key:
                row["smaller_than_total"] = int(value < total_value)
                row[f"total_scope={total['scope']}"] = 1
        if fact["scope"] != "part":
            totals[fact["indicator"]] = fact
        rows.append(row)
    return rows


def labels(gold: list, facts: list) -> list[str]:
    free, out = list(range(len(gold))), []
    for fact in facts:
        # the gold fact it is, whatever its scope
        hit = next((j for j in free if fact_matches(gold[j], dict(fact, scope=gold[j].get("scope")))), None)
        out.append("drop" if hit is None else gold[hit]["scope"])
        if hit is not None:
            free.remove(hit)
    return out


def score(name: str, read: list[tuple[list, list]]) -> str:
    tally = Tally()
    for gold, facts in read:
        pairs, missed, extra = match_facts(gold, facts)
        tally.add(len(pairs), len(extra), len(missed))
    return tally.line(name, width=18)


def relabelled(facts: list, scopes) -> list:
    return [dict(fact, scope=scope) for fact, scope in zip(facts, scopes) if scope != "drop"]


def main() -> None:
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        sys.exit("Cần scikit-learn cho phép đo này: pip install scikit-learn")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, required=True)
    parser.add_argument("--test", type=Path, required=True)
    args = parser.parse_args()
    train, test = read_all(args.train), read_all(args.test)
    vectoriser = DictVectorizer()
    x = vectoriser.fit_transform([row for _gold, facts in train for row in features(facts)])
    y = [label for gold, facts in train for label in labels(gold, facts)]
    model = LogisticRegression(max_iter=2000).fit(x, y)
    learned = [
        (gold, relabelled(facts, model.predict(vectoriser.transform(features(facts)))) if facts else [])
        for gold, facts in test
    ]
    ceiling = [(gold, relabelled(facts, labels(gold, facts))) for gold, facts in test]
    print(f"train {len(train)} texts, {len(y)} facts read; test {len(test)} texts")
    print(score("rules", test))
    print(score("rules + labeller", learned))
    print(score("any relabelling", ceiling))


if __name__ == "__main__":
    main()
