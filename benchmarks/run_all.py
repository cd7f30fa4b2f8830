"""Every benchmark of planctl in one run, printed as a table of times, ratios and peak memory.

    .venv/bin/python benchmarks/run_all.py [--runs N] [--plans 1000] [--skip-scripts]

What it measures, each as a whole process, as a user runs it:
- `check` of the Lyngby-Taarbæk draft (96 KB) against the import floor (Python starting with
  the libraries check needs: the issue's short list, and every module outside planctl that
  check of the draft imports) and against yamllint and check-jsonschema on the same file, checked
  anew (--no-cache) and answered from a warm result cache, as concise and as text output;
  those two are installed into benchmarks/.venv, not into planctl's environment, and their
  rows are skipped with a note when they cannot be installed;
- `check` of the whole country ten years back (1,000 plans from benchmarks/country.py) anew with
  `--jobs 1` and `--jobs 2`, then with --jobs 2 filling the cache and from it; 200 plans anew;
- `compare` of 10, 40 and 98 plans: time and JSON bytes, and their ratio to linear growth
  from 10 plans (1.00 is exactly linear), and the terminal page of 98 plans;
- diff_scaling.py, docx_scaling.py and import_scaling.py once each, their own lines printed
  under the table.

Times are medians of N alternating runs (single runs for the large jobs); they belong to the
machine, so nothing here asserts: read the ratios. Peak memory is the largest resident set of
the process and its children (os.wait4), in MiB.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.country import write_country  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PLANCTL = [PYTHON, "-m", "planctl"]
DRAFT = ROOT / "plans" / "lyngby-taarbaek-2019-udkast.yaml"
SCHEMA = ROOT / "schemas" / "plan.schema.json"
FLOOR = "import typer.main, rich.console, rich.table, yaml; from pydantic import BaseModel"
TOOLS_VENV = ROOT / "benchmarks" / ".venv"
COMPARED = (10, 40, 98)


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_mib: float
    output: bytes

    @property
    def output_bytes(self) -> int:
        return len(self.output)


@dataclass(frozen=True)
class Line:
    what: str
    measured: Measured | None
    ratio: str = ""
    note: str = ""


def run_once(command: Sequence[str], env: dict[str, str] | None = None) -> Measured:
    """Run a command to its end: wall time, the peak memory of it and its children, bytes on stdout."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.DEVNULL,
                                   env={**os.environ, **(env or {})})
        _, _, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = 0  # reaped by wait4; keeps Popen from waiting again
        out.seek(0)
        output = out.read()
    return Measured(seconds, usage.ru_maxrss / 1024, output)


