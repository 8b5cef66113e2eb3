"""Reusable widgets and blocks shared by the pages (the language picker, the legend, …)."""

from __future__ import annotations

import html

import streamlit as st

from bhxh_geo import profile
from bhxh_geo.classify import SCHEMES
from bhxh_geo.districts import unit_name
from bhxh_geo.i18n import LANGS, indicator_label, t
from bhxh_geo.indicators import INDICATORS, YEARS
from bhxh_geo.measures import DIVERGING_MEASURES, MEASURES, PERIODS
from bhxh_geo.view import MapView, step
from ui import state


def language_picker() -> str:
    """Vietnamese first, English available; kept in ``?lang=``."""
    current = state.current_lang()
    with st.sidebar:
        lang = st.segmented_control(
            t("lang.label", current),
            LANGS,
            format_func=lambda code: t(f"lang.{code}", code),
            key=state.LANG,
            default=current,
            required=True,
        ) or current
    state.write_url(lang=lang)
    return lang


def presentation_mode() -> bool:
    """``?present=1``: no sidebar or chrome, the map fills the screen."""
    present = st.query_params.get(state.PRESENT) == "1"
    if present:
        st.html(
            "<style>[data-testid='stSidebar'],[data-testid='stSidebarCollapsedControl'],"
            "header[data-testid='stHeader'],[data-testid='stToolbar']{display:none!important}"
            ".block-container{padding-top:0.5rem!important;max-width:100%!important}</style>"
        )
    return present


def legend(entries: list[dict], title: str) -> None:
    """The class legend, drawn by the app (branca's legend needs a CDN and English numbers)."""
    rows = "".join(
        f"<div class='bhxh-legend-row'><span class='bhxh-swatch{' bhxh-missing' if e.get('missing') else ''}'"
        f" style='background:{e['colour']}'></span><span>{html.escape(e['label'])}</span>"
        f"<span class='bhxh-count'>{html.escape(e['count_label'])}</span></div>"
        for e in entries
    )
    st.html(
        "<style>.bhxh-legend-row{display:flex;gap:.6rem;align-items:center;font-size:1.05rem;margin:.15rem 0}"
        ".bhxh-swatch{width:2.2rem;height:1.2rem;border:1px solid #888;display:inline-block}"
        ".bhxh-missing{background-image:repeating-linear-gradient(45deg,#737373 0 2px,transparent 2px 6px)!important}"
        ".bhxh-count{color:#555;margin-left:auto}</style>"
        f"<div class='bhxh-legend' data-testid='bhxh-legend'><b>{html.escape(title)}</b>{rows}</div>"
    )


def map_controls(lang: str) -> MapView:
    """Year, indicator, measure, period and colour-class widgets; the view they select."""
    start = state.current_view()
    columns = st.columns([3, 4, 4, 3, 4])
    year = columns[0].segmented_control(
        t("control.year", lang), YEARS, key=state.YEAR, default=start.year, required=True
    ) or start.year
    indicator = columns[1].selectbox(
        t("control.indicator", lang), INDICATORS, key=state.INDICATOR, index=INDICATORS.index(start.indicator),
        format_func=lambda code: indicator_label(code, lang),
    )
    measure = columns[2].selectbox(
        t("control.measure", lang), MEASURES, key=state.MEASURE, index=MEASURES.index(start.measure),
        format_func=lambda code: t(f"measure.{code}", lang),
    )
    period = "full"
    if measure != "target":
        period = columns[3].segmented_control(
            t("control.period", lang), PERIODS, key=state.PERIOD, default=start.period, required=True,
            format_func=lambda code: t(f"period.{code}", lang),
        ) or start.period
    scheme = columns[4].selectbox(
        t("control.scheme", lang), SCHEMES, key=state.SCHEME, index=SCHEMES.index(start.scheme),
        format_func=lambda code: t(f"scheme.{code}", lang),
        disabled=measure in DIVERGING_MEASURES, help=t("control.scheme.help", lang),
    )
    return MapView(year, indicator, measure, period, scheme)


