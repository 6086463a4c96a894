import pytest

from . import files


@pytest.fixture(scope="session")
def pdf_bomb():
    """One page inflating to 1 GB, 2.5 MB on disk (made once: it takes seconds)."""
    return files.pdf_bomb(1024)
