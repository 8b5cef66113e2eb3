"""Every user-facing string (Vietnamese first, English) and Babel number formatting.

Add a string: one key in ``STRINGS`` with both ``vi`` and ``en`` (a test checks both exist),
placeholders in ``{braces}`` filled by :func:`t`. Numbers go through :func:`format_pct`,
:func:`format_pp` and :func:`format_number`, never through f-strings, so the decimal comma
is the same on the map, in tables, exports and the CLI.
"""

from __future__ import annotations

import math

from babel.numbers import format_decimal

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"
_LOCALES = {"vi": "vi_VN", "en": "en_US"}

STRINGS: dict[str, dict[str, str]] = {
    # App frame
    "app.title": {"vi": "Bao phủ BHXH, BHTN tỉnh Gia Lai", "en": "Social insurance coverage, Gia Lai"},
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
    "view.title.target": {"vi": "Chỉ tiêu {indicator} {when}", "en": "{indicator}: plan target, {when}"},
    "view.title.actual": {"vi": "Thực hiện {indicator} {when}", "en": "{indicator}: reported coverage, {when}"},
    "view.title.gap": {
        "vi": "{indicator}: thực hiện so với chỉ tiêu, {when}",
        "en": "{indicator}: reported minus target, {when}",
    },
    "view.title.people_needed": {
        "vi": "{indicator}: số người cần tham gia thêm để đạt chỉ tiêu, {when}",
        "en": "{indicator}: more people needed to reach the target, {when}",
    },
    "view.when.full": {"vi": "năm {year}", "en": "{year}"},
    "view.when.h1": {"vi": "6 tháng đầu năm {year} (so với chỉ tiêu cả năm)", "en": "first half of {year} (against the full-year target)"},
    "view.unit.target": {"vi": "% lực lượng lao động trong độ tuổi", "en": "% of the working-age labour force"},
    "view.unit.actual": {"vi": "% lực lượng lao động trong độ tuổi", "en": "% of the working-age labour force"},
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
    "present.hint": {"vi": "Phím ← / → để chuyển chỉ tiêu và năm", "en": "Keys ← / → step through indicators and years"},
    "map.drilldown": {"vi": "{name}: 4 chỉ tiêu × 3 năm", "en": "{name}: 4 indicators × 3 years"},
    "map.open_profile": {"vi": "Mở hồ sơ đầy đủ của {name}", "en": "Open the full profile of {name}"},
    "map.click_hint": {
        "vi": "Bấm vào một huyện trên bản đồ để xem chi tiết; bấm lại để bỏ chọn.",
        "en": "Click a district on the map for its details; click it again to clear.",
    },
    "map.clear": {"vi": "Bỏ chọn huyện (về toàn tỉnh)", "en": "Clear the district (back to the province)"},
    "map.download_csv": {"vi": "Tải bảng (CSV)", "en": "Download the table (CSV)"},
    "map.no_actuals": {
        "vi": "Chưa có số liệu thực hiện cho lựa chọn này: các huyện được tô gạch (không có số liệu). Nhập số liệu ở trang Nhập số liệu.",
        "en": "No reported figures for this selection: districts are hatched (no data). Import them on the Import page.",
    },
    "period.full": {"vi": "Cả năm", "en": "Full year"},
    "period.h1": {"vi": "6 tháng", "en": "First half"},
    "map.legend": {"vi": "Chú giải", "en": "Legend"},
    "legend.count": {"vi": "{count} huyện", "en": "{count} districts"},
    "legend.count.one": {"vi": "{count} huyện", "en": "{count} district"},
    "legend.missing": {"vi": "không có số liệu", "en": "no data"},
    # Tooltip and drill-down
    "tooltip.rank": {"vi": "Hạng {rank}/{count}", "en": "Rank {rank} of {count}"},
    "tooltip.change": {"vi": "{change} so với năm trước", "en": "{change} on the previous year"},
    "tooltip.vs_province": {
        "vi": "{diff} so với toàn tỉnh ({province})",
        "en": "{diff} against the province ({province})",
    },
    # Tables
    "table.unit": {"vi": "Địa bàn", "en": "Area"},
    "table.value": {"vi": "Tỷ lệ (%)", "en": "Rate (%)"},
    "table.rank": {"vi": "Hạng", "en": "Rank"},
    "table.source": {"vi": "Nguồn", "en": "Source"},
    "table.code": {"vi": "Mã", "en": "Code"},
    "table.value.target": {"vi": "Chỉ tiêu (%)", "en": "Target (%)"},
    "table.value.actual": {"vi": "Thực hiện (%)", "en": "Reported (%)"},
    "table.value.gap": {"vi": "Chênh lệch (điểm %)", "en": "Gap (pp)"},
    "table.value.people_needed": {"vi": "Số người cần thêm", "en": "People needed"},
    "table.change": {"vi": "So với năm trước", "en": "Change on previous year"},
    "table.vs_province": {"vi": "So với toàn tỉnh", "en": "Against the province"},
    "table.heading": {"vi": "17 huyện, thị xã, thành phố", "en": "The 17 districts"},
    "table.sort": {"vi": "Xếp theo (toàn tỉnh luôn ở đầu)", "en": "Sort by (the province stays first)"},
    "table.sort.value": {"vi": "Giá trị (cao → thấp)", "en": "Value (high → low)"},
    "table.sort.name": {"vi": "Tên (A → Z)", "en": "Name (A → Z)"},
    "table.sort.change": {"vi": "Thay đổi so với năm trước", "en": "Change on previous year"},
    "province": {"vi": "Toàn tỉnh", "en": "Province"},
    # Errors shown in the app
    "error.boundaries_missing": {
        "vi": "Chưa có ranh giới huyện: chạy `make run` hoặc `python -m bhxh_geo boundaries build`.",
        "en": "District boundaries are missing: run `make run` or `python -m bhxh_geo boundaries build`.",
    },
    # Exports made on the server (issue 5): map images, tables, the one-page briefing
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
    "export.button.briefing": {"vi": "Tải bản tóm tắt PDF (A4 ngang)", "en": "Download the briefing PDF (A4 landscape)"},
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
    "briefing.ranking": {"vi": "Xếp hạng 17 huyện theo chỉ tiêu", "en": "The 17 districts ranked by target"},
    "briefing.change": {"vi": "Thay đổi so với năm {previous} (điểm %)", "en": "Change on {previous} (percentage points)"},
    "briefing.no_change": {
        "vi": "{year} là năm đầu của Kế hoạch: chưa có năm trước để so sánh.",
        "en": "{year} is the plan's first year: there is no previous year to compare.",
    },
    "briefing.key": {"vi": "Điểm chính", "en": "Key points"},
    # Actuals import (issue 4): one message and one "expected" text per refusal
    "import.row": {"vi": "dòng {n}", "en": "row {n}"},
    "import.column": {"vi": "cột {name}", "en": "column {name}"},
    "import.issue": {
        "vi": "{where}: {message}; giá trị «{value}»; cần: {expected}",
        "en": "{where}: {message}; value “{value}”; expected: {expected}",
    },
    "import.issue.no_value": {
        "vi": "{where}: {message}; cần: {expected}",
        "en": "{where}: {message}; expected: {expected}",
    },
    "import.error.too_large": {
        "vi": "tệp quá lớn ({size_mb} MB)",
        "en": "the file is too large ({size_mb} MB)",
    },
    "import.expected.too_large": {
        "vi": "tệp báo cáo dưới {max_mb} MB",
        "en": "a report file under {max_mb} MB",
    },
    "import.error.old_excel": {
        "vi": "tệp Excel 97-2003 (.xls) không được hỗ trợ",
        "en": "Excel 97-2003 files (.xls) are not supported",
    },
    "import.expected.old_excel": {
        "vi": "lưu lại dưới dạng .xlsx hoặc CSV",
        "en": "save it as .xlsx or CSV",
    },
    "import.error.sheet_in_csv": {
        "vi": "tệp CSV không có trang tính «{sheet}»",
        "en": "a CSV file has no sheet “{sheet}”",
    },
    "import.expected.sheet_in_csv": {
        "vi": "bỏ --sheet với tệp CSV",
        "en": "no --sheet with a CSV file",
    },
    "import.error.empty": {"vi": "tệp rỗng", "en": "the file is empty"},
    "import.expected.empty": {
        "vi": "một bảng CSV hoặc XLSX có dòng tiêu đề và số liệu",
        "en": "a CSV or XLSX table with a header row and figures",
    },
    "import.error.encoding": {
        "vi": "không đọc được bảng mã của tệp",
        "en": "the file's text encoding cannot be read",
    },
    "import.expected.encoding": {
        "vi": "CSV UTF-8 (có hoặc không BOM), UTF-16 hoặc Windows-1258",
        "en": "CSV in UTF-8 (with or without BOM), UTF-16 or Windows-1258",
    },
    "import.error.binary": {
        "vi": "tệp chứa dữ liệu nhị phân, không phải bảng",
        "en": "the file holds binary data, not a table",
    },
    "import.expected.binary": {
        "vi": "một tệp CSV (văn bản) hoặc XLSX",
        "en": "a CSV (text) or XLSX file",
    },
    "import.error.too_many_rows": {"vi": "tệp quá nhiều dòng", "en": "the file has too many rows"},
    "import.expected.too_many_rows": {
        "vi": "tối đa {max_rows} dòng",
        "en": "at most {max_rows} rows",
    },
    "import.error.csv_unreadable": {
        "vi": "không đọc được CSV ({detail})",
        "en": "the CSV cannot be read ({detail})",
    },
    "import.expected.csv_unreadable": {
        "vi": "CSV phân cách bằng dấu phẩy, chấm phẩy hoặc tab",
        "en": "CSV separated by commas, semicolons or tabs",
    },
    "import.error.xlsx_unreadable": {
        "vi": "tệp XLSX hỏng hoặc không phải bảng tính ({detail})",
        "en": "the XLSX file is damaged or not a workbook ({detail})",
    },
    "import.expected.xlsx_unreadable": {
        "vi": "một bảng tính .xlsx mở được bằng Excel",
        "en": "an .xlsx workbook that Excel opens",
    },
    "import.error.sheet_missing": {
        "vi": "không có trang tính này",
        "en": "there is no such sheet",
    },
    "import.expected.sheet_missing": {
        "vi": "một trong các trang: {sheets}",
        "en": "one of the sheets: {sheets}",
    },
    "import.error.no_header": {
        "vi": "không tìm thấy dòng tiêu đề của bảng",
        "en": "no header row found",
    },
    "import.expected.no_header": {
        "vi": "một dòng tiêu đề có cột Địa bàn (hoặc Mã) và cột Chỉ tiêu + Tỷ lệ, các cột chỉ tiêu (BHXH, BHTN…) hoặc số người tham gia",
        "en": "a header row with a district (or code) column and Indicator + Rate columns, one column per indicator (BHXH, BHTN…) or people insured",
    },
    "import.error.duplicate_column": {
        "vi": "cột trùng nghĩa với cột «{other}»",
        "en": "this column means the same as column “{other}”",
    },
    "import.expected.duplicate_column": {
        "vi": "mỗi chỉ tiêu một cột, một năm mỗi tệp hoặc trang tính",
        "en": "one column per indicator, one year per file or sheet",
    },
    "import.error.missing_district": {
        "vi": "dòng có số liệu nhưng không ghi địa bàn",
        "en": "the row has figures but no district",
    },
    "import.expected.missing_district": {
        "vi": "tên hoặc mã GSO của huyện, thị xã, thành phố",
        "en": "the name or GSO code of a district",
    },
    "import.error.code_name_conflict": {
        "vi": "không rõ địa bàn: mã và tên chỉ hai nơi khác nhau (cột «{other}»: «{first}»)",
        "en": "ambiguous district: the code and the name point to different places (column “{other}”: “{first}”)",
    },
    "import.expected.code_name_conflict": {
        "vi": "mã và tên của cùng một địa bàn",
        "en": "the code and the name of one district",
    },
    "import.error.ambiguous_district": {
        "vi": "địa bàn không rõ ràng: có thể là {names}",
        "en": "ambiguous district: could be {names}",
    },
    "import.expected.ambiguous_district": {
        "vi": "tên đầy đủ hoặc mã GSO của một địa bàn",
        "en": "the full name or GSO code of one district",
    },
    "import.error.unknown_district": {
        "vi": "không rõ địa bàn; gợi ý (không tự sửa): {names}",
        "en": "unknown district; suggestions (not applied): {names}",
    },
    "import.expected.unknown_district": {
        "vi": "tên hoặc mã GSO của một trong 17 huyện, thị xã, thành phố, hoặc Toàn tỉnh",
        "en": "the name or GSO code of one of the 17 districts, or the province",
    },
    "import.error.year_conflict": {
        "vi": "năm trong tệp khác với --year {given}",
        "en": "the year in the file differs from --year {given}",
    },
    "import.expected.year_conflict": {"vi": "năm {given}", "en": "the year {given}"},
    "import.error.period_conflict": {
        "vi": "kỳ trong tệp khác với --period {given}",
        "en": "the period in the file differs from --period {given}",
    },
    "import.expected.period_conflict": {"vi": "kỳ {given}", "en": "the period {given}"},
    "import.error.year_missing": {
        "vi": "không biết số liệu của năm nào",
        "en": "the year of the figures is not known",
    },
    "import.expected.year_missing": {
        "vi": "cột Năm, năm trong tiêu đề (… năm 2024), hoặc --year",
        "en": "a Year column, the year in the title (… năm 2024), or --year",
    },
    "import.error.bad_year": {
        "vi": "năm không thuộc kế hoạch",
        "en": "the year is outside the plan",
    },
    "import.expected.bad_year": {"vi": "một trong các năm {years}", "en": "one of {years}"},
    "import.error.bad_period": {"vi": "không rõ kỳ báo cáo", "en": "unknown period"},
    "import.expected.bad_period": {
        "vi": "«Cả năm» hoặc «6 tháng»",
        "en": "“Cả năm” (full year) or “6 tháng” (first half)",
    },
    "import.error.bad_indicator": {"vi": "không rõ chỉ tiêu", "en": "unknown indicator"},
    "import.expected.bad_indicator": {
        "vi": "BHXH, BHXH bắt buộc, BHXH tự nguyện, BHTN (hoặc mã {indicators})",
        "en": "BHXH, BHXH bắt buộc, BHXH tự nguyện, BHTN (or the codes {indicators})",
    },
    "import.error.not_number": {"vi": "không phải một tỷ lệ", "en": "not a rate"},
    "import.expected.not_number": {
        "vi": "một số như 15,24 hoặc 15,24%; ô trống hoặc «-» nếu không có số liệu",
        "en": "a number such as 15.24 or 15,24%; an empty cell or “-” for no figure",
    },
    "import.error.not_count": {"vi": "không phải số người", "en": "not a number of people"},
    "import.expected.not_count": {
        "vi": "một số nguyên không âm như 12345 hoặc 12.345",
        "en": "a whole number of people such as 12345 or 12,345",
    },
    "import.error.looks_fraction": {
        "vi": "cả {count} giá trị đều ≤ 1: có thể là phân số (0,15 = 15%) chứ không phải phần trăm",
        "en": "all {count} values are ≤ 1: they may be fractions (0.15 = 15%) rather than percentages",
    },
    "import.expected.looks_fraction": {
        "vi": "chạy lại với --scale fraction (nhân 100) hoặc --scale percent (giữ nguyên)",
        "en": "run again with --scale fraction (times 100) or --scale percent (as written)",
    },
    "import.error.out_of_range": {
        "vi": "tỷ lệ nằm ngoài 0-100",
        "en": "the rate is outside 0-100",
    },
    "import.expected.out_of_range": {
        "vi": "một tỷ lệ phần trăm từ 0 đến 100",
        "en": "a percentage from 0 to 100",
    },
    "import.error.insured_over_lf": {
        "vi": "số người tham gia lớn hơn lực lượng lao động ({labour_force})",
        "en": "more people insured than the labour force ({labour_force})",
    },
    "import.expected.insured_over_lf": {
        "vi": "số người tham gia ≤ lực lượng lao động trong độ tuổi",
        "en": "people insured ≤ the working-age labour force",
    },
    "import.error.counts_mismatch": {
        "vi": "tỷ lệ không khớp với số người / lực lượng lao động ({computed})",
        "en": "the rate does not match people insured / labour force ({computed})",
    },
    "import.expected.counts_mismatch": {
        "vi": "tỷ lệ bằng số người tham gia ÷ lực lượng lao động × 100",
        "en": "a rate equal to people insured ÷ labour force × 100",
    },
    "import.error.duplicate": {
        "vi": "trùng địa bàn, năm, kỳ và chỉ tiêu với dòng {other}",
        "en": "same district, year, period and indicator as row {other}",
    },
    "import.expected.duplicate": {
        "vi": "mỗi địa bàn × kỳ × chỉ tiêu một lần trong tệp",
        "en": "each district × period × indicator once per file",
    },
    "import.error.sum_mismatch": {
        "vi": "BHXH khác BHXH bắt buộc + tự nguyện ({parts}, dòng {rows}) quá 0,01 điểm %",
        "en": "BHXH differs from compulsory + voluntary ({parts}, rows {rows}) by more than 0.01 points",
    },
    "import.expected.sum_mismatch": {
        "vi": "BHXH = BHXH bắt buộc + BHXH tự nguyện",
        "en": "BHXH = compulsory + voluntary",
    },
    "import.error.formula": {
        "vi": "ô bắt đầu bằng =, + hoặc @ (công thức) bị từ chối",
        "en": "a cell starting with =, + or @ (a formula) is refused",
    },
    "import.expected.formula": {
        "vi": "giá trị đã tính, không phải công thức hay văn bản bắt đầu bằng =, +, @",
        "en": "a plain value, not a formula or text starting with =, +, @",
    },
    "import.error.period_in_title": {
        "vi": "tiêu đề nói đến 6 tháng nhưng tệp không có cột Kỳ",
        "en": "the title speaks of six months but the file has no period column",
    },
    "import.expected.period_in_title": {
        "vi": "--period h1 (6 tháng) hoặc --period full (cả năm)",
        "en": "--period h1 (first half) or --period full (full year)",
    },
    "import.error.extra_cells": {
        "vi": "dòng có {count} ô thừa ngoài các cột của dòng tiêu đề (dấu phẩy thập phân trong tệp phân cách bằng dấu phẩy?)",
        "en": "the row has {count} cells beyond the header's columns (a decimal comma in a comma-separated file?)",
    },
    "import.expected.extra_cells": {
        "vi": "mỗi dòng có số ô bằng dòng tiêu đề: đặt «15,24» trong ngoặc kép hoặc phân cách bằng dấu ;",
        "en": "as many cells as the header: quote “15,24” or separate with ;",
    },
    "import.error.no_figures": {
        "vi": "bảng không có số liệu nào",
        "en": "the table holds no figures",
    },
    "import.expected.no_figures": {
        "vi": "ít nhất một tỷ lệ hoặc số người tham gia",
        "en": "at least one rate or number of people insured",
    },
    # Actuals: command line and store
    "actuals.refused": {
        "vi": "{file}: bị từ chối ({count} lỗi), không lưu gì.",
        "en": "{file}: refused ({count} problems), nothing was stored.",
    },
    "actuals.imported": {
        "vi": "Đã nhập lô {batch}: {rows} giá trị từ {file} (dạng {shape}).",
        "en": "Imported batch {batch}: {rows} values from {file} ({shape} layout).",
    },
    "actuals.dry_run": {
        "vi": "Chạy thử, không lưu gì: {rows} giá trị ({new} mới, {changed} thay đổi, {same} giữ nguyên).",
        "en": "Dry run, nothing stored: {rows} values ({new} new, {changed} changed, {same} unchanged).",
    },
    "actuals.dry_run_duplicate": {
        "vi": "Tệp này đã được nhập ở lô {batch}: nhập thật sẽ bị từ chối nếu không có --force.",
        "en": "This file was already imported as batch {batch}: a real import needs --force.",
    },
    "actuals.status.new": {"vi": "mới", "en": "new"},
    "actuals.status.changed": {"vi": "thay đổi", "en": "changed"},
    "actuals.status.same": {"vi": "giữ nguyên", "en": "unchanged"},
    "actuals.reverted": {
        "vi": "Đã hoàn tác lô {batch}; các giá trị trước đó lại là hiện hành.",
        "en": "Batch {batch} reverted; the earlier values are current again.",
    },
    "actuals.no_values": {"vi": "Chưa có số liệu thực hiện.", "en": "No actuals yet."},
    "actuals.no_batches": {"vi": "Chưa có lô nhập nào.", "en": "No import batches yet."},
    "actuals.no_history": {
        "vi": "Chưa có số liệu thực hiện của {unit}.",
        "en": "No actuals for {unit} yet.",
    },
    "actuals.template_written": {"vi": "Đã ghi mẫu nhập {path}.", "en": "Template written to {path}."},
    "actuals.exported": {
        "vi": "Đã ghi {rows} giá trị hiện hành vào {path}.",
        "en": "{rows} current values written to {path}.",
    },
    "actuals.export_format": {
        "vi": "chỉ ghi được tệp .csv hoặc .xlsx, không phải {path}",
        "en": "only .csv or .xlsx can be written, not {path}",
    },
    "actuals.reverted_mark": {"vi": "đã hoàn tác {when}", "en": "reverted {when}"},
    "actuals.current_mark": {"vi": "hiện hành", "en": "current"},
    "actuals.sources_note": {
        "vi": "Số liệu thực hiện do các huyện báo cáo, nhập theo từng lô; nguồn của mỗi giá trị ở cột source.",
        "en": "Actuals reported by the districts, imported batch by batch; each value's source is in the source column.",
    },
    "actuals.error.not_clean": {
        "vi": "{file} còn {count} lỗi: không lưu gì",
        "en": "{file} still has {count} problems: nothing stored",
    },
    "actuals.error.no_rows": {
        "vi": "{file} không có số liệu nào để lưu",
        "en": "{file} has no figures to store",
    },
    "actuals.error.duplicate_file": {
        "vi": "{file} đã được nhập ở lô {batch} ({when}, SHA-256 {sha}…); thêm --force nếu thật sự muốn nhập lại",
        "en": "{file} was already imported as batch {batch} ({when}, SHA-256 {sha}…); add --force to import it again",
    },
    "actuals.error.no_such_batch": {"vi": "không có lô {batch}", "en": "there is no batch {batch}"},
    "actuals.error.already_reverted": {
        "vi": "lô {batch} đã được hoàn tác lúc {when}",
        "en": "batch {batch} was already reverted at {when}",
    },
    "actuals.period.full": {"vi": "Cả năm", "en": "Full year"},
    "actuals.period.h1": {"vi": "6 tháng", "en": "6 months"},
    "actuals.col.period": {"vi": "Kỳ", "en": "Period"},
    "actuals.col.insured": {"vi": "Số người tham gia", "en": "People insured"},
    "actuals.col.labour_force": {"vi": "LLLĐ trong độ tuổi", "en": "Labour force"},
    "actuals.col.batch": {"vi": "Lô", "en": "Batch"},
    "actuals.col.imported_at": {"vi": "Thời điểm nhập (UTC)", "en": "Imported (UTC)"},
    "actuals.col.status": {"vi": "Trạng thái", "en": "Status"},
    "actuals.col.file": {"vi": "Tệp", "en": "File"},
    "actuals.col.rows": {"vi": "Số giá trị", "en": "Values"},
    "actuals.col.by": {"vi": "Người nhập", "en": "Imported by"},
    "actuals.col.old": {"vi": "Hiện hành", "en": "Current"},
    "actuals.col.new": {"vi": "Mới", "en": "New"},
    "actuals.col.change": {"vi": "Chênh lệch", "en": "Change"},
    "actuals.template.source": {
        "vi": "Mẫu nhập số liệu thực hiện (bhxh-geo); chưa có số liệu",
        "en": "Actuals import template (bhxh-geo); holds no figures",
    },
    "actuals.template.how": {
        "vi": "Điền tỷ lệ bao phủ (%) của từng địa bàn, dấu thập phân là phẩy hoặc chấm; ô trống hoặc «-» nếu không có số liệu; Kỳ là «Cả năm» hoặc «6 tháng»; BHXH = bắt buộc + tự nguyện.",
        "en": "Fill in each district's coverage rate (%), decimal comma or dot; leave empty or “-” for no figure; Kỳ is “Cả năm” (full year) or “6 tháng” (first half); BHXH = compulsory + voluntary.",
    },
    # Import page (issue 4): upload, errors, preview, commit, batches, revert, history
    "importpage.title": {"vi": "Nhập số liệu thực hiện", "en": "Import actuals"},
    "importpage.intro": {
        "vi": "Số liệu bao phủ do các huyện báo cáo: tệp CSV hoặc XLSX, dạng dọc, dạng ngang hoặc số người. Cả tệp được kiểm tra trước khi lưu; có một lỗi là không lưu gì. Mỗi lần nhập là một lô, có thể hoàn tác.",
        "en": "Coverage reported by the districts: a CSV or XLSX file, long, wide or counts layout. The whole file is checked before anything is stored; one problem and nothing is. Each import is a batch, and can be reverted.",
    },
    "importpage.editing_off": {
        "vi": "Chế độ nhập số liệu đang tắt vì chưa đặt mật khẩu cán bộ. Để bật, đặt biến môi trường `BHXH_EDITOR_PASSWORD` khi chạy ứng dụng, ví dụ `BHXH_EDITOR_PASSWORD='mật khẩu' make run`. Ai cũng xem được các lô đã nhập và lịch sử số liệu bên dưới.",
        "en": "Importing is off because no officer password is set. To turn it on, set the environment variable `BHXH_EDITOR_PASSWORD` when starting the app, e.g. `BHXH_EDITOR_PASSWORD='a password' make run`. Everyone can read the batches and the history below.",
    },
    "importpage.viewer": {
        "vi": "Chế độ chỉ xem. Cán bộ được giao nhập số liệu đăng nhập bằng mật khẩu cán bộ để nhập hoặc hoàn tác.",
        "en": "Read-only. The officer in charge signs in with the officer password to import or revert.",
    },
    "importpage.password": {"vi": "Mật khẩu cán bộ", "en": "Officer password"},
    "importpage.login": {"vi": "Đăng nhập", "en": "Sign in"},
    "importpage.wrong_password": {"vi": "Mật khẩu không đúng.", "en": "Wrong password."},
    "importpage.signed_in": {
        "vi": "Đã đăng nhập: có thể nhập và hoàn tác số liệu.",
        "en": "Signed in: you can import and revert actuals.",
    },
    "importpage.logout": {"vi": "Đăng xuất", "en": "Sign out"},
    "importpage.file": {
        "vi": "Tệp báo cáo (CSV hoặc XLSX, đuôi tệp nào cũng được)",
        "en": "Report file (CSV or XLSX, any extension)",
    },
    "importpage.file.help": {
        "vi": "Định dạng, bảng mã và dấu phân cách được nhận biết từ nội dung tệp, không theo đuôi tệp.",
        "en": "The format, encoding and separator are read from the file's content, not its extension.",
    },
    "importpage.year": {"vi": "Năm (khi tệp không ghi năm)", "en": "Year (when the file gives none)"},
    "importpage.from_file": {"vi": "Theo tệp", "en": "From the file"},
    "importpage.period": {"vi": "Kỳ (khi tệp không có cột Kỳ)", "en": "Period (when the file has no period column)"},
    "importpage.period.default": {"vi": "Theo tệp (mặc định cả năm)", "en": "From the file (default: full year)"},
    "importpage.scale": {"vi": "Giá trị ≤ 1 là", "en": "Values ≤ 1 are"},
    "importpage.scale.none": {"vi": "Không chỉ định (tệp toàn giá trị ≤ 1 bị từ chối)", "en": "Not said (a file of values all ≤ 1 is refused)"},
    "importpage.scale.percent": {"vi": "Phần trăm (0,5 = 0,5%)", "en": "Percentages (0.5 = 0.5%)"},
    "importpage.scale.fraction": {"vi": "Tỷ lệ thập phân (0,15 = 15%)", "en": "Fractions (0.15 = 15%)"},
    "importpage.sheet": {"vi": "Trang tính của tệp XLSX (trống: trang đầu)", "en": "XLSX worksheet (empty: the first)"},
    "importpage.source": {"vi": "Văn bản nguồn (mặc định: tên tệp)", "en": "Source document (default: the file name)"},
    "importpage.by": {"vi": "Cán bộ nhập", "en": "Officer"},
    "importpage.reading": {"vi": "Đang đọc tệp…", "en": "Reading the file…"},
    "importpage.read_ok": {
        "vi": "Đã đọc tệp: {rows} giá trị (dạng {shape}), chưa lưu gì",
        "en": "File read: {rows} values ({shape} layout), nothing stored yet",
    },
    "importpage.read_refused": {
        "vi": "Tệp bị từ chối: {count} lỗi, không lưu gì",
        "en": "File refused: {count} problems, nothing stored",
    },
    "importpage.details": {
        "vi": "Định dạng {format}, bảng mã {encoding}, dấu phân cách {delimiter}, trang tính {sheet}, dòng tiêu đề {row}",
        "en": "Format {format}, encoding {encoding}, separator {delimiter}, worksheet {sheet}, header row {row}",
    },
    "importpage.errors.heading": {"vi": "Lỗi, theo từng dòng của tệp", "en": "Problems, row by row"},
    "importpage.errors.intro": {
        "vi": "Tệp bị từ chối ({count} lỗi): không lưu gì. Sửa tệp theo các dòng dưới đây rồi tải lên lại.",
        "en": "The file is refused ({count} problems): nothing was stored. Fix the rows below and upload it again.",
    },
    "importpage.errors.options": {
        "vi": "Các tuỳ chọn --year, --period, --scale, --sheet của dòng lệnh là các ô Năm, Kỳ, «Giá trị ≤ 1 là» và Trang tính ở trên.",
        "en": "The command line's --year, --period, --scale and --sheet are the Year, Period, “Values ≤ 1 are” and Worksheet fields above.",
    },
    "importpage.col.row": {"vi": "Dòng", "en": "Row"},
    "importpage.col.column": {"vi": "Cột", "en": "Column"},
    "importpage.col.value": {"vi": "Giá trị", "en": "Value"},
    "importpage.col.problem": {"vi": "Lỗi", "en": "Problem"},
    "importpage.col.expected": {"vi": "Cần", "en": "Expected"},
    "importpage.col.message": {"vi": "Thông báo đầy đủ", "en": "Full message"},
    "importpage.preview.heading": {"vi": "Xem trước: hiện hành → mới", "en": "Preview: current → new"},
    "importpage.preview.summary": {
        "vi": "Chưa lưu gì: {rows} giá trị ({new} mới, {changed} thay đổi, {same} giữ nguyên).",
        "en": "Nothing stored yet: {rows} values ({new} new, {changed} changed, {same} unchanged).",
    },
    "importpage.duplicate": {
        "vi": "Tệp này (cùng SHA-256) đã được nhập ở lô {batch}. Chỉ nhập lại khi thật sự cần.",
        "en": "This very file (same SHA-256) was already imported as batch {batch}. Import it again only if you must.",
    },
    "importpage.force": {"vi": "Vẫn nhập lại tệp này", "en": "Import this file again anyway"},
    "importpage.commit": {"vi": "Lưu {rows} giá trị thành một lô mới", "en": "Store {rows} values as a new batch"},
    "importpage.committed": {
        "vi": "Đã nhập lô {batch}: {rows} giá trị. Bản đồ và các trang khác đã dùng số liệu mới.",
        "en": "Imported batch {batch}: {rows} values. The map and the other pages now use them.",
    },
    "importpage.batches.heading": {"vi": "Các lô đã nhập", "en": "Import batches"},
    "importpage.revert.heading": {"vi": "Hoàn tác một lô", "en": "Revert a batch"},
    "importpage.revert.line": {
        "vi": "Lô {batch} · {when} · {rows} giá trị · {file}",
        "en": "Batch {batch} · {when} · {rows} values · {file}",
    },
    "importpage.revert.button": {"vi": "Hoàn tác lô {batch}", "en": "Revert batch {batch}"},
    "importpage.revert.confirm": {
        "vi": "Hoàn tác lô {batch} ({rows} giá trị)? Không xoá gì: các giá trị của lô này thôi là hiện hành, giá trị trước đó lại là hiện hành.",
        "en": "Revert batch {batch} ({rows} values)? Nothing is deleted: its values stop being current, the earlier ones are current again.",
    },
    "importpage.revert.yes": {"vi": "Xác nhận hoàn tác lô {batch}", "en": "Yes, revert batch {batch}"},
    "importpage.revert.no": {"vi": "Huỷ", "en": "Cancel"},
    "importpage.history.heading": {"vi": "Lịch sử số liệu của một địa bàn", "en": "History of one unit"},
    "importpage.history.pick": {"vi": "Địa bàn", "en": "Unit"},
    # Demo database (issue 4)
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
    # End of the actuals keys (issue 4)
    # Compare page, district profile, story leads and the plan page (issue 5)
    "compare.intro": {
        "vi": "Chỉ tiêu của Kế hoạch: 17 huyện, thị xã, thành phố so với nhau, qua các năm và so với các địa bàn giáp ranh.",
        "en": "The plan's targets: the 17 districts against each other, over the years and against their neighbours.",
    },
    "compare.ranking": {
        "vi": "Xếp hạng 17 huyện, thị xã, thành phố: chỉ tiêu {indicator} năm {year}",
        "en": "The 17 districts ranked: {indicator} target, {year}",
    },
    "compare.province_rule": {"vi": "Toàn tỉnh {value}", "en": "Province {value}"},
    "compare.years": {
        "vi": "Ba năm của Kế hoạch, cùng một thang màu: chỉ tiêu {indicator}",
        "en": "The plan's three years on one colour scale: {indicator} target",
    },
    "compare.indicators": {
        "vi": "Bốn chỉ tiêu năm {year} (mỗi chỉ tiêu một thang màu)",
        "en": "The four indicators in {year} (each on its own colour scale)",
    },
    "compare.change": {
        "vi": "Thay đổi chỉ tiêu {indicator} từ năm {start} đến năm {end} (điểm phần trăm)",
        "en": "Change in the {indicator} target from {start} to {end} (percentage points)",
    },
    "compare.change.from": {"vi": "Từ năm", "en": "From"},
    "compare.change.to": {"vi": "Đến năm", "en": "To"},
    "compare.change.same_year": {
        "vi": "Chọn hai năm khác nhau để xem thay đổi.",
        "en": "Choose two different years to see the change.",
    },
    "compare.range.pp": {"vi": "{low} – {high} điểm %", "en": "{low} – {high} pp"},
    "compare.dumbbell": {
        "vi": "Thực hiện so với chỉ tiêu: {indicator} năm {year}",
        "en": "Reported against target: {indicator}, {year}",
    },
    "compare.no_actuals": {
        "vi": "Chưa nhập số liệu thực hiện cả năm {year} cho chỉ tiêu này: biểu đồ thực hiện so với chỉ tiêu chỉ hiện khi đã nhập báo cáo của các huyện.",
        "en": "No full-year reported figures for {year} and this indicator have been imported: the reported-against-target chart appears once district reports are imported.",
    },
    "compare.series.target": {"vi": "Chỉ tiêu", "en": "Target"},
    "compare.series.actual": {"vi": "Thực hiện", "en": "Reported"},
    "compare.status.behind": {"vi": "Chưa đạt chỉ tiêu", "en": "Behind target"},
    "compare.status.met": {"vi": "Đạt chỉ tiêu", "en": "Target met"},
    "compare.neighbours": {
        "vi": "So với các địa bàn giáp ranh: chỉ tiêu {indicator} năm {year}",
        "en": "Against the neighbours: {indicator} target, {year}",
    },
    "compare.neighbours.note": {
        "vi": "Mỗi địa bàn so với bình quân cộng (không gia quyền) chỉ tiêu của các địa bàn có chung đường ranh giới với nó (chỉ chung một điểm thì không tính).",
        "en": "Each district against the plain (unweighted) mean of the districts sharing a boundary line with it (meeting at a single point does not count).",
    },
    "compare.position.above": {"vi": "Cao hơn bình quân các địa bàn giáp ranh", "en": "Above its neighbours' mean"},
    "compare.position.equal": {"vi": "Bằng bình quân các địa bàn giáp ranh", "en": "Equal to its neighbours' mean"},
    "compare.position.below": {"vi": "Thấp hơn bình quân các địa bàn giáp ranh", "en": "Below its neighbours' mean"},
    "compare.col.neighbours_mean": {"vi": "Bình quân giáp ranh", "en": "Neighbours' mean"},
    "compare.col.difference": {"vi": "Chênh lệch", "en": "Difference"},
    "compare.col.change": {"vi": "Thay đổi", "en": "Change"},
    "compare.open_profile": {"vi": "Mở hồ sơ huyện", "en": "Open a district profile"},
    "leads.heading": {"vi": "Gợi ý tin bài", "en": "Story leads"},
    "leads.intro": {
        "vi": "Các câu được tính từ số liệu, kèm số và nguồn; sao chép nguyên văn từ ô bên dưới.",
        "en": "Sentences computed from the data, each with its figures and source; copy them from the box below.",
    },
    "leads.copy": {"vi": "Sao chép (kèm nguồn)", "en": "Copy (sources included)"},
    "leads.source": {"vi": "Nguồn: {source}", "en": "Source: {source}"},
    "leads.and": {"vi": "và", "en": "and"},
    "leads.points": {"vi": "{value} điểm phần trăm", "en": "{value} percentage points"},
    "leads.indicator.bhxh": {"vi": "BHXH", "en": "social insurance"},
    "leads.indicator.bhxh_bat_buoc": {"vi": "BHXH bắt buộc", "en": "compulsory social insurance"},
    "leads.indicator.bhxh_tu_nguyen": {"vi": "BHXH tự nguyện", "en": "voluntary social insurance"},
    "leads.indicator.bhtn": {"vi": "BHTN", "en": "unemployment insurance"},
    "leads.direction.above": {"vi": "cao hơn", "en": "above"},
    "leads.direction.below": {"vi": "thấp hơn", "en": "below"},
    "leads.highest": {
        "vi": "Năm {year}, {name} có chỉ tiêu tỷ lệ bao phủ {indicator} cao nhất trong 17 huyện, thị xã, thành phố: {value} lực lượng lao động trong độ tuổi.",
        "en": "In {year}, {name} has the highest {indicator} coverage target of the 17 districts: {value} of the working-age labour force.",
    },
    "leads.highest.tie": {
        "vi": "Năm {year}, {name} cùng có chỉ tiêu tỷ lệ bao phủ {indicator} cao nhất trong 17 huyện, thị xã, thành phố: {value} lực lượng lao động trong độ tuổi.",
        "en": "In {year}, {name} share the highest {indicator} coverage target of the 17 districts: {value} of the working-age labour force.",
    },
    "leads.lowest": {
        "vi": "Năm {year}, {name} có chỉ tiêu tỷ lệ bao phủ {indicator} thấp nhất trong 17 huyện, thị xã, thành phố: {value} lực lượng lao động trong độ tuổi.",
        "en": "In {year}, {name} has the lowest {indicator} coverage target of the 17 districts: {value} of the working-age labour force.",
    },
    "leads.lowest.tie": {
        "vi": "Năm {year}, {name} cùng có chỉ tiêu tỷ lệ bao phủ {indicator} thấp nhất trong 17 huyện, thị xã, thành phố: {value} lực lượng lao động trong độ tuổi.",
        "en": "In {year}, {name} share the lowest {indicator} coverage target of the 17 districts: {value} of the working-age labour force.",
    },
    "leads.increase": {
        "vi": "Từ năm {start} đến năm {end}, {name} có mức tăng chỉ tiêu tỷ lệ bao phủ {indicator} lớn nhất trong 17 huyện, thị xã, thành phố: từ {before} lên {after}, tăng {points}.",
        "en": "From {start} to {end}, {name} has the largest planned rise in its {indicator} coverage target of the 17 districts: from {before} to {after}, up {points}.",
    },
    "leads.increase.tie": {
        "vi": "Từ năm {start} đến năm {end}, {name} cùng có mức tăng chỉ tiêu tỷ lệ bao phủ {indicator} lớn nhất trong 17 huyện, thị xã, thành phố: tăng {points}.",
        "en": "From {start} to {end}, {name} share the largest planned rise in their {indicator} coverage targets of the 17 districts: up {points}.",
    },
    "leads.gap.widest": {
        "vi": "Năm {year}, {name} có chỉ tiêu tỷ lệ bao phủ {indicator} cách xa mức toàn tỉnh nhất: {value}, {direction} mức toàn tỉnh ({province}) {points}.",
        "en": "In {year}, {name} has the {indicator} coverage target furthest from the province's: {value}, {points} {direction} the province ({province}).",
    },
    "leads.gap.widest.tie": {
        "vi": "Năm {year}, {name} cùng có chỉ tiêu tỷ lệ bao phủ {indicator} cách xa mức toàn tỉnh nhất: {value}, {direction} mức toàn tỉnh ({province}) {points}.",
        "en": "In {year}, {name} share the {indicator} coverage target furthest from the province's: {value}, {points} {direction} the province ({province}).",
    },
    "leads.gap.furthest": {
        "vi": "Năm {year}, {name} có chỉ tiêu tỷ lệ bao phủ {indicator} {direction} mức toàn tỉnh nhiều nhất: {value}, {direction} mức toàn tỉnh ({province}) {points}.",
        "en": "In {year}, {name} has the {indicator} coverage target furthest {direction} the province's: {value}, {points} {direction} the province ({province}).",
    },
    "leads.gap.furthest.tie": {
        "vi": "Năm {year}, {name} cùng có chỉ tiêu tỷ lệ bao phủ {indicator} {direction} mức toàn tỉnh nhiều nhất: {value}, {direction} mức toàn tỉnh ({province}) {points}.",
        "en": "In {year}, {name} share the {indicator} coverage target furthest {direction} the province's: {value}, {points} {direction} the province ({province}).",
    },
    "leads.pleiku": {
        "vi": "Năm {year}, chỉ tiêu tỷ lệ bao phủ {indicator} của {name} ({value}) gấp {ratio} lần trung vị của 16 huyện, thị xã còn lại ({median}) và cao hơn địa bàn đứng thứ hai, {second} ({second_value}), {points}.",
        "en": "In {year}, {name}'s {indicator} coverage target ({value}) is {ratio} times the median of the other 16 districts ({median}) and {points} above the second highest, {second} ({second_value}).",
    },
    "leads.pleiku.tie": {
        "vi": "Năm {year}, chỉ tiêu tỷ lệ bao phủ {indicator} của {name} ({value}) gấp {ratio} lần trung vị của 16 huyện, thị xã còn lại ({median}) và cao hơn các địa bàn cùng đứng thứ hai, {second} ({second_value}), {points}.",
        "en": "In {year}, {name}'s {indicator} coverage target ({value}) is {ratio} times the median of the other 16 districts ({median}) and {points} above the joint second highest, {second} ({second_value}).",
    },
    "leads.behind": {
        "vi": "Năm {year}, {count}/{reported} huyện, thị xã, thành phố có báo cáo chưa đạt chỉ tiêu tỷ lệ bao phủ {indicator}: {items}.",
        "en": "In {year}, {count} of the {reported} districts that reported are behind their {indicator} coverage target: {items}.",
    },
    "leads.behind.item": {
        "vi": "{name} ({actual}, chỉ tiêu {target})",
        "en": "{name} ({actual} against a target of {target})",
    },
    "leads.behind.none": {
        "vi": "Năm {year}, cả {reported} huyện, thị xã, thành phố có báo cáo đều đạt chỉ tiêu tỷ lệ bao phủ {indicator}.",
        "en": "In {year}, all {reported} districts that reported met their {indicator} coverage target.",
    },
    "leads.no_actuals": {
        "vi": "Chưa có số liệu thực hiện cả năm {year}: chưa có câu về các địa bàn chưa đạt chỉ tiêu.",
        "en": "No full-year reported figures for {year}: no sentence on districts behind their target.",
    },
    "profile.title": {"vi": "Hồ sơ {name}", "en": "Profile: {name}"},
    "profile.pick": {"vi": "Huyện, thị xã, thành phố", "en": "District"},
    "profile.missing_code": {
        "vi": "Chọn một huyện, thị xã, thành phố để xem hồ sơ.",
        "en": "Choose a district to see its profile.",
    },
    "profile.invalid_code": {
        "vi": "Không có huyện, thị xã, thành phố nào mang mã «{code}». Chọn một địa bàn bên dưới.",
        "en": "No district has the code “{code}”. Choose one below.",
    },
    "profile.table": {"vi": "Mọi chỉ tiêu qua các năm", "en": "Every indicator, every year"},
    "profile.trajectory": {
        "vi": "Chỉ tiêu qua các năm (nét liền: {name}; nét đứt: toàn tỉnh)",
        "en": "Targets over the years (solid: {name}; dashed: the province)",
    },
    "profile.neighbours.heading": {
        "vi": "So với các địa bàn giáp ranh, năm {year}",
        "en": "Against its neighbours, {year}",
    },
    "profile.neighbours.above": {
        "vi": "{indicator}: {value}, cao hơn bình quân {count} địa bàn giáp ranh ({mean}) {points} điểm %.",
        "en": "{indicator}: {value}, {points} pp above the mean of its {count} neighbours ({mean}).",
    },
    "profile.neighbours.below": {
        "vi": "{indicator}: {value}, thấp hơn bình quân {count} địa bàn giáp ranh ({mean}) {points} điểm %.",
        "en": "{indicator}: {value}, {points} pp below the mean of its {count} neighbours ({mean}).",
    },
    "profile.neighbours.equal": {
        "vi": "{indicator}: {value}, bằng bình quân {count} địa bàn giáp ranh ({mean}).",
        "en": "{indicator}: {value}, equal to the mean of its {count} neighbours ({mean}).",
    },
    "profile.neighbours.none": {
        "vi": "{indicator}: chưa đủ số liệu để so với các địa bàn giáp ranh.",
        "en": "{indicator}: not enough figures to compare with the neighbours.",
    },
    "profile.neighbours.list": {"vi": "Các địa bàn giáp ranh ({count}):", "en": "Its neighbours ({count}):"},
    "profile.no_actuals": {
        "vi": "Chưa có số liệu thực hiện cả năm của {name}: các cột thực hiện, chênh lệch và số người cần thêm để trống.",
        "en": "No full-year reported figures for {name}: the reported, gap and people-needed columns are empty.",
    },
    "profile.people_note": {
        "vi": "Số người cần thêm chỉ tính được khi báo cáo có lực lượng lao động trong độ tuổi và số người tham gia.",
        "en": "People still needed can only be computed where a report gives the working-age labour force and the people insured.",
    },
    "profile.download": {"vi": "Tải hồ sơ (CSV)", "en": "Download the profile (CSV)"},
    "profile.col.code": {"vi": "Mã", "en": "Code"},
    "profile.col.unit": {"vi": "Địa bàn", "en": "Area"},
    "profile.col.indicator": {"vi": "Chỉ tiêu", "en": "Indicator"},
    "profile.col.year": {"vi": "Năm", "en": "Year"},
    "profile.col.target": {"vi": "Chỉ tiêu kế hoạch (%)", "en": "Plan target (%)"},
    "profile.col.rank": {"vi": "Hạng (trong 17)", "en": "Rank (of 17)"},
    "profile.col.change": {"vi": "So với năm trước (điểm %)", "en": "Change on previous year (pp)"},
    "profile.col.province": {"vi": "Toàn tỉnh (%)", "en": "Province (%)"},
    "profile.col.vs_province": {"vi": "So với toàn tỉnh (điểm %)", "en": "Against the province (pp)"},
    "profile.col.actual": {"vi": "Thực hiện (%)", "en": "Reported (%)"},
    "profile.col.gap": {"vi": "Thực hiện − chỉ tiêu (điểm %)", "en": "Reported − target (pp)"},
    "profile.col.insured": {"vi": "Số người tham gia", "en": "People insured"},
    "profile.col.labour_force": {"vi": "LLLĐ trong độ tuổi", "en": "Working-age labour force"},
    "profile.col.people_needed": {"vi": "Số người cần thêm", "en": "People still needed"},
    "profile.col.source": {"vi": "Nguồn", "en": "Source"},
    "plan.title": {
        "vi": "Kế hoạch triển khai Nghị quyết 69/NQ-CP trên địa bàn tỉnh Gia Lai",
        "en": "Gia Lai's plan implementing Government Resolution 69/NQ-CP",
    },
    "plan.what": {
        "vi": "UBND tỉnh Gia Lai ban hành Kế hoạch triển khai thực hiện Nghị quyết số 69/NQ-CP ngày 19/5/2022 của Chính phủ về việc giao chỉ tiêu phát triển đối tượng tham gia bảo hiểm xã hội giai đoạn 2023 - 2025 trên địa bàn tỉnh. Phụ lục của Kế hoạch giao chỉ tiêu tỷ lệ bao phủ BHXH và BHTN cho toàn tỉnh và cho từng huyện, thị xã, thành phố trong ba năm 2023, 2024 và 2025.",
        "en": "The Gia Lai Provincial People's Committee issued a plan implementing Government Resolution 69/NQ-CP of 19 May 2022 on targets for expanding social insurance participation, for 2023-2025 in the province. The plan's appendix sets social and unemployment insurance coverage targets for the province and for each of the 17 districts for 2023, 2024 and 2025.",
    },
    "plan.blank": {
        "vi": "Số và ngày của Kế hoạch để trống trong văn bản («Kèm theo Kế hoạch số: /KH-UBND ngày tháng năm 2023»); ứng dụng không tự điền.",
        "en": "The plan's number and date are blank in the document (“Kèm theo Kế hoạch số: /KH-UBND ngày tháng năm 2023”); this app does not fill them in.",
    },
    "plan.citation": {"vi": "Trích dẫn: {source}", "en": "Citation: {source}"},
    "plan.reporting": {
        "vi": "Kế hoạch yêu cầu báo cáo kết quả thực hiện định kỳ 6 tháng và một năm, và giao UBND các huyện, thị xã, thành phố xây dựng chỉ tiêu của địa phương bằng hoặc cao hơn chỉ tiêu tỉnh giao.",
        "en": "The plan asks for reports on the results every six months and every year, and has each district set its own targets at or above those the province assigns.",
    },
    "plan.indicators.heading": {"vi": "Các chỉ tiêu và mẫu số", "en": "The indicators and their denominator"},
    "plan.denominator": {
        "vi": "Mọi chỉ tiêu là tỷ lệ phần trăm trên lực lượng lao động trong độ tuổi của địa bàn (mẫu số): số người tham gia ÷ lực lượng lao động trong độ tuổi × 100.",
        "en": "Every indicator is a percentage of the area's working-age labour force (the denominator): people insured ÷ working-age labour force × 100.",
    },
    "plan.indicator.bhxh": {
        "vi": "người tham gia bảo hiểm xã hội, bắt buộc và tự nguyện cộng lại; trong mọi dòng của Phụ lục bằng tổng hai chỉ tiêu kế tiếp.",
        "en": "people insured for social insurance, compulsory and voluntary together; in every row of the appendix it equals the sum of the next two.",
    },
    "plan.indicator.bhxh_bat_buoc": {
        "vi": "người tham gia bảo hiểm xã hội bắt buộc.",
        "en": "people insured under compulsory social insurance.",
    },
    "plan.indicator.bhxh_tu_nguyen": {
        "vi": "người tham gia bảo hiểm xã hội tự nguyện.",
        "en": "people insured under voluntary social insurance.",
    },
    "plan.indicator.bhtn": {
        "vi": "người tham gia bảo hiểm thất nghiệp.",
        "en": "people insured against unemployment.",
    },
    "plan.targets.heading": {"vi": "Chỉ tiêu toàn tỉnh", "en": "Province targets"},
    "plan.excluded.heading": {"vi": "Ai không được tính", "en": "Who is not counted"},
    "plan.reorganisation.heading": {"vi": "Sắp xếp đơn vị hành chính năm 2025", "en": "The 2025 reorganisation"},
    "plan.reorganisation": {
        "vi": "Từ ngày 01/7/2025, chính quyền địa phương tổ chức hai cấp (tỉnh, xã): cấp huyện chấm dứt hoạt động, và tỉnh Gia Lai hợp nhất với tỉnh Bình Định thành tỉnh Gia Lai mới. Số liệu ở đây là của 17 huyện, thị xã, thành phố và của tỉnh Gia Lai trước khi hợp nhất, đúng như trong Kế hoạch.",
        "en": "From 1 July 2025 local government has two levels (province and commune): the district level was abolished, and Gia Lai merged with Bình Định province into a new Gia Lai province. The figures here are those of the 17 districts and of Gia Lai before the merger, as in the plan.",
    },
    "plan.links.heading": {"vi": "Xem thêm", "en": "See also"},
    # End of the compare, profile, leads and plan keys (issue 5)
}


