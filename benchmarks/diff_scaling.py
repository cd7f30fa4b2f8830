"""What diff costs as plans grow, and on one very long text beside git's word diff.

    .venv/bin/python benchmarks/diff_scaling.py

(a) The Lyngby-Taarbæk draft and final, grown 10 and 50 times by repeating their sections and
    goals under new titles and ids: the 50x diff should cost about 5 times the 10x diff.
(c) `diff --format docx` against `diff --format json` on the same pairs (1x, 10x, 50x): the
    Word document's cost as a ratio of the JSON report's, and how it grows (50x / 10x).
(b) One section whose prose is a whole plan (every text of the draft against every text of the
    final), at half and at full length, word-diffed by planctl and by
    `git diff --no-index --word-diff`.
Prints times and ratios; it asserts nothing (timings belong to the machine, not to the tests).
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planctl.diff import diff_plans, word_diff  # noqa: E402
from planctl.load import load_plan  # noqa: E402
from planctl.messages import Lang  # noqa: E402
from planctl.model.walk import walk  # noqa: E402
from planctl.render.diff import FORMATS  # noqa: E402
from planctl.render.page import Page  # noqa: E402

DRAFT = ROOT / "plans" / "lyngby-taarbaek-2019-udkast.yaml"
FINAL = ROOT / "plans" / "lyngby-taarbaek-2019.yaml"


def grown(path: Path, times: int) -> dict[str, object]:
    """The plan with its sections repeated `times` times; copy k gets titles '… (k)' and goals 'MÅL n+11k'."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    sections = data["sections"]
    result = []
    for k in range(times):
        for section in sections:
            copied = copy.deepcopy(section)
            if k:
                copied["title"] = f"{copied['title']} ({k})"
                for goal in copied.get("goals", []) + copied.get("success_criteria", []):
                    if goal.get("id"):
                        label, number = goal["id"].rsplit(" ", 1)
                        goal["id"] = f"{label} {int(number) + 11 * k}"
            result.append(copied)
    data["sections"] = result
    data.pop("goal_overview", None)
    data.pop("contents", None)
    return data


def best_of(runs: int, action: object) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def grown_pair(folder: Path, times: int) -> list[Path]:
    paths = []
    for path in (DRAFT, FINAL):
        target = folder / f"{path.stem}-x{times}.yaml"
        target.write_text(yaml.safe_dump(grown(path, times), allow_unicode=True, sort_keys=False), "utf-8")
        paths.append(target)
    return paths


def scaling(folder: Path) -> None:
    print("(a) diff of the Lyngby-Taarbæk draft and final, grown")
    costs = {}
    for times in (1, 10, 50):
        paths = grown_pair(folder, times)
        old, new = load_plan(paths[0]), load_plan(paths[1])
        costs[times] = best_of(3 if times < 50 else 1, lambda old=old, new=new: diff_plans(old, new))
        goals = len(old.plan.all_goals())
        print(f"    {times:>3}x: {len(old.plan.sections):>5} sections, {goals:>4} goals: {costs[times] * 1000:8.0f} ms")
    print(f"    ratio 50x / 10x: {costs[50] / costs[10]:.1f} (linear would be 5.0)")


def word_document(folder: Path) -> None:
    print("(c) diff --format docx beside --format json (load, diff and render, in process)")
    costs: dict[tuple[str, int], float] = {}
    for times in (1, 10, 50):
        paths = grown_pair(folder, times)

        def run(name: str, paths: list[Path] = paths) -> None:
            result = diff_plans(load_plan(paths[0]), load_plan(paths[1]))
            FORMATS.render(name, result, Page(lang=Lang.da, options={"author": "planctl"}))

        for name in ("json", "docx"):
            costs[name, times] = best_of(3 if times < 50 else 1, lambda name=name, run=run: run(name))
        json_ms, docx_ms = costs["json", times] * 1000, costs["docx", times] * 1000
        print(f"    {times:>3}x: json {json_ms:8.0f} ms, docx {docx_ms:8.0f} ms, docx / json {docx_ms / json_ms:.1f}")
    print(f"    docx 50x / 10x: {costs['docx', 50] / costs['docx', 10]:.1f} (linear would be 5.0)")


def whole_text(path: Path) -> str:
    plan = load_plan(path).plan
    return "\n".join(value for _, value in walk(plan) if isinstance(value, str))


def long_text(folder: Path) -> None:
    print("(b) one section whose prose is a whole plan")
    old_text, new_text = whole_text(DRAFT), whole_text(FINAL)
    git = shutil.which("git")
    for label, fraction in (("half", 0.5), ("full", 1.0)):
        a, b = old_text[: int(len(old_text) * fraction)], new_text[: int(len(new_text) * fraction)]
        words = len(a.split()) + len(b.split())
        ours = best_of(3, lambda a=a, b=b: word_diff(a, b))
        line = f"    {label}: {words:>6} words: planctl {ours * 1000:7.1f} ms"
        if git:
            (folder / "a.txt").write_text(a, "utf-8")
            (folder / "b.txt").write_text(b, "utf-8")
            command = [git, "diff", "--no-index", "--word-diff", str(folder / "a.txt"), str(folder / "b.txt")]
            theirs = best_of(3, lambda command=command: subprocess.run(command, capture_output=True, check=False))
            line += f", git diff --word-diff {theirs * 1000:7.1f} ms (process included)"
        print(line)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        scaling(Path(folder))
        word_document(Path(folder))
        long_text(Path(folder))


if __name__ == "__main__":
    main()
