"""How `planctl import` grows with document length, and what a Word file or a PDF costs beside text.

(a) Each seed (.txt) at 1x, 10x and 50x.
(b) Each seed as .txt, as .docx and as .pdf (both made from the .txt by LibreOffice, when it is
    installed): the time of each import, and the ratio to the .txt import.

    .venv/bin/python benchmarks/import_scaling.py [--runs N]

The document is repeated end to end, read, built into a plan and written as YAML (which is
loaded back to prove it validates). Prints seconds per size and the ratios 10x/1x and
50x/10x; linear work gives about 10 and 5.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from planctl.importers.build import ImportOptions, build_plan
from planctl.importers.read import read_document
from planctl.importers.yaml_out import plan_yaml

SOURCES = Path(__file__).resolve().parent.parent / "tests" / "sources"


def seconds(path: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        plan_yaml(build_plan(read_document(path), ImportOptions(source=path.name)).plan)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        for seed in sorted(SOURCES.glob("*.txt")):
            text = seed.read_text(encoding="utf-8")
            times = []
            for times_repeated in (1, 10, 50):
                path = Path(folder) / f"{times_repeated}x-{seed.name}"
                path.write_text("\n\n".join([text] * times_repeated), encoding="utf-8")
                times.append(seconds(path, runs if times_repeated < 50 else 1))
            print(f"{seed.name[:3]}: 1x {times[0]:.3f} s, 10x {times[1]:.3f} s, 50x {times[2]:.3f} s; "
                  f"10x/1x {times[1] / times[0]:.1f}, 50x/10x {times[2] / times[1]:.1f}")

        formats(Path(folder), runs)


def formats(folder: Path, runs: int) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        print("(b) skipped: LibreOffice (soffice) is not installed")
        return
    seeds = sorted(SOURCES.glob("*.txt"))
    for target in ("docx", "pdf"):
        subprocess.run([soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                        "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", target, "--outdir",
                        str(folder / target), *map(str, seeds)], capture_output=True, check=True, timeout=600)
    print("(b) the same seed as text, Word and PDF")
    for seed in seeds:
        text = seconds(seed, runs)
        word = seconds(folder / "docx" / f"{seed.stem}.docx", runs)
        pdf = seconds(folder / "pdf" / f"{seed.stem}.pdf", runs)
        print(f"{seed.name[:3]}: txt {text:.3f} s, docx {word:.3f} s ({word / text:.1f}x), "
              f"pdf {pdf:.3f} s ({pdf / text:.1f}x)")


if __name__ == "__main__":
    main()
