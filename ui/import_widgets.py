"""The import page's widgets: the officer's sign-in, reading an upload, its problems, the
preview and commit, batches with revert, history. The logic lives in bhxh_geo.actuals.editing
and bhxh_geo.officers.

Text from a file or the database that goes into an element reading Markdown (a message naming
the file, the officer's name) goes through :func:`ui.plain.md`.
"""

from __future__ import annotations

import hashlib
import math
from datetime import UTC, datetime

import streamlit as st

from bhxh_geo import officers
from bhxh_geo.actuals import editing, listings
from bhxh_geo.actuals.importer import ImportResult
from bhxh_geo.actuals.issues import listed, more_line
from bhxh_geo.actuals.store import StoreError
from bhxh_geo.districts import PROVINCE_CODE, district_codes, unit_name
from bhxh_geo.i18n import t
from bhxh_geo.indicators import YEARS
from bhxh_geo.measures import PERIODS
from ui import cached, plain
from ui.components import plain_caption

IMPORT_EDITOR = "_import_editor"  # the account name this session signed in with
IMPORT_NAME = "import_name"
IMPORT_PASSWORD = "import_password"
_IMPORT_FLASH = "_import_flash"  # the outcome of a commit or revert, shown after the rerun
_IMPORT_UPLOADS = "_import_uploads"  # bumped after a commit: a new uploader key empties it
_IMPORT_PARSED = "_import_parsed"  # (file hash, name, options, language) → the last result read
_IMPORT_REVERT = "_import_revert"  # the batch whose revert waits for confirmation


def officer() -> str | None:
    """The officer this session signed in as, while the account can still sign in."""
    name = st.session_state.get(IMPORT_EDITOR)
    return name if name and officers.is_active(name) else None


def client() -> str:
    """The address a sign-in counts against (the proxy's X-Forwarded-For when behind one)."""
    peer, forwarded = st.context.ip_address, st.context.headers.get("X-Forwarded-For")
    # Without a browser (AppTest) the context holds stand-ins, not text.
    return officers.client_address(
        peer if isinstance(peer, str) else None, forwarded if isinstance(forwarded, str) else None
    )


def read_fault(error: StoreError, lang: str) -> None:
    """A read of the store that failed (busy, damaged, unreachable…): said, with no path."""
    st.error(t("actuals.unavailable", lang, what=cached.fault_name(error.key, lang)))


def editor_gate(lang: str) -> str | None:
    """Who may import (no accounts yet), the sign-in, or the officer signed in (their name);
    nobody signs in while the accounts cannot be read."""
    try:
        return _editor_gate(lang)
    except StoreError as error:
        read_fault(error, lang)
        return None


def _editor_gate(lang: str) -> str | None:
    if not editing.editing_enabled():
        st.session_state.pop(IMPORT_EDITOR, None)
        st.info(t("importpage.no_officers", lang))
        return None
    name = officer()
    if name is not None:
        left, right = st.columns([5, 1])
        left.success(t("importpage.signed_in", lang, name=plain.md(name)))
        if right.button(t("importpage.logout", lang), key="import_logout"):
            st.session_state.pop(IMPORT_EDITOR, None)
            st.rerun()
        return name
    st.session_state.pop(IMPORT_EDITOR, None)
    st.info(t("importpage.viewer", lang))
    with st.form("import_login", clear_on_submit=True):
        given_name = st.text_input(t("importpage.name", lang), key=IMPORT_NAME)
        given = st.text_input(t("importpage.password", lang), type="password", key=IMPORT_PASSWORD)
        submitted = st.form_submit_button(t("importpage.login", lang))
    if submitted:
        outcome = editing.sign_in(given_name, given, client())
        if outcome.ok:
            st.session_state[IMPORT_EDITOR] = outcome.name
            st.rerun()
        st.error(_refusal(outcome, lang))
    return None


def _refusal(outcome: officers.SignIn, lang: str) -> str:
    if outcome.retry_at is None:
        minutes = round(officers.LOCKOUT.total_seconds() / 60)
        return t("importpage.wrong_password", lang, left=outcome.left, minutes=minutes)
    wait = (outcome.retry_at - datetime.now(UTC)).total_seconds()
    return t(
        "importpage.locked",
        lang,
        count=officers.MAX_FAILURES - 1,
        time=outcome.retry_at.astimezone(UTC).strftime("%H:%M"),
        minutes=max(1, math.ceil(wait / 60)),
    )


def show_flash() -> None:
    """The outcome of the last commit or revert (kept across the rerun that follows it)."""
    kind, text = st.session_state.pop(_IMPORT_FLASH, (None, None))  # text: Markdown-safe
    if kind == "success":
        st.success(text)
    elif kind == "error":
        st.error(text)


def _flash(kind: str, text: str) -> None:
    st.session_state[_IMPORT_FLASH] = (kind, text)


def upload_widget(lang: str):
    """The file uploader; any extension (the format is read from the content)."""
    return st.file_uploader(
        t("importpage.file", lang),
        help=t("importpage.file.help", lang),
        key=f"import_file_{st.session_state.get(_IMPORT_UPLOADS, 0)}",
    )