def presentation_controls(view: MapView, lang: str) -> None:
    """Big previous/next buttons (← / → keys) stepping through the briefing order, and an exit."""
    def go(delta: int) -> None:
        state.write_view(step(view, delta))

    def leave() -> None:
        st.query_params.pop(state.PRESENT, None)

    left, middle, right = st.columns([1, 6, 1])
    left.button(t("present.previous", lang), on_click=go, args=(-1,), shortcut="Left",
                use_container_width=True, key="present_previous")
    right.button(t("present.next", lang), on_click=go, args=(1,), shortcut="Right",
                 use_container_width=True, key="present_next")
    middle.button(t("present.exit", lang), on_click=leave, key="present_exit", type="tertiary")


def view_header(heading: str, unit: str, source: str, lang: str, large: bool = False) -> None:
    """Title, unit and source line: what is shown and where it comes from, always visible."""
    if large:
        st.html(
            f"<div data-testid='bhxh-title' style='font-size:2.6rem;font-weight:700;line-height:1.15'>"
            f"{html.escape(heading)}</div><div style='font-size:1.35rem'>{html.escape(unit)}</div>"
            f"<div data-testid='bhxh-source' style='font-size:1.15rem;color:#333'>{html.escape(source)}</div>"
        )
        return
    st.markdown(f"## {heading}")
    plain_caption(f"{unit} · {source}", testid="bhxh-source")


def plain_caption(text: str, testid: str = "bhxh-caption") -> None:
    """A caption whose text may come from a file (a report's source, a file name): escaped, so it
    is never read as Markdown or HTML (``st.caption`` would read Markdown)."""
    st.html(f"<div data-testid='{testid}' style='font-size:0.875rem;opacity:0.6'>{html.escape(text)}</div>")


def on_map_click() -> None:
    """A click on a district selects it; a click on the selected district clears it."""
    drawing = (st.session_state.get(state.MAP_KEY) or {}).get("last_active_drawing") or {}
    code = state.parse(state.DISTRICT, (drawing.get("properties") or {}).get("code", ""))
    if code is None:
        return
    state.write_url(district=None if code == state.from_url(state.DISTRICT) else code)


def clear_district() -> None:
    state.write_url(district=None)


def presentation_button(lang: str) -> None:
    """Open presentation mode (``?present=1``): the map alone, large, stepped with ← / →."""
    def start() -> None:
        st.query_params[state.PRESENT] = "1"

    st.button(t("present.start", lang), on_click=start, icon=":material/slideshow:", key="present_start")


def drilldown(code: str, district, lang: str) -> None:
    """The clicked district: its 4 indicators × 3 years, rank, province beside it, change."""
    name = unit_name(code)
    st.markdown(f"### {t('map.drilldown', lang, name=name)}")
    # A static table: twelve rows read at a glance, and print, without scrolling.
    st.table(profile.styled(profile.profile_table(district, lang, panel=True), lang).hide(axis="index"))
    left, right = st.columns(2)
    left.page_link("pages/district.py", label=t("map.open_profile", lang, name=name),
                   query_params={profile.CODE_PARAM: code}, icon=":material/open_in_new:")
    right.button(t("map.clear", lang), on_click=clear_district, key="clear_district")


# Import page (issue 4): the editing gate, reading an upload, problems, preview and commit,
# batches with revert, history. The logic lives in bhxh_geo.actuals.editing; these are widgets.
import hashlib  # noqa: E402

from bhxh_geo.actuals import editing, views  # noqa: E402
from bhxh_geo.actuals.importer import ImportResult  # noqa: E402
from bhxh_geo.actuals.store import StoreError  # noqa: E402
from bhxh_geo.districts import PROVINCE_CODE, district_codes  # noqa: E402

IMPORT_EDITOR = "_import_editor"      # this session signed in with the officer password
IMPORT_PASSWORD = "import_password"
IMPORT_BY = "import_by"
_IMPORT_FLASH = "_import_flash"       # the outcome of a commit or revert, shown after the rerun
_IMPORT_UPLOADS = "_import_uploads"   # bumped after a commit: a new uploader key empties it
_IMPORT_PARSED = "_import_parsed"     # (file hash, name, options, language) → the last result read
_IMPORT_REVERT = "_import_revert"     # the batch whose revert waits for confirmation


def is_editor() -> bool:
    """This session signed in, and editing is still on (the password is set)."""
    return bool(st.session_state.get(IMPORT_EDITOR)) and editing.editing_enabled()


