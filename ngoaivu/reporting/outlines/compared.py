"""A sentence that says there was none, compared with the same time last year when there was some then."""


def none_compared(text, code, measure, ytd=False):
    """text, a sentence saying there was none (without its full stop), then «(giảm 02 đoàn với 11 lượt người so
    với cùng kỳ năm 2020).» when the same time last year had some of code's measure: a none is a figure too,
    compared as every figure is. When last year had none either, the sentence stays as seed 003 writes it
    («Trong 8 tháng, không có cán bộ công chức đi công tác nước ngoài …»)."""
    window, compare = ("last_year_ytd", "ytd_compare") if ytd else ("last_year", "compare")
    return [text, {"if": f"{code}.{measure}.{window}", "text": f" ({{{code}.{compare}}})"}, "."]
