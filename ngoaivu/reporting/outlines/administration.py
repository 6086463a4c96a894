"""Institutions, administrative reform and the unit's own documents: the bodies of these areas of work
(section I of the general report), shared by the templates."""

INSTITUTIONS = [
    {
        "if": "documents_issued.count.period",
        "text": "Tham mưu ban hành {documents_issued.count.period} văn bản:",
        "else": "{period.in_word}, {across}không có văn bản quy phạm pháp luật, văn bản chỉ đạo mới được ban hành.",
    },
    {"list": "documents_issued", "item": ["- {citation}", {"if": "summary", "text": " {summary}"}, "."]},
]

# Administrative reform (seeds 001 and 003): the procedures whose translations the unit published.
REFORM = [
    {
        "if": "procedures_published.procedures.period",
        "text": [
            "Công bố bản dịch ",
            {"list": "procedure_translations", "item": "{language:lower}", "join": ", ", "last": " và "},
            " của {procedures_published.procedures.period} thủ tục hành chính trên Trang thông tin công khai, "
            "phục vụ tổ chức, cá nhân nước ngoài tra cứu, thực hiện.",
        ],
        "else": {
            "if": "unit.focal",
            "text": "Tiếp tục rà soát, cập nhật và công khai thủ tục hành chính thuộc thẩm quyền giải quyết của "
            "{unit.short} theo quy định.",
        },
    },
]

# The unit's own documents (seeds 001 and 003: «Ban hành Quyết định số 39/QĐ-SNgV ngày 22/7/2021 ban hành …»).
OTHER_WORK = [
    {
        "list": "documents_own",
        "item": [
            {"if": "other_unit", "text": "- {unit} ban hành {citation}", "else": "- Ban hành {citation}"},
            {"if": "summary", "text": " {summary}"},
            ".",
        ],
        "empty": "Thực hiện các nhiệm vụ khác theo chức năng, nhiệm vụ được giao.",
    },
]

# Each area under its heading (outlines/__init__.py).
INSTITUTIONS_AREA = {"heading": "Công tác tham mưu xây dựng, hoàn thiện thể chế", "body": INSTITUTIONS}
REFORM_AREA = {"heading": "Công tác cải cách hành chính", "body": REFORM}
OTHER_AREA = {"heading": "Một số công tác khác", "body": OTHER_WORK}
