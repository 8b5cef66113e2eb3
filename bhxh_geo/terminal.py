"""Text for a terminal: what came from a file or the database, with nothing a terminal obeys.

A file name, a report's source or an officer's name is data; printed raw, ``ESC [ 2 J`` clears
the screen, ``ESC ] 8 ;;`` prints a hidden link, ``ESC ] 0 ;`` retitles the window, a carriage
return or backspace overwrites what was printed, and a right-to-left override turns the rest of
the line around. :func:`clean` removes escape sequences whole and shows every other control or
bidirectional-override character as its code (``\\x07``, ``\\u202e``), so the text stays readable
and nothing is hidden. The CLI prints every such text through it (tables through
:func:`clean_frame`, before their columns are aligned).
"""

from __future__ import annotations

import re
import unicodedata

import pandas as pd

# CSI (ESC [ … final), OSC (ESC ] … BEL or ST), other two-character escapes; C1 CSI/OSC as well.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_KEEP = {"\n", "\t"}


def clean(text: object, lines: bool = True) -> str:
    """``text`` safe to print: escape sequences removed, other controls shown as codes (line
    breaks and tabs kept unless ``lines`` is False: a table's cell stays on its row).

    Examples
    --------
    >>> clean("\\x1b[31mbáo cáo\\x1b[0m.csv")
    'báo cáo.csv'
    >>> clean("tệp\\x1b]0;owned\\x07.csv"), clean("a\\rb\\x08"), clean("abc\\u202efdp.exe")
    ('tệp.csv', 'a\\\\rb\\\\x08', 'abc\\\\u202efdp.exe')
    >>> clean("Dòng 1\\nDòng 2\\tcột")
    'Dòng 1\\nDòng 2\\tcột'
    >>> clean("Dòng 1\\nDòng 2", lines=False)
    'Dòng 1\\\\nDòng 2'
    """
    keep = _KEEP if lines else set()
    return "".join(_visible(char, keep) for char in _ESCAPES.sub("", str(text)))


def _visible(char: str, keep: set[str]) -> str:
    if char in keep:
        return char
    if char in _BIDI:
        return f"\\u{ord(char):04x}"
    if unicodedata.category(char) == "Cc":
        return {"\r": "\\r", "\n": "\\n", "\t": "\\t"}.get(char, f"\\x{ord(char):02x}")
    return char


def clean_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells (and column names) went through :func:`clean`.

    >>> clean_frame(pd.DataFrame({"tệp": ["a\\x1b[2Jb"], "n": [1]}))["tệp"].tolist()
    ['ab']
    """
    out = frame.copy()
    out.columns = [clean(n, lines=False) if isinstance(n, str) else n for n in out.columns]
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]):
            out[column] = out[column].map(
                lambda v: clean(v, lines=False) if isinstance(v, str) else v
            )
    return out
