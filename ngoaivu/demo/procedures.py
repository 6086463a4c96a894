"""Demo: real administrative procedures for foreigners and foreign investors, in five languages.

Names, agencies and times follow the national procedure database (public facts); the
translations are short working translations written for the demo, every text of a procedure
translated (its required documents and legal basis too), so that no public page falls back to
Vietnamese.
"""

from datetime import date, datetime

from django.utils import timezone

from ngoaivu.procedures.models import Procedure, Translation

# Vietnamese → (en, zh, ko, ja), for the fields, agencies and times several procedures share.
SHARED = {
    "Việc làm": ("Employment", "就业", "고용", "雇用"),
    "Ngoại vụ": ("Foreign affairs", "外事", "외무", "外務"),
    "Thương mại quốc tế": ("International trade", "国际贸易", "국제 무역", "国際貿易"),
    "Đầu tư tại Việt Nam": ("Investment in Viet Nam", "在越南投资", "베트남 투자", "ベトナムへの投資"),
    "Đường bộ": ("Road transport", "道路交通", "도로 교통", "道路交通"),
    "Xuất nhập cảnh": ("Immigration", "出入境", "출입국", "出入国"),
    # Since 01/3/2025 the Sở Lao động - Thương binh và Xã hội's work on labour and employment, foreign
    # workers' permits among it, is the Sở Nội vụ's (Nghị định 45/2025/NĐ-CP; demo/reorganization.py).
    "Sở Nội vụ": ("Department of Home Affairs", "内务厅", "내무국", "内務局"),
    # Since 01/3/2025 in the demo, the Sở Ngoại vụ's procedures are the office's (demo/reorganization.py).
    "Văn phòng UBND tỉnh": (
        "Office of the Provincial People's Committee",
        "省人民委员会办公厅",
        "성 인민위원회 사무국",
        "省人民委員会事務局",
    ),
    "Sở Công Thương": ("Department of Industry and Trade", "工贸厅", "산업통상국", "商工局"),
    # Since 01/3/2025 the Sở Kế hoạch và Đầu tư is part of the Sở Tài chính (demo/reorganization.py), and
    # driving licences are the police's (Thông tư 12/2025/TT-BCA): their procedures name those agencies.
    "Sở Tài chính": ("Department of Finance", "财政厅", "재정국", "財政局"),
    "Công an tỉnh": ("Provincial Police", "省公安", "성 공안", "省公安"),
    "05 ngày làm việc": ("5 working days", "5个工作日", "5 영업일", "5営業日"),
    "03 ngày làm việc": ("3 working days", "3个工作日", "3 영업일", "3営業日"),
    "07 ngày làm việc": ("7 working days", "7个工作日", "7 영업일", "7営業日"),
    "10 ngày làm việc": ("10 working days", "10个工作日", "10 영업일", "10営業日"),
    "15 ngày": ("15 days", "15天", "15일", "15日"),
    "15 ngày làm việc": ("15 working days", "15个工作日", "15 영업일", "15営業日"),
    "Không": ("None", "免费", "없음", "無料"),
    # Fees
    "600.000 đồng/giấy phép": (
        "VND 600,000 per permit",
        "每份许可证600,000越南盾",
        "허가서 1건당 600,000동",
        "許可証1件につき600,000ドン",
    ),
    "450.000 đồng/giấy phép": (
        "VND 450,000 per permit",
        "每份许可证450,000越南盾",
        "허가서 1건당 450,000동",
        "許可証1件につき450,000ドン",
    ),
    "3.000.000 đồng/giấy phép": (
        "VND 3,000,000 per licence",
        "每份许可证3,000,000越南盾",
        "허가서 1건당 3,000,000동",
        "許可証1件につき3,000,000ドン",
    ),
    "750.000 đồng/giấy phép": (
        "VND 750,000 per licence",
        "每份许可证750,000越南盾",
        "허가서 1건당 750,000동",
        "許可証1件につき750,000ドン",
    ),
    "1.500.000 đồng/giấy phép": (
        "VND 1,500,000 per licence",
        "每份许可证1,500,000越南盾",
        "허가서 1건당 1,500,000동",
        "許可証1件につき1,500,000ドン",
    ),
    "135.000 đồng/lần": (
        "VND 135,000 per application",
        "每次135,000越南盾",
        "1회당 135,000동",
        "1回につき135,000ドン",
    ),
    "Theo quy định của Bộ Tài chính": (
        "As set by the Ministry of Finance",
        "按财政部的规定",
        "재무부 규정에 따름",
        "財務省の規定による",
    ),
    "Theo Thông tư 25/2021/TT-BTC, sửa đổi bởi Thông tư 62/2023/TT-BTC": (
        "As set by Thông tư 25/2021/TT-BTC (Circular of the Ministry of Finance on the fees for entry, exit, "
        "transit and residence in Viet Nam), amended by Thông tư 62/2023/TT-BTC",
        "按Thông tư 25/2021/TT-BTC（财政部关于越南出境、入境、过境和居留领域收费的通知，经Thông tư 62/2023/TT-BTC修改）的规定",
        "Thông tư 25/2021/TT-BTC(베트남 출국·입국·경유·거주 분야 수수료에 관한 재무부 시행규칙, Thông tư 62/2023/TT-BTC로 "
        "개정)에 따름",
        "Thông tư 25/2021/TT-BTC（ベトナムにおける出国・入国・通過・居住分野の手数料に関する財務省通達、Thông tư "
        "62/2023/TT-BTCにより改正）による",
    ),
}

