"""The map page: drill-down, legend, tooltips and the table of districts."""

STRINGS: dict[str, dict[str, str]] = {
    "map.drilldown": {"vi": "{name}: 4 chỉ tiêu × 3 năm", "en": "{name}: 4 indicators × 3 years"},
    "map.open_profile": {
        "vi": "Mở hồ sơ đầy đủ của {name}",
        "en": "Open the full profile of {name}",
    },
    "map.click_hint": {
        "vi": "Bấm vào một huyện trên bản đồ để xem chi tiết; bấm lại để bỏ chọn.",
        "en": "Click a district on the map for its details; click it again to clear.",
    },
    "map.clear": {
        "vi": "Bỏ chọn huyện (về toàn tỉnh)",
        "en": "Clear the district (back to the province)",
    },
    "map.download_csv": {"vi": "Tải bảng (CSV)", "en": "Download the table (CSV)"},
    "map.no_actuals": {
        "vi": "Chưa có số liệu thực hiện cho lựa chọn này: các huyện được tô gạch (không có số liệu). Nhập số liệu ở trang Nhập số liệu.",
        "en": "No reported figures for this selection: districts are hatched (no data). Import them on the Import page.",
    },
    "map.legend": {"vi": "Chú giải", "en": "Legend"},
    # What the map says to a screen reader
    "map.a11y.title": {"vi": "Bản đồ: {title}", "en": "Map: {title}"},
    "map.a11y.description": {
        "vi": "17 huyện, thị xã, thành phố tô màu theo lớp giá trị. Phím Tab đi qua từng huyện, Enter hoặc phím cách mở chi tiết của huyện. Bảng «17 huyện, thị xã, thành phố» dưới bản đồ có cùng số liệu.",
        "en": "The 17 districts coloured by class. Tab moves through the districts; Enter or Space opens a district's details. The table «The 17 districts» below the map holds the same figures.",
    },
    "map.a11y.districts": {
        "vi": "17 huyện, thị xã, thành phố",
        "en": "The 17 districts",
    },
    "map.a11y.zoom_in": {"vi": "Phóng to", "en": "Zoom in"},
    "map.a11y.zoom_out": {"vi": "Thu nhỏ", "en": "Zoom out"},
    "legend.count": {"vi": "{count} huyện", "en": "{count} districts"},
    "legend.count.one": {"vi": "{count} huyện", "en": "{count} district"},
    "legend.missing": {"vi": "không có số liệu", "en": "no data"},
    "legend.note.upper": {
        "vi": "Mỗi lớp gồm cả giá trị bằng cận trên của nó.",
        "en": "Each class includes its upper bound.",
    },
    "legend.note.lower": {
        "vi": "Mỗi lớp gồm cả giá trị bằng cận dưới của nó.",
        "en": "Each class includes its lower bound.",
    },
    # Tooltip and drill-down
    "drilldown.rank": {"vi": "hạng {rank}/17", "en": "rank {rank}/17"},
    "drilldown.province": {"vi": "tỉnh {value}", "en": "prov. {value}"},
    "drilldown.actual": {"vi": "Thực hiện {value} ({gap})", "en": "Reported {value} ({gap})"},
    "drilldown.note": {
        "vi": "Mỗi ô: chỉ tiêu kế hoạch của huyện (% lực lượng lao động trong độ tuổi), hạng trong 17 huyện, chỉ tiêu toàn tỉnh cùng năm.",
        "en": "Each cell: the district's plan target (% of the working-age labour force), its rank among the 17, the province's target that year.",
    },
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
    "table.sort": {
        "vi": "Xếp theo (toàn tỉnh luôn ở đầu)",
        "en": "Sort by (the province stays first)",
    },
    "table.sort.value": {"vi": "Giá trị (cao → thấp)", "en": "Value (high → low)"},
    "table.sort.name": {"vi": "Tên (A → Z)", "en": "Name (A → Z)"},
    "table.sort.change": {"vi": "Thay đổi so với năm trước", "en": "Change on previous year"},
}