def check_lang(lang: str) -> str:
    """Return ``lang`` when supported, else raise ValueError naming the supported languages."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
    return lang


def t(key: str, lang: str = DEFAULT_LANG, **values: object) -> str:
    """The string ``key`` in ``lang`` with ``{placeholders}`` filled.

    Examples
    --------
    >>> t("legend.count", "vi", count=3)
    '3 huyện'
    """
    try:
        text = STRINGS[key][check_lang(lang)]
    except KeyError as error:
        raise KeyError(f"no string {key!r} in bhxh_geo.i18n.STRINGS") from error
    return text.format(**values) if values else text


def indicator_label(indicator: str, lang: str = DEFAULT_LANG, short: bool = False) -> str:
    """The indicator's name as people read it."""
    return t(f"indicator.{indicator}" + (".short" if short else ""), lang)


def format_date(value, lang: str = DEFAULT_LANG) -> str:
    """A date as people write it: ``25/11/2026`` (vi) or ``November 25, 2026`` (en).

    Examples
    --------
    >>> import datetime
    >>> format_date(datetime.date(2026, 11, 25), "vi"), format_date(datetime.date(2026, 11, 25), "en")
    ('25/11/2026', 'November 25, 2026')
    """
    from babel.dates import format_date as babel_date

    pattern = "dd/MM/yyyy" if check_lang(lang) == "vi" else "long"
    return babel_date(value, pattern, locale=_LOCALES[lang])


