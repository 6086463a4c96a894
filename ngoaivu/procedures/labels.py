"""The words of the public pages in the five languages (the staff pages use Django's i18n)."""

from .models import Language

PUBLIC_LANGUAGES = ["vi", "en", "zh", "ko", "ja"]
NAMES = {"vi": "Tiếng Việt", **dict(Language.choices)}

LABELS = {
    "vi": {"title": "Thủ tục hành chính cho người nước ngoài", "search": "Tìm kiếm", "all_fields": "Mọi lĩnh vực",
           "all_agencies": "Mọi cơ quan", "code": "Mã thủ tục", "field": "Lĩnh vực", "agency": "Cơ quan thực hiện",
           "processing_time": "Thời hạn giải quyết", "shortened_time": "Thời hạn đã rút ngắn",
           "online_level": "Dịch vụ công trực tuyến", "fees": "Phí, lệ phí", "documents": "Thành phần hồ sơ",
           "steps": "Trình tự thực hiện", "legal_basis": "Căn cứ pháp lý", "vi_only": "Chưa có bản dịch – nội dung tiếng Việt",
           "none": "Không tìm thấy thủ tục nào.", "back": "Danh sách thủ tục", "choose": "Chọn ngôn ngữ",
           "print": "In", "scan": "Quét mã để đọc bằng ngôn ngữ của bạn",
           "none_level": "Không", "partial": "Một phần", "full": "Toàn trình"},
    "en": {"title": "Administrative procedures for foreigners", "search": "Search", "all_fields": "All fields",
           "all_agencies": "All agencies", "code": "Code", "field": "Field", "agency": "Implementing agency",
           "processing_time": "Processing time", "shortened_time": "Shortened processing time",
           "online_level": "Online public service", "fees": "Fees and charges", "documents": "Required documents",
           "steps": "Steps", "legal_basis": "Legal basis", "vi_only": "Not yet translated – Vietnamese text",
           "none": "No procedure found.", "back": "All procedures", "choose": "Choose a language",
           "print": "Print", "scan": "Scan to read in your language",
           "none_level": "No", "partial": "Partial", "full": "Full (end-to-end)"},
    "zh": {"title": "外国人行政手续", "search": "搜索", "all_fields": "所有领域", "all_agencies": "所有机关",
           "code": "手续编号", "field": "领域", "agency": "办理机关", "processing_time": "法定办理时限",
           "shortened_time": "缩短后的办理时限", "online_level": "在线公共服务", "fees": "费用",
           "documents": "所需材料", "steps": "办理步骤", "legal_basis": "法律依据",
           "vi_only": "尚未翻译 – 越南语原文", "none": "未找到手续。", "back": "手续列表", "choose": "选择语言",
           "print": "打印", "scan": "扫码用您的语言阅读", "none_level": "无", "partial": "部分在线", "full": "全流程在线"},
    "ko": {"title": "외국인을 위한 행정 절차", "search": "검색", "all_fields": "모든 분야", "all_agencies": "모든 기관",
           "code": "절차 코드", "field": "분야", "agency": "담당 기관", "processing_time": "법정 처리 기간",
           "shortened_time": "단축된 처리 기간", "online_level": "온라인 공공서비스", "fees": "수수료",
           "documents": "제출 서류", "steps": "처리 절차", "legal_basis": "법적 근거",
           "vi_only": "번역 없음 – 베트남어 원문", "none": "절차를 찾을 수 없습니다.", "back": "절차 목록",
           "choose": "언어 선택", "print": "인쇄", "scan": "QR 코드를 스캔하여 모국어로 읽으세요",
           "none_level": "없음", "partial": "부분 온라인", "full": "전 과정 온라인"},
    "ja": {"title": "外国人のための行政手続", "search": "検索", "all_fields": "すべての分野", "all_agencies": "すべての機関",
           "code": "手続コード", "field": "分野", "agency": "担当機関", "processing_time": "法定処理期間",
           "shortened_time": "短縮後の処理期間", "online_level": "オンライン公共サービス", "fees": "手数料",
           "documents": "提出書類", "steps": "手続の流れ", "legal_basis": "法的根拠",
           "vi_only": "未翻訳 – ベトナム語の原文", "none": "手続が見つかりません。", "back": "手続一覧",
           "choose": "言語を選択", "print": "印刷", "scan": "QRコードを読み取り、ご自分の言語でお読みください",
           "none_level": "なし", "partial": "一部オンライン", "full": "全面オンライン"},
}
