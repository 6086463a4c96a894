"""Demo: real administrative procedures for foreigners and foreign investors, in five languages.

Names, agencies and times follow the national procedure database (public facts); the
translations are short working translations written for the demo.
"""

from datetime import date

from ngoaivu.procedures.models import Procedure, Translation

# Vietnamese → (en, zh, ko, ja), for the fields, agencies and times several procedures share.
SHARED = {
    "Việc làm": ("Employment", "就业", "고용", "雇用"),
    "Ngoại vụ": ("Foreign affairs", "外事", "외무", "外務"),
    "Thương mại quốc tế": ("International trade", "国际贸易", "국제 무역", "国際貿易"),
    "Đầu tư tại Việt Nam": ("Investment in Viet Nam", "在越南投资", "베트남 투자", "ベトナムへの投資"),
    "Đường bộ": ("Road transport", "道路交通", "도로 교통", "道路交通"),
    "Xuất nhập cảnh": ("Immigration", "出入境", "출입국", "出入国"),
    "Sở Lao động – Thương binh và Xã hội": (
        "Department of Labour, Invalids and Social Affairs",
        "劳动荣军与社会厅",
        "노동보훈사회국",
        "労働・傷病兵・社会局",
    ),
    "Sở Ngoại vụ": ("Department of Foreign Affairs", "外务厅", "외무국", "外務局"),
    "Sở Công Thương": ("Department of Industry and Trade", "工贸厅", "산업통상국", "商工局"),
    "Sở Kế hoạch và Đầu tư": ("Department of Planning and Investment", "计划投资厅", "기획투자국", "計画投資局"),
    "Sở Giao thông vận tải": ("Department of Transport", "交通运输厅", "교통운송국", "交通運輸局"),
    "Công an tỉnh": ("Provincial Police", "省公安", "성 공안", "省公安"),
    "05 ngày làm việc": ("5 working days", "5个工作日", "5 영업일", "5営業日"),
    "03 ngày làm việc": ("3 working days", "3个工作日", "3 영업일", "3営業日"),
    "07 ngày làm việc": ("7 working days", "7个工作日", "7 영업일", "7営業日"),
    "10 ngày làm việc": ("10 working days", "10个工作日", "10 영업일", "10営業日"),
    "15 ngày": ("15 days", "15天", "15일", "15日"),
    "15 ngày làm việc": ("15 working days", "15个工作日", "15 영업일", "15営業日"),
    "Không": ("None", "免费", "없음", "無料"),
}