def medians(commands: dict[str, Sequence[str]], runs: int) -> dict[str, Measured]:
    """Each command run `runs` times, taking turns, so that a busy moment of the machine hits all alike."""
    taken: dict[str, list[Measured]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            taken[name].append(run_once(command))
    return {name: Measured(statistics.median(m.seconds for m in each), max(m.peak_mib for m in each),
                           each[0].output) for name, each in taken.items()}


def tools() -> tuple[Path | None, str]:
    """yamllint and check-jsonschema in their own environment: its bin folder, or None and why not."""
    bin_folder = TOOLS_VENV / "bin"
    if (bin_folder / "yamllint").exists() and (bin_folder / "check-jsonschema").exists():
        return bin_folder, ""
    try:
        venv.create(TOOLS_VENV, with_pip=True, clear=True)
        subprocess.run([str(bin_folder / "pip"), "install", "-q", "yamllint", "check-jsonschema"],
                       check=True, capture_output=True, timeout=600)
    except (OSError, subprocess.SubprocessError) as error:
        return None, f"yamllint and check-jsonschema could not be installed into {TOOLS_VENV}: {error}"
    return bin_folder, ""


def libraries_of_check() -> list[str]:
    """Every module outside planctl that `check` of the draft imports (Python's own, Typer with its option
    coercion, Rich, PyYAML, Pydantic with what building a model needs), as sys.modules holds them at its end."""
    with tempfile.NamedTemporaryFile("r", suffix=".txt") as listed:
        # planctl ends with os._exit (no atexit handlers run), so the list is written on the way out of it
        at_exit = (f"import os, runpy, sys\n"
                   f"leave = os._exit\n"
                   f"def listed(code):\n"
                   f"    open({listed.name!r}, 'w').write('\\n'.join(sys.modules))\n"
                   f"    leave(code)\n"
                   f"os._exit = listed\n"
                   f"sys.argv = ['planctl', 'check', {str(DRAFT)!r}, '--no-cache', '--format', 'concise']\n"
                   f"runpy.run_module('planctl', run_name='__main__')")
        subprocess.run([PYTHON, "-c", at_exit], cwd=ROOT, capture_output=True, check=False)
        names = listed.read().split()
    if not names:
        raise SystemExit("run_all.py: could not list the modules check imports (did planctl's exit change?)")
    return [name for name in names if not name.startswith(("planctl", "__editable__", "__main__", "runpy"))]


def single_plan(runs: int, cache: Path) -> tuple[list[Line], float]:
    """check of the draft anew (--no-cache) and answered from a warm cache, each as concise and as text."""
    bin_folder, why = tools()
    cached = ["env", f"PLANCTL_CACHE_DIR={cache}", *PLANCTL]
    subprocess.run([*cached, "check", str(DRAFT)], cwd=ROOT, capture_output=True, check=False)  # warm it
    libraries = libraries_of_check()
    commands: dict[str, Sequence[str]] = {
        "floor": [PYTHON, "-c", FLOOR],
        "libraries": [PYTHON, "-c", f"import importlib\nfor name in {libraries!r}: importlib.import_module(name)"],
        # planctl pauses the cycle collector through its start-up (planctl/cli/startup.py); so does this floor
        "libraries, paused": [PYTHON, "-c", f"import gc, importlib\ngc.disable()\n"
                                            f"for name in {libraries!r}: importlib.import_module(name)"],
        "minimal": [PYTHON, str(ROOT / "benchmarks" / "minimal_command.py"), str(DRAFT), "--format", "concise"],
        "validation": [PYTHON, str(ROOT / "benchmarks" / "minimal_validation.py")],
        "anew": [*PLANCTL, "check", str(DRAFT), "--format", "concise", "--no-cache"],
        "anew, text": [*PLANCTL, "check", str(DRAFT), "--no-cache"],
        "cached": [*cached, "check", str(DRAFT), "--format", "concise"],
        "cached, text": [*cached, "check", str(DRAFT)],
    }
    if bin_folder is not None:
        commands["yamllint"] = [str(bin_folder / "yamllint"), str(DRAFT)]
        commands["check-jsonschema"] = [str(bin_folder / "check-jsonschema"), "--schemafile", str(SCHEMA), str(DRAFT)]
    taken = medians(commands, runs)
    floor = taken["floor"].seconds
    used = taken["libraries"].seconds
    paused = taken["libraries, paused"].seconds
    lines = [Line("import floor: python -c 'import typer.main, rich…, yaml; BaseModel'", taken["floor"]),
             Line(f"import floor of every library module check of the draft imports ({len(libraries)} modules "
                  "outside planctl)", taken["libraries"], f"{used / floor:.2f}× the import floor"),
             Line("the same, with the cycle collector paused as planctl's start-up pauses it",
                  taken["libraries, paused"], f"{paused / floor:.2f}× the import floor"),
             Line("a minimal Typer command: one argument, one option, one line printed with Rich "
                  "(benchmarks/minimal_command.py)", taken["minimal"],
                  f"{taken['minimal'].seconds / floor:.2f}× the import floor"),
             Line("a minimal Pydantic validation: the floor's libraries, one model of one field validated once "
                  "(benchmarks/minimal_validation.py)", taken["validation"],
                  f"{taken['validation'].seconds / floor:.2f}× the import floor")]
    for name, how in (("anew", "--no-cache, concise"), ("anew, text", "--no-cache, text"),
                      ("cached", "from the cache, concise"), ("cached, text", "from the cache, text")):
        compared = [f"{taken[name].seconds / floor:.2f}× the import floor",
                    f"{taken[name].seconds / used:.2f}× the floor of the modules it imports "
                    f"({taken[name].seconds / paused:.2f}× with the collector paused)",
                    f"{taken[name].seconds / taken['minimal'].seconds:.2f}× the minimal command",
                    f"{taken[name].seconds / taken['validation'].seconds:.2f}× the minimal validation"]
        compared += [f"{taken[name].seconds / taken[tool].seconds:.2f}× {tool}" for tool in
                     ("yamllint", "check-jsonschema") if tool in taken]
        lines.append(Line(f"check of one plan ({DRAFT.name}, {DRAFT.stat().st_size // 1024} KB), {how}",
                          taken[name], "; ".join(compared)))
    for tool in ("yamllint", "check-jsonschema"):
        lines.append(Line(f"{tool} on the same file", taken.get(tool), note="" if tool in taken else why))
    return lines, taken["anew"].seconds
def many_plans(folder: Path, count: int, one_plan: float) -> list[Line]:
    """check of the country's plans anew with --jobs 1 and 2, then again from the cache; 200 plans anew."""
    plans = folder / f"check-{count}"
    write_country(plans, count)
    lines = []
    outputs = []
    for jobs in (1, 2):
        taken = run_once([*PLANCTL, "check", str(plans), "--format", "concise", "--jobs", str(jobs), "--no-cache"])
        outputs.append(taken.output)
        same = "" if jobs == 1 else ("output identical to --jobs 1" if outputs[0] == outputs[1] else
                                     "OUTPUT DIFFERS from --jobs 1")
        lines.append(Line(f"check of {count} plans anew, --jobs {jobs}", taken,
                          f"{taken.seconds / one_plan:.0f}× one plan", same))
    cached = ["env", f"PLANCTL_CACHE_DIR={folder / 'cache'}", *PLANCTL, "check", str(plans), "--format", "concise",
              "--jobs", "2"]
    filled = run_once(cached)
    again = run_once(cached)
    same = "output identical to anew" if filled.output == again.output == outputs[0] else "OUTPUT DIFFERS from anew"
    lines.append(Line(f"check of {count} plans, --jobs 2, filling the cache", filled,
                      f"{filled.seconds / one_plan:.0f}× one plan"))
    lines.append(Line(f"check of {count} plans, --jobs 2, from the cache", again,
                      f"{again.seconds / one_plan:.1f}× one plan", same))
    fewer = folder / "check-200"
    write_country(fewer, 200)
    taken = run_once([*PLANCTL, "check", str(fewer), "--format", "concise", "--jobs", "2", "--no-cache"])
    lines.append(Line("check of 200 plans anew, --jobs 2", taken, f"{taken.seconds / one_plan:.1f}× one plan"))
    return lines


def compared(folder: Path) -> list[Line]:
    lines = []
    first: Measured | None = None
    for count in COMPARED:
        plans = write_country(folder / f"compare-{count}", count)
        taken = run_once([*PLANCTL, "compare", *map(str, plans), "--format", "json"])
        if first is None:
            first = taken
            ratio = "(the base of the ratios)"
        else:
            scale = count / COMPARED[0]
            ratio = (f"time {taken.seconds / first.seconds / scale:.2f}, bytes "
                     f"{taken.output_bytes / first.output_bytes / scale:.2f} × linear")
        lines.append(Line(f"compare of {count} plans --format json ({taken.output_bytes / 1e6:.2f} MB)", taken, ratio))
    plans = sorted((folder / f"compare-{COMPARED[-1]}").glob("*.yaml"))
    taken = run_once([*PLANCTL, "compare", *map(str, plans)], env={"COLUMNS": "120", "LANG": "C.UTF-8"})
    text = taken.output.decode("utf-8")
    said = re.search(r"Page \d+ of \d+ .*?--format csv-long", " ".join(text.split()))
    page = said[0] if said else "no line on the other pages"
    lines.append(Line(f"compare of {COMPARED[-1]} plans, terminal at 120 columns "
                      f"({text.count(chr(10))} lines, {taken.output_bytes // 1024} KB)", taken, note=f"shows: {page}"))
    return lines


def scripts() -> list[tuple[Line, str]]:
    done = []
    for name, arguments in (("diff_scaling.py", []), ("docx_scaling.py", []), ("import_scaling.py", ["--runs", "1"])):
        command = [PYTHON, str(ROOT / "benchmarks" / name), *arguments]
        taken = run_once(command)
        said = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        done.append((Line(f"benchmarks/{name} (in process)", taken), said.stdout + said.stderr[-500:]))
    return done


def compiled() -> None:
    """planctl's modules compiled to bytecode first, as pip leaves an installed package: without it, an
    editable install under PYTHONDONTWRITEBYTECODE compiles every module at every start, and the
    libraries of the import floor (compiled when pip installed them) would be measured against that."""
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(ROOT / "planctl")], env=environment, check=True)


