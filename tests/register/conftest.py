import pytest


@pytest.fixture(autouse=True)
def _read_uploads_at_once(run_tasks):
    """A report uploaded on "Đọc báo cáo của đơn vị" is read by a background task: here as it is queued."""