# code, field, agency, processing time, shortened time, level, fees, Vietnamese name, (en, zh, ko, ja) names
PROCEDURES = [
    (
        "1.000105",
        "Việc làm",
        "Sở Lao động – Thương binh và Xã hội",
        "05 ngày làm việc",
        "03 ngày làm việc",
        "full",
        "600.000 đồng/giấy phép",
        "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam",
        (
            "Issuance of a work permit to a foreign worker in Viet Nam",
            "为在越南工作的外国劳动者颁发劳动许可证",
            "베트남에서 일하는 외국인 근로자의 노동허가서 발급",
            "ベトナムで働く外国人労働者への労働許可証の発行",
        ),
    ),
    (
        "1.000459",
        "Việc làm",
        "Sở Lao động – Thương binh và Xã hội",
        "05 ngày làm việc",
        "03 ngày làm việc",
        "full",
        "450.000 đồng/giấy phép",
        "Cấp lại giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam",
        (
            "Re-issuance of a work permit to a foreign worker",
            "补发外国劳动者劳动许可证",
            "외국인 근로자의 노동허가서 재발급",
            "外国人労働者の労働許可証の再発行",
        ),
    ),
    (
        "2.000205",
        "Việc làm",
        "Sở Lao động – Thương binh và Xã hội",
        "05 ngày làm việc",
        "03 ngày làm việc",
        "full",
        "450.000 đồng/giấy phép",
        "Gia hạn giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam",
        (
            "Extension of a work permit of a foreign worker",
            "延长外国劳动者劳动许可证",
            "외국인 근로자의 노동허가서 연장",
            "外国人労働者の労働許可証の延長",
        ),
    ),
    (
        "1.000093",
        "Việc làm",
        "Sở Lao động – Thương binh và Xã hội",
        "05 ngày làm việc",
        "",
        "full",
        "Không",
        "Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động",
        (
            "Certification that a foreign worker is exempt from a work permit",
            "确认外国劳动者不属于须办理劳动许可证的对象",
            "외국인 근로자의 노동허가 면제 확인",
            "外国人労働者の労働許可免除の確認",
        ),
    ),
    (
        "1.001865",
        "Việc làm",
        "Sở Lao động – Thương binh và Xã hội",
        "10 ngày làm việc",
        "07 ngày làm việc",
        "partial",
        "Không",
        "Chấp thuận nhu cầu sử dụng người lao động nước ngoài",
        (
            "Approval of the demand for foreign workers",
            "批准使用外国劳动者的需求",
            "외국인 근로자 고용 수요 승인",
            "外国人労働者の雇用需要の承認",
        ),
    ),
    (
        "2.001961",
        "Ngoại vụ",
        "Sở Ngoại vụ",
        "15 ngày làm việc",
        "10 ngày làm việc",
        "partial",
        "Không",
        "Cho phép sử dụng thẻ đi lại của doanh nhân APEC (ABTC)",
        (
            "Permission to use the APEC Business Travel Card (ABTC)",
            "批准使用亚太经合组织商务旅行卡（ABTC）",
            "APEC 기업인 여행카드(ABTC) 사용 허가",
            "APECビジネス・トラベル・カード（ABTC）の使用許可",
        ),
    ),
    (
        "2.001962",
        "Ngoại vụ",
        "Sở Ngoại vụ",
        "15 ngày làm việc",
        "10 ngày làm việc",
        "partial",
        "Không",
        "Cho phép sử dụng lại thẻ ABTC khi thẻ hết hạn",
        (
            "Permission to use a new ABTC when the card expires",
            "ABTC卡到期后批准继续使用",
            "ABTC 만료 시 재사용 허가",
            "ABTC期限切れ時の再使用許可",
        ),
    ),
    (
        "2.002124",
        "Ngoại vụ",
        "Sở Ngoại vụ",
        "15 ngày",
        "10 ngày làm việc",
        "partial",
        "Không",
        "Cho phép tổ chức hội nghị, hội thảo quốc tế thuộc thẩm quyền của Chủ tịch UBND tỉnh",
        (
            "Permission to hold an international conference or workshop (provincial authority)",
            "批准举办属于省人民委员会主席权限的国际会议、研讨会",
            "성 인민위원장 권한의 국제회의·세미나 개최 허가",
            "省人民委員会委員長の権限による国際会議・セミナー開催の許可",
        ),
    ),
    (
        "1.004651",
        "Ngoại vụ",
        "Sở Ngoại vụ",
        "15 ngày làm việc",
        "",
        "partial",
        "Không",
        "Cho phép cơ quan, tổ chức, cá nhân nước ngoài đến địa bàn tỉnh làm việc với các cơ quan của tỉnh",
        (
            "Permission for foreign agencies and persons to work with the province's agencies",
            "批准外国机关、组织、个人来本省与省内机关开展工作",
            "외국 기관·개인의 성 기관 방문 업무 허가",
            "外国の機関・個人による省機関との業務訪問の許可",
        ),
    ),
    (
        "2.000619",
        "Thương mại quốc tế",
        "Sở Công Thương",
        "07 ngày làm việc",
        "05 ngày làm việc",
        "full",
        "3.000.000 đồng/giấy phép",
        "Cấp Giấy phép thành lập Văn phòng đại diện của thương nhân nước ngoài tại Việt Nam",
        (
            "Licence to establish a representative office of a foreign trader in Viet Nam",
            "颁发外国商人在越南设立代表处许可证",
            "외국 상인의 베트남 대표사무소 설립 허가서 발급",
            "外国商人のベトナム駐在員事務所設立許可証の発行",
        ),
    ),
    (
        "2.000615",
        "Thương mại quốc tế",
        "Sở Công Thương",
        "07 ngày làm việc",
        "05 ngày làm việc",
        "full",
        "Không",
        "Điều chỉnh Giấy phép thành lập Văn phòng đại diện của thương nhân nước ngoài tại Việt Nam",
        (
            "Amendment of the licence of a representative office of a foreign trader",
            "调整外国商人代表处设立许可证",
            "외국 상인 대표사무소 설립 허가서 변경",
            "外国商人の駐在員事務所設立許可証の変更",
        ),
    ),
    (
        "2.000610",
        "Thương mại quốc tế",
        "Sở Công Thương",
        "07 ngày làm việc",
        "05 ngày làm việc",
        "full",
        "750.000 đồng/giấy phép",
        "Cấp lại Giấy phép thành lập Văn phòng đại diện của thương nhân nước ngoài tại Việt Nam",
        (
            "Re-issuance of the licence of a representative office of a foreign trader",
            "补发外国商人代表处设立许可证",
            "외국 상인 대표사무소 설립 허가서 재발급",
            "外国商人の駐在員事務所設立許可証の再発行",
        ),
    ),
    (
        "2.000603",
        "Thương mại quốc tế",
        "Sở Công Thương",
        "07 ngày làm việc",
        "05 ngày làm việc",
        "full",
        "1.500.000 đồng/giấy phép",
        "Gia hạn Giấy phép thành lập Văn phòng đại diện của thương nhân nước ngoài tại Việt Nam",
        (
            "Extension of the licence of a representative office of a foreign trader",
            "延长外国商人代表处设立许可证",
            "외국 상인 대표사무소 설립 허가서 연장",
            "外国商人の駐在員事務所設立許可証の延長",
        ),
    ),
    (
        "2.000596",
        "Thương mại quốc tế",
        "Sở Công Thương",
        "05 ngày làm việc",
        "03 ngày làm việc",
        "full",
        "Không",
        "Chấm dứt hoạt động Văn phòng đại diện của thương nhân nước ngoài tại Việt Nam",
        (
            "Closure of a representative office of a foreign trader",
            "终止外国商人代表处的活动",
            "외국 상인 대표사무소 활동 종료",
            "外国商人の駐在員事務所の閉鎖",
        ),
    ),
    (
        "2.000633",
        "Thương mại quốc tế",
        "Sở Công Thương",
        "10 ngày làm việc",
        "07 ngày làm việc",
        "partial",
        "Theo quy định của Bộ Tài chính",
        "Cấp Giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài thực hiện hoạt động mua bán hàng hóa",
        (
            "Business licence for a foreign-invested economic organisation trading in goods",
            "为从事货物买卖的外资经济组织颁发经营许可证",
            "상품 매매를 하는 외국인 투자 경제조직의 영업허가서 발급",
            "物品売買を行う外資系経済組織への営業許可証の発行",
        ),
    ),
    (
        "1.009645",
        "Đầu tư tại Việt Nam",
        "Sở Kế hoạch và Đầu tư",
        "15 ngày",
        "10 ngày làm việc",
        "partial",
        "Không",
        "Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư",
        (
            "Investment registration certificate for a project not subject to investment policy approval",
            "为无需批准投资主张的项目颁发投资登记证",
            "투자방침 승인 대상이 아닌 프로젝트의 투자등록증명서 발급",
            "投資方針承認の対象外となる事業の投資登録証明書の発行",
        ),
    ),
    (
        "1.009650",
        "Đầu tư tại Việt Nam",
        "Sở Kế hoạch và Đầu tư",
        "10 ngày làm việc",
        "07 ngày làm việc",
        "partial",
        "Không",
        "Điều chỉnh Giấy chứng nhận đăng ký đầu tư",
        (
            "Amendment of an investment registration certificate",
            "调整投资登记证",
            "투자등록증명서 변경",
            "投資登録証明書の変更",
        ),
    ),
    (
        "1.009742",
        "Đầu tư tại Việt Nam",
        "Sở Kế hoạch và Đầu tư",
        "15 ngày",
        "",
        "partial",
        "Không",
        "Thủ tục đầu tư theo hình thức góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài",
        (
            "Capital contribution or share purchase by a foreign investor",
            "外国投资者出资、购买股份或出资份额的手续",
            "외국인 투자자의 출자·주식 매입 절차",
            "外国投資家による出資・株式取得の手続",
        ),
    ),
    (
        "1.002809",
        "Đường bộ",
        "Sở Giao thông vận tải",
        "05 ngày làm việc",
        "03 ngày làm việc",
        "partial",
        "135.000 đồng/lần",
        "Đổi giấy phép lái xe hoặc bằng lái xe của nước ngoài",
        ("Exchange of a foreign driving licence", "换领外国驾驶执照", "외국 운전면허증 교환", "外国運転免許証の切替"),
    ),
    (
        "1.002804",
        "Đường bộ",
        "Sở Giao thông vận tải",
        "05 ngày làm việc",
        "",
        "partial",
        "135.000 đồng/lần",
        "Đổi giấy phép lái xe do ngành Giao thông vận tải cấp cho người nước ngoài",
        (
            "Renewal of a Vietnamese driving licence held by a foreigner",
            "为外国人换领越南交通运输部门颁发的驾驶证",
            "외국인이 소지한 베트남 운전면허증 교환",
            "外国人が保有するベトナム運転免許証の切替",
        ),
    ),
    (
        "1.003160",
        "Xuất nhập cảnh",
        "Công an tỉnh",
        "05 ngày làm việc",
        "",
        "full",
        "Theo Thông tư 25/2021/TT-BTC",
        "Cấp thị thực cho người nước ngoài tại Việt Nam",
        (
            "Issuance of a visa to a foreigner in Viet Nam",
            "为在越南的外国人签发签证",
            "베트남 체류 외국인의 비자 발급",
            "ベトナム滞在中の外国人への査証の発給",
        ),
    ),
    (
        "1.003175",
        "Xuất nhập cảnh",
        "Công an tỉnh",
        "05 ngày làm việc",
        "",
        "full",
        "Theo Thông tư 25/2021/TT-BTC",
        "Cấp thẻ tạm trú cho người nước ngoài tại Việt Nam",
        (
            "Issuance of a temporary residence card to a foreigner",
            "为外国人签发暂住卡",
            "외국인 임시거주증 발급",
            "外国人への一時在留カードの発行",
        ),
    ),
]