# code, field, agency, processing time, shortened time, level, fees, Vietnamese name, (en, zh, ko, ja) names
PROCEDURES = [
    (
        "1.000105",
        "Việc làm",
        "Sở Nội vụ",
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
        "Sở Nội vụ",
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
        "Sở Nội vụ",
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
        "Sở Nội vụ",
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
        "Sở Nội vụ",
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
        "Văn phòng UBND tỉnh",
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
        "Văn phòng UBND tỉnh",
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
        "Văn phòng UBND tỉnh",
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
        "Văn phòng UBND tỉnh",
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
        "Sở Tài chính",
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
        "Sở Tài chính",
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
        "Sở Tài chính",
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
        "Công an tỉnh",
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
        "Công an tỉnh",
        "05 ngày làm việc",
        "",
        "partial",
        "135.000 đồng/lần",
        "Đổi giấy phép lái xe do ngành Giao thông vận tải cấp cho người nước ngoài",
        (
            "Exchange of a Vietnamese driving licence issued to a foreigner by the transport sector",
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
        "Theo Thông tư 25/2021/TT-BTC, sửa đổi bởi Thông tư 62/2023/TT-BTC",
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
        "Theo Thông tư 25/2021/TT-BTC, sửa đổi bởi Thông tư 62/2023/TT-BTC",
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
    # Quyết định 09/2023/QĐ-TTg (12/4/2023) replaced Quyết định 45/2006/QĐ-TTg on the ABTC.
    "ABTC": "Quyết định 09/2023/QĐ-TTg.",
    "Hội nghị": "Quyết định 06/2020/QĐ-TTg.",
    "Làm việc": "Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh (do UBND tỉnh ban hành).",
    "Thương mại quốc tế": "Luật Thương mại 2005; Nghị định 07/2016/NĐ-CP; Nghị định 09/2018/NĐ-CP.",
    "Đầu tư tại Việt Nam": "Luật Đầu tư 2020; Nghị định 31/2021/NĐ-CP.",
    # Since 01/01/2025 the Luật Giao thông đường bộ 2008 is replaced (Luật Đường bộ and Luật Trật tự, an toàn
    # giao thông đường bộ 2024), and since 01/3/2025 Thông tư 12/2025/TT-BCA governs licences (its Điều 24: a
    # foreign licence exchanged), in place of Thông tư 12/2017/TT-BGTVT.
    "Đường bộ": "Luật Trật tự, an toàn giao thông đường bộ 2024; Thông tư 12/2025/TT-BCA.",
    "Xuất nhập cảnh": "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam 2014, sửa đổi 2019, 2023.",
}
# The required documents and the legal basis of each field, translated (en, zh, ko, ja). A legal
# document keeps its Vietnamese name and number, so that it can be found, followed by its title translated.
DOCUMENTS_T = {
    "Việc làm": (
        "1. Application on the prescribed form.\n2. Health certificate.\n3. Criminal record certificate.\n"
        "4. Diplomas and papers proving that the worker is an expert, a manager or a technical worker.\n"
        "5. Two 4x6 cm colour photographs.\n6. Copy of the passport.",
        "1. 按规定格式填写的申请书。\n2. 健康证明。\n3. 无犯罪记录证明（司法履历表）。\n"
        "4. 证明其为专家、管理人员或技术劳动者的文凭及相关文件。\n5. 4x6厘米彩色照片2张。\n6. 护照复印件。",
        "1. 소정 양식의 신청서.\n2. 건강진단서.\n3. 범죄경력증명서(사법이력서).\n"
        "4. 전문가, 관리자 또는 기술 근로자임을 증명하는 학위 및 서류.\n5. 4x6 컬러 사진 2매.\n6. 여권 사본.",
        "1. 所定様式の申請書。\n2. 健康診断書。\n3. 犯罪経歴証明書（司法履歴票）。\n"
        "4. 専門家、管理者または技術労働者であることを証明する学位・書類。\n5. カラー写真（4×6cm）2枚。\n"
        "6. パスポートの写し。",
    ),
    "Ngoại vụ": (
        "1. Written request of the agency or enterprise.\n2. List of the persons concerned, with copies of their "
        "passports.",
        "1. 机关、企业的申请文书。\n2. 申请人员名单，附护照复印件。",
        "1. 기관·기업의 신청 공문.\n2. 신청 대상자 명단 및 여권 사본.",
        "1. 機関・企業の申請文書。\n2. 申請対象者の名簿（パスポートの写しを添付）。",
    ),
    "Thương mại quốc tế": (
        "1. Application on the prescribed form.\n2. Copy of the foreign trader's business registration "
        "certificate.\n3. Audited financial statements of the latest year.",
        "1. 按规定格式填写的申请书。\n2. 外国商人营业登记证复印件。\n3. 最近一年经审计的财务报告。",
        "1. 소정 양식의 신청서.\n2. 외국 상인의 사업자등록증 사본.\n3. 최근 연도의 감사받은 재무제표.",
        "1. 所定様式の申請書。\n2. 外国商人の事業登録証明書の写し。\n3. 直近年度の監査済み財務諸表。",
    ),
    "Đầu tư tại Việt Nam": (
        "1. Written request to carry out the investment project.\n2. Documents on the investor's legal status.\n"
        "3. Investment project proposal.",
        "1. 实施投资项目的申请书。\n2. 投资者法律资格文件。\n3. 投资项目建议书。",
        "1. 투자 프로젝트 시행 신청서.\n2. 투자자의 법적 자격에 관한 서류.\n3. 투자 프로젝트 제안서.",
        "1. 投資事業実施の申請書。\n2. 投資家の法的資格に関する書類。\n3. 投資事業提案書。",
    ),
    "Đường bộ": (
        "1. Application to exchange the driving licence.\n2. Translation of the foreign driving licence.\n"
        "3. Copies of the passport and visa.",
        "1. 换领驾驶证申请表。\n2. 外国驾驶证译本。\n3. 护照、签证复印件。",
        "1. 운전면허증 교환 신청서.\n2. 외국 운전면허증 번역본.\n3. 여권 및 비자 사본.",
        "1. 運転免許証切替申請書。\n2. 外国運転免許証の翻訳文。\n3. パスポートおよび査証の写し。",
    ),
    "Xuất nhập cảnh": (
        "1. Application form.\n2. Passport.\n3. Written request of the sponsoring agency or organisation.",
        "1. 申请表。\n2. 护照。\n3. 担保机关、组织的申请文书。",
        "1. 신청서.\n2. 여권.\n3. 보증 기관·단체의 신청 공문.",
        "1. 申請書。\n2. パスポート。\n3. 保証機関・団体の申請文書。",
    ),
}
LEGAL_T = {
    "Việc làm": (
        "Bộ luật Lao động 2019 (Labour Code, 2019); Nghị định 152/2020/NĐ-CP (Decree on foreign workers in "
        "Viet Nam); Nghị định 70/2023/NĐ-CP (Decree amending Decree 152/2020/NĐ-CP).",
        "Bộ luật Lao động 2019（2019年《劳动法典》）；Nghị định 152/2020/NĐ-CP（关于在越南工作的外国劳动者的议定）；"
        "Nghị định 70/2023/NĐ-CP（修改、补充第152/2020/NĐ-CP号议定的议定）。",
        "Bộ luật Lao động 2019(2019년 노동법전); Nghị định 152/2020/NĐ-CP(베트남에서 일하는 외국인 근로자에 관한 "
        "시행령); Nghị định 70/2023/NĐ-CP(시행령 제152/2020/NĐ-CP호를 개정하는 시행령).",
        "Bộ luật Lao động 2019（2019年労働法典）；Nghị định 152/2020/NĐ-CP（ベトナムで働く外国人労働者に関する政令）；"
        "Nghị định 70/2023/NĐ-CP（政令第152/2020/NĐ-CP号を改正する政令）。",
    ),
    "ABTC": (
        "Quyết định 09/2023/QĐ-TTg (Decision of the Prime Minister on the order, procedures and competence for "
        "issuing and managing APEC Business Travel Cards).",
        "Quyết định 09/2023/QĐ-TTg（政府总理关于亚太经合组织商务旅行卡签发和管理的程序、手续及权限的决定）。",
        "Quyết định 09/2023/QĐ-TTg(APEC 기업인 여행카드 발급·관리의 절차·권한에 관한 총리 결정).",
        "Quyết định 09/2023/QĐ-TTg（APECビジネス・トラベル・カードの発行・管理の手順、手続および権限に関する首相決定）。",
    ),
    "Hội nghị": (
        "Quyết định 06/2020/QĐ-TTg (Decision of the Prime Minister on organising and managing international "
        "conferences and workshops in Viet Nam).",
        "Quyết định 06/2020/QĐ-TTg（政府总理关于在越南组织和管理国际会议、研讨会的决定）。",
        "Quyết định 06/2020/QĐ-TTg(베트남 내 국제회의·세미나 개최 및 관리에 관한 총리 결정).",
        "Quyết định 06/2020/QĐ-TTg（ベトナムにおける国際会議・セミナーの開催・管理に関する首相決定）。",
    ),
    "Làm việc": (
        "The province's regulation on the unified management of foreign-affairs activities (issued by the "
        "Provincial People's Committee).",
        "本省对外活动统一管理规定（由省人民委员会颁布）。",
        "성 대외활동 통일 관리 규정(성 인민위원회 발행).",
        "省の対外活動統一管理規則（省人民委員会が公布）。",
    ),
    "Thương mại quốc tế": (
        "Luật Thương mại 2005 (Commercial Law, 2005); Nghị định 07/2016/NĐ-CP (Decree detailing the Commercial "
        "Law on representative offices and branches of foreign traders in Viet Nam); Nghị định 09/2018/NĐ-CP "
        "(Decree detailing the Commercial Law and the Law on Foreign Trade Management on the trading in goods by "
        "foreign investors and foreign-invested economic organisations in Viet Nam).",
        "Luật Thương mại 2005（2005年《商法》）；Nghị định 07/2016/NĐ-CP（详细规定《商法》关于外国商人在越南的代表处、"
        "分支机构的议定）；Nghị định 09/2018/NĐ-CP（详细规定《商法》和《外贸管理法》关于外国投资者、外资经济组织在越南"
        "从事货物买卖活动的议定）。",
        "Luật Thương mại 2005(2005년 상법); Nghị định 07/2016/NĐ-CP(외국 상인의 베트남 대표사무소·지점에 관한 상법 "
        "세부 시행령); Nghị định 09/2018/NĐ-CP(외국인 투자자 및 외국인 투자 경제조직의 베트남 내 상품 매매 활동에 관한 "
        "상법·대외무역관리법 세부 시행령).",
        "Luật Thương mại 2005（2005年商法）；Nghị định 07/2016/NĐ-CP（外国商人のベトナム駐在員事務所・支店に関する"
        "商法の詳細を定める政令）；Nghị định 09/2018/NĐ-CP（外国投資家・外資系経済組織のベトナムにおける物品売買活動に"
        "関する商法および外国貿易管理法の詳細を定める政令）。",
    ),
    "Đầu tư tại Việt Nam": (
        "Luật Đầu tư 2020 (Law on Investment, 2020); Nghị định 31/2021/NĐ-CP (Decree detailing and guiding the "
        "Law on Investment).",
        "Luật Đầu tư 2020（2020年《投资法》）；Nghị định 31/2021/NĐ-CP（详细规定和指导实施《投资法》若干条款的议定）。",
        "Luật Đầu tư 2020(2020년 투자법); Nghị định 31/2021/NĐ-CP(투자법 일부 조항의 세부 규정 및 시행 지침에 관한 "
        "시행령).",
        "Luật Đầu tư 2020（2020年投資法）；Nghị định 31/2021/NĐ-CP（投資法の一部条項の詳細および施行を定める政令）。",
    ),
    "Đường bộ": (
        "Luật Trật tự, an toàn giao thông đường bộ 2024 (Law on Road Traffic Order and Safety, 2024); Thông tư "
        "12/2025/TT-BCA (Circular of the Ministry of Public Security on driving tests and the issue of driving "
        "licences).",
        "Luật Trật tự, an toàn giao thông đường bộ 2024（2024年《道路交通秩序与安全法》）；Thông tư 12/2025/TT-BCA"
        "（公安部关于驾驶考试和驾驶证颁发的通知）。",
        "Luật Trật tự, an toàn giao thông đường bộ 2024(2024년 도로교통 질서·안전법); Thông tư 12/2025/TT-BCA(운전면허 "
        "시험 및 발급에 관한 공안부 시행규칙).",
        "Luật Trật tự, an toàn giao thông đường bộ 2024（2024年道路交通秩序・安全法）；Thông tư 12/2025/TT-BCA"
        "（運転免許試験および運転免許の発行に関する公安省通達）。",
    ),
    "Xuất nhập cảnh": (
        "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam 2014 (Law on the entry, "
        "exit, transit and residence of foreigners in Viet Nam, 2014), amended in 2019 and 2023.",
        "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam 2014（2014年《外国人在越南"
        "入境、出境、过境和居留法》），经2019年和2023年修改。",
        "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam 2014(2014년 외국인의 베트남 "
        "입국·출국·경유·거주법), 2019년 및 2023년 개정.",
        "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam 2014（2014年外国人の"
        "ベトナムへの入国・出国・通過・居住に関する法律）、2019年および2023年改正。",
    ),
}
LANGUAGES = ["en", "zh", "ko", "ja"]
# The foreign-affairs procedures rest on different texts: the ABTC, conferences, foreign visitors' work.
LEGAL_OF = {"2.001961": "ABTC", "2.001962": "ABTC", "2.002124": "Hội nghị", "1.004651": "Làm việc"}
# The one translation published before a second person had to review it (no reviewer recorded), so that
# the translations' page shows its list «Đã công bố, chưa được người thứ hai rà soát» with a text to settle.
UNREVIEWED = ("2.001961", "ko")


def _t(value, lang):
    """value in lang; a text the demo has not translated stops the demo rather than show Vietnamese."""
    if not value:
        return ""
    return SHARED[value][LANGUAGES.index(lang)]


def create(demo, unit_code="SNgV"):
    """Create the procedures, each with a published translation in all four languages, written by one
    person and reviewed by another, but for UNREVIEWED: published before the rule, by its translator alone."""
    # Two people: the officer translates, another of the office's staff who may edit procedures reviews
    # before publishing (Translation.review_rule); a leader only reads them.
    translator = demo.users.get("chuyenvien") or demo.default_user
    reviewer = demo.users.get("admin")
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
            legal_basis=LEGAL[LEGAL_OF.get(code, field)],
            is_public=True,
        )
        for lang, translated in zip(LANGUAGES, names):
            reviewed = (code, lang) != UNREVIEWED
            row = Translation(
                procedure=procedure,
                language=lang,
                name=translated,
                field=_t(field, lang),
                agency=_t(agency, lang),
                processing_time=_t(time, lang),
                shortened_time=_t(shorter, lang),
                fees=_t(fees, lang),
                documents=DOCUMENTS_T[field][LANGUAGES.index(lang)],
                steps=STEPS_T[lang],
                legal_basis=LEGAL_T[LEGAL_OF.get(code, field)][LANGUAGES.index(lang)],
                status=Translation.Status.PUBLISHED,
                translator=translator,
                reviewer=reviewer if reviewed else None,
                reviewed_at=timezone.make_aware(datetime(2021, 6, 14, 15, 30)) if reviewed else None,
                published_on=date(2021, 6, 15),
            )
            row.full_clean()
            row._history_user = translator  # the history says who wrote it, as the record does
            row.save()
            demo.created.append(row)
    return demo
