"""Files made on the server: map images, tables and the one-page briefing."""

STRINGS: dict[str, dict[str, str]] = {
    "export.made_on": {"vi": "Lập ngày {date} bằng bhxh-geo", "en": "Made on {date} with bhxh-geo"},
    "export.demo_note": {
        "vi": "Số liệu thực hiện là dữ liệu minh họa sinh ngẫu nhiên: không dùng để đưa tin.",
        "en": "The reported figures are randomly generated illustrative data: do not publish them.",
    },
    "export.error.size": {
        "vi": "kích thước «{size}» không hợp lệ: cần RỘNGxCAO (ví dụ 1920x1080), mỗi cạnh {low}-{high} px, chiều rộng từ 1 đến 3 lần chiều cao",
        "en": "invalid size “{size}”: expected WIDTHxHEIGHT (e.g. 1920x1080), each side {low}-{high} px, the width 1 to 3 times the height",
    },
    "export.error.no_actuals": {
        "vi": "chưa có số liệu thực hiện {indicator} {when}: không lập được bản đồ «{measure}»; nhập báo cáo trước (python -m bhxh_geo actuals import)",
        "en": "no reported figures for {indicator}, {when}: cannot draw “{measure}”; import a report first (python -m bhxh_geo actuals import)",
    },
    "export.error.suffix": {
        "vi": "{path}: tên tệp cần đuôi .{fmt}",
        "en": "{path}: the file name must end in .{fmt}",
    },
    "export.province": {"vi": "Toàn tỉnh: {value}", "en": "Province: {value}"},
    "export.written": {"vi": "Đã ghi {path} ({size} byte).", "en": "Wrote {path} ({size} bytes)."},
    "export.table.columns": {
        "vi": "Cột: year = năm; unit_code = mã GSO (64 = toàn tỉnh); indicator = mã chỉ tiêu (bhxh = BHXH tổng, bhxh_bat_buoc, bhxh_tu_nguyen, bhtn = BHTN); target_pct = chỉ tiêu của Kế hoạch (% lực lượng lao động trong độ tuổi); actual_pct = thực hiện do huyện báo cáo; gap_pp = thực hiện − chỉ tiêu (điểm %); cột có _h1 = 6 tháng đầu năm (so với chỉ tiêu cả năm); ô trống = không có số liệu.",
        "en": "Columns: year; unit_code = GSO code (64 = the province); indicator = indicator code (bhxh = social insurance total, bhxh_bat_buoc = compulsory, bhxh_tu_nguyen = voluntary, bhtn = unemployment insurance); target_pct = the plan's target (% of the working-age labour force); actual_pct = coverage reported by the district; gap_pp = reported − target (percentage points); columns ending _h1 = first half of the year (against the full-year target); empty cell = no figure.",
    },
    "export.store_fault": {
        "vi": "Chưa tạo được tệp tải về ({what}): số liệu thực hiện tạm thời không đọc được. Tải lại trang sau ít phút.",
        "en": "The downloads cannot be made right now ({what}): the actuals cannot be read. Reload the page in a few minutes.",
    },
    "export.intro": {
        "vi": "Các tệp được tạo trên máy chủ; mỗi tệp ghi rõ nguồn của số liệu và ngày lập.",
        "en": "The files are made on the server; each says where its figures come from and when it was made.",
    },
    "export.heading.map": {"vi": "Bản đồ", "en": "Map"},
    "export.heading.table": {"vi": "Bảng số liệu", "en": "Data table"},
    "export.heading.briefing": {"vi": "Bản tóm tắt một trang", "en": "One-page briefing"},
    "export.size": {"vi": "Kích thước ảnh PNG", "en": "PNG size"},
    "export.size.1920x1080": {"vi": "1920×1080 (màn hình)", "en": "1920×1080 (screens)"},
    "export.size.1200x675": {"vi": "1200×675 (mạng xã hội)", "en": "1200×675 (social posts)"},
    "export.button.png": {"vi": "Tải ảnh PNG", "en": "Download PNG"},
    "export.button.svg": {"vi": "Tải SVG (vector)", "en": "Download SVG (vector)"},
    "export.button.pdf": {"vi": "Tải PDF", "en": "Download PDF"},
    "export.button.csv": {"vi": "Tải CSV (mọi năm)", "en": "Download CSV (all years)"},
    "export.button.xlsx": {"vi": "Tải Excel (mọi năm)", "en": "Download Excel (all years)"},
    "export.button.briefing": {
        "vi": "Tải bản tóm tắt PDF (A4 ngang)",
        "en": "Download the briefing PDF (A4 landscape)",
    },
    "export.building": {"vi": "Đang tạo các tệp tải xuống…", "en": "Building the downloads…"},
    "export.table.caption": {
        "vi": "Mỗi dòng một địa bàn (toàn tỉnh, 17 huyện) × năm × chỉ tiêu, cả ba năm; số đúng như lưu trữ, kèm nguồn từng dòng; CSV UTF-8 có BOM, dấu phẩy phân cách, dấu chấm thập phân.",
        "en": "One row per area (the province, 17 districts) × year × indicator, all three years; figures exactly as stored, each row with its source; CSV in UTF-8 with BOM, comma-separated, dot decimals.",
    },
    "export.briefing.caption": {
        "vi": "Bản đồ, xếp hạng 17 huyện, thay đổi so với năm trước, ba điểm chính và nguồn: {indicator}, năm {year}.",
        "en": "Map, the 17 districts ranked, change on the previous year, three key points and sources: {indicator}, {year}.",
    },
    "briefing.title": {
        "vi": "Chỉ tiêu bao phủ {indicator} năm {year}: tóm tắt",
        "en": "{indicator} coverage targets, {year}: briefing",
    },
    "briefing.ranking": {
        "vi": "Xếp hạng 17 huyện theo chỉ tiêu",
        "en": "The 17 districts ranked by target",
    },
    "briefing.change": {
        "vi": "Thay đổi so với năm {previous} (điểm %)",
        "en": "Change on {previous} (percentage points)",
    },
    "briefing.no_change": {
        "vi": "{year} là năm đầu của Kế hoạch: chưa có năm trước để so sánh.",
        "en": "{year} is the plan's first year: there is no previous year to compare.",
    },
    "briefing.key": {"vi": "Điểm chính", "en": "Key points"},
}
