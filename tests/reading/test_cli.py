"""`ngoaivu read FILE [--json]` through reading.cli.main (no Django)."""

import json
import subprocess
import sys

from ngoaivu.reading.cli import main

from .conftest import needs_seeds, seed


@needs_seeds
def test_outline(capsys):
    assert main(["read", str(seed("003"))]) == 0
    out = capsys.readouterr().out
    assert out.startswith("BÁO CÁO: Công tác đối ngoại tháng 8/2021")
    assert "Kỳ báo cáo: tháng 8/2021" in out
    assert "   I. KẾT QUẢ TRIỂN KHAI CÔNG TÁC ĐỐI NGOẠI THÁNG 8/2021" in out
    assert "      1. Công tác tổ chức và quản lý đoàn ra/đoàn vào" in out
    assert "         a) Công tác tổ chức và quản lý đoàn ra" in out
    assert "Đoàn vào [lũy kế từ đầu năm]: 19 đoàn, 54 lượt người" in out
    assert "Nghị quyết số 22-NQ/TW" in out


@needs_seeds
def test_json(capsys):
    assert main(["read", str(seed("002")), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["meta"]["number_blank"] is True
    assert [c["code"] for c in result["checks"]] == ["blank_number", "blank_date"]
    assert result["references"][0] == {
        "type": "Công văn",
        "number": "1874/SNgV-ĐN",
        "date": "2024-11-12",
        "issuer": None,
        "summary": "về việc báo cáo tình hình, kết quả triển khai công tác hội nhập quốc tế năm 2024",
        "text": result["references"][0]["text"],
    }


@needs_seeds
def test_known_unit_codes_option(capsys):
    assert main(["read", str(seed("002")), "--json", "--units", "SNgV,UBND"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [c["text"].split(" ngày")[0] for c in result["checks"] if c["code"] == "unknown_unit_code"] == [
        "Công văn số 1821/VP-HCQT"
    ]


def test_errors_are_one_line(tmp_path, capsys):
    assert main(["read", str(tmp_path / "khong-co.pdf")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    # a path that is no file is a mistake in the arguments: pointed at --help, as the parser's are
    missing = tmp_path / "khong-co.pdf"  # said as typed, not its last part alone
    assert captured.err == f"Lỗi: Không tìm thấy tệp «{missing}». Xem tham số của lệnh: ngoaivu read --help\n"
    assert main(["read", str(tmp_path)]) == 1
    assert capsys.readouterr().err == (
        f"Lỗi: «{tmp_path}» không phải là một tệp. Xem tham số của lệnh: ngoaivu read --help\n"
    )
    empty = tmp_path / "rong.docx"
    empty.write_bytes(b"")
    assert main(["read", str(empty), "--json"]) == 1
    assert capsys.readouterr().err == "Lỗi: Tệp rỗng, không có nội dung để đọc.\n"


def test_usage_error_returns_non_zero(capsys):
    assert main(["read"]) == 2
    assert main([]) == 2


def test_runs_without_django(tmp_path):
    text = tmp_path / "bc.txt"
    text.write_text("BÁO CÁO\nCông tác tháng 8/2021\n", encoding="utf-8")
    code = (
        "import sys; from ngoaivu.reading.cli import main; rc = main(['read', sys.argv[1]]); "
        "assert 'django' not in sys.modules, 'Django imported'; sys.exit(rc)"
    )
    done = subprocess.run([sys.executable, "-c", code, str(text)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Công tác tháng 8/2021" in done.stdout


def test_dates_are_written_as_the_application_writes_them(tmp_path, capsys):
    report = tmp_path / "bc.txt"
    report.write_text(
        "SỞ NGOẠI VỤ\nSố: 12/BC-SNgV\nQuảng Trị, ngày 10 tháng 9 năm 2021\nBÁO CÁO\nCông tác đối ngoại tháng 8/2021\n"
        "Thực hiện Quyết định số 09/2011/QĐ-UBND ngày 04/5/2011 của UBND tỉnh.\n",
        encoding="utf-8",
    )
    assert main(["read", str(report)]) == 0
    out = capsys.readouterr().out
    assert "Nơi, ngày: Quảng Trị, 10/09/2021" in out
    assert "Quyết định số 09/2011/QĐ-UBND ngày 04/05/2011" in out
    assert "2021-09-10" not in out and "2011-05-04" not in out


def test_outline_lists_the_statements_of_none(tmp_path, capsys):
    report = tmp_path / "bao-cao.txt"
    report.write_text(
        "BÁO CÁO\nCông tác đối ngoại tháng 9/2021\n"
        "Từ đầu năm đến nay, không có tàu cá của tỉnh bị nước ngoài bắt giữ.\n"
        "Trong tháng, Sở không tổ chức hội nghị, hội thảo quốc tế nào.\n",
        encoding="utf-8",
    )
    assert main(["read", str(report)]) == 0
    out = capsys.readouterr().out
    assert "\nChỉ tiêu báo cáo không có (2):\n" in out
    assert (
        "  - Tàu cá bị nước ngoài bắt giữ [lũy kế từ đầu năm]: không có: "
        "«Từ đầu năm đến nay, không có tàu cá của tỉnh bị nước ngoài bắt giữ.»"
    ) in out
    assert "  - Hội nghị, hội thảo quốc tế [trong kỳ]: không có: «Trong tháng, Sở không tổ chức" in out
