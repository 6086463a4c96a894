"""The indicator a figure the lexicon placed under none most likely counts: a suggestion for the
officer, never a fact.

A figure listed as unplaced (reading/unplaced.py) is shown with the indicator a small model of
the words around it suggests ("… đón 35 người …" → incoming_delegations), so that the officer
checks it rather than looks it up. The model is a softmax over word features (the words just
before and after the figure, its unit, the report's period kind, the lexicon's nearest cue), trained on the public texts'
gold (bench/reading_suggestions.py writes suggestions.json); it never adds a fact: what the
reader reads stays what the lexicon and the rules read.
"""

from __future__ import annotations

import json
import math
import random
import re
from functools import cache
from pathlib import Path

from ngoaivu.pure.indicators import BY_CODE

from .nearest_cue import nearest
from .lexicon import BOAT_CUES, CUES, TOPICS

NONE = ""  # the label of a figure the register does not count
SUGGESTED = 3  # indicators suggested a figure
MODEL_FILE = Path(__file__).with_name("suggestions.json")
AMOUNT = "money"  # the unit of an amount (reading/mentions.py)
_WORD = re.compile(r"\w+")


def fits(code: str, unit: str | None) -> bool:
    """Whether an indicator may count a figure of this unit: an amount only one that sums money
    (aid's value, in đồng), any other figure only one that counts something. A unit not known
    (None) fits any."""
    if unit is None:
        return True
    money = [measure.unit == "đồng" for measure in BY_CODE[code].measures] if code in BY_CODE else []
    return any(money) if unit == AMOUNT else not all(money)


def features(sentence: str, start: int, end: int, unit: str, period_kind: str | None) -> list[str]:
    """The words of a figure's neighbourhood, named by where they stand: "b:" the ten before it,
    "bb:" their pairs, "b3:" the three nearest, "a:" the five after, "w:" its unit's words; and
    "c:" the indicator whose lexicon words stand nearest (a delegation's, fishing's, aid's, ABTC's)."""
    before = _words(sentence[max(0, start - 100) : start])[-10:]
    after = _words(sentence[end : end + 60])[:5]
    own = [word for word in _words(sentence[start:end]) if not word.isdigit()]
    return (
        [f"u:{unit}", f"p:{period_kind}"]
        + [f"b:{word}" for word in before]
        + [f"a:{word}" for word in after]
        + [f"w:{word}" for word in own]
        + [f"bb:{a}_{b}" for a, b in zip(before, before[1:])]
        + [f"b3:{word}" for word in before[-3:]]
        + [f"c:{nearest({**CUES, **BOAT_CUES, **TOPICS}, sentence, start, end)}"]
    )


def _words(text: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(text)]


class Model:
    """weights: {label: {feature: weight}}, "__bias" among the features."""

    def __init__(self, weights: dict[str, dict[str, float]]):
        self.weights = weights

    def probabilities(self, feats: list[str]) -> dict[str, float]:
        scores = {
            label: w.get("__bias", 0.0) + sum(w.get(feat, 0.0) for feat in feats) for label, w in self.weights.items()
        }
        top = max(scores.values(), default=0.0)
        exp = {label: math.exp(score - top) for label, score in scores.items()}
        total = sum(exp.values())
        return {label: value / total for label, value in exp.items()}

    def suggest(self, feats: list[str], unit: str | None = None) -> list[str]:
        """The likeliest indicators, first the likeliest, even where "none" is likelier still: the
        figure is listed because the officer must judge it, and these name what to judge it against.
        unit: the figure's (reading/mentions.py); only indicators that may count it are named, a
        money indicator for an amount, a count's for a count (fits)."""
        chances = self.probabilities(feats)
        labels = (label for label in chances if label != NONE and fits(label, unit))
        return sorted(labels, key=lambda label: -chances[label])[:SUGGESTED]


def train(examples: list[tuple[list[str], str]], epochs: int = 15, rate: float = 0.2, seed: int = 0) -> Model:
    """Fit by stochastic gradient ascent on the log-likelihood, in a fixed order (seed): the same
    examples give the same weights. Weights under 0,3 are dropped and the rest rounded: nearly all
    go, and the first suggestion is as often right (68 of 87 figures of fresh text, either way)."""
    labels = sorted({label for _feats, label in examples})
    weights: dict[str, dict[str, float]] = {label: {} for label in labels}
    model = Model(weights)
    order = list(examples)
    shuffle = random.Random(seed).shuffle
    for _ in range(epochs):
        shuffle(order)
        for feats, label in order:
            chances = model.probabilities(feats)
            for candidate in labels:
                step = rate * ((candidate == label) - chances[candidate])
                if abs(step) < rate * 1e-4:
                    continue
                w = weights[candidate]
                for feat in [*feats, "__bias"]:
                    w[feat] = w.get(feat, 0.0) + step
    return Model(
        {label: {f: round(v, 2) for f, v in sorted(w.items()) if abs(v) >= 0.3} for label, w in weights.items()}
    )


def save(model: Model, path: Path = MODEL_FILE) -> None:
    path.write_text(json.dumps(model.weights, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")


@cache
def shipped() -> Model:
    """The model trained on the public texts' development half."""
    return Model(json.loads(MODEL_FILE.read_text(encoding="utf-8")))
