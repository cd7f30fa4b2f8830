"""The whole country's plans, made up from the five real ones: deterministic inputs for the benchmarks.

    .venv/bin/python benchmarks/country.py FOLDER [COUNT]

Plan `i` is the real plan `i mod 5` (plans/*.yaml in name order), renamed to municipality
`i mod 98` of planctl/data/municipalities.yaml (name and kommunekode; the old short name is
replaced everywhere in the text, so the plan speaks of itself and its own tables' rows),
every year in it shifted by `(i mod 3) - 1 - (i div 98)` (a year back for each round of the
country, so 1,000 plans are ten years of plans), and every value that starts with a whole
number raised by `i mod 4` (the targets and key figures differ from plan to plan). The same
COUNT always gives the same files, byte for byte: the benchmarks and the tests can rely on it.

The edits are made on the YAML text, not on a parsed plan, so that making 1,000 plans costs
a few seconds and the files keep the real plans' layout and size.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
REAL_PLANS = sorted((ROOT / "plans").glob("*.yaml"))
_MUNICIPALITIES = ROOT / "planctl" / "data" / "municipalities.yaml"

# A year a plan speaks of (1990-2039), not part of a longer number such as 32.900 or a kommunekode.
_YEAR = re.compile(r"(?<![\d.,])(?:199\d|20[0-3]\d)(?![\d])")
# A value that starts with a whole number ("value: 4 pct.", "value: ca. 78 pct." is left as printed).
_VALUE = re.compile(r"^(?P<indent>\s*(?:- )?value: )(?P<number>\d{1,3})(?=[ ,]|$)", re.M)
_MUNICIPALITY = re.compile(r'^municipality:\n  name: (?P<name>.+)\n  code: "(?P<code>\d+)"\n', re.M)


def municipalities() -> list[tuple[str, str]]:
    """The 98 municipalities as (kommunekode, short name), in the data file's order."""
    data = yaml.safe_load(_MUNICIPALITIES.read_text(encoding="utf-8"))
    return [(str(code), str(name)) for code, name in data.items()]


def _short(name: str) -> str:
    return re.sub(r"\s+kommune$", "", name.strip(), flags=re.I)


def varied_plan(real: str, index: int, country: list[tuple[str, str]]) -> str:
    """The real plan's YAML text as municipality `index mod 98`'s, its years shifted and its values changed."""
    code, name = country[index % len(country)]
    found = _MUNICIPALITY.search(real)
    if found is None:
        raise ValueError("a plan must begin with its municipality's name and quoted code")
    text = real.replace(_short(found["name"]), name)
    text = _MUNICIPALITY.sub(f'municipality:\n  name: {name} Kommune\n  code: "{code}"\n', text, count=1)
    shift = index % 3 - 1 - index // len(country)
    text = _YEAR.sub(lambda year: str(int(year[0]) + shift), text)
    raise_by = index % 4
    return _VALUE.sub(lambda value: f"{value['indent']}{int(value['number']) + raise_by}", text)


def country_plans(count: int) -> Iterator[tuple[str, str]]:
    """(file name, YAML text) of `count` plans: '0007-frederiksberg.yaml', ..."""
    reals = [path.read_text(encoding="utf-8") for path in REAL_PLANS]
    country = municipalities()
    for index in range(count):
        _, name = country[index % len(country)]
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower().translate(str.maketrans("æøå", "eoa"))).strip("-")
        yield f"{index:04d}-{slug}.yaml", varied_plan(reals[index % len(reals)], index, country)


def write_country(folder: Path, count: int) -> list[Path]:
    """Write `count` plans into `folder` (made if missing); their paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for file_name, text in country_plans(count):
        path = folder / file_name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    paths = write_country(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 98)
    print(f"{len(paths)} plans in {sys.argv[1]}")


if __name__ == "__main__":
    main()
