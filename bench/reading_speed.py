"""How long the reader takes over a long report: a 300-page DOCX and the same as a PDF with a
text layer (made by LibreOffice), each read as an upload is (reader.read_bytes, in the sandbox)
and in process (read_file). Target: under 5 s each on a 2-core machine.

    .venv/bin/python bench/reading_speed.py [--pages 300] [--runs 3]

The report is written here: sections and paragraphs in the forms of the seeds, with figures,
citations and a plan, repeated with other numbers until it fills the pages.
"""

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from docx import Document  # noqa: E402
from docx.shared import Pt  # noqa: E402

from ngoaivu.reading.reader import read_bytes, read_file  # noqa: E402
from ngoaivu.reporting.pdf import docx_to_pdf  # noqa: E402

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
PARAGRAPHS = [
    "Trong tháng, Sở đã tham mưu UBND tỉnh đón tiếp {a:02d} đoàn khách quốc tế với {b} lượt người đến "
    "thăm, làm việc tại tỉnh; tăng {c:02d} đoàn so với cùng kỳ năm {y0}. Tính chung {m} tháng, toàn tỉnh "
    "đón {d} đoàn với {e} lượt người.",
    "Thực hiện Công văn số {n}/SNgV-ĐN ngày {day}/{mon}/{y} của Sở Ngoại vụ và Kế hoạch số {n2}/KH-UBND "
    "ngày {day}/{mon}/{y0} của UBND tỉnh, Sở đã phối hợp với các cơ quan liên quan triển khai các nội dung.",
    "Công tác viện trợ phi chính phủ nước ngoài: tiếp nhận {a:02d} chương trình, dự án với tổng giá trị "
    "cam kết {v},5 tỷ đồng; trong đó có {c:02d} dự án y tế và {a2:02d} dự án giáo dục.",
    "Công tác bảo hộ ngư dân: trong tháng có {a:02d} tàu cá với {b} ngư dân bị nước ngoài bắt giữ; hiện "
    "còn {c:02d} ngư dân đang bị giữ. Sở đã phối hợp với Bộ Ngoại giao đề nghị trả tự do cho ngư dân.",
    "Tổ chức {a:02d} đoàn ra với {b} lượt người đi công tác tại Nhật Bản, Hàn Quốc và Lào theo Quyết định "
    "số {n}/QĐ-UBND ngày {day}/{mon}/{y} của UBND tỉnh về việc cử cán bộ đi công tác nước ngoài.",
]


def write_docx(pages: int) -> bytes:
    """A report of about `pages` A4 pages (about 480 words a page in 13 pt Times New Roman)."""
    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    document.add_paragraph("UBND TỈNH QUẢNG NGÃI\nVĂN PHÒNG\nSố: 15/BC-VP")
    document.add_paragraph("BÁO CÁO\nCông tác đối ngoại năm 2024")
    words, target, index = 0, pages * 480, 0
    while words < target:
        section = index // 40
        if index % 40 == 0:
            document.add_paragraph(f"{ROMAN[section % 10]}. KẾT QUẢ CÔNG TÁC PHẦN {section + 1}")
        if index % 8 == 0:
            document.add_paragraph(f"{index // 8 % 9 + 1}. Lĩnh vực công tác thứ {index // 8 + 1}")
        values = {
            "a": index % 9 + 1,
            "a2": index % 7 + 2,
            "b": 10 + index % 90,
            "c": index % 5 + 1,
            "d": 20 + index % 50,
            "e": 100 + index,
            "m": index % 11 + 1,
            "n": 100 + index,
            "n2": 10 + index % 90,
            "v": index % 30 + 1,
            "day": index % 28 + 1,
            "mon": index % 12 + 1,
            "y": 2024,
            "y0": 2023,
        }
        text = "- " + PARAGRAPHS[index % len(PARAGRAPHS)].format(**values)
        document.add_paragraph(text)
        words += len(text.split())
        index += 1
    document.add_paragraph("Trên đây là báo cáo công tác đối ngoại năm 2024 và phương hướng năm 2025./.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def timed(read, runs):
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        result = read()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), max(seconds), result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args(argv)
    docx = write_docx(options.pages)
    started = time.perf_counter()
    kinds = [("docx", docx)]
    try:
        pdf = docx_to_pdf(docx, timeout=600)
    except Exception as exc:  # no LibreOffice here (its message needs Django's settings): DOCX only
        print(f"report: {len(docx) / 1e6:.1f} MB DOCX; no PDF made ({type(exc).__name__}: LibreOffice missing?)")
    else:
        made = time.perf_counter() - started
        print(f"report: {len(docx) / 1e6:.1f} MB DOCX; PDF by LibreOffice in {made:.1f} s, {len(pdf) / 1e6:.1f} MB")
        kinds.append(("pdf", pdf))
    with tempfile.TemporaryDirectory() as folder:
        for kind, data in kinds:
            path = Path(folder) / f"report.{kind}"
            path.write_bytes(data)
            median, worst, result = timed(lambda path=path: read_file(path), options.runs)
            upload_median, upload_worst, _ = timed(lambda data=data, kind=kind: read_bytes(data, f"r.{kind}"), 1)
            pages = result["source"].get("pages") or "–"
            print(
                f"{kind:<5} pages {pages!s:>4}  in process: median {median:.2f} s, worst {worst:.2f} s;"
                f"  as an upload (sandbox): {upload_median:.2f} s;  facts {len(result['facts'])}, "
                f"references {len(result['references'])}  (target < 5 s)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
