#!/usr/bin/python3
# notes.py PARCOURS DOCUMENT SCREENSHOT
#
# Copyright 2026 The Parcours authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Insight rows through AT-SPI, as a screen reader user works: adds a row
# with the canvas's "Add Insight Row" button and names it, types two notes
# in it from the keyboard, moves one to the next stage and undoes that,
# gives it two votes and an evidence level with V and E, saves, reopens
# and finds the notes where they were typed, the votes and the evidence
# in the file.

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from smoke import fail, find_app, find_named, safe_name, wait_for  # noqa: E402

TITLE = "Ordering kitchen equipment"
ROW = "Quotes"
FIRST = "Where is my oven?"
SECOND = "Who installs it?"
VOTED = ", evidence Assumption, 2 votes"

CONTROL_MASK = 4
KEYSYMS = {"F10": 0xffc7, "Return": 0xff0d, "Insert": 0xff63, "Right": 0xff53, "z": 0x7a, "s": 0x73,
           "v": 0x76, "e": 0x65, "Down": 0xff54}


def poll(func, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = func()
        if found:
            return found
        time.sleep(0.5)
    return None


def press(keysym_name, modifiers=0):
    if modifiers:
        pyatspi.Registry.generateKeyboardEvent(modifiers, None, pyatspi.KEY_LOCKMODIFIERS)
    pyatspi.Registry.generateKeyboardEvent(KEYSYMS[keysym_name], None, pyatspi.KEY_SYM)
    if modifiers:
        pyatspi.Registry.generateKeyboardEvent(modifiers, None, pyatspi.KEY_UNLOCKMODIFIERS)
    time.sleep(0.4)


def type_text(text):
    pyatspi.Registry.generateKeyboardEvent(0, text, pyatspi.KEY_STRING)
    time.sleep(0.4)


def window_of(app):
    for i in range(app.childCount):
        child = app.getChildAtIndex(i)
        if child is not None and TITLE in safe_name(child):
            return child
    return None


def activate(node):
    """Clicks @node through its action, else focuses it and presses Enter."""
    try:
        action = node.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
    except Exception:
        names = []
    for i, name in enumerate(names):
        if name in ("click", "activate", "press"):
            action.doAction(i)
            time.sleep(0.5)
            return
    node.queryComponent().grabFocus()
    time.sleep(0.3)
    press("Return")


def note_name(text, stage, extra=""):
    return "Note: %s, row %s, stage %s%s" % (text, ROW, stage, extra)


def main():
    parcours, document, screenshot = sys.argv[1:4]
    work = tempfile.mkdtemp(prefix="parcours-notes-e2e-")
    path = os.path.join(work, "notes.parcours")
    shutil.copyfile(document, path)

    proc = subprocess.Popen([parcours, path])
    try:
        app = wait_for("the application on the accessibility bus", lambda: find_app(proc.pid))
        frame = wait_for("the window", lambda: window_of(app))
        time.sleep(1)

        # The canvas's Add Insight Row button → Custom…, then name it.
        activate(wait_for("the Add Insight Row button", lambda: find_named(frame, "Add Insight Row")))
        custom = poll(lambda: find_named(app, "Custom…"), 10)
        if custom is not None:
            activate(custom)
        else:
            # GTK 4.18 opens the menu, its first item focused, but does not
            # show its items on the accessibility bus: the keys, then.
            for _ in range(5):
                press("Down")
            press("Return")
        wait_for("the row's name editor", lambda: find_named(frame, "Row name"))
        type_text(ROW)
        press("Return")
        wait_for("the row's header", lambda: find_named(frame, "Insight row " + ROW))
        print("row added:", ROW)

        # Two notes typed in place from its header.
        press("Insert")
        wait_for("the note's editor", lambda: find_named(frame, "Note text"))
        type_text(FIRST)
        press("Return")
        wait_for("the first note", lambda: find_named(frame, note_name(FIRST, "Awareness")))
        press("Insert")
        wait_for("the second note's editor", lambda: find_named(frame, "Note text"))
        type_text(SECOND)
        press("Return")
        wait_for("the second note", lambda: find_named(frame, note_name(SECOND, "Awareness")))
        print("typed:", FIRST, "/", SECOND)

        # Ctrl+Right moves the focused note to the next stage; Ctrl+Z back.
        press("Right", CONTROL_MASK)
        wait_for("the note in Appeal", lambda: find_named(frame, note_name(SECOND, "Appeal")))
        press("z", CONTROL_MASK)
        wait_for("the note back in Awareness",
                 lambda: find_named(frame, note_name(SECOND, "Awareness")))
        print("moved and undone")

        # Two votes and an evidence level on the focused note, by keys;
        # its name says so.
        press("v")
        press("v")
        press("e")
        wait_for("the note's votes and evidence",
                 lambda: find_named(frame, note_name(SECOND, "Awareness", VOTED)))
        print("voted:", VOTED)

        before = os.path.getmtime(path)
        press("s", CONTROL_MASK)
        wait_for("the file to be saved", lambda: os.path.getmtime(path) != before)
        time.sleep(0.5)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()

    with open(path, encoding="utf-8") as f:
        saved = json.load(f)
    if saved.get("version") != 2:
        fail("saved as version %r, not 2" % saved.get("version"))
    first_map = saved["maps"][0]
    row = next((r for r in first_map.get("rows", []) if r["name"] == ROW), None)
    if row is None or row["kind"] != "custom":
        fail("no custom row named %s in %s" % (ROW, path))
    notes = [n for n in first_map.get("notes", []) if n["row"] == row["id"]]
    got = [(n["text"], n["stage"]) for n in notes]
    if got != [(FIRST, "stage-awareness"), (SECOND, "stage-awareness")]:
        fail("the row's notes are %r" % got)
    marks = [(n.get("votes", 0), n.get("evidence")) for n in notes]
    if marks != [(0, None), (2, "assumption")]:
        fail("the notes' votes and evidence are %r" % marks)
    print("saved:", got, marks)

    # Reopened, the notes are there, named for screen readers.
    proc = subprocess.Popen([parcours, path])
    try:
        app = wait_for("the reopened application", lambda: find_app(proc.pid))
        frame = wait_for("the reopened window", lambda: window_of(app))
        for text, extra in ((FIRST, ""), (SECOND, VOTED)):
            wait_for("the note '%s' after reopening" % text,
                     lambda: find_named(frame, note_name(text, "Awareness", extra)))
        print("reopened: both notes are there")
        subprocess.run(["import", "-window", "root", screenshot], check=True)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
