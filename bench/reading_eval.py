"""Score the report reader against gold annotations.

    python bench/reading_eval.py GOLD_DIR [GOLD_DIR …] [--verbose] [--brief] [--interval]
                                 [--against OTHER_DIR]

    e.g. python bench/reading_eval.py tests/reading/public/dev tests/reading/public/heldout --brief
         python bench/reading_eval.py tests/reading/public/heldout2 --brief --interval
         python bench/reading_eval.py tests/reading/public/dev --against tests/reading/public/agreement/a

Each GOLD_DIR/*.json is one document's gold, in the shape `ngoaivu read --json` prints:
{"document": "../shared/seeds/001_….txt", "meta": {…}, "references": [...], "facts": [...],
 "checks": [...], "known_unit_codes": [...] (optional)}. "document" is a path relative to the
gold file's folder or, failing that, to the current folder (then the repository), or absolute.

Scores, summed over all documents (micro average):
  facts       matched on indicator, scope and every value the gold fact gives (groups,
              persons, count, value, currency, value_vnd, enterprises, businesspeople,
              boats, fishermen); one predicted fact matches at most one gold fact; then
              again with any scope, and with the values only (any scope and indicator):
              the share the reader lost on scope, on indicator, on the figures themselves;
  references  matched on (number, date);
  checks      matched on code (as a multiset);
  meta        share of the gold meta fields read exactly (period on kind, year, index).
--interval adds, for facts and references, the 95 % interval of F1 when the documents are drawn
again with replacement (a bootstrap over documents): how far the score could move on other texts
of the same kind. --against OTHER_DIR scores the annotations of OTHER_DIR (files of the same
names, e.g. a second annotator's) instead of what the reader reads, on the texts OTHER_DIR
annotates: how far two people agree.
Pure Python: no Django, no database.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))  # the ngoaivu package

from ngoaivu.reading.errors import ReadError  # noqa: E402
from ngoaivu.reading.reader import read_file  # noqa: E402
from ngoaivu.reading.restated import VALUES  # noqa: E402  the measures a fact carries


def resolve(gold_path: Path, document: str) -> Path:
    path = Path(document)
    if path.is_absolute():
        return path
    for base in (gold_path.parent, Path.cwd(), REPOSITORY):
        candidate = (base / path).resolve()
        if candidate.exists():
            return candidate
    return (Path.cwd() / path).resolve()


def _same_value(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))
    return a == b


def fact_matches(gold: dict, predicted: dict, loose: tuple = ()) -> bool:
    """loose: the labels not compared ("scope", "indicator"), to tell which the reader got wrong."""
    if any(gold.get(label) != predicted.get(label) for label in ("indicator", "scope") if label not in loose):
        return False
    keys = [k for k in VALUES if k in gold and gold[k] is not None]
    return bool(keys) and all(k in predicted and _same_value(gold[k], predicted[k]) for k in keys)


def match_facts(gold: list, predicted: list, loose: tuple = ()):
    """(matched pairs, missed gold, extra predicted), one to one, in order."""
    free = list(range(len(predicted)))
    pairs, missed = [], []
    for g in gold:
        hit = next((i for i in free if fact_matches(g, predicted[i], loose)), None)
        if hit is None:
            missed.append(g)
        else:
            free.remove(hit)
            pairs.append((g, predicted[hit]))
    return pairs, missed, [predicted[i] for i in free]


def ref_key(ref: dict):
    return (" ".join(str(ref.get("number") or "").split()), ref.get("date"))


def _meta_equal(key: str, gold, predicted) -> bool:
    if key == "period":
        if not gold or not predicted:
            return gold == predicted
        return all(gold.get(k) == predicted.get(k) for k in ("kind", "year", "index"))
    return gold == predicted


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, fp: int, fn: int):
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def scores(self):
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def line(self, name: str, width: int = 11) -> str:
        p, r, f = self.scores()
        return f"{name:<{width}} precision {p:6.1%}  recall {r:6.1%}  F1 {f:6.1%}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"


def interval(rows: list, draws: int = 2000, seed: int = 0) -> tuple[float, float]:
    """The 95 % interval of the micro F1 over documents drawn again with replacement; rows are
    each document's (tp, fp, fn)."""
    rng = random.Random(seed)  # the same interval on every run
    scores = []
    for _ in range(draws):
        tally = Tally()
        for _ in rows:
            tally.add(*rng.choice(rows))
        scores.append(tally.scores()[2])
    scores.sort()
    return scores[int(0.025 * draws)], scores[int(0.975 * draws) - 1]


