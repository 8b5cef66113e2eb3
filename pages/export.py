"""Downloads: the map, the data table and the briefing, made on the server, each with its sources."""

from __future__ import annotations

import datetime

import streamlit as st

from bhxh_geo.actuals.errors import StoreError
from bhxh_geo.boundaries import BoundaryError
from bhxh_geo.export_formats import (
    DEFAULT_SIZE,
    MAP_FORMATS,
    MIME_TYPES,
    SOCIAL_SIZE,
    TABLE_FORMATS,
    ExportError,
)
from bhxh_geo.i18n import indicator_label, t
from bhxh_geo.view_text import title
from ui import cached, cached_files, components, router, state

router.ensure_router()
lang = state.lang()
st.markdown(f"## {t('nav.export', lang)}")
st.caption(t("export.intro", lang))
view = components.map_controls(lang)
state.write_view(view)
sizes = {f"{w}x{h}": (w, h) for w, h in (DEFAULT_SIZE, SOCIAL_SIZE)}
size = st.segmented_control(
    t("export.size", lang),
    list(sizes),
    default=next(iter(sizes)),
    required=True,
    format_func=lambda key: t(f"export.size.{key}", lang),
    key="export_size",
)
size = size or next(iter(sizes))

# The store's change signal (never raises: a fault is a stamp, and the frame says why).
db, today, files, refusal = cached.db_stamp(), datetime.date.today().isoformat(), {}, None
with st.spinner(t("export.building", lang)):
    progress = st.progress(0.0)
    try:
        version = cached.boundaries_version()
        for done, fmt in enumerate(MAP_FORMATS, start=1):
            files[fmt] = cached_files.map_file(
                view.year,
                view.indicator,
                view.measure,
                view.period,
                view.scheme,
                fmt,
                lang,
                sizes[size],
                db,
                today,
                version,
            )
            progress.progress(done / 6)
    except ExportError as error:
        refusal = str(error)
    except (BoundaryError, FileNotFoundError):
        st.error(t("error.boundaries_missing", lang))
        st.stop()
    except StoreError as error:  # the actuals cannot be read: no file without them
        st.error(t("export.store_fault", lang, what=cached.fault_name(error.key, lang)))
        st.stop()
    try:
        for fmt in TABLE_FORMATS:
            files[fmt] = cached_files.table_file(fmt, db, today)
    except StoreError as error:
        st.error(t("export.store_fault", lang, what=cached.fault_name(error.key, lang)))
        st.stop()
    progress.progress(5 / 6)
    files["briefing"] = cached_files.briefing_file(view.year, view.indicator, lang, today, version)
    progress.empty()


def download(fmt: str, data: bytes, name: str, column) -> None:
    column.download_button(
        t(f"export.button.{fmt}", lang),
        data,
        file_name=name,
        key=f"download_{fmt}",
        mime=MIME_TYPES["pdf" if fmt == "briefing" else fmt],
        on_click="ignore",
    )


st.markdown(f"### {t('export.heading.map', lang)}")
st.caption(title(view, lang))
if refusal:
    st.info(refusal)
else:
    for fmt, column in zip(MAP_FORMATS, st.columns(len(MAP_FORMATS))):
        download(
            fmt,
            files[fmt],
            f"bhxh-gia-lai-{view.key}-{size}.{fmt}"
            if fmt == "png"
            else f"bhxh-gia-lai-{view.key}.{fmt}",
            column,
        )

st.markdown(f"### {t('export.heading.table', lang)}")
st.caption(t("export.table.caption", lang))
for fmt, column in zip(TABLE_FORMATS, st.columns(len(TABLE_FORMATS))):
    download(fmt, files[fmt], f"bhxh-gia-lai-chi-tieu.{fmt}", column)

st.markdown(f"### {t('export.heading.briefing', lang)}")
st.caption(
    t(
        "export.briefing.caption",
        lang,
        indicator=indicator_label(view.indicator, lang),
        year=view.year,
    )
)
download(
    "briefing", files["briefing"], f"bhxh-gia-lai-tom-tat-{view.year}-{view.indicator}.pdf", st
)
