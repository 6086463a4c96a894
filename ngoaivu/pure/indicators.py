"""The catalogue of indicators (chỉ tiêu): declarations, not one function per figure.

Each indicator names a register model, the date that places a row in a period, an optional
condition, and its measures (a count of rows, a sum of a field, a count of distinct values).
A flow counts rows dated inside the period; a stock counts rows open on the period's last
day (fishermen still detained, students present, staff). The codes are the vocabulary the
reader of existing reports uses too.
"""

from dataclasses import dataclass, field

# Names are marked for the interface's catalogue: they stay Vietnamese here and in every report; the
# interface translates them where it shows them.
from .messages import gettext_noop


# The word that joins a measure's figure to the one named before it, as the seeds write the pair: «17 đoàn
# với 35 lượt người» (seed 001), «04 doanh nhân của 03 doanh nghiệp» (seed 001), «02 tàu cá cùng 19 ngư dân»
# (seed 003). A change says it too: «tăng 02 doanh nhân của 01 doanh nghiệp» (pure/changes.py).
WITH = gettext_noop(" với ")
OF = gettext_noop(" của ")
ALONG = gettext_noop(" cùng ")


@dataclass(frozen=True)
class Measure:
    name: str  # "groups", "persons", "count", "value"…
    unit: str  # the word that follows the figure: "đoàn", "lượt người", "đồng"
    field: str | None = None  # summed field; None counts rows
    distinct: bool = False  # count distinct values of field
    after: str = WITH  # the word that joins it to the measure named before it (above)


@dataclass(frozen=True)
class Indicator:
    code: str
    name: str
    model: str
    date_field: str | None
    measures: tuple
    condition: dict = field(default_factory=dict)
    stock_end_field: str | None = None  # a stock: open until this date (None = still open)
    # Whether the row is still in the stock on its end date: a student leaving on 30/06 still studies on
    # that day (a stay's last day); a fisherman released on 30/06 is no longer held that day.
    stock_end_inclusive: bool = False
    year_field: str | None = None  # rows placed by a year number instead of a date
    breakdowns: tuple = ()  # fields a report may split the figure by
    definition: str = ""

    @property
    def is_stock(self):
        return self.stock_end_field is not None

    def open_on_lookup(self):
        """The lookup of stock_end_field that a row still in the stock on a day passes, given that day:
        "departed_on__gte" when the end date is the row's last day in the stock, "released_on__gt" when
        it is the day the row left it. The one place this rule lives (register/engine.py reads it)."""
        return f"{self.stock_end_field}__{'gte' if self.stock_end_inclusive else 'gt'}"


def _count(unit):
    return Measure("count", unit)


# Events recorded ahead, postponed or cancelled are kept in the register and not counted.
DONE = {"status": "done"}

