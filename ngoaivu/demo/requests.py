"""Report requests of the demo: the letters that seeds 000 and 002 answer."""

from datetime import date


def create(demo):
    from ngoaivu.collection.models import ReportRequest
    from ngoaivu.collection.requesting import send_request
    from ngoaivu.reporting.models import ReportTemplate

    templates = {t.code: t for t in ReportTemplate.objects.all()}
    # The Văn phòng UBND tỉnh was asked by the Sở Ngoại vụ (seeds 000 and 002).
    ReportRequest.objects.create(
        direction=ReportRequest.Direction.INCOMING,
        letter=demo.doc("1353/SNgV-ĐN"),
        unit=demo.unit("VP"),
        subject="Báo cáo tình hình thực hiện công tác đối ngoại nhân dân năm 2023",
        requested_by="Sở Ngoại vụ",
        template=templates["peoples_diplomacy"],
        period_code="2023",
        deadline=date(2023, 11, 20),
        created_by=demo.owners["VP"],
    )
    ReportRequest.objects.create(
        direction=ReportRequest.Direction.INCOMING,
        letter=demo.doc("1874/SNgV-ĐN"),
        unit=demo.unit("VP"),
        subject="Báo cáo tình hình, kết quả triển khai công tác hội nhập quốc tế năm 2024",
        requested_by="Sở Ngoại vụ",
        template=templates["integration"],
        period_code="2024",
        deadline=date(2024, 11, 25),
        created_by=demo.owners["VP"],
    )
    # …which is the Sở's own outgoing request to its units.
    outgoing = ReportRequest(
        letter=demo.doc("1874/SNgV-ĐN"),
        unit=demo.unit("SNgV"),
        requested_by="Sở Ngoại vụ",
        subject="Báo cáo tình hình, kết quả triển khai công tác hội nhập quốc tế năm 2024",
        template=templates["integration"],
        period_code="2024",
        deadline=date(2024, 11, 25),
        created_by=demo.default_user,
    )
    send_request(outgoing, [demo.unit(code) for code in ("VP", "DHPVD", "SCT")])
