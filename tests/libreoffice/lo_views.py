"""Read Word documents back through LibreOffice itself, as they read after accept-all or reject-all.

Run by the system's python3 (the only one with Python-UNO), never imported by the tests:

    /usr/bin/python3 lo_views.py JOBS.json RESULT.json

JOBS.json is a list of {"path": ..., "view": "stored" | "accept" | "reject"}. LibreOffice is
started once, headless, with a private profile, on a named pipe (no network port); each
document is loaded hidden, the view's dispatch command is run (.uno:AcceptAllTrackedChanges
or .uno:RejectAllTrackedChanges), and its body is read in order: a paragraph as its text, a
table as rows of cell texts. RESULT.json gets, per job, the body, and the tracked changes
LibreOffice lists in the document before any was resolved (type, author, date).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]

_COMMANDS = {"accept": ".uno:AcceptAllTrackedChanges", "reject": ".uno:RejectAllTrackedChanges"}


def _property(name: str, value: object) -> PropertyValue:
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


def _connect(pipe: str, office: subprocess.Popen[bytes]) -> object:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + 60
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if office.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _table(table: object) -> list[list[str]]:
    rows: dict[int, list[tuple[str, str]]] = {}
    for name in table.getCellNames():
        column = "".join(ch for ch in name if ch.isalpha())
        row = int("".join(ch for ch in name if ch.isdigit()))
        rows.setdefault(row, []).append((column, table.getCellByName(name).getString()))
    return [[text for _, text in sorted(cells, key=lambda c: (len(c[0]), c[0]))] for _, cells in sorted(rows.items())]


def _body(document: object) -> list[dict[str, object]]:
    blocks: list[dict[str, object]] = []
    enumeration = document.getText().createEnumeration()
    while enumeration.hasMoreElements():
        element = enumeration.nextElement()
        if element.supportsService("com.sun.star.text.TextTable"):
            blocks.append({"table": _table(element)})
        else:
            blocks.append({"paragraph": element.getString(), "style": element.ParaStyleName})
    return blocks


def _redlines(document: object) -> list[dict[str, str]]:
    found = []
    enumeration = document.Redlines.createEnumeration()
    while enumeration.hasMoreElements():
        redline = enumeration.nextElement()
        moment = redline.RedlineDateTime
        found.append({"type": redline.RedlineType, "author": redline.RedlineAuthor,
                      "date": f"{moment.Year:04d}-{moment.Month:02d}-{moment.Day:02d}"})
    return found


def main() -> None:
    jobs = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    profile = Path(tempfile.mkdtemp(prefix="planctl-lo-"))
    pipe = f"planctl{os.getpid()}"
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         f"-env:UserInstallation={profile.as_uri()}", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    results = []
    try:
        context = _connect(pipe, office)
        manager = context.ServiceManager
        desktop = manager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        dispatcher = manager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        for job in jobs:
            url = Path(job["path"]).resolve().as_uri()
            document = desktop.loadComponentFromURL(url, "_blank", 0, (_property("Hidden", True),))
            redlines = _redlines(document)
            if job["view"] in _COMMANDS:
                frame = document.getCurrentController().getFrame()
                dispatcher.executeDispatch(frame, _COMMANDS[job["view"]], "", 0, ())
            results.append({"path": job["path"], "view": job["view"], "redlines": redlines,
                            "left": len(_redlines(document)), "body": _body(document)})
            document.close(True)
        with contextlib.suppress(Exception):  # the office may already be going away
            desktop.terminate()
    finally:
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)
    Path(sys.argv[2]).write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
