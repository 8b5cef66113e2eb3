"""Reading the Vega-Lite charts AppTest rendered: the spec and its Arrow datasets."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow as pa


def vega_charts(at) -> list[dict]:
    """Each chart on the page: its spec (dict) with ``datasets`` holding every dataset as a frame."""
    charts = []
    for element in at.main:
        proto = getattr(element, "proto", None)
        if type(proto).__name__ != "VegaLiteChart":
            continue
        spec = json.loads(proto.spec)
        datasets = dict(spec.get("datasets", {}).items())
        for dataset in proto.datasets:
            datasets[dataset.name] = pa.ipc.open_stream(dataset.data.data).read_all().to_pandas()
        spec["datasets"] = datasets
        charts.append(spec)
    return charts


def dataset(spec: dict, data: dict) -> pd.DataFrame:
    """The frame a ``{"name": …}`` data reference of ``spec`` points to."""
    return spec["datasets"][data["name"]]


def lookup(spec: dict, panel: dict) -> pd.DataFrame:
    """The values a map panel looks up by district code, indexed by code."""
    return dataset(spec, panel["transform"][0]["from"]["data"]).set_index("code")
