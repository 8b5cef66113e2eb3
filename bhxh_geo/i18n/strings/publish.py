"""Published views: the embed page, share cards and links, the static site, the share panel."""

STRINGS: dict[str, dict[str, str]] = {
    # Bad parameters (answered 400) and file names
    "publish.error.param": {
        "vi": "{name}: giá trị «{value}» không hợp lệ; cần một trong: {allowed}",
        "en": "{name}: “{value}” is not allowed; expected one of: {allowed}",
    },
    "publish.error.target_period": {
        "vi": "period: chỉ tiêu đặt theo cả năm, nên measure=target cần period=full",
        "en": "period: targets are set per year, so measure=target needs period=full",
    },
    "publish.error.name": {
        "vi": "«{name}»: tên tệp không hợp lệ; cần {pattern}",
        "en": "“{name}”: not a published file name; expected {pattern}",
    },
    "publish.error.no_data": {
        "vi": "chưa có số liệu thực hiện cho {indicator} ({measure}, {period}) ở năm nào: chưa xuất bản trang này; nhập báo cáo trước (python -m bhxh_geo actuals import)",
        "en": "no reported figures for {indicator} ({measure}, {period}) in any year: this page is not published; import a report first (python -m bhxh_geo actuals import)",
    },
    # The embed page
    "embed.map": {"vi": "Bản đồ 17 huyện: {title}", "en": "Map of the 17 districts: {title}"},
    "embed.hint": {
        "vi": "Rê chuột hoặc dùng phím Tab trên một huyện để xem số liệu.",
        "en": "Hover over a district, or reach it with Tab, for its figures.",
    },
    "embed.table": {
        "vi": "Bảng số liệu: toàn tỉnh và 17 huyện",
        "en": "Table: the province and the 17 districts",
    },
    "embed.open_app": {"vi": "Mở trong ứng dụng", "en": "Open in the app"},
    "embed.data": {"vi": "Tải số liệu", "en": "Get the data"},
    "embed.no_year_data": {
        "vi": "Chưa có số liệu thực hiện cho năm này.",
        "en": "No reported figures for this year yet.",
    },
    # Share page and card
    "share.description": {
        "vi": "{province}. Cao nhất: {top} ({top_value}); thấp nhất: {bottom} ({bottom_value}). {source}",
        "en": "{province}. Highest: {top} ({top_value}); lowest: {bottom} ({bottom_value}). {source}",
    },
    "share.open": {"vi": "Xem bản đồ trong ứng dụng", "en": "Open the map in the app"},
    # The share panel in the app
    "share.heading": {"vi": "Nhúng & chia sẻ", "en": "Embed & share"},
    "share.embed_code": {
        "vi": "Mã nhúng: dán vào bài viết (chế độ HTML); khung tự co giãn theo chiều cao",
        "en": "Embed code: paste into the article's HTML; the frame sizes itself",
    },
    "share.link": {
        "vi": "Liên kết chia sẻ (hiện ảnh và số liệu trên mạng xã hội)",
        "en": "Share link (shows a card with the figures on social networks)",
    },
    "share.data": {"vi": "Số liệu của bản đồ này", "en": "This map's data"},
    "share.card": {"vi": "Ảnh chia sẻ 1200×630 (PNG)", "en": "Share card 1200×630 (PNG)"},
    "share.preview": {"vi": "Xem trước trang nhúng", "en": "Preview of the embed"},
    "share.no_data": {
        "vi": "Chưa có gì để nhúng hay chia sẻ: {indicator} ({measure}, {period}) chưa có số liệu thực hiện ở năm nào.",
        "en": "Nothing to embed or share yet: {indicator} ({measure}, {period}) has no reported figures in any year.",
    },
    # The static site
    "publish.index.title": {
        "vi": "Bao phủ BHXH, BHTN tỉnh Gia Lai: bản đồ nhúng và số liệu",
        "en": "Social insurance coverage, Gia Lai: embeddable maps and data",
    },
    "publish.index.intro": {
        "vi": "Mỗi trang là một bản đồ tự chứa (ba năm trong một trang), kèm bảng số liệu và nguồn. Nhúng vào bài viết bằng đoạn mã dưới đây.",
        "en": "Each page is a self-contained map (the three years in one page) with its table and sources. Embed it in an article with the snippet below.",
    },
    "publish.index.snippet": {"vi": "Mã nhúng (ví dụ)", "en": "Embed snippet (example)"},
    "publish.index.all_targets": {
        "vi": "Toàn bộ 216 chỉ tiêu của Kế hoạch (CSV)",
        "en": "All 216 targets of the plan (CSV)",
    },
    "publish.index.skipped": {
        "vi": "Chưa xuất bản (chưa nhập số liệu thực hiện): {views}",
        "en": "Not published (no reported figures imported): {views}",
    },
    "publish.index.cards": {"vi": "Ảnh {year}", "en": "Card {year}"},
    "publish.written": {
        "vi": "Đã ghi {pages} trang nhúng, {cards} ảnh, {files} tệp số liệu vào {folder} ({size} byte); bỏ qua {skipped} trang chưa có số liệu.",
        "en": "Wrote {pages} embed pages, {cards} cards, {files} data files to {folder} ({size} bytes); skipped {skipped} pages without figures.",
    },
}