def table(lines: Sequence[Line]) -> str:
    header = "| what | time | peak memory | ratio |\n|---|---:|---:|---|"
    body = []
    for line in lines:
        if line.measured is None:
            body.append(f"| {line.what} | – | – | skipped: {line.note} |")
            continue
        ratio = "; ".join(part for part in (line.ratio, line.note) if part)
        body.append(f"| {line.what} | {line.measured.seconds:.2f} s | {line.measured.peak_mib:.0f} MiB | {ratio} |")
    return "\n".join([header, *body])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10, help="runs of each single-plan command (median)")
    parser.add_argument("--plans", type=int, default=1000, help="plans for the check of many plans")
    parser.add_argument("--skip-scripts", action="store_true", help="leave out diff, docx and import scaling")
    args = parser.parse_args()
    print(f"planctl benchmarks on {os.cpu_count()} cores, Python {sys.version.split()[0]}", flush=True)
    compiled()
    with tempfile.TemporaryDirectory(prefix="planctl-bench-") as folder:
        lines, one_plan = single_plan(args.runs, Path(folder) / "cache-one")
        lines += many_plans(Path(folder), args.plans, one_plan)
        lines += compared(Path(folder))
    outputs = [] if args.skip_scripts else scripts()
    lines += [line for line, _ in outputs]
    print(table(lines))
    for line, said in outputs:
        print(f"\n{line.what}:")
        print("\n".join(f"    {text}" for text in said.rstrip().splitlines()))


if __name__ == "__main__":
    main()
