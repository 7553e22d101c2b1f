"""Time and peak memory of ``copydesk.parse`` on each hostile input of issue 6.

Each case runs in its own subprocess, so its peak RSS (``ru_maxrss``) is its own and not a
leftover of an earlier case. Reported per case: input size, parse time, the resident size
before parsing (the input itself plus the interpreter), the peak during the parse, and how
the parse ended (an Article, or which documented error).

    PYTHONPATH=src .venv/bin/python benchmarks/hostile.py            # full size (minutes)
    PYTHONPATH=src .venv/bin/python benchmarks/hostile.py --scale 0.1 --cases deep-nesting,siblings
    PYTHONPATH=src .venv/bin/python benchmarks/hostile.py --tracemalloc   # + Python-heap peak

``--tracemalloc`` adds the peak of Python-level allocations (slower; libxml2's own memory
is not traced by it, which is why RSS is the headline number).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from tests.robustness.hostile_cases import CASES  # noqa: E402


def _rss_mb() -> float:
    """Current resident set size, from /proc (Linux); 0 where unavailable."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


#: The documented bounds (docs/errors.md), per parse on a 2-core machine:
#: seconds <= BASE + PER_MB * megabytes + PER_TAG * tags, where tags counts "<" in the input;
#: added peak RSS <= MEM_BASE + MEM_PER_MB * megabytes + MEM_PER_TAG * tags.
BASE_SECONDS = 2.0
PER_MB_SECONDS = 1.5
PER_TAG_SECONDS = 300e-6
MEM_BASE_MB = 60.0
MEM_PER_MB = 40.0
MEM_PER_TAG_MB = 2.0 / 1024


def bounds(data: str | bytes) -> tuple[float, float]:
    """``(seconds, added peak RSS in MB)`` an input may take, from docs/errors.md."""
    size_mb = len(data) / 2**20
    tags = data.count("<") if isinstance(data, str) else data.count(b"<")
    seconds = BASE_SECONDS + PER_MB_SECONDS * size_mb + PER_TAG_SECONDS * tags
    memory = MEM_BASE_MB + MEM_PER_MB * size_mb + MEM_PER_TAG_MB * tags
    return seconds, memory


def run_child(name: str, scale: float, trace: bool) -> dict[str, object]:
    import copydesk

    data = CASES[name](scale)
    bound_s, bound_mb = bounds(data)
    size = len(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    copydesk.parse("<html><body><p>warm up the imports and caches</p></body></html>")
    before = _rss_mb()
    if trace:
        import tracemalloc

        tracemalloc.start()
    start = time.perf_counter()
    try:
        article = copydesk.parse(data)
        outcome = f"Article(is_article={article.is_article}, paragraphs={len(article.paragraphs)})"
    except copydesk.ParseError as exc:
        outcome = f"{type(exc).__name__}: {exc}"
    elapsed = time.perf_counter() - start
    result: dict[str, object] = {
        "case": name,
        "input_mb": size / 2**20,
        "seconds": elapsed,
        "rss_before_mb": before,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "outcome": outcome[:70],
        "bound_seconds": bound_s,
        "bound_added_mb": bound_mb,
    }
    if trace:
        import tracemalloc

        result["py_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = the sizes of issue 6")
    parser.add_argument("--cases", help="comma-separated case names (default: all)")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per case")
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(run_child(args.child, args.scale, args.tracemalloc)))
        return 0

    names = args.cases.split(",") if args.cases else list(CASES)
    rows: list[dict[str, object]] = []
    header = (
        f"{'case':24} {'input MB':>9} {'seconds':>8} {'s/MB':>6} {'RSS before':>10}"
        f" {'peak RSS':>9}  outcome"
    )
    print(header)
    print("-" * len(header))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    for name in names:
        cmd = [sys.executable, __file__, "--child", name, "--scale", str(args.scale)]
        if args.tracemalloc:
            cmd.append("--tracemalloc")
        try:
            proc = subprocess.run(
                cmd, capture_output=True, text=True, timeout=args.timeout, env=env, check=False
            )
        except subprocess.TimeoutExpired:
            print(f"{name:24} TIMEOUT after {args.timeout:.0f} s")
            rows.append({"case": name, "outcome": "timeout"})
            continue
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or ["?"])[-1]
            print(f"{name:24} CRASHED ({proc.returncode}): {last[:120]}")
            rows.append({"case": name, "outcome": f"crash: {last}"})
            continue
        row = json.loads(proc.stdout.strip().splitlines()[-1])
        rows.append(row)
        per_mb = float(row["seconds"]) / max(float(row["input_mb"]), 1e-9)
        extra = f"  py-peak {row['py_peak_mb']:.0f} MB" if "py_peak_mb" in row else ""
        print(
            f"{name:24} {row['input_mb']:9.2f} {row['seconds']:8.2f} {per_mb:6.2f}"
            f" {row['rss_before_mb']:9.0f}M {row['peak_rss_mb']:8.0f}M  {row['outcome']}{extra}",
            flush=True,
        )
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2))
    over = [str(r["case"]) for r in rows if _over_bound(r)]
    if over:
        print(f"over the documented bound (or failed): {', '.join(over)}")
        return 1
    print("every case within the documented time and memory bounds")
    return 0


def _over_bound(row: dict[str, object]) -> bool:
    if "seconds" not in row:
        return True  # timeout or crash
    added = float(row["peak_rss_mb"]) - float(row["rss_before_mb"])  # type: ignore[arg-type]
    return float(row["seconds"]) > float(row["bound_seconds"]) or (  # type: ignore[arg-type]
        added > float(row["bound_added_mb"])  # type: ignore[arg-type]
    )


if __name__ == "__main__":
    raise SystemExit(main())
