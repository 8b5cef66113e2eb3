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
    "table.sort": {
        "vi": "Xếp theo (toàn tỉnh luôn ở đầu)",
        "en": "Sort by (the province stays first)",
    },
    "table.sort.value": {"vi": "Giá trị (cao → thấp)", "en": "Value (high → low)"},
    "table.sort.name": {"vi": "Tên (A → Z)", "en": "Name (A → Z)"},
    "table.sort.change": {"vi": "Thay đổi so với năm trước", "en": "Change on previous year"},
}