def import_options(lang: str, by: str) -> editing.ImportOptions:
    """Year, period, scale and worksheet (used where the file says nothing) and source; ``by``
    is the officer signed in."""
    columns = st.columns(4)
    year = columns[0].selectbox(
        t("importpage.year", lang),
        [None, *YEARS],
        key="import_year",
        format_func=lambda y: t("importpage.from_file", lang) if y is None else str(y),
    )
    period = columns[1].selectbox(
        t("importpage.period", lang),
        [None, *PERIODS],
        key="import_period",
        format_func=lambda p: (
            t("importpage.period.default", lang) if p is None else t(f"actuals.period.{p}", lang)
        ),
    )
    scale = columns[2].selectbox(
        t("importpage.scale", lang),
        [None, "percent", "fraction"],
        key="import_scale",
        format_func=lambda s: (
            t("importpage.scale.none", lang) if s is None else t(f"importpage.scale.{s}", lang)
        ),
    )
    sheet = columns[3].text_input(t("importpage.sheet", lang), key="import_sheet")
    source = st.text_input(t("importpage.source", lang), key="import_source")
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
            status.update(
                label=t("importpage.read_ok", lang, rows=len(result.rows), shape=result.shape),
                state="complete",
            )
        else:
            status.update(
                label=t("importpage.read_refused", lang, count=len(result.errors)), state="error"
            )
    return result


def import_errors(result: ImportResult, lang: str) -> None:
    """A refused file: its problems, one row each, as the spreadsheet numbers its rows (the
    first ones, and how many more)."""
    st.error(t("importpage.errors.intro", lang, count=len(result.errors)))
    st.markdown(f"#### {t('importpage.errors.heading', lang)}")
    shown, more = listed(result.errors)
    st.dataframe(editing.errors_frame(shown, lang), hide_index=True, width="stretch")
    if more:
        st.caption(more_line(more, lang))
    st.caption(t("importpage.errors.options", lang))


def import_preview(
    result: ImportResult, filename: str, options: editing.ImportOptions, lang: str
) -> None:
    """Old → new per unit, and the commit button (a duplicate file needs a second tick)."""
    try:
        changes = editing.preview(result)
        earlier = editing.earlier_batch(result)
    except StoreError as error:
        read_fault(error, lang)
        return
    st.markdown(f"#### {t('importpage.preview.heading', lang)}")
    st.caption(t("importpage.preview.summary", lang, **editing.preview_counts(changes)))
    st.dataframe(
        listings.preview_frame(changes, lang, counts=True), hide_index=True, width="stretch"
    )
    force = False
    if earlier is not None:
        st.warning(t("importpage.duplicate", lang, batch=earlier))
        force = st.checkbox(t("importpage.force", lang), key=f"import_force_{result.sha256[:16]}")
    # The key names this very file and reading: a click on a button drawn for another reading
    # (the options changed meanwhile) finds no button and commits nothing.
    token = hashlib.sha256(repr((result.sha256, options.reading)).encode()).hexdigest()[:16]
    if st.button(
        t("importpage.commit", lang, rows=len(result.rows)),
        type="primary",
        key=f"import_commit_{token}",
        disabled=earlier is not None and not force,
    ):
        try:
            batch = editing.commit(result, filename, options, force=force)
        except StoreError as error:
            st.error(plain.md(error.message(lang)))
            return
        _flash("success", t("importpage.committed", lang, batch=batch, rows=len(result.rows)))
        st.session_state[_IMPORT_UPLOADS] = st.session_state.get(_IMPORT_UPLOADS, 0) + 1
        st.session_state.pop(_IMPORT_PARSED, None)
        st.rerun()


def batches_list(lang: str, editor: str | None) -> None:
    """Every batch, newest first (read-only); an officer also gets a revert button per live batch."""
    st.markdown(f"### {t('importpage.batches.heading', lang)}")
    try:
        batches = editing.stored_batches()
    except StoreError as error:
        read_fault(error, lang)
        return
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
            plain_caption(
                t(
                    "importpage.revert.line",
                    lang,
                    batch=batch,
                    when=str(row.imported_at)[:19],
                    rows=row.row_count,
                    file=row.filename,
                )
            )
        if button.button(
            t("importpage.revert.button", lang, batch=batch), key=f"import_revert_{batch}"
        ):
            st.session_state[_IMPORT_REVERT] = pending = batch
        if pending == batch:
            _confirm_revert(batch, int(row.row_count), editor, lang)


def _confirm_revert(batch: int, rows: int, by: str, lang: str) -> None:
    st.warning(t("importpage.revert.confirm", lang, batch=batch, rows=rows))
    yes, no = st.columns([2, 1])
    if yes.button(
        t("importpage.revert.yes", lang, batch=batch),
        type="primary",
        key=f"import_revert_yes_{batch}",
    ):
        st.session_state.pop(_IMPORT_REVERT, None)
        try:
            editing.revert(batch, by=by)
        except StoreError as error:
            _flash("error", plain.md(error.message(lang)))
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
    code = st.selectbox(
        t("importpage.history.pick", lang),
        codes,
        key="import_history_unit",
        format_func=lambda c: t("province", lang) if c == PROVINCE_CODE else unit_name(c),
    )
    try:
        frame = editing.unit_history(code, lang)
    except StoreError as error:
        read_fault(error, lang)
        return
    if frame.empty:
        st.caption(t("actuals.no_history", lang, unit=unit_name(code)))
    else:
        st.dataframe(frame, hide_index=True, width="stretch")