DOCUMENTS = {
    "Việc làm": "1. Văn bản đề nghị theo mẫu.\n2. Giấy chứng nhận sức khỏe.\n3. Phiếu lý lịch tư pháp.\n"
    "4. Văn bằng, giấy tờ chứng minh chuyên gia, nhà quản lý, lao động kỹ thuật.\n5. 02 ảnh màu 4x6.\n"
    "6. Bản sao hộ chiếu.",
    "Ngoại vụ": "1. Văn bản đề nghị của cơ quan, doanh nghiệp.\n2. Danh sách người đề nghị, kèm bản sao hộ chiếu.",
    "Thương mại quốc tế": "1. Đơn đề nghị theo mẫu.\n2. Bản sao giấy đăng ký kinh doanh của thương nhân nước ngoài.\n"
    "3. Báo cáo tài chính có kiểm toán năm gần nhất.",
    "Đầu tư tại Việt Nam": "1. Văn bản đề nghị thực hiện dự án đầu tư.\n2. Tài liệu về tư cách pháp lý của nhà đầu tư.\n"
    "3. Đề xuất dự án đầu tư.",
    "Đường bộ": "1. Đơn đề nghị đổi giấy phép lái xe.\n2. Bản dịch giấy phép lái xe nước ngoài.\n3. Bản sao hộ chiếu, thị thực.",
    "Xuất nhập cảnh": "1. Tờ khai đề nghị.\n2. Hộ chiếu.\n3. Văn bản đề nghị của cơ quan, tổ chức bảo lãnh.",
}
STEPS = (
    "1. Nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc trên Cổng dịch vụ công.\n"
    "2. Cơ quan chuyên môn thẩm định hồ sơ.\n3. Nhận kết quả tại Trung tâm hoặc qua bưu chính."
)
STEPS_T = {
    "en": "1. File the application at the provincial public-service centre or on the online portal.\n"
    "2. The agency examines the file.\n3. Collect the result at the centre or by post.",
    "zh": "1. 在省公共行政服务中心或网上公共服务门户提交材料。\n2. 主管机关审核材料。\n3. 在中心领取结果或通过邮政接收。",
    "ko": "1. 성 행정서비스센터 또는 온라인 포털에 서류를 제출합니다.\n2. 담당 기관이 서류를 심사합니다.\n"
    "3. 센터에서 수령하거나 우편으로 받습니다.",
    "ja": "1. 省行政サービスセンターまたはオンラインポータルで申請書類を提出します。\n2. 担当機関が書類を審査します。\n"
    "3. センターまたは郵送で結果を受け取ります。",
}
LEGAL = {
    "Việc làm": "Bộ luật Lao động 2019; Nghị định 152/2020/NĐ-CP; Nghị định 70/2023/NĐ-CP.",
    "Ngoại vụ": "Quyết định 45/2006/QĐ-TTg; Quyết định 06/2020/QĐ-TTg.",
    "Thương mại quốc tế": "Luật Thương mại 2005; Nghị định 07/2016/NĐ-CP; Nghị định 09/2018/NĐ-CP.",
    "Đầu tư tại Việt Nam": "Luật Đầu tư 2020; Nghị định 31/2021/NĐ-CP.",
    "Đường bộ": "Luật Giao thông đường bộ 2008; Thông tư 12/2017/TT-BGTVT.",
    "Xuất nhập cảnh": "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam 2014, sửa đổi 2019, 2023.",
}
LANGUAGES = ["en", "zh", "ko", "ja"]