CATALOGUE = [
    Indicator(
        "incoming_delegations",
        gettext_noop("Đoàn vào"),
        "register.IncomingDelegation",
        "start_date",
        (Measure("groups", "đoàn", "groups"), Measure("persons", "lượt người", "person_visits")),
        breakdowns=("host_level", "country", "purpose"),
        definition="Đoàn khách nước ngoài đến làm việc, học tập trên địa bàn, theo ngày đến.",
    ),
    Indicator(
        "outgoing_delegations",
        gettext_noop("Đoàn ra"),
        "register.OutgoingDelegation",
        "start_date",
        (Measure("groups", "đoàn"), Measure("persons", "lượt người", "persons")),
        condition={"nature": "official"},
        definition="Đoàn cán bộ đi công tác nước ngoài (việc công), theo ngày đi.",
    ),
    Indicator(
        "private_trips",
        gettext_noop("Cán bộ đi nước ngoài về việc riêng"),
        "register.OutgoingDelegation",
        "start_date",
        (Measure("persons", "lượt người", "persons"),),
        condition={"nature": "private"},
        definition="Cán bộ, công chức đi nước ngoài về việc riêng (không do Chủ tịch UBND tỉnh cử), theo ngày đi.",
    ),
    Indicator(
        "courtesy_receptions",
        gettext_noop("Tiếp xã giao"),
        "register.CourtesyReception",
        "received_on",
        (_count("đoàn"),),
        breakdowns=("country",),
    ),
    Indicator(
        "agreements_signed",
        gettext_noop("Thỏa thuận quốc tế đã ký kết"),
        "register.Agreement",
        "signed_on",
        (_count("thỏa thuận"),),
        condition={"status__in": ["signed", "in_force", "expired", "renewed"]},
        breakdowns=("country",),
    ),
    Indicator(
        "agreements_in_progress",
        gettext_noop("Thỏa thuận quốc tế đang thẩm định"),
        "register.Agreement",
        "process_started_on",
        (_count("thỏa thuận"),),
        # Postponed ones are not: the register does not say since when.
        condition={
            "status__in": ["drafting", "party_review", "ministry_opinions", "signed", "in_force", "expired", "renewed"]
        },
        stock_end_field="signed_on",
        definition="Thỏa thuận đã bắt đầu quy trình xin ý kiến, thẩm định (bước đầu tiên) và chưa ký kết, "
        "vào ngày cuối kỳ báo cáo.",
    ),
    Indicator(
        "agreement_steps",
        gettext_noop("Bước xin ý kiến, thẩm định thỏa thuận quốc tế"),
        "register.AgreementStep",
        "done_on",
        (_count("bước"),),
        definition="Các bước của quy trình xin ý kiến, thẩm định, ký kết thỏa thuận quốc tế thực hiện trong kỳ.",
    ),
    Indicator(
        "agreements_postponed",
        gettext_noop("Thỏa thuận quốc tế tạm hoãn"),
        "register.Agreement",
        None,
        (_count("thỏa thuận"),),
        condition={"status": "postponed"},
    ),
    Indicator(
        "conferences",
        gettext_noop("Hội nghị, hội thảo quốc tế"),
        "register.Conference",
        "start_date",
        (_count("hội nghị"), Measure("foreign_participants", "đại biểu nước ngoài", "foreign_participants")),
        condition=DONE,
        breakdowns=("format",),
    ),
    Indicator(
        "conferences_with_foreigners",
        gettext_noop("Hội nghị, hội thảo có đại biểu nước ngoài"),
        "register.Conference",
        "start_date",
        (_count("hội nghị"),),
        condition={**DONE, "foreign_participants__gt": 0},
    ),
    Indicator(
        "training_courses",
        gettext_noop("Lớp tập huấn về hội nhập quốc tế"),
        "register.IntegrationActivity",
        "start_date",
        (_count("lớp"), Measure("participants", "lượt người", "participants")),
        condition={"kind": "training", "role": "organised"},
    ),
    Indicator(
        "integration_work",
        gettext_noop("Hoạt động hội nhập quốc tế khác (kế hoạch, Ban Chỉ đạo, rà soát văn bản…)"),
        "register.IntegrationActivity",
        "start_date",
        (_count("hoạt động"),),
        condition={"kind__in": ("plan", "committee", "other")},
    ),
    Indicator(
        "training_attended",
        gettext_noop("Lớp tập huấn cơ quan khác tổ chức, đơn vị cử người tham dự"),
        "register.IntegrationActivity",
        "start_date",
        (_count("lớp"), Measure("participants", "lượt người", "participants")),
        condition={"kind": "training", "role": "attended"},
    ),
    Indicator(
        "economic_events",
        gettext_noop("Hoạt động ngoại giao kinh tế"),
        "register.EconomicDiplomacyEvent",
        "held_on",
        (_count("hoạt động"),),
        condition={**DONE, "kind__in": ("promotion", "business", "fair", "projects", "other")},
        breakdowns=("kind", "country"),
    ),
    Indicator(
        "economic_letters",
        gettext_noop("Trao đổi, phúc đáp, đề xuất về ngoại giao kinh tế"),
        "register.EconomicDiplomacyEvent",
        "held_on",
        (_count("văn bản"),),
        condition={**DONE, "kind": "letter"},
        definition="Công văn trao đổi, phúc đáp đối tác, đề xuất nhu cầu hợp tác: báo cáo từng việc, không tính "
        "là hoạt động ngoại giao kinh tế.",
    ),
    Indicator(
        "abtc",
        gettext_noop("Thẻ ABTC được cho phép"),
        "register.AbtcApplication",
        "decided_on",
        (
            Measure("enterprises", "doanh nghiệp", "enterprise", distinct=True, after=OF),
            Measure("businesspeople", "doanh nhân", "businesspeople"),
        ),
        condition={"status": "approved"},
    ),
    Indicator(
        "abtc_received",
        gettext_noop("Hồ sơ thẻ ABTC tiếp nhận"),
        "register.AbtcApplication",
        "received_on",
        (
            Measure("enterprises", "doanh nghiệp", "enterprise", distinct=True, after=OF),
            Measure("businesspeople", "doanh nhân", "businesspeople"),
        ),
        breakdowns=("status",),
    ),
    Indicator(
        "aid",
        gettext_noop("Viện trợ PCPNN được phê duyệt"),
        "register.ForeignAid",
        "approved_on",
        (_count("khoản viện trợ"), Measure("value", "đồng", "value_vnd")),
        breakdowns=("kind", "currency", "country"),
    ),
    Indicator(
        "consular_cases",
        gettext_noop("Vụ việc lãnh sự"),
        "register.ConsularCase",
        "occurred_on",
        (_count("vụ việc"),),
        breakdowns=("kind",),
    ),
    Indicator(
        "consular_cases_open",
        gettext_noop("Vụ việc lãnh sự đang xử lý"),
        "register.ConsularCase",
        "occurred_on",
        (_count("vụ việc"),),
        stock_end_field="closed_on",
        breakdowns=("kind",),
        definition="Vụ việc lãnh sự đã tiếp nhận mà chưa giải quyết xong vào ngày cuối kỳ báo cáo (số tồn, "
        "không cộng dồn).",
    ),
    Indicator(
        "boats_detained",
        gettext_noop("Tàu cá bị nước ngoài bắt giữ"),
        "register.FishingIncident",
        "occurred_on",
        (Measure("boats", "tàu cá"), Measure("fishermen", "ngư dân", "fishermen", after=ALONG)),
        condition={"kind": "detained"},
        breakdowns=("country",),
    ),
    Indicator(
        "boats_obstructed",
        gettext_noop("Tàu cá bị ngăn cản, lấy tài sản"),
        "register.FishingIncident",
        "occurred_on",
        (Measure("boats", "tàu cá"), Measure("fishermen", "ngư dân", "fishermen", after=ALONG)),
        condition={"kind__in": ["obstructed", "robbed"]},
        breakdowns=("country",),
    ),
    Indicator(
        "boats_released",
        gettext_noop("Tàu cá, ngư dân được thả"),
        "register.FishingIncident",
        "released_on",
        (Measure("boats", "tàu cá"), Measure("fishermen", "ngư dân", "fishermen", after=ALONG)),
        condition={"kind": "detained"},
    ),
    Indicator(
        "fishermen_still_detained",
        gettext_noop("Ngư dân còn bị giữ"),
        "register.FishingIncident",
        "occurred_on",
        (Measure("boats", "tàu cá"), Measure("fishermen", "ngư dân", "fishermen", after=ALONG)),
        condition={"kind": "detained"},
        stock_end_field="released_on",
        definition="Ngư dân bị bắt giữ đến ngày cuối kỳ mà chưa được thả (số tồn, không cộng dồn).",
    ),
    Indicator(
        "foreign_student_arrivals",
        gettext_noop("Lưu học sinh đến"),
        "register.ForeignResident",
        "arrived_on",
        (Measure("count", "lưu học sinh", "persons"),),
        condition={"kind": "student"},
        breakdowns=("arrival", "country", "home_province"),
    ),
    Indicator(
        "foreign_students",
        gettext_noop("Lưu học sinh đang học tập"),
        "register.ForeignResident",
        "arrived_on",
        (Measure("count", "lưu học sinh", "persons"),),
        condition={"kind": "student"},
        stock_end_field="departed_on",
        stock_end_inclusive=True,  # a student leaving on the period's last day still studies that day
        breakdowns=("country", "institution"),
    ),
    Indicator(
        "foreign_experts",
        gettext_noop("Chuyên gia, lao động nước ngoài"),
        "register.ForeignResident",
        "arrived_on",
        (Measure("persons", "người", "persons"),),
        condition={"kind__in": ["expert", "worker"]},
        stock_end_field="departed_on",
        stock_end_inclusive=True,  # the same field: the day of leaving is the stay's last day
        breakdowns=("country",),
    ),
    Indicator(
        "overseas_vietnamese",
        gettext_noop("Hoạt động NVNONN"),
        "register.OverseasVietnameseActivity",
        "held_on",
        (_count("hoạt động"),),
        breakdowns=("kind",),
    ),
    Indicator("bulletins", gettext_noop("Bản tin đối ngoại"), "register.Bulletin", "published_on", (_count("số"),)),
    Indicator(
        "articles",
        gettext_noop("Tin bài đối ngoại"),
        "register.Article",
        "published_on",
        (_count("tin bài"),),
        breakdowns=("language",),
    ),
    Indicator(
        "foreign_press_crews",
        gettext_noop("Đoàn phóng viên nước ngoài"),
        "register.PressCrew",
        "start_date",
        (_count("đoàn"), Measure("persons", "phóng viên", "persons")),
        breakdowns=("country",),
    ),
    Indicator(
        "cultural_events",
        gettext_noop("Hoạt động ngoại giao văn hóa"),
        "register.CulturalEvent",
        "held_on",
        (_count("hoạt động"),),
        condition=DONE,
    ),
    Indicator(
        "border_activities",
        gettext_noop("Hoạt động biên giới, lãnh thổ"),
        "register.BorderActivity",
        "held_on",
        (_count("hoạt động"),),
        condition=DONE,
        breakdowns=("kind",),
    ),
    Indicator(
        "documents_issued",
        gettext_noop("Văn bản được ban hành"),
        "core.LegalDocument",
        "issued_on",
        (_count("văn bản"),),
        condition={"status": "issued", "issued_by_unit": False},
        breakdowns=("doc_type",),
        definition="Văn bản do đơn vị tham mưu cấp trên (UBND tỉnh, Chủ tịch UBND tỉnh…) ban hành, theo ngày "
        "ban hành; không tính văn bản của chính đơn vị.",
    ),
    Indicator(
        "documents_own",
        gettext_noop("Văn bản đơn vị ban hành"),
        "core.LegalDocument",
        "issued_on",
        (_count("văn bản"),),
        condition={"status": "issued", "issued_by_unit": True},
        breakdowns=("doc_type",),
        definition="Văn bản của chính đơn vị (thông báo, công văn, quyết định của đơn vị), theo ngày ban hành.",
    ),
    Indicator(
        "tasks",
        gettext_noop("Nhiệm vụ được giao"),
        "register.AssignedTask",
        None,
        (_count("nhiệm vụ"),),
        year_field="year",
        breakdowns=("progress", "due"),
    ),
    Indicator(
        "staff",
        gettext_noop("Cán bộ, công chức"),
        "register.StaffMember",
        "joined_on",
        (_count("người"),),
        stock_end_field="left_on",
        breakdowns=("division",),
    ),
    Indicator(
        "procedures_published",
        gettext_noop("Thủ tục hành chính được công bố bản dịch"),
        "procedures.Translation",
        "first_published_on",
        (Measure("procedures", "thủ tục", "procedure", distinct=True),),
        condition={"first_published_on__isnull": False},
        definition="Thủ tục hành chính có ít nhất một bản dịch được công bố trong kỳ, theo ngày công bố lần đầu.",
    ),
    Indicator(
        "procedures_translated",
        gettext_noop("Bản dịch thủ tục hành chính được công bố"),
        "procedures.Translation",
        "first_published_on",
        (_count("bản dịch"),),
        condition={"first_published_on__isnull": False},
        breakdowns=("language",),
        definition="Bản dịch (tiếng Anh, Trung, Hàn, Nhật) được công bố trong kỳ, theo ngày công bố lần đầu.",
    ),
]

BY_CODE = {indicator.code: indicator for indicator in CATALOGUE}


@dataclass(frozen=True)
class Figure:
    """One measure of one indicator over the four windows a report compares."""

    period: int
    ytd: int
    last_year: int
    last_year_ytd: int

    @property
    def diff(self):
        return self.period - self.last_year

    @property
    def ytd_diff(self):
        return self.ytd - self.last_year_ytd

    def as_dict(self):
        return {
            "period": self.period,
            "ytd": self.ytd,
            "last_year": self.last_year,
            "last_year_ytd": self.last_year_ytd,
            "diff": self.diff,
            "ytd_diff": self.ytd_diff,
        }
