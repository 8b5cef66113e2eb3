"""Property tests: malformed files never crash the import nor half-write it, and clean files
read back exactly as written (as many examples as the Hypothesis profile says: see
tests/conftest.py). All generated content is synthetic.
"""

from __future__ import annotations

import csv
import io
from contextlib import closing

from click.testing import CliRunner
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bhxh_geo.actuals import store
from bhxh_geo.actuals.importer import parse_actuals
from bhxh_geo.cli import cli
from bhxh_geo.districts import district_codes, unit_name
from bhxh_geo.paths import is_db_url
from tests.actuals.helpers import encode_cp1258, raw_connect, snapshot, xlsx_bytes

UNITS = [
    "Pleiku",
    "TP Pleiku",
    "TX. An Khê",
    "H. KBang",
    "Huyện Đăk Đoa",
    "dak po",
    "632",
    "Toàn tỉnh",
    "Tổng cộng",
    "Chư",
    "Ia",
    "Plieku",
    "Huyện Không Có",
    "",
    "-",
    "64",
]
INDICATORS = ["BHXH", "BHXH bắt buộc", "Trong đó BHXH tự nguyện", "BHTN", "bhtn", "BHYT", ""]
PERIODS = ["Cả năm", "6 tháng", "Quý 3", "", "h1"]
YEARS = ["2023", "2024", "2025", "2019", "20 24", "", "Năm 2024"]
VALUES = [
    "15,24",
    "15.24%",
    "15,24%",
    "0",
    "100",
    "101",
    "-3",
    "0,5",
    "1e400",
    "nan",
    "inf",
    "１５",
    "=1+1",
    "+5",
    "@x",
    "-",
    "",
    "12.345.678",
    "1,2,3",
    "50000",
    "\x00",
    "15 %",
]
HEADERS = [
    ["Địa bàn", "Năm", "Kỳ báo cáo", "Chỉ tiêu", "Tỷ lệ bao phủ (%)"],
    ["STT", "Huyện", "BHXH (tổng)", "Trong đó BHXH bắt buộc", "Trong đó BHXH tự nguyện", "BHTN"],
    ["Mã", "Lực lượng lao động trong độ tuổi", "Số người tham gia BHXH", "Số người tham gia BHTN"],
]
ENCODERS = [
    lambda s: s.encode("utf-8"),
    lambda s: s.encode("utf-8-sig"),
    lambda s: s.encode("utf-16"),
    lambda s: s.encode("utf-16-le"),
    encode_cp1258,
]

any_cell = st.one_of(
    st.sampled_from(UNITS + INDICATORS + PERIODS + YEARS + VALUES),
    st.text(max_size=8),
    st.integers(-5, 200).map(str),
)


@st.composite
def tables(draw):
    """A header (real or random) over rows mixing plausible and broken cells."""
    header = draw(st.one_of(st.sampled_from(HEADERS), st.lists(any_cell, min_size=1, max_size=6)))
    titles = draw(
        st.lists(
            st.sampled_from(["DỮ LIỆU MINH HỌA", "Báo cáo năm 2024", "", "Báo cáo 6 tháng"]),
            max_size=2,
        )
    )
    width = len(header)
    pools = [UNITS, YEARS, PERIODS, INDICATORS, VALUES, VALUES]
    row = st.lists(
        st.one_of(*(st.sampled_from(p) for p in pools), any_cell), min_size=width, max_size=width
    )
    body = draw(st.lists(row, max_size=8))
    return [[t] for t in titles] + [header] + body


def render(rows, delimiter) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return out.getvalue()


