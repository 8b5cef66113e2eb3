"""How much work one import file may ask for: every limit in one place.

A district report is a few KB: the import template is 6 KB (22 KB unzipped), 18 rows of 9
columns; the longest layout the plan allows is 432 rows (18 units × 3 years × 2 periods × 4
indicators). The limits leave a wide margin above that and refuse, in well under a second and
a few MB, what would otherwise keep the server busy for minutes.
"""

from __future__ import annotations

MAX_BYTES = 20 * 1024 * 1024  # the file as uploaded (also Streamlit's server.maxUploadSize)
MAX_ROWS = 5_000
MAX_COLUMNS = 256
MAX_CELLS = 25_000  # cells a parser builds: each row counts up to its last cell
# Elements in all of a workbook's XML parts: openpyxl parses some 50,000 a second (ElementTree).
MAX_XML_ELEMENTS = 100_000
MAX_UNZIPPED_BYTES = 20_000_000  # a workbook's parts once unzipped, all together
MAX_PARTS = 1000  # parts in a workbook's zip
MAX_SECONDS = 10.0  # a last resort, should a sheet pass the counts yet be slow to read
MAX_LISTED = 200  # problems listed for one refused file; the rest are counted
