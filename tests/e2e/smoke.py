#!/usr/bin/python3
# smoke.py PARCOURS DOCUMENT SCREENSHOT
#
# Copyright 2026 The Parcours authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts Parcours on a document and checks, through AT-SPI as a screen
# reader sees it, that the window and the touchpoint cards are there and
# every control on screen has a name; takes a screenshot; saves the map
# under another name through the file chooser, typing as a user would,
# and checks the file; opens the persona editor and checks its fields.

import os
import subprocess
import sys
import time

import pyatspi

TIMEOUT = 60
TITLE = "Ordering kitchen equipment"
CARDS = [
    "Hears about us from a friend",
    "Asks about installation in the chat",
    "Recommends us to another site",
]
CONTROLS = ["Undo", "Redo", "Main Menu", "Save"]


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def safe_name(accessible):
    try:
        return accessible.name or ""
    except Exception:
        return ""


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        try:
            app = desktop.getChildAtIndex(i)
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def wait_for(what, func, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = func()
        if found:
            return found
        time.sleep(0.5)
    fail("timed out waiting for " + what)


def descendants(root):
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        try:
            count = node.childCount
        except Exception:
            continue
        for i in range(count - 1, -1, -1):
            try:
                child = node.getChildAtIndex(i)
            except Exception:
                child = None
            if child is not None:
                stack.append(child)


def names_under(root):
    return [safe_name(node) for node in descendants(root)]


CONTROL_ROLES = {
    "push button", "toggle button", "text", "entry", "combo box",
    "check box", "switch", "spin button", "slider", "radio button",
}


def unnamed_controls(root):
    """Controls on screen that a screen reader could not name."""
    found = []
    for node in descendants(root):
        try:
            if (node.getRoleName() in CONTROL_ROLES and not safe_name(node)
                    and node.getState().contains(pyatspi.STATE_SHOWING)):
                found.append("%s in %s '%s'" % (node.getRoleName(),
                                                node.parent.getRoleName(),
                                                safe_name(node.parent)))
        except Exception:
            continue
    return found


def find_named(root, name):
    return next((n for n in descendants(root) if safe_name(n) == name), None)


SHIFT_MASK = 1
CONTROL_MASK = 4


# X keysyms of the keys the test types.
KEYSYMS = {"a": 0x61, "s": 0x73, "question": 0x3f, "Return": 0xff0d}


def press(keysym_name, modifiers=0):
    """Types a key through the X server, with the modifiers held."""
    if modifiers:
        pyatspi.Registry.generateKeyboardEvent(modifiers, None,
                                               pyatspi.KEY_LOCKMODIFIERS)
    pyatspi.Registry.generateKeyboardEvent(KEYSYMS[keysym_name],
                                           None, pyatspi.KEY_SYM)
    if modifiers:
        pyatspi.Registry.generateKeyboardEvent(modifiers, None,
                                               pyatspi.KEY_UNLOCKMODIFIERS)


def save_as(app, path):
    """Save As through the file chooser, as a user would with the keyboard."""
    pyatspi.Registry.generateMouseEvent(600, 400, "abs")
    time.sleep(0.5)
    press("s", CONTROL_MASK | SHIFT_MASK)

    def chooser():
        for i in range(app.childCount):
            child = app.getChildAtIndex(i)
            if child is not None and safe_name(child) == "Save Journey Map":
                return child
        return None

    wait_for("the Save As file chooser", chooser)
    time.sleep(1)
    press("a", CONTROL_MASK)
    pyatspi.Registry.generateKeyboardEvent(0, path, pyatspi.KEY_STRING)
    time.sleep(0.5)
    press("Return")
    wait_for(path + " to be written",
             lambda: os.path.exists(path) and os.path.getsize(path) > 0)


def main():
    parcours, document, screenshot = sys.argv[1:4]
    app_proc = subprocess.Popen([parcours, document])
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
        print("window:", safe_name(frame))

        def all_cards():
            names = names_under(frame)
            missing = [c for c in CARDS if not any(c in n for n in names)]
            return names if not missing else None

        names = wait_for("the cards " + ", ".join(CARDS), all_cards)
        for card in CARDS:
            print("card:", next(n for n in names if card in n))
        for control in CONTROLS:
            if control not in names:
                fail("no control named '%s'" % control)
            print("control:", control)

        unnamed = unnamed_controls(frame)
        if unnamed:
            fail("controls without an accessible name: " + "; ".join(unnamed))
        print("every control on screen has a name")

        time.sleep(1)
        subprocess.run(["import", "-window", "root", screenshot], check=True)
        with open(screenshot, "rb") as f:
            head = f.read(8)
        if head != b"\x89PNG\r\n\x1a\n":
            fail("%s is not a PNG" % screenshot)
        size = os.path.getsize(screenshot)
        if size < 10000:
            fail("%s is only %d bytes" % (screenshot, size))
        # A blank or half-drawn screen has only a handful of colours.
        colours = subprocess.run(["identify", "-format", "%k", screenshot],
                                 check=True, capture_output=True, text=True)
        if int(colours.stdout.strip()) < 64:
            fail("%s has only %s colours" % (screenshot, colours.stdout.strip()))
        print("screenshot: %s (%d bytes, %s colours)"
              % (screenshot, size, colours.stdout.strip()))

        # Save As through the file chooser, then check what was written.
        saved = os.path.join(os.path.dirname(os.path.abspath(screenshot)),
                             "smoke-saved.parcours")
        if os.path.exists(saved):
            os.unlink(saved)
        save_as(app, saved)
        with open(saved, encoding="utf-8") as f:
            text = f.read()
        for expected in ['"format" : "parcours"', TITLE] + CARDS:
            if expected not in text:
                fail("%s does not contain %s" % (saved, expected))
        wait_for("the window to show the new file name",
                 lambda: "smoke-saved.parcours" in " ".join(names_under(frame)))
        here = os.path.dirname(os.path.abspath(__file__))
        schema = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(document))),
                              "parcours.schema.json")
        subprocess.run(["/usr/bin/python3", os.path.join(here, "..", "validate-schema.py"),
                        schema, saved], check=True)
        print("saved as:", saved, "(valid against the schema)")

        # The persona editor, opened from its header bar button.
        find_named(frame, "Personas").queryAction().doAction(0)

        def editor():
            # A window of its own with libadwaita 1.2, a dialog inside the
            # main window (AdwDialog) from 1.5.
            for i in range(app.childCount):
                child = app.getChildAtIndex(i)
                if child is not None and safe_name(child) == "Personas":
                    return child
            for node in descendants(frame):
                try:
                    if safe_name(node) == "Personas" and node.getRole() == pyatspi.ROLE_DIALOG:
                        return node
                except Exception:
                    continue
            return None

        personas = wait_for("the persona editor", editor)
        names = wait_for("Claire in the persona editor",
                         lambda: (lambda n: n if "Claire" in n else None)(names_under(personas)))
        for field in ["Name", "Colour", "Goals", "Frustrations", "Add Persona"]:
            if not any(field in n for n in names):
                fail("the persona editor has no field named '%s'" % field)
        unnamed = unnamed_controls(personas)
        if unnamed:
            fail("persona editor controls without a name: " + "; ".join(unnamed))
        print("persona editor: Claire, Hugo and every field named")
    finally:
        app_proc.terminate()
        try:
            app_proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app_proc.kill()


if __name__ == "__main__":
    main()