@st.composite
def malformed_files(draw):
    kind = draw(st.sampled_from(["junk", "text", "text", "text", "mutated", "xlsx"]))
    if kind == "junk":
        return draw(st.binary(max_size=600))
    rows = draw(tables())
    if kind == "xlsx":
        # Control characters cannot be stored in a worksheet at all: drop them there.
        printable = [["".join(ch for ch in c if ch.isprintable()) for c in row] for row in rows]
        data = xlsx_bytes({"S": printable})
    else:
        text = render(rows, draw(st.sampled_from([",", ";", "\t"])))
        try:
            data = draw(st.sampled_from(ENCODERS))(text)
        except UnicodeEncodeError:
            data = text.encode("utf-8", "replace")
    if kind in ("mutated", "xlsx") and data:
        # A workbook's length varies with its save time, so the cut is drawn as a share of the
        # length: Hypothesis must see the same draws when it replays an example.
        cut = len(data) * draw(st.integers(0, 1000)) // 1000
        noise = draw(st.binary(max_size=8))
        data = data[:cut] + noise + data[cut + len(noise) :] if draw(st.booleans()) else data[:cut]
    return data


def _counts(db):
    with closing(raw_connect(db)) as conn:
        return conn.execute(
            "SELECT b.id, b.row_count, (SELECT COUNT(*) FROM actual_values v"
            " WHERE v.batch_id = b.id) FROM batches b ORDER BY b.id"
        ).fetchall()


# The importer's refusals are the same whatever the database: PostgreSQL, where each example
# costs a few connections, gets a fifth of the profile's examples (tests/conftest.py).
def _examples(db) -> int:
    share = 5 if is_db_url(db) else 1
    return max(20, settings.default.max_examples // share)


def test_malformed_files_are_refused_cleanly_and_never_half_stored(db, tmp_path):
    # One database for every example (batches pile up, as they do in use).
    @settings(
        max_examples=_examples(db),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=malformed_files())
    def check(data):
        path = tmp_path / "fuzz.csv"
        path.write_bytes(data)
        store.migrate(db)
        before = snapshot(db)
        result = CliRunner().invoke(
            cli, ["actuals", "import", str(path), "--db", str(db)], catch_exceptions=False
        )
        assert result.exit_code in (0, 1), result.output
        assert "Traceback" not in result.output
        event("accepted" if result.exit_code == 0 else "refused")
        if result.exit_code == 1:
            assert result.stderr.startswith("Error: "), result.stderr
            assert snapshot(db) == before
        else:
            # Accepted (the generator sometimes makes a clean file): the batch is whole.
            assert "Đã nhập lô" in result.output
            batch_id, row_count, stored = _counts(db)[-1]
            assert row_count == stored > 0
            assert f"lô {batch_id}: {stored} giá trị" in result.output

    check()


@st.composite
def clean_long_files(draw):
    codes = draw(st.lists(st.sampled_from(district_codes()), min_size=1, max_size=6, unique=True))
    indicators = draw(
        st.lists(
            st.sampled_from(["bhxh_bat_buoc", "bhxh_tu_nguyen", "bhtn"]),
            min_size=1,
            max_size=3,
            unique=True,
        )
    )
    value = st.integers(101, 10_000).map(lambda n: n / 100)  # 1.01-100.00: never "fractions"
    figures = {(c, i): draw(value) for c in codes for i in indicators}
    comma, percent = draw(st.booleans()), draw(st.booleans())
    spelling = draw(st.sampled_from(["official", "plan", "short"]))
    rows = [["Địa bàn", "Năm", "Chỉ tiêu", "Tỷ lệ"]]
    for (code, indicator), v in figures.items():
        text = f"{v:.2f}".replace(".", "," if comma else ".") + ("%" if percent else "")
        rows.append([unit_name(code, spelling), "2024", indicator, text])
    delimiter = draw(st.sampled_from([";", "\t"] + ([] if comma else [","])))
    encoder = draw(st.sampled_from(ENCODERS))
    return encoder(render(rows, delimiter)), figures


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=clean_long_files())
def test_clean_files_read_back_exactly(db, case):
    data, figures = case
    result = parse_actuals(data, "rt.csv")
    assert result.ok, [str(e) for e in result.errors]
    batch = store.import_batch(
        result, filename="rt.csv", sha256=result.sha256, source="s", by="b", force=True, path=db
    )
    frame = store.current_actuals(2024, path=db)
    frame = frame[frame["batch_id"] == batch]  # the examples before it share the database
    assert {(r.unit_code, r.indicator): r.value_pct for r in frame.itertuples()} == figures
