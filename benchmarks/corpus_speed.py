"""Pages per second and the slowest pages over ../shared/corpus (run on demand).

    python benchmarks/corpus_speed.py [--no-profiles] [--top 10]

Prints total throughput and the slowest pages; exits 1 if any page took over one second
(the bound issue 3 sets), so it can gate a release by hand.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
LIMIT_SECONDS = 1.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--no-profiles", action="store_true")
    ap.add_argument("--top", type=int, default=10)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    import copydesk

    timings: list[tuple[float, str]] = []
    for json_path in sorted(CORPUS.glob("*/*.json")):
        html = json_path.with_suffix(".html").read_bytes()
        url = json.loads(json_path.read_text(encoding="utf-8")).get("url")
        t0 = time.perf_counter()
        with contextlib.suppress(copydesk.ParseError):
            copydesk.parse(html, url, profiles=() if args.no_profiles else None)
        timings.append((time.perf_counter() - t0, f"{json_path.parent.name}/{json_path.stem}"))
    total = sum(t for t, _ in timings)
    print(f"{len(timings)} pages in {total:.1f} s: {len(timings) / total:.1f} pages/s")
    for seconds, page in sorted(timings, reverse=True)[: args.top]:
        print(f"  {seconds * 1000:8.1f} ms  {page}")
    slow = [p for t, p in timings if t > LIMIT_SECONDS]
    if slow:
        print(f"{len(slow)} page(s) over {LIMIT_SECONDS} s: {', '.join(slow)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
