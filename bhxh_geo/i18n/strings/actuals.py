"""Importing reported figures: one message and one "expected" text per refusal, the command line and store, the import page."""

STRINGS: dict[str, dict[str, str]] = {
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
    "actuals.template_written": {
        "vi": "Đã ghi mẫu nhập {path}.",
        "en": "Template written to {path}.",
    },
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
    # Faults of the database itself (bhxh_geo/actuals/errors.py): after the database's location.
    "actuals.error.busy": {
        "vi": "cơ sở dữ liệu đang bận (một thao tác ghi khác đang chạy): thử lại sau ít giây; không có gì thay đổi",
        "en": "the database is busy (another write is running): try again in a few seconds; nothing was changed",
    },
    "actuals.error.read_only": {
        "vi": "cơ sở dữ liệu chỉ cho đọc (ổ đĩa hoặc quyền truy cập chỉ đọc): xem số liệu được, nhập và hoàn tác thì không; không có gì thay đổi",
        "en": "the database is read-only (read-only storage or permissions): reading works, importing and reverting do not; nothing was changed",
    },
    "actuals.error.disk_full": {
        "vi": "ổ đĩa đã đầy: không lưu gì; giải phóng dung lượng rồi thử lại",
        "en": "the disk is full: nothing was stored; free some space and try again",
    },
    "actuals.error.missing_db": {
        "vi": "không có cơ sở dữ liệu này (chưa nhập gì vào đây?); kiểm tra --db hoặc BHXH_GEO_DB; không tạo gì, lần nhập đầu tiên sẽ tạo nó",
        "en": "no such database (nothing imported here yet?); check --db or BHXH_GEO_DB; nothing was created, the first import creates it",
    },
    "actuals.error.no_server_db": {
        "vi": "máy chủ PostgreSQL không có cơ sở dữ liệu này; người quản trị tạo nó (createdb), rồi lần chạy đầu tiên tạo các bảng",
        "en": "the PostgreSQL server has no such database; its administrator makes it (createdb), then the first run creates the tables",
    },
    "actuals.error.no_pg_dump": {
        "vi": "không tìm thấy pg_dump để sao lưu: cài gói postgresql-client",
        "en": "pg_dump, which makes the backup, is not installed: install postgresql-client",
    },
    "actuals.error.corrupt": {
        "vi": "không đọc được cơ sở dữ liệu (tệp hỏng hoặc không phải SQLite): khôi phục từ bản sao lưu",
        "en": "the database cannot be read (the file is damaged or not SQLite): restore it from a backup",
    },
    "actuals.error.unreachable": {
        "vi": "không kết nối được máy chủ cơ sở dữ liệu ({detail})",
        "en": "cannot connect to the database server ({detail})",
    },
    "actuals.error.old_schema": {
        "vi": "cơ sở dữ liệu cần cập nhật lược đồ nhưng ở đây chỉ đọc được: chạy python -m bhxh_geo actuals migrate ở nơi ghi được",
        "en": "the database needs a schema update but is read-only here: run python -m bhxh_geo actuals migrate where it can be written",
    },
    "actuals.error.failed": {
        "vi": "lỗi cơ sở dữ liệu: {detail}",
        "en": "database error: {detail}",
    },
    # The app, when actuals cannot be read for a moment (no location, no server detail).
    "actuals.unavailable": {
        "vi": "Số liệu thực hiện tạm thời không đọc được ({what}): chưa hiện được số liệu thực hiện, chỉ tiêu kế hoạch vẫn đầy đủ. Tải lại trang sau ít phút.",
        "en": "Actuals cannot be read right now ({what}): none are shown, the plan's targets are all there. Reload the page in a few minutes.",
    },
    "actuals.fault.busy": {"vi": "cơ sở dữ liệu đang bận", "en": "the database is busy"},
    "actuals.fault.corrupt": {"vi": "cơ sở dữ liệu bị hỏng", "en": "the database is damaged"},
    "actuals.fault.unreachable": {
        "vi": "không kết nối được máy chủ cơ sở dữ liệu",
        "en": "the database server cannot be reached",
    },
    "actuals.fault.old_schema": {
        "vi": "cơ sở dữ liệu cần cập nhật",
        "en": "the database needs an update",
    },
    "actuals.fault.failed": {"vi": "lỗi cơ sở dữ liệu", "en": "a database error"},
    "actuals.fault.no_server_db": {
        "vi": "máy chủ không có cơ sở dữ liệu đã cấu hình",
        "en": "the configured database is not on the server",
    },
    "actuals.migrated": {
        "vi": "Đã cập nhật lược đồ {db}: {names}.",
        "en": "Schema of {db} updated: {names}.",
    },
    "actuals.backed_up": {
        "vi": "Đã sao lưu {db} vào {path}.",
        "en": "{db} backed up to {path}.",
    },
    "actuals.ready": {"vi": "Cơ sở dữ liệu {db} sẵn sàng.", "en": "Database {db} is ready."},
    "actuals.absent": {
        "vi": "Chưa có cơ sở dữ liệu {db}: ứng dụng chạy khi chưa có số liệu thực hiện; lần nhập đầu tiên sẽ tạo nó.",
        "en": "No database at {db} yet: the app runs without actuals; the first import creates it.",
    },
    "actuals.up_to_date": {
        "vi": "Lược đồ {db} đã mới nhất ({count} bản cập nhật).",
        "en": "Schema of {db} is up to date ({count} migrations).",
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
    "importpage.title": {"vi": "Nhập số liệu thực hiện", "en": "Import actuals"},
    "importpage.intro": {
        "vi": "Số liệu bao phủ do các huyện báo cáo: tệp CSV hoặc XLSX, dạng dọc, dạng ngang hoặc số người. Cả tệp được kiểm tra trước khi lưu; có một lỗi là không lưu gì. Mỗi lần nhập là một lô, có thể hoàn tác.",
        "en": "Coverage reported by the districts: a CSV or XLSX file, long, wide or counts layout. The whole file is checked before anything is stored; one problem and nothing is. Each import is a batch, and can be reverted.",
    },
    "importpage.editing_off": {
        "vi": "Chế độ nhập số liệu đang tắt trên máy chủ này. Chỉ cán bộ được giao mới nhập báo cáo của các huyện, sau khi người quản trị ứng dụng bật chế độ này. Ai cũng xem được các lô đã nhập và lịch sử số liệu bên dưới.",
        "en": "Importing is off on this server. Only the officers assigned to it import the districts' reports, once the app's administrator turns it on. Everyone can read the batches and the history below.",
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
    "importpage.year": {
        "vi": "Năm (khi tệp không ghi năm)",
        "en": "Year (when the file gives none)",
    },
    "importpage.from_file": {"vi": "Theo tệp", "en": "From the file"},
    "importpage.period": {
        "vi": "Kỳ (khi tệp không có cột Kỳ)",
        "en": "Period (when the file has no period column)",
    },
    "importpage.period.default": {
        "vi": "Theo tệp (mặc định cả năm)",
        "en": "From the file (default: full year)",
    },
    "importpage.scale": {"vi": "Giá trị ≤ 1 là", "en": "Values ≤ 1 are"},
    "importpage.scale.none": {
        "vi": "Không chỉ định (tệp toàn giá trị ≤ 1 bị từ chối)",
        "en": "Not said (a file of values all ≤ 1 is refused)",
    },
    "importpage.scale.percent": {"vi": "Phần trăm (0,5 = 0,5%)", "en": "Percentages (0.5 = 0.5%)"},
    "importpage.scale.fraction": {
        "vi": "Tỷ lệ thập phân (0,15 = 15%)",
        "en": "Fractions (0.15 = 15%)",
    },
    "importpage.sheet": {
        "vi": "Trang tính của tệp XLSX (trống: trang đầu)",
        "en": "XLSX worksheet (empty: the first)",
    },
    "importpage.source": {
        "vi": "Văn bản nguồn (mặc định: tên tệp)",
        "en": "Source document (default: the file name)",
    },
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
    "importpage.errors.heading": {
        "vi": "Lỗi, theo từng dòng của tệp",
        "en": "Problems, row by row",
    },
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
    "importpage.preview.heading": {
        "vi": "Xem trước: hiện hành → mới",
        "en": "Preview: current → new",
    },
    "importpage.preview.summary": {
        "vi": "Chưa lưu gì: {rows} giá trị ({new} mới, {changed} thay đổi, {same} giữ nguyên).",
        "en": "Nothing stored yet: {rows} values ({new} new, {changed} changed, {same} unchanged).",
    },
    "importpage.duplicate": {
        "vi": "Tệp này (cùng SHA-256) đã được nhập ở lô {batch}. Chỉ nhập lại khi thật sự cần.",
        "en": "This very file (same SHA-256) was already imported as batch {batch}. Import it again only if you must.",
    },
    "importpage.force": {"vi": "Vẫn nhập lại tệp này", "en": "Import this file again anyway"},
    "importpage.commit": {
        "vi": "Lưu {rows} giá trị thành một lô mới",
        "en": "Store {rows} values as a new batch",
    },
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
    "importpage.revert.yes": {
        "vi": "Xác nhận hoàn tác lô {batch}",
        "en": "Yes, revert batch {batch}",
    },
    "importpage.revert.no": {"vi": "Huỷ", "en": "Cancel"},
    "importpage.history.heading": {
        "vi": "Lịch sử số liệu của một địa bàn",
        "en": "History of one unit",
    },
    "importpage.history.pick": {"vi": "Địa bàn", "en": "Unit"},
}