def format_number(value: float | None, lang: str = DEFAULT_LANG, decimals: int = 2) -> str:
    """``10,64`` in Vietnamese, ``10.64`` in English; ``–`` for a missing value.

    Examples
    --------
    >>> format_number(3684.7, "vi", 1), format_number(3684.7, "en", 1)
    ('3.684,7', '3,684.7')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, pattern, locale=_LOCALES[check_lang(lang)])


def format_pct(value: float | None, lang: str = DEFAULT_LANG, decimals: int = 2) -> str:
    """A coverage rate already in percent: ``10,64%`` (vi) or ``10.64%`` (en).

    Examples
    --------
    >>> format_pct(10.64, "vi"), format_pct(10.64, "en")
    ('10,64%', '10.64%')
    """
    text = format_number(value, lang, decimals)
    return text if text == "–" else text + "%"


def format_pp(value: float | None, lang: str = DEFAULT_LANG, decimals: int = 2, unit: bool = True) -> str:
    """A difference in percentage points with its sign: ``+0,89 điểm %`` / ``+0.89 pp``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    suffix = (" điểm %" if lang == "vi" else " pp") if unit else ""
    return sign + format_number(abs(value), lang, decimals) + suffix


def format_int(value: float | None, lang: str = DEFAULT_LANG) -> str:
    """A count of people: ``12.345`` (vi) or ``12,345`` (en)."""
    return format_number(value, lang, 0)
