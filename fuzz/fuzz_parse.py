"""Coverage-guided fuzzing of ``copydesk.parse`` with atheris (libFuzzer for Python).

The property is the same one the hypothesis suite checks (``tests/robustness/invariants.py``):
any input either raises a documented ``copydesk.ParseError`` or returns an ``Article`` whose
invariants hold. Anything else (another exception, a failed invariant) is a crash.

    pip install atheris                     # a manylinux wheel; no compiler needed
    PYTHONPATH=src python fuzz/fuzz_parse.py --make-corpus fuzz/corpus
    PYTHONPATH=src python fuzz/fuzz_parse.py fuzz/corpus -max_len=65536 -timeout=20

Without atheris the same target runs on pseudo-random mutations of the seed pages:

    PYTHONPATH=src python fuzz/fuzz_parse.py --smoke 500

See docs/fuzzing.md.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT / "src", ROOT):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

try:
    import atheris  # type: ignore[import-untyped,import-not-found,unused-ignore]
except ImportError:  # the smoke mode below needs no atheris
    atheris = None

if atheris is not None:
    with atheris.instrument_imports():
        from tests.robustness.invariants import check_parse

        import copydesk  # noqa: F401  (instrumented for coverage feedback)
else:
    from tests.robustness.invariants import check_parse

SEED_FILES = sorted(
    [*(ROOT / "fixtures").glob("**/*.html"), *(ROOT / "tests/robustness/pages").glob("*.html")]
)
SEEDS = [p.read_bytes() for p in SEED_FILES]
ENCODINGS = [None, "utf-8", "text/html; charset=koi8-r", "shift_jis", "gb18030", "utf-16", "rot13"]

# Input layout (so libFuzzer's mutations stay meaningful): byte 0 picks the mode, byte 1 an
# encoding argument, the rest is payload. Modes: 0 raw bytes, 1 payload as str (surrogateescape,
# so lone surrogates appear), 2 payload spliced into a seed page, 3 seed page truncated.
MODES = 4


def run_one(data: bytes) -> None:
    """The fuzz target: one input through ``copydesk.parse`` and the invariants."""
    if len(data) < 2:
        check_parse(data)
        return
    mode, enc, payload = data[0] % MODES, data[1] % len(ENCODINGS), data[2:]
    encoding = ENCODINGS[enc]
    if mode == 0:
        check_parse(payload, encoding=encoding)
    elif mode == 1:
        check_parse(payload.decode("utf-8", errors="surrogateescape"))
    elif SEEDS:
        seed = SEEDS[int.from_bytes(payload[:2] or b"\0", "little") % len(SEEDS)]
        at = int.from_bytes(payload[2:6] or b"\0", "little") % (len(seed) + 1)
        page = seed[:at] + payload[6:] + seed[at:] if mode == 2 else seed[:at]
        check_parse(page, encoding=encoding)


def make_corpus(directory: Path) -> None:
    """Write starting inputs (every mode over every seed) for libFuzzer."""
    directory.mkdir(parents=True, exist_ok=True)
    for i, seed in enumerate(SEEDS):
        (directory / f"raw-{i}").write_bytes(b"\x00\x00" + seed)
        (directory / f"splice-{i}").write_bytes(bytes([2, 0, i % 256, 0, 0, 4, 0, 0]) + b"<div>")
    print(f"wrote {2 * len(SEEDS)} inputs to {directory}")


def _mutate(rng: random.Random) -> bytes:
    base = bytearray(rng.choice(SEEDS) if SEEDS else b"<p>x</p>")
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(4)
        at = rng.randrange(len(base) + 1)
        if op == 0:
            del base[at : at + rng.randint(1, 200)]
        elif op == 1:
            base[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 40)))
        elif op == 2:
            base[at:at] = rng.choice([b"<div>", b"</p>", b"<script>", b"<!--", b"&#0;", b"\x00"])
        else:
            base = base[:at]
    return bytes([rng.randrange(MODES), rng.randrange(len(ENCODINGS))]) + bytes(base)


def smoke(count: int, seed: int = 0) -> None:
    """Run the target on ``count`` pseudo-random mutations (no atheris needed)."""
    rng = random.Random(seed)
    for _ in range(count):
        run_one(_mutate(rng))
    print(f"{count} inputs: contract held")


def main(argv: list[str]) -> None:
    if len(argv) > 1 and argv[1] == "--smoke":
        smoke(int(argv[2]) if len(argv) > 2 else 200)
    elif len(argv) > 2 and argv[1] == "--make-corpus":
        make_corpus(Path(argv[2]))
    elif atheris is None:
        sys.exit("atheris is not installed: pip install atheris (or use --smoke N)")
    else:
        atheris.Setup(argv, run_one)
        atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