def _annotation(path: Path | None = None) -> dict:
    """Another annotation of the same text, in the gold's shape; none read, an empty one."""
    empty = {"meta": {}, "references": [], "facts": [], "checks": []}
    return {**empty, **json.loads(path.read_text(encoding="utf-8"))} if path else empty


def evaluate(
    gold_dir: Path,
    verbose: bool = False,
    out=sys.stdout,
    brief: bool = False,
    with_interval: bool = False,
    against: Path | None = None,
) -> dict:
    """Score every gold file of gold_dir; print a line per document (unless brief) and the totals,
    with the facts also by indicator and by scope. Returns the scores. against: a folder of other
    annotations of some of the texts, scored in the reader's place on those texts."""
    facts, refs, checks = Tally(), Tally(), Tally()
    rows: dict[str, list] = {"facts": [], "references": []}  # each document's (tp, fp, fn)
    # the facts matched with their scope, then also their indicator, left unchecked
    loosely = {"any scope": (("scope",), Tally()), "values only": (("scope", "indicator"), Tally())}
    by_family: dict[tuple[str, str], Tally] = {}  # ("indicator", "aid"), ("scope", "ytd") …
    meta_right = meta_total = 0
    files = sorted(gold_dir.glob("*.json"))
    if against is not None:  # a sample: only the texts the other annotator read
        files = [path for path in files if (against / path.name).is_file()]
    if not files:
        print(f"Không có tệp gold (*.json) trong {gold_dir}", file=out)
        return {}
    seconds = 0.0
    for gold_path in files:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        document = resolve(gold_path, gold["document"])
        started = time.perf_counter()
        error = None
        if against is not None:
            result = _annotation(against / gold_path.name)
        else:
            try:
                result = read_file(document, known_unit_codes=gold.get("known_unit_codes"))
            except ReadError as exc:
                result = _annotation()
                error = str(exc)
        seconds += time.perf_counter() - started
        pairs, missed, extra = match_facts(gold.get("facts", []), result["facts"])
        facts.add(len(pairs), len(extra), len(missed))
        rows["facts"].append((len(pairs), len(extra), len(missed)))
        for loose, tally in loosely.values():
            matched, not_found, not_gold = match_facts(gold.get("facts", []), result["facts"], loose)
            tally.add(len(matched), len(not_gold), len(not_found))
        for found, (tp, fp, fn) in (
            [(g, (1, 0, 0)) for g, _p in pairs] + [(g, (0, 0, 1)) for g in missed] + [(e, (0, 1, 0)) for e in extra]
        ):
            for family in ("indicator", "scope"):
                by_family.setdefault((family, str(found.get(family))), Tally()).add(tp, fp, fn)
        gold_refs = Counter(ref_key(r) for r in gold.get("references", []))
        got_refs = Counter(ref_key(r) for r in result["references"])
        ref_tp = sum((gold_refs & got_refs).values())
        refs.add(ref_tp, sum(got_refs.values()) - ref_tp, sum(gold_refs.values()) - ref_tp)
        rows["references"].append((ref_tp, sum(got_refs.values()) - ref_tp, sum(gold_refs.values()) - ref_tp))
        gold_checks = Counter(c["code"] for c in gold.get("checks", []))
        got_checks = Counter(c["code"] for c in result["checks"])
        check_tp = sum((gold_checks & got_checks).values())
        checks.add(check_tp, sum(got_checks.values()) - check_tp, sum(gold_checks.values()) - check_tp)
        wrong_meta = []
        for key, value in (gold.get("meta") or {}).items():
            meta_total += 1
            if _meta_equal(key, value, result["meta"].get(key)):
                meta_right += 1
            else:
                wrong_meta.append((key, value, result["meta"].get(key)))
        status = (
            f"LỖI ĐỌC: {error}"
            if error
            else (
                f"facts {len(pairs)}/{len(gold.get('facts', []))} (+{len(extra)}), "
                f"refs {ref_tp}/{sum(gold_refs.values())} (+{sum(got_refs.values()) - ref_tp}), "
                f"checks {check_tp}/{sum(gold_checks.values())} (+{sum(got_checks.values()) - check_tp}), "
                f"meta {len(gold.get('meta') or {}) - len(wrong_meta)}/{len(gold.get('meta') or {})}"
            )
        )
        if not brief:
            print(f"{gold_path.name}: {status}", file=out)
        if verbose:
            for g in missed:
                print(f"   thiếu fact: {_brief(g)}", file=out)
            for p in extra:
                print(f"   thừa fact:  {_brief(p)}", file=out)
            for key in sorted(set(gold_refs) - set(got_refs)):
                print(f"   thiếu văn bản: {key}", file=out)
            for key in sorted(set(got_refs) - set(gold_refs)):
                print(f"   thừa văn bản:  {key}", file=out)
            for code in gold_checks - got_checks:
                print(f"   thiếu check: {code}", file=out)
            for code in got_checks - gold_checks:
                print(f"   thừa check:  {code}", file=out)
            for key, want, got in wrong_meta:
                print(f"   meta {key}: cần {want!r}, đọc được {got!r}", file=out)
    print("", file=out)
    print(f"documents   {len(files)}  ({seconds:.2f} s reading)", file=out)
    intervals = {name: interval(rows[name]) for name in rows} if with_interval else {}
    for name, tally in (("facts", facts), ("references", refs), ("checks", checks)):
        print(tally.line(name), file=out)
        if name in intervals:
            low, high = intervals[name]
            print(f"{'':<11} F1 95 % interval {low:6.1%} – {high:6.1%}  (documents drawn again 2000 times)", file=out)
    for name, (_loose, tally) in loosely.items():
        print("  " + tally.line(f"facts, {name}", width=25), file=out)
    for family in ("indicator", "scope"):
        print(f"facts by {family}:", file=out)
        for (kind, name), tally in sorted(by_family.items()):
            if kind == family:
                print("  " + tally.line(name, width=25), file=out)
    meta_share = meta_right / meta_total if meta_total else 1.0
    print(f"{'meta':<11} {meta_right}/{meta_total} fields ({meta_share:.1%})", file=out)
    return {
        "facts": facts.scores(),
        "references": refs.scores(),
        "checks": checks.scores(),
        "meta": meta_share,
        "intervals": intervals,
        "loosely": {name: tally.scores() for name, (_loose, tally) in loosely.items()},
        "by_family": {key: tally.scores() for key, tally in by_family.items()},
    }


def _brief(fact: dict) -> str:
    values = ", ".join(f"{k}={fact[k]}" for k in VALUES if k in fact)
    return f"{fact.get('indicator')}/{fact.get('scope')} {values}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Score the report reader against gold annotations.")
    parser.add_argument("gold_dirs", type=Path, nargs="+", help="folders of gold *.json files, scored apart")
    parser.add_argument("-v", "--verbose", action="store_true", help="list what was missed or added")
    parser.add_argument("--brief", action="store_true", help="the totals only, no line per document")
    parser.add_argument("--interval", action="store_true", help="the 95 %% interval of F1 over documents")
    parser.add_argument("--against", type=Path, help="score these annotations instead of the reader's reading")
    options = parser.parse_args(argv)
    for gold_dir in options.gold_dirs + ([options.against] if options.against else []):
        if not gold_dir.is_dir():
            print(f"Không thấy thư mục {gold_dir}", file=sys.stderr)
            return 2
    for gold_dir in options.gold_dirs:
        if len(options.gold_dirs) > 1:
            print(f"== {gold_dir}")
        evaluate(
            gold_dir, options.verbose, brief=options.brief, with_interval=options.interval, against=options.against
        )
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
