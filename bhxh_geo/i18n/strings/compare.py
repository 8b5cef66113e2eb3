"""The compare page, the district profile, story leads and the plan page."""

STRINGS: dict[str, dict[str, str]] = {
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
    "compare.position.above": {
        "vi": "Cao hơn bình quân các địa bàn giáp ranh",
        "en": "Above its neighbours' mean",
    },
    "compare.position.equal": {
        "vi": "Bằng bình quân các địa bàn giáp ranh",
        "en": "Equal to its neighbours' mean",
    },
    "compare.position.below": {
        "vi": "Thấp hơn bình quân các địa bàn giáp ranh",
        "en": "Below its neighbours' mean",
    },
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
    "profile.neighbours.list": {
        "vi": "Các địa bàn giáp ranh ({count}):",
        "en": "Its neighbours ({count}):",
    },
    "profile.no_actuals": {
        "vi": "Chưa có số liệu thực hiện cả năm của {name}: bảng có chỉ tiêu kế hoạch; các cột thực hiện, chênh lệch và số người cần thêm có khi đã nhập báo cáo.",
        "en": "No full-year reported figures for {name}: the table holds the plan's targets; the reported, gap and people-needed columns come with the first imported report.",
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
    "profile.col.vs_province": {
        "vi": "So với toàn tỉnh (điểm %)",
        "en": "Against the province (pp)",
    },
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
    "plan.indicators.heading": {
        "vi": "Các chỉ tiêu và mẫu số",
        "en": "The indicators and their denominator",
    },
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
    "plan.reorganisation.heading": {
        "vi": "Sắp xếp đơn vị hành chính năm 2025",
        "en": "The 2025 reorganisation",
    },
    "plan.reorganisation": {
        "vi": "Từ ngày 01/7/2025, chính quyền địa phương tổ chức hai cấp (tỉnh, xã): cấp huyện chấm dứt hoạt động, và tỉnh Gia Lai hợp nhất với tỉnh Bình Định thành tỉnh Gia Lai mới. Số liệu ở đây là của 17 huyện, thị xã, thành phố và của tỉnh Gia Lai trước khi hợp nhất, đúng như trong Kế hoạch.",
        "en": "From 1 July 2025 local government has two levels (province and commune): the district level was abolished, and Gia Lai merged with Bình Định province into a new Gia Lai province. The figures here are those of the 17 districts and of Gia Lai before the merger, as in the plan.",
    },
    "plan.links.heading": {"vi": "Xem thêm", "en": "See also"},
}