def editor_gate(lang: str) -> bool:
    """Editing off (how to turn it on), the officer sign-in, or signed in; True for an officer."""
    if not editing.editing_enabled():
        st.session_state.pop(IMPORT_EDITOR, None)
        st.info(t("importpage.editing_off", lang))
        return False
    if is_editor():
        left, right = st.columns([5, 1])
        left.success(t("importpage.signed_in", lang))
        if right.button(t("importpage.logout", lang), key="import_logout"):
            st.session_state.pop(IMPORT_EDITOR, None)
            st.rerun()
        return True
    st.info(t("importpage.viewer", lang))
    with st.form("import_login", clear_on_submit=True):
        given = st.text_input(t("importpage.password", lang), type="password", key=IMPORT_PASSWORD)
        submitted = st.form_submit_button(t("importpage.login", lang))
    if submitted:
        if editing.check_password(given):
            st.session_state[IMPORT_EDITOR] = True
            st.rerun()
        st.error(t("importpage.wrong_password", lang))
    return False


def show_flash() -> None:
    """The outcome of the last commit or revert (kept across the rerun that follows it)."""
    kind, text = st.session_state.pop(_IMPORT_FLASH, (None, None))
    if kind == "success":
        st.success(text)
    elif kind == "error":
        st.error(text)


def _flash(kind: str, text: str) -> None:
    st.session_state[_IMPORT_FLASH] = (kind, text)


def upload_widget(lang: str):
    """The file uploader; any extension (the format is read from the content)."""
    return st.file_uploader(t("importpage.file", lang), help=t("importpage.file.help", lang),
                            key=f"import_file_{st.session_state.get(_IMPORT_UPLOADS, 0)}")


def import_options(lang: str) -> editing.ImportOptions:
    """Year, period, scale and worksheet (used where the file says nothing), source, officer."""
    columns = st.columns(4)
    year = columns[0].selectbox(
        t("importpage.year", lang), [None, *YEARS], key="import_year",
        format_func=lambda y: t("importpage.from_file", lang) if y is None else str(y))
    period = columns[1].selectbox(
        t("importpage.period", lang), [None, *PERIODS], key="import_period",
        format_func=lambda p: t("importpage.period.default", lang) if p is None else t(f"actuals.period.{p}", lang))
    scale = columns[2].selectbox(
        t("importpage.scale", lang), [None, "percent", "fraction"], key="import_scale",
        format_func=lambda s: t("importpage.scale.none", lang) if s is None else t(f"importpage.scale.{s}", lang))
    sheet = columns[3].text_input(t("importpage.sheet", lang), key="import_sheet")
    left, right = st.columns(2)
    source = left.text_input(t("importpage.source", lang), key="import_source")
    by = right.text_input(t("importpage.by", lang), key=IMPORT_BY)
    return editing.ImportOptions(year, period, scale, sheet.strip() or None, source, by)


def read_upload(upload, options: editing.ImportOptions, lang: str) -> ImportResult:
    """Read the uploaded file under a progress indicator; read once per file, options and language."""
    data = upload.getvalue()
    key = (hashlib.sha256(data).hexdigest(), upload.name, options.reading, lang)
    with st.status(t("importpage.reading", lang), expanded=False) as status:
        known = st.session_state.get(_IMPORT_PARSED)
        if known and known[0] == key:
            result = known[1]
        else:
            result = editing.read_upload(data, upload.name, options, lang)
            st.session_state[_IMPORT_PARSED] = (key, result)
        summary = editing.read_summary(result, lang)
        if summary:
            plain_caption(summary)
        if result.ok:
            status.update(label=t("importpage.read_ok", lang, rows=len(result.rows), shape=result.shape),
                          state="complete")
        else:
            status.update(label=t("importpage.read_refused", lang, count=len(result.errors)), state="error")
    return result


def import_errors(result: ImportResult, lang: str) -> None:
    """A refused file: every problem, one row each, as the spreadsheet numbers its rows."""
    st.error(t("importpage.errors.intro", lang, count=len(result.errors)))
    st.markdown(f"#### {t('importpage.errors.heading', lang)}")
    st.dataframe(editing.errors_frame(result.errors, lang), hide_index=True, width="stretch")
    st.caption(t("importpage.errors.options", lang))


