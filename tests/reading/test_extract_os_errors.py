"""A file the system will not open is said in Vietnamese, the reason too: never the system's English."""

import pytest

from ngoaivu.core.errors import error_text, os_reason
from ngoaivu.reading.errors import ReadError
from ngoaivu.reading.extract import extract


def test_a_path_through_a_file_gives_a_vietnamese_reason(tmp_path):
    ordinary = tmp_path / "bao-cao.txt"
    ordinary.write_text("Báo cáo", encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        extract(ordinary / "phu-luc.docx")
    assert (
        str(caught.value) == f"Không đọc được tệp «{ordinary / 'phu-luc.docx'}»: đường dẫn có phần không phải thư mục."
    )
    assert "directory" not in str(caught.value)


def test_a_name_too_long_gives_a_vietnamese_reason(tmp_path):
    with pytest.raises(ReadError) as caught:
        extract(tmp_path / ("a" * 300 + ".docx"))
    assert str(caught.value).endswith(": tên tệp hoặc đường dẫn quá dài.")
    assert "too long" not in str(caught.value)


def test_a_missing_file_is_said_in_vietnamese(tmp_path):
    with pytest.raises(ReadError) as caught:
        extract(tmp_path / "khong-co.docx")
    assert str(caught.value) == f"Không tìm thấy tệp «{tmp_path / 'khong-co.docx'}»."


def test_the_page_shows_the_reason_with_its_line(tmp_path):
    # error_text (what a page shows) fills in the reason as the reader gave it, in the active language.
    (tmp_path / "x.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        extract(tmp_path / "x.txt" / "y.docx")
    said = f"Không đọc được tệp «{tmp_path / 'x.txt' / 'y.docx'}»: đường dẫn có phần không phải thư mục."
    assert error_text(caught.value) == said
    assert os_reason(NotADirectoryError()) == "đường dẫn có phần không phải thư mục"
