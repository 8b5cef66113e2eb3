"""The app's frame and the vocabulary every page shares: navigation, language, controls, indicators, measures, periods, units, sources and notes."""

STRINGS: dict[str, dict[str, str]] = {
    # App frame
    "app.title": {
        "vi": "Bao phủ BHXH, BHTN tỉnh Gia Lai",
        "en": "Social insurance coverage, Gia Lai",
    },
    "nav.map": {"vi": "Bản đồ", "en": "Map"},
    "nav.compare": {"vi": "So sánh", "en": "Compare"},
    "nav.district": {"vi": "Hồ sơ huyện", "en": "District profile"},
    "nav.plan": {"vi": "Kế hoạch", "en": "The plan"},
    "nav.import": {"vi": "Nhập số liệu", "en": "Import actuals"},
    "nav.export": {"vi": "Tải xuống", "en": "Downloads"},
    "lang.label": {"vi": "Ngôn ngữ", "en": "Language"},
    "lang.vi": {"vi": "Tiếng Việt", "en": "Tiếng Việt"},
    "lang.en": {"vi": "English", "en": "English"},
    # Controls
    "control.year": {"vi": "Năm", "en": "Year"},
    "control.indicator": {"vi": "Chỉ tiêu", "en": "Indicator"},
    "control.scheme": {"vi": "Cách chia lớp màu", "en": "Colour classes"},
    "control.measure": {"vi": "Số liệu", "en": "Measure"},
    # Indicators (the plan's wording)
    "indicator.bhxh": {"vi": "BHXH (tổng)", "en": "Social insurance (total)"},
    "indicator.bhxh_bat_buoc": {"vi": "BHXH bắt buộc", "en": "Compulsory social insurance"},
    "indicator.bhxh_tu_nguyen": {"vi": "BHXH tự nguyện", "en": "Voluntary social insurance"},
    "indicator.bhtn": {"vi": "BHTN (bảo hiểm thất nghiệp)", "en": "Unemployment insurance"},
    "indicator.bhxh.short": {"vi": "BHXH", "en": "Social ins."},
    "indicator.bhxh_bat_buoc.short": {"vi": "BHXH bắt buộc", "en": "Compulsory"},
    "indicator.bhxh_tu_nguyen.short": {"vi": "BHXH tự nguyện", "en": "Voluntary"},
    "indicator.bhtn.short": {"vi": "BHTN", "en": "Unemployment ins."},
    # Classification schemes
    "scheme.natural_breaks": {"vi": "Ngắt tự nhiên (Jenks)", "en": "Natural breaks (Jenks)"},
    "scheme.quantiles": {"vi": "Phân vị", "en": "Quantiles"},
    "scheme.equal_interval": {"vi": "Khoảng đều", "en": "Equal interval"},
    # Measures
    "measure.target": {"vi": "Chỉ tiêu kế hoạch", "en": "Plan target"},
    # Units, sources, notes
    "unit.pct_labour_force": {
        "vi": "% lực lượng lao động trong độ tuổi",
        "en": "% of the working-age labour force",
    },
    "unit.pp": {"vi": "điểm %", "en": "pp"},
    "unit.rank_of": {"vi": "{rank}/{count}", "en": "{rank}/{count}"},
    "source.plan": {
        "vi": "Nguồn: Kế hoạch của UBND tỉnh Gia Lai triển khai Nghị quyết 69/NQ-CP, Phụ lục",
        "en": "Source: Gia Lai People's Committee plan implementing Resolution 69/NQ-CP, Appendix",
    },
    "source.report": {"vi": "Số liệu thực hiện: {sources}", "en": "Reported figures: {sources}"},
    "note.districts_2025": {
        "vi": "17 huyện, thị xã, thành phố là đơn vị của Kế hoạch 2023 - 2025 (cấp huyện đã chấm dứt hoạt động từ 01/7/2025).",
        "en": "The 17 districts are the units of the 2023-2025 plan (district level abolished on 1 July 2025).",
    },
    "note.excluded": {
        "vi": "Tỷ lệ bao phủ chưa bao gồm lực lượng vũ trang đang tại ngũ đóng chân trên địa bàn.",
        "en": "Coverage excludes armed forces personnel stationed in the province.",
    },
    "view.title.target": {
        "vi": "Chỉ tiêu {indicator} {when}",
        "en": "{indicator}: plan target, {when}",
    },
    "view.title.actual": {
        "vi": "Thực hiện {indicator} {when}",
        "en": "{indicator}: reported coverage, {when}",
    },
    "view.title.gap": {
        "vi": "{indicator}: thực hiện so với chỉ tiêu, {when}",
        "en": "{indicator}: reported minus target, {when}",
    },
    "view.title.people_needed": {
        "vi": "{indicator}: số người cần tham gia thêm để đạt chỉ tiêu, {when}",
        "en": "{indicator}: more people needed to reach the target, {when}",
    },
    "view.when.full": {"vi": "năm {year}", "en": "{year}"},
    "view.when.h1": {
        "vi": "6 tháng đầu năm {year} (so với chỉ tiêu cả năm)",
        "en": "first half of {year} (against the full-year target)",
    },
    "view.unit.target": {
        "vi": "% lực lượng lao động trong độ tuổi",
        "en": "% of the working-age labour force",
    },
    "view.unit.actual": {
        "vi": "% lực lượng lao động trong độ tuổi",
        "en": "% of the working-age labour force",
    },
    "view.unit.gap": {
        "vi": "điểm phần trăm (thực hiện − chỉ tiêu); âm: chưa đạt",
        "en": "percentage points (reported − target); negative: behind",
    },
    "view.unit.people_needed": {
        "vi": "người (chỉ tiêu × lực lượng lao động − số người tham gia)",
        "en": "people (target × labour force − insured)",
    },
    "view.people": {"vi": "{count} người", "en": "{count} people"},
    "measure.actual": {"vi": "Thực hiện (báo cáo)", "en": "Reported (actual)"},
    "measure.gap": {"vi": "Chênh lệch so với chỉ tiêu", "en": "Gap to target"},
    "measure.people_needed": {"vi": "Số người cần thêm", "en": "People still needed"},
    "control.period": {"vi": "Kỳ", "en": "Period"},
    "control.scheme.help": {
        "vi": "Ranh giới lớp cố định cho cả ba năm, nên cùng một màu luôn là cùng một mức.",
        "en": "Class breaks are fixed across the three years, so a colour always means the same level.",
    },
    "present.start": {"vi": "Trình chiếu", "en": "Present"},
    "present.previous": {"vi": "◀ Trước", "en": "◀ Previous"},
    "present.next": {"vi": "Tiếp ▶", "en": "Next ▶"},
    "present.exit": {"vi": "Thoát trình chiếu", "en": "Leave presentation"},
    "present.hint": {
        "vi": "Phím ← / → để chuyển chỉ tiêu và năm",
        "en": "Keys ← / → step through indicators and years",
    },
    "period.full": {"vi": "Cả năm", "en": "Full year"},
    "period.h1": {"vi": "6 tháng", "en": "First half"},
    "province": {"vi": "Toàn tỉnh", "en": "Province"},
    # Errors shown in the app
    "error.boundaries_missing": {
        "vi": "Chưa có ranh giới huyện: chạy `make run` hoặc `python -m bhxh_geo boundaries build`.",
        "en": "District boundaries are missing: run `make run` or `python -m bhxh_geo boundaries build`.",
    },
    "demo.seeded": {
        "vi": "Đã tạo {count} lô dữ liệu minh họa trong {path}.",
        "en": "{count} demo batches created in {path}.",
    },
    "demo.already": {
        "vi": "{path} đã có dữ liệu minh họa; không thêm gì.",
        "en": "{path} already holds the demo data; nothing added.",
    },
    "demo.real_db": {
        "vi": "{path} là cơ sở dữ liệu thật; dữ liệu minh họa cần tệp riêng (BHXH_GEO_DB=var/demo.sqlite3).",
        "en": "{path} is the real database; the demo needs its own file (BHXH_GEO_DB=var/demo.sqlite3).",
    },
}
