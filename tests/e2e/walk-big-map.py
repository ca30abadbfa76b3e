#!/usr/bin/python3
# walk-big-map.py PARCOURS IGNORED SCREENSHOT
#
# Copyright 2026 The Parcours authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run by run-smoke.sh (own X server, session bus and accessibility bus).
# Writes a map of 2,000 touchpoints (25 stages, 4 persona lanes, 20 cards
# a cell), opens it, and walks every card with the arrow keys, as a
# keyboard user would: down a stage's column, right, up the next one,
# from the first card to the last. The canvas only has widgets for the
# cards in view; a screen reader must still be told about each card the
# focus reaches, and the walk must end on the last one. SCREENSHOT gets
# the window at the end of the walk.

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from smoke import descendants, fail, find_app, safe_name, wait_for  # noqa: E402

STAGES = 25
LANES = 4
PER_CELL = 20
TITLE = "Two thousand touchpoints"

# X keycodes of the standard PC keymap Xvfb starts with.
KEY_UP, KEY_DOWN, KEY_RIGHT = 111, 116, 114


def card_title(stage, lane, index):
    return "Card %d-%d-%d" % (stage + 1, lane + 1, index + 1)


def write_map(path):
    personas = [{"id": "persona-%d" % l, "name": "Persona %d" % (l + 1),
                 "color": "#3584e4" if l % 2 == 0 else "#e66100"} for l in range(LANES)]
    stages = [{"id": "stage-%d" % s, "name": "Stage %d" % (s + 1)} for s in range(STAGES)]
    lanes = [{"id": "lane-%d" % l, "name": "Persona %d" % (l + 1), "kind": "persona",
              "persona": "persona-%d" % l} for l in range(LANES)]
    sentiments = ["negative", "neutral", "positive"]
    touchpoints = []
    for s in range(STAGES):
        for l in range(LANES):
            for i in range(PER_CELL):
                touchpoints.append({
                    "id": "tp-%d-%d-%d" % (s, l, i), "stage": "stage-%d" % s,
                    "lane": "lane-%d" % l, "title": card_title(s, l, i),
                    "sentiment": sentiments[(s + l + i) % 3]})
    document = {"format": "parcours", "version": 1, "id": "walk", "title": TITLE,
                "personas": personas,
                "maps": [{"id": "map-walk", "name": "Walk", "kind": "current-state",
                          "stages": stages, "lanes": lanes, "touchpoints": touchpoints,
                          "connectors": []}]}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f)
    return len(touchpoints)


def focused_card(root):
    """The name of the focused card, as a screen reader finds it."""
    for node in descendants(root):
        try:
            if node.getState().contains(pyatspi.STATE_FOCUSED) and \
               safe_name(node).startswith("Card "):
                return safe_name(node)
        except Exception:
            continue
    return None


def cards_in_tree(root):
    return sum(1 for n in descendants(root) if safe_name(n).startswith("Card "))


def key(code):
    pyatspi.Registry.generateKeyboardEvent(code, None, pyatspi.KEY_PRESSRELEASE)
    time.sleep(0.02)


def expect_focus(frame, title, what):
    name = wait_for("the focus on %s (%s)" % (title, what),
                    lambda: (lambda n: n if n and n.startswith(title + ",") else None)(
                        focused_card(frame)), 60)
    return name


def main():
    parcours, _, screenshot = sys.argv[1:4]
    work = tempfile.mkdtemp(prefix="parcours-walk-e2e-")
    path = os.path.join(work, "walk.parcours")
    n = write_map(path)
    app_proc = subprocess.Popen([parcours, path])
    try:
        app = wait_for("the application on the accessibility bus",
                       lambda: find_app(app_proc.pid))

        def window():
            for i in range(app.childCount):
                child = app.getChildAtIndex(i)
                if child is not None and TITLE in safe_name(child):
                    return child
            return None

        frame = wait_for("a window titled '%s'" % TITLE, window)
        first = card_title(0, 0, 0)
        card = wait_for("the first card", lambda: next(
            (c for c in descendants(frame) if safe_name(c).startswith(first + ",")), None))
        shown = cards_in_tree(frame)
        print("%d touchpoints; %d cards in the accessibility tree at first" % (n, shown))
        if shown >= n // 2:
            fail("%d of %d cards have widgets: the canvas builds more than what is in view"
                 % (shown, n))

        # Focus the first card: through AT-SPI, else with a click on it.
        try:
            card.queryComponent().grabFocus()
        except Exception:
            pass
        time.sleep(0.5)
        if focused_card(frame) is None:
            extents = card.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
            origin = frame.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            pyatspi.Registry.generateMouseEvent(origin.x + extents.x + extents.width // 2,
                                                origin.y + extents.y + extents.height // 2,
                                                pyatspi.MOUSE_B1C)
        expect_focus(frame, first, "the start")

        # Down the even columns, up the odd ones: every card once.
        start = time.monotonic()
        per_column = LANES * PER_CELL
        for s in range(STAGES):
            if s > 0:
                key(KEY_RIGHT)
            for _ in range(per_column - 1):
                key(KEY_DOWN if s % 2 == 0 else KEY_UP)
            last = card_title(s, LANES - 1, PER_CELL - 1) if s % 2 == 0 else card_title(s, 0, 0)
            name = expect_focus(frame, last, "the end of stage %d" % (s + 1))
            if s % 5 == 0 or s == STAGES - 1:
                print("stage %d: %s" % (s + 1, name))

        final = card_title(STAGES - 1, LANES - 1, PER_CELL - 1)
        name = expect_focus(frame, final, "the last card")
        print("walked %d cards in %.1f s; last: %s" % (n, time.monotonic() - start, name))
        shown = cards_in_tree(frame)
        print("%d cards in the accessibility tree at the end" % shown)
        if shown >= n // 2:
            fail("%d of %d cards have widgets after the walk: they are not recycled" % (shown, n))

        subprocess.run(["import", "-window", "root", screenshot], check=True)
        print("screenshot:", screenshot)
    finally:
        app_proc.terminate()
        try:
            app_proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app_proc.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