def import_preview(result: ImportResult, filename: str, options: editing.ImportOptions, lang: str) -> None:
    """Old → new per unit, and the commit button (a duplicate file needs a second tick)."""
    changes = editing.preview(result)
    st.markdown(f"#### {t('importpage.preview.heading', lang)}")
    st.caption(t("importpage.preview.summary", lang, **editing.preview_counts(changes)))
    st.dataframe(views.preview_frame(changes, lang, counts=True), hide_index=True, width="stretch")
    earlier = editing.earlier_batch(result)
    force = False
    if earlier is not None:
        st.warning(t("importpage.duplicate", lang, batch=earlier))
        force = st.checkbox(t("importpage.force", lang), key=f"import_force_{result.sha256[:16]}")
    # The key names this very file and reading: a click on a button drawn for another reading
    # (the options changed meanwhile) finds no button and commits nothing.
    token = hashlib.sha256(repr((result.sha256, options.reading)).encode()).hexdigest()[:16]
    if st.button(t("importpage.commit", lang, rows=len(result.rows)), type="primary",
                 key=f"import_commit_{token}", disabled=earlier is not None and not force):
        try:
            batch = editing.commit(result, filename, options, force=force)
        except StoreError as error:
            st.error(error.message(lang))
            return
        _flash("success", t("importpage.committed", lang, batch=batch, rows=len(result.rows)))
        st.session_state[_IMPORT_UPLOADS] = st.session_state.get(_IMPORT_UPLOADS, 0) + 1
        st.session_state.pop(_IMPORT_PARSED, None)
        st.rerun()


def batches_list(lang: str, editor: bool) -> None:
    """Every batch, newest first (read-only); an officer also gets a revert button per live batch."""
    st.markdown(f"### {t('importpage.batches.heading', lang)}")
    batches = editing.stored_batches()
    if batches.empty:
        st.caption(t("actuals.no_batches", lang))
        return
    st.dataframe(editing.batches_frame(batches, lang), hide_index=True, width="stretch")
    if not editor:
        return
    live = editing.live_batches(batches)
    if live.empty:
        return
    st.markdown(f"#### {t('importpage.revert.heading', lang)}")
    pending = st.session_state.get(_IMPORT_REVERT)
    for row in live.itertuples():
        batch = int(row.batch_id)
        text, button = st.columns([5, 1])
        with text:
            plain_caption(t("importpage.revert.line", lang, batch=batch, when=str(row.imported_at)[:19],
                            rows=row.row_count, file=row.filename))
        if button.button(t("importpage.revert.button", lang, batch=batch), key=f"import_revert_{batch}"):
            st.session_state[_IMPORT_REVERT] = pending = batch
        if pending == batch:
            _confirm_revert(batch, int(row.row_count), lang)


def _confirm_revert(batch: int, rows: int, lang: str) -> None:
    st.warning(t("importpage.revert.confirm", lang, batch=batch, rows=rows))
    yes, no = st.columns([2, 1])
    if yes.button(t("importpage.revert.yes", lang, batch=batch), type="primary", key=f"import_revert_yes_{batch}"):
        st.session_state.pop(_IMPORT_REVERT, None)
        try:
            editing.revert(batch, by=st.session_state.get(IMPORT_BY, ""))
        except StoreError as error:
            _flash("error", error.message(lang))
        else:
            _flash("success", t("actuals.reverted", lang, batch=batch))
        st.rerun()
    if no.button(t("importpage.revert.no", lang), key=f"import_revert_no_{batch}"):
        st.session_state.pop(_IMPORT_REVERT, None)
        st.rerun()


def unit_history(lang: str) -> None:
    """Every value one unit has had, and where it came from (read-only, for everyone)."""
    st.markdown(f"### {t('importpage.history.heading', lang)}")
    codes = [PROVINCE_CODE, *district_codes()]
    code = st.selectbox(t("importpage.history.pick", lang), codes, key="import_history_unit",
                        format_func=lambda c: t("province", lang) if c == PROVINCE_CODE else unit_name(c))
    frame = editing.unit_history(code, lang)
    if frame.empty:
        st.caption(t("actuals.no_history", lang, unit=unit_name(code)))
    else:
        st.dataframe(frame, hide_index=True, width="stretch")
