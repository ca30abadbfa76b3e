#!/usr/bin/python3
# new-to-compare.py PARCOURS IGNORED SCREENSHOT
#
# Copyright 2026 The Parcours authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# With the keyboard only, as a facilitator at a projector would: from
# "New", choose the 5A template (two personas), make its future state and
# open the comparison. Keys go through the accessibility bus's keyboard
# synthesis (the X server's XTest), and the results are read back as a
# screen reader reads them.

import subprocess
import sys
import time

import pyatspi

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from smoke import descendants, fail, find_app, names_under, safe_name, wait_for  # noqa: E402

# X keycodes of the standard PC keymap Xvfb starts with.
KEYCODES = {
    "Control": 37, "Shift": 50, "Return": 36,
    "c": 54, "f": 41, "n": 57,
}


def press(*keys):
    """Presses @keys together, modifiers first, like a person does."""
    *modifiers, key = keys
    for modifier in modifiers:
        pyatspi.Registry.generateKeyboardEvent(KEYCODES[modifier], None, pyatspi.KEY_PRESS)
    pyatspi.Registry.generateKeyboardEvent(KEYCODES[key], None, pyatspi.KEY_PRESSRELEASE)
    for modifier in reversed(modifiers):
        pyatspi.Registry.generateKeyboardEvent(KEYCODES[modifier], None, pyatspi.KEY_RELEASE)
    time.sleep(0.5)


def window_named(app, name):
    for i in range(app.childCount):
        child = app.getChildAtIndex(i)
        if child is not None and name in safe_name(child):
            return child
    return None


def name_starting(root, prefix):
    return next((safe_name(n) for n in descendants(root) if safe_name(n).startswith(prefix)), None)


def main():
    parcours, _, screenshot = sys.argv[1:4]
    app_proc = subprocess.Popen([parcours])
    try:
        app = wait_for("the application on the accessibility bus",
                       lambda: find_app(app_proc.pid))
        frame = wait_for("the welcome window", lambda: window_named(app, "Parcours"))
        time.sleep(1)

        # New: the template chooser, 5A already selected; Enter takes it.
        press("Control", "Shift", "n")
        chooser = wait_for("the template chooser", lambda: window_named(app, "New Document"))
        print("chooser:", safe_name(chooser))
        press("Return")

        frame = wait_for("the 5A map", lambda: window_named(app, "5A customer journey"))
        map_name = wait_for("the map switcher naming the current state",
                            lambda: name_starting(frame, "Map: 5A customer journey, "))
        print("switcher:", map_name)
        if "Current state" not in map_name:
            fail("the new map is not a current state: " + map_name)
        def personas():
            names = names_under(frame)
            found = [next((n for n in names if "lane " + p in n), None) for p in ("Alex", "Sam")]
            return found if None not in found else None

        print("persona lanes:", "; ".join(wait_for("the lanes of Alex and Sam", personas)))

        # Its future state, then the comparison.
        press("Control", "Shift", "f")
        map_name = wait_for("the future state in the switcher",
                            lambda: name_starting(frame, "Map: 5A customer journey (future)"))
        print("switcher:", map_name)
        press("Control", "Shift", "c")
        compare = wait_for("the comparison window", lambda: window_named(app, "Compare Maps"))
        totals = wait_for("the comparison's totals",
                          lambda: name_starting(compare, "0 added, 0 removed, 0 changed"))
        print("comparison:", totals)
        names = names_under(compare)
        for stage in ["Awareness", "Appeal", "Ask", "Act", "Advocacy"]:
            if stage not in names:
                fail("the comparison has no stage " + stage)
        print("comparison: the five 5A stages")

        time.sleep(1)
        subprocess.run(["import", "-window", "root", screenshot], check=True)
        print("screenshot:", screenshot)
    finally:
        app_proc.terminate()
        try:
            app_proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app_proc.kill()


if __name__ == "__main__":
    main()
