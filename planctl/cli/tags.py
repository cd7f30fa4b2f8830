"""planctl tags: suggest target groups for untagged sections and goals, from their Danish wording."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from planctl.cli.common import EXIT_OK, guarded
from planctl.cli.options import LangOption, resolve_lang
from planctl.errors import PlanctlError, Problem
from planctl.paths import discover_plans


def tags(
    paths: Annotated[
        list[Path], typer.Argument(help="Plan files, or folders to search for *.yaml.", show_default=False)
    ],
    show_all: Annotated[
        bool, typer.Option("--all", help="Also show sections and goals that are tagged, where the words say more.")
    ] = False,
    write_patch: Annotated[
        Path | None,
        typer.Option("--write-patch", help="Write a patch adding the suggestions to this file ('-' for stdout); "
                                           "apply it with `git apply`. The plans are never changed."),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Suggest target groups (target_groups) for sections and goals that have none.

    Prints `file:line:col: what: target_groups: [...]  # the words`; the plans are never changed.

    Example: planctl tags plans/gladsaxe-2012.yaml --write-patch tags.patch && git apply tags.patch
    """
    raise SystemExit(guarded(lambda: _tags(paths, show_all, write_patch, resolve_lang(lang))))


def _tags(paths: list[Path], show_all: bool, write_patch: Path | None, lang: str) -> int:
    from planctl.compare.tags import suggest_tags
    from planctl.compare.tags_patch import tag_patch
    from planctl.load import load_plan

    files = discover_plans(paths)
    if write_patch is not None and str(write_patch) != "-" and any(_same(write_patch, f) for f in files):
        raise PlanctlError(Problem("--write-patch: will not overwrite a plan file", write_patch))
    da = lang == "da"
    found: list[str] = []
    patches: list[str] = []
    proposed = untagged = unpatched = 0
    for path in files:
        loaded = load_plan(path)
        additions = {}
        for suggestion in suggest_tags(loaded.plan):
            extra = tuple(code for code in suggestion.suggested if code not in suggestion.current)
            untagged += suggestion.untagged
            if not extra or not (suggestion.untagged or show_all):
                continue
            line, column = loaded.positions.locate(suggestion.path)
            what = ("afsnit" if da else "section") if suggestion.kind == "section" else ("mål" if da else "goal")
            name = suggestion.name if len(suggestion.name) <= 50 else suggestion.name[:49] + "…"
            shown = suggestion.suggested if suggestion.untagged else (*suggestion.current, *extra)
            words = ", ".join(w for code in extra for w in suggestion.evidence.get(code, ()))
            note = "" if suggestion.untagged else ("  (har nu: " if da else "  (now: ") + ", ".join(
                suggestion.current) + ")"
            found.append(f"{path}:{line}:{column}: {what} {name!r}: target_groups: [{', '.join(shown)}]"
                         f"  # {words}{note}")
            if suggestion.untagged:
                proposed += 1
                additions[suggestion.path] = suggestion.suggested
        if write_patch is not None and additions:
            patch, skipped = tag_patch(loaded.text, path, additions)
            patches.append(patch)
            unpatched += len(skipped)
    if write_patch is not None and str(write_patch) == "-":
        sys.stdout.write("".join(patches))
        return EXIT_OK
    for output in found:
        print(output)
    plans = len(files)
    summary = (f"{proposed} forslag til {untagged} afsnit og mål uden målgrupper i {plans} "
               f"{'plan' if plans == 1 else 'planer'}; planerne er ikke ændret." if da else
               f"{proposed} suggestions for {untagged} sections and goals without target groups in {plans} "
               f"{'plan' if plans == 1 else 'plans'}; the plans are unchanged.")
    if write_patch is not None:
        _write_atomically(write_patch, "".join(patches))
        summary += f" Patch: {write_patch} (git apply {write_patch})."
        if unpatched:
            summary += (f" {unpatched} kunne ikke komme med i patchen (flow-stil eller en tom target_groups)." if da
                        else f" {unpatched} could not go into the patch (flow style or an empty target_groups).")
    print(summary, file=sys.stderr)
    return EXIT_OK


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _write_atomically(path: Path, text: str) -> None:
    """Write next to the target and rename over it, so a reader never sees half a patch."""
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".", prefix=f".{path.name}.")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except OSError as error:
        raise PlanctlError(Problem(f"--write-patch: cannot write: {error.strerror}", path)) from None
