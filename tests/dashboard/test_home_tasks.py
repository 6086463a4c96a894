"""The home page names the assigned tasks still open past their deadline, as the user may see them."""

from ngoaivu.register.models import AssignedTask


def test_the_late_tasks_are_named_with_how_late_they_are(client_for, units, clock):
    clock(2021, 7, 1)
    AssignedTask.objects.create(unit=units["sngv"], title="Tổng kết Quý I", year=2021, due="q1")
    AssignedTask.objects.create(unit=units["vp"], title="Việc của Văn phòng", year=2021, due="q1")
    AssignedTask.objects.create(unit=units["sngv"], title="Kế hoạch năm", year=2021, due="year")
    html = client_for("officer").get("/").content.decode()
    assert "Nhiệm vụ được giao quá hạn" in html and "Tổng kết Quý I" in html and "quá hạn 92 ngày" in html
    assert "Kế hoạch năm" not in html.split("Nhiệm vụ được giao quá hạn")[1].split("</section>")[0]
    assert "Xem cả 02 nhiệm vụ quá hạn" in html and "/so-theo-doi/nhiem-vu/?overdue=true" in html
    # A unit reporter sees its own unit's only.
    html = client_for("reporter").get("/").content.decode()
    assert "Việc của Văn phòng" in html and "Tổng kết Quý I" not in html and "Xem cả 01 nhiệm vụ quá hạn" in html
