"""Train and measure the indicator suggested for a figure the reader placed under none.

    python bench/reading_suggestions.py --train
    python bench/reading_suggestions.py tests/reading/public/dev [tests/reading/public/heldout2 …]
    python bench/reading_suggestions.py --curve

--train fits the model of ngoaivu/reading/suggestions.py on every figure of the development
texts (tests/reading/public/dev), each labelled with the indicator of the gold fact it states
(or none), and writes ngoaivu/reading/suggestions.json. The script prints for each folder given
how often the suggestion beside an unplaced figure names the gold fact's indicator, when the
figure is one: for the development texts by five-fold cross-validation (each fifth suggested by
a model trained on the other four), for any other folder by the shipped model.
--curve asks how far the model alone, as a reader, gets with more annotated text: trained on
random sets of 40, 80, 160 and all of the dev texts numbered under 400, it reads every figure of
the texts from 400 on (its likeliest label, "none" included); F1 of the figures given their gold
indicator (scope aside), the mean of three draws.
Pure Python: no Django, no database.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

from reading_eval import REPOSITORY, resolve

from ngoaivu.reading.extract import extract
from ngoaivu.reading.reader import stated_figures
from ngoaivu.reading.suggestions import MODEL_FILE, NONE, SUGGESTED, features, save, shipped, train
from ngoaivu.reading.unplaced import fact_magnitudes, magnitude, unplaced_figures

FOLDS = 5
TRAINED_ON = REPOSITORY / "tests" / "reading" / "public" / "dev"


def _same_sentence(fact: dict, sentence: str) -> bool:
    return " ".join(fact.get("text", "").split())[:40] in " ".join(sentence.split())


class Text:
    """One gold text read: its figures, each labelled with the gold fact's indicator or none."""

    def __init__(self, gold_path: Path):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        self.stated, self.facts, self.kind = stated_figures(extract(resolve(gold_path, gold["document"])).text)
        facts = list(gold.get("facts", []))
        self.labels: dict[tuple[str, str], str] = {}  # (sentence, figure's words) → label
        self.examples: list[tuple[list[str], str]] = []
        for sentence, groups in self.stated:
            for group in groups:
                for mention in group.mentions:
                    if mention.unit == "other":
                        continue  # a count in words the lexicon lacks: listed, but not what the model learns from
                    number = magnitude(mention.value)
                    candidates = [f for f in facts if number in fact_magnitudes(f)]
                    fact = next((f for f in candidates if _same_sentence(f, sentence)), None) or next(
                        iter(candidates), None
                    )
                    if fact is not None:
                        facts.remove(fact)  # a gold fact labels one figure
                    label = fact["indicator"] if fact else NONE
                    words = " ".join(sentence[mention.start : mention.end].split())
                    self.labels[(sentence, words)] = label
                    self.examples.append(
                        (features(sentence, mention.start, mention.end, mention.unit, self.kind), label)
                    )

    def score(self, model, tally: Counter) -> None:
        for item in unplaced_figures(self.stated, self.facts, self.kind, model):
            for words, candidates in zip(item["figures"], item["suggested"], strict=True):
                suggested = [candidate["indicator"] for candidate in candidates]
                label = self.labels.get((item["text"], words), NONE)
                tally["listed"] += 1
                if label != NONE:
                    tally["counted"] += 1
                    tally["first"] += suggested[:1] == [label]
                    tally["named"] += label in suggested


def read_folder(folder: Path) -> list[Text]:
    return [Text(path) for path in sorted(folder.glob("*.json"))]


def _text_number(text_path: Path) -> int:
    return int(text_path.name.split("_")[0])


def learning_curve() -> None:
    paths = sorted(TRAINED_ON.glob("*.json"))
    pool = [Text(path) for path in paths if _text_number(path) < 400]
    later = [Text(path) for path in paths if _text_number(path) >= 400]
    print(f"trained on dev texts under 400 ({len(pool)}), read on those from 400 on ({len(later)}):")
    for size in (40, 80, 160, len(pool)):
        scores = []
        for seed in range(3 if size < len(pool) else 1):
            drawn = random.Random(seed).sample(pool, size)
            model = train([example for text in drawn for example in text.examples])
            tally = Counter()
            for feats, label in (example for text in later for example in text.examples):
                chances = model.probabilities(feats)
                read = max(chances, key=chances.__getitem__)
                tally["tp"] += read != NONE and read == label
                tally["fp"] += read != NONE and read != label
                tally["fn"] += label != NONE and read != label
            scores.append(2 * tally["tp"] / (2 * tally["tp"] + tally["fp"] + tally["fn"]))
        print(
            f"  {size:>3} texts: figures F1 {sum(scores) / len(scores):.3f}  (draws: {', '.join(f'{s:.3f}' for s in scores)})"
        )


def _print(folder: Path, how: str, tally: Counter) -> None:
    counted = tally["counted"] or 1
    print(
        f"{folder}: {tally['listed']} figures listed, {tally['counted']} of them counted by the gold; "
        f"its indicator suggested first for {tally['first']} ({tally['first'] / counted:.0%}), among the "
        f"{SUGGESTED} suggested for {tally['named']} ({tally['named'] / counted:.0%}) — {how}"
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Train and measure the indicator suggestions.")
    parser.add_argument("folders", type=Path, nargs="*", help="gold folders to measure")
    parser.add_argument("--train", action="store_true", help="train the shipped model on the development texts")
    parser.add_argument("--curve", action="store_true", help="the model alone as a reader, by texts trained on")
    options = parser.parse_args(argv)
    if options.curve:
        learning_curve()
    if options.train:
        texts = read_folder(TRAINED_ON)
        model = train([example for text in texts for example in text.examples])
        save(model)
        weights = sum(len(w) for w in model.weights.values())
        print(
            f"{MODEL_FILE}: trained on {sum(len(t.examples) for t in texts)} figures of {len(texts)} texts, "
            f"{weights} weights, {round(MODEL_FILE.stat().st_size / 1024)} KB"
        )
    for folder in options.folders:
        texts, tally = read_folder(folder), Counter()
        if folder.resolve() == TRAINED_ON:
            for fold in range(FOLDS):
                model = train([e for i, t in enumerate(texts) if i % FOLDS != fold for e in t.examples])
                for text in texts[fold::FOLDS]:
                    text.score(model, tally)
            _print(folder, f"{FOLDS}-fold cross-validation", tally)
        else:
            for text in texts:
                text.score(shipped(), tally)
            _print(folder, "the shipped model", tally)
    return 0


if __name__ == "__main__":
    sys.exit(main())
