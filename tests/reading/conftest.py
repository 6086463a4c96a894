"""Helpers for the reader's tests: pure Python, no database."""

import os
from pathlib import Path

import pytest

from ngoaivu.reporting.pdf import libreoffice_path

from tests.seeds import SEEDS

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="seed reports not present")
# LibreOffice is needed for .doc and for making PDFs; under NGOAIVU_REQUIRE_ALL a missing one fails.
needs_soffice = pytest.mark.skipif(
    libreoffice_path() is None and not os.environ.get("NGOAIVU_REQUIRE_ALL"), reason="LibreOffice không có trên máy này"
)


try:
    import pypdfium2  # noqa: F401

    HAVE_PDFIUM = True
except ImportError:  # pragma: no cover
    HAVE_PDFIUM = False
# The PDF reader's library; under NGOAIVU_REQUIRE_ALL a missing one fails.
needs_pdfium = pytest.mark.skipif(
    not HAVE_PDFIUM and not os.environ.get("NGOAIVU_REQUIRE_ALL"), reason="pypdfium2 chưa được cài"
)


def seed(name_prefix: str) -> Path:
    (path,) = sorted(SEEDS.glob(f"{name_prefix}*.txt"))
    return path


# What the sentence-form tests compare of each fact read (test_scope_forms_dev, test_parts_some_…).
VALUE_KEYS = ("groups", "persons", "count", "value", "currency", "boats", "fishermen")


def read_facts(*paragraphs):
    """[(indicator, scope, {value key: value})] of the facts read from paragraphs of a body."""
    from ngoaivu.reading.facts import extract_facts
    from ngoaivu.reading.structure import Block

    found = extract_facts([Block(text, "body") for text in paragraphs], None).facts
    return [(f["indicator"], f["scope"], {k: f[k] for k in VALUE_KEYS if k in f}) for f in found]


def written_count(n):
    """n as a report writes a count: «04», «1.250»."""
    return f"{n:02d}" if n < 10 else f"{n:,}".replace(",", ".")
