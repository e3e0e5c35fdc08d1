"""Loading the handbook's content: the C and pure-Python YAML parsers, and the content cache (``bench/measures.py load``)."""

from __future__ import annotations

import time
from pathlib import Path

from bench_common import ms_since

# -- content load ----------------------------------------------------------------------------------


def yaml_files() -> list[Path]:
    from liverbook import paths

    return sorted(paths.content_dir().rglob("*.yaml"))


def load_run(pure: bool, cache_dir: Path | None = None) -> dict[str, float]:
    """Load the handbook with the C or the pure-Python YAML parser; baseline: yaml.load of the same files.

    Switching the parser here is what ``LIVERBOOK_PURE_YAML=1`` does at import. With ``cache_dir``,
    also time the load a start does: from the content cache there (made if missing), as ``cached``.
    """
    import yaml

    from liverbook import paths
    from liverbook.content import cache, load_handbook, yamlnodes

    loader = yaml.SafeLoader if pure else yaml.CSafeLoader
    saved = yamlnodes._SafeLoader
    yamlnodes._SafeLoader = loader
    try:
        start = time.perf_counter()
        load_handbook(paths.content_dir())
        app_ms = ms_since(start)
    finally:
        yamlnodes._SafeLoader = saved
    start = time.perf_counter()
    for path in yaml_files():
        yaml.load(path.read_bytes(), Loader=loader)
    base_ms = ms_since(start)
    out = {"app": app_ms, "base": base_ms}
    if cache_dir is not None:
        cache.load_cached(paths.content_dir(), cache_dir)  # made, if it is not there yet
        start = time.perf_counter()
        cache.load_cached(paths.content_dir(), cache_dir)
        out["cached"] = ms_since(start)
    return out
