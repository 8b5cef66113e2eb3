"""What can be exported: the formats and their MIME types, the image sizes and the check of a
requested one, and the error every refused export raises (nothing is written then)."""

from __future__ import annotations

import re

from bhxh_geo.i18n import t

# Every file the app and the CLI export, and its MIME type.
MAP_FORMATS = ("png", "svg", "pdf")
TABLE_FORMATS = ("csv", "xlsx")
DEFAULT_SIZE = (1920, 1080)  # screens
SOCIAL_SIZE = (1200, 675)  # social posts
SIZE_LIMITS = (300, 8000)
MIME_TYPES = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "pdf": "application/pdf",
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class ExportError(ValueError):
    """An export cannot be made as asked; the message says what was expected. Nothing is written."""


def parse_size(text: str, lang: str = "vi") -> tuple[int, int]:
    """``"1920x1080"`` → ``(1920, 1080)``; raise :class:`ExportError` for anything else.

    Examples
    --------
    >>> parse_size("1200x675")
    (1200, 675)
    """
    match = re.fullmatch(r"\s*(\d{1,5})\s*[x×X]\s*(\d{1,5})\s*", str(text))
    low, high = SIZE_LIMITS
    size = (int(match.group(1)), int(match.group(2))) if match else None
    if (
        size is None
        or not all(low <= side <= high for side in size)
        or not 1 <= size[0] / size[1] <= 3
    ):
        raise ExportError(t("export.error.size", lang, size=text, low=low, high=high))
    return size