def _t(value, lang):
    if not value:
        return ""
    return SHARED[value][LANGUAGES.index(lang)] if value in SHARED else ""


def create(demo, unit_code="SNgV"):
    """Create the procedures, each with a published translation in all four languages."""
    reviewer = demo.users.get("chuyenvien") or demo.default_user
    for code, field, agency, time, shorter, level, fees, name, names in PROCEDURES:
        procedure = demo.make(
            Procedure,
            unit_code=unit_code,
            code=code,
            name=name,
            field=field,
            agency=agency,
            processing_time=time,
            shortened_time=shorter,
            online_level=level,
            fees=fees,
            documents=DOCUMENTS[field],
            steps=STEPS,
            legal_basis=LEGAL[field],
        )
        for lang, translated in zip(LANGUAGES, names):
            row = Translation(
                procedure=procedure,
                language=lang,
                name=translated,
                field=_t(field, lang),
                agency=_t(agency, lang),
                processing_time=_t(time, lang),
                shortened_time=_t(shorter, lang),
                fees=_t(fees, lang),
                steps=STEPS_T[lang],
                status=Translation.Status.PUBLISHED,
                reviewer=reviewer,
                published_on=date(2021, 6, 15),
            )
            row.full_clean()
            row.save()
            demo.created.append(row)
    return demo
