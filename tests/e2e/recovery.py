#!/usr/bin/python3
# recovery.py PARCOURS DOCUMENT SCREENSHOT
#
# Copyright 2026 The Parcours authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run by run-smoke.sh (own X server, session bus and accessibility bus).
# Opens a copy of DOCUMENT, deletes a touchpoint with the keyboard, waits
# for the recovery copy, kills Parcours with SIGKILL, starts it again and
# checks through AT-SPI that it offers the document back, and that
# restoring brings back the change, marked unsaved, while the file on disk
# was never touched. SCREENSHOT gets a picture of the restore dialog.

import glob
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import pyatspi

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from smoke import descendants, fail, find_app, safe_name, wait_for  # noqa: E402

TITLE = "Ordering kitchen equipment"
VICTIM = "Hears about us from a friend"
KEPT = "Recommends us to another site"


def find_named(root, text, exact=False):
    for node in descendants(root):
        name = safe_name(node)
        if (name == text) if exact else (text in name):
            return node
    return None


def find_card(root, title):
    """The card titled @title: its name starts with the title (the items
    insight rows gather from it name it too, after "From card")."""
    for node in descendants(root):
        if safe_name(node).startswith(title + ","):
            return node
    return None


def top_levels(app):
    result = []
    for i in range(app.childCount):
        try:
            child = app.getChildAtIndex(i)
        except Exception:
            child = None
        if child is not None:
            result.append(child)
    return result


def alert_around(node, window):
    """The alert that holds node: an AdwAlertDialog inside the window
    (libadwaita 1.5+), or the window itself (an AdwMessageDialog)."""
    while node is not None:
        try:
            if node.getRole() in (pyatspi.ROLE_ALERT, pyatspi.ROLE_DIALOG):
                return node
            if node.getRole() == pyatspi.ROLE_APPLICATION:
                break
            node = node.parent
        except Exception:
            break
    return window


def recovery_files(directory):
    return sorted(glob.glob(os.path.join(directory, "*.parcours")))


def press_delete_on(window, card):
    """Focuses the card and presses Delete, as a keyboard user would."""
    try:
        card.queryComponent().grabFocus()
    except Exception:
        pass
    time.sleep(0.5)
    # A click selects and focuses the card if grabFocus did not (GTK 4.18
    # does not implement it). GTK 4.18 also reports (0, 0) as every
    # widget's place on the screen, which it cannot know under X11: take
    # the card's place in its window, and the window's on the screen (the
    # origin here, where no window manager moves it).
    extents = card.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    origin = window.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    x = origin.x + extents.x + extents.width // 2
    y = origin.y + extents.y + extents.height // 2
    pyatspi.Registry.generateMouseEvent(x, y, pyatspi.MOUSE_B1C)
    time.sleep(0.5)
    pyatspi.Registry.generateKeyboardEvent(0xFFFF, None, pyatspi.KEY_SYM)  # Delete


def main():
    parcours, document, screenshot = sys.argv[1:4]
    work = tempfile.mkdtemp(prefix="parcours-recovery-e2e-")
    recovery_dir = os.path.join(work, "recovery")
    os.environ["PARCOURS_RECOVERY_DIR"] = recovery_dir
    copy = os.path.join(work, "workshop.parcours")
    shutil.copyfile(document, copy)
    with open(copy, "rb") as f:
        original_bytes = f.read()

    first = subprocess.Popen([parcours, copy])
    second = None
    try:
        app = wait_for("the application on the accessibility bus", lambda: find_app(first.pid))
        frame = wait_for("the window", lambda: next(
            (w for w in top_levels(app) if TITLE in safe_name(w)), None))
        card = wait_for("the card '%s'" % VICTIM, lambda: find_card(frame, VICTIM))
        if recovery_files(recovery_dir):
            fail("a recovery copy exists before any change")

        press_delete_on(frame, card)
        wait_for("the card to be deleted", lambda: find_card(frame, VICTIM) is None, 20)
        wait_for("the unsaved marker in the title",
                 lambda: safe_name(frame).startswith("\u2022"), 20)
        print("changed: deleted '%s'; title '%s'" % (VICTIM, safe_name(frame)))

        # The first change is written within a second or two.
        files = wait_for("a recovery copy in " + recovery_dir, lambda: recovery_files(recovery_dir), 20)
        with open(files[0], encoding="utf-8") as f:
            # The card was deleted from the first map; the future state
            # keeps its own copy of it.
            first_map = json.load(f)["maps"][0]
            if any(t["title"] == VICTIM for t in first_map["touchpoints"]):
                fail("the recovery copy does not have the change yet")
        with open(files[0][:-len(".parcours")] + ".json", encoding="utf-8") as f:
            description = json.load(f)
        if description.get("original") != copy:
            fail("the recovery copy names %r, not %r" % (description.get("original"), copy))
        print("recovery copy: %s (%d changes)" % (os.path.basename(files[0]), description["changes"]))

        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
        print("killed with SIGKILL")
        if recovery_files(recovery_dir) != files:
            fail("the recovery copy did not survive the kill")

        second = subprocess.Popen([parcours])
        app = wait_for("the restarted application", lambda: find_app(second.pid))

        def restore_dialog():
            for window in top_levels(app):
                heading = find_named(window, "Restore Unsaved Changes?")
                if heading is not None:
                    return alert_around(heading, window)
            return None

        dialog = wait_for("the restore dialog", restore_dialog)
        body = find_named(dialog, "workshop.parcours")
        if body is None:
            fail("the restore dialog does not name the file")
        print("dialog: %s" % safe_name(body))
        if "last saved on" not in safe_name(body) or "change" not in safe_name(body):
            fail("the dialog does not say when it was saved and how much changed")
        subprocess.run(["import", "-window", "root", screenshot], check=False)

        def restore_button():
            for node in descendants(dialog):
                try:
                    # GTK 4.8 names it "_Restore Restore"; both rows of
                    # buttons (wide and narrow) answer the same way.
                    if (node.getRole() == pyatspi.ROLE_PUSH_BUTTON and
                            safe_name(node).split()[-1:] == ["Restore"]):
                        return node
                except Exception:
                    continue
            return None

        button = wait_for("the Restore button", restore_button)
        action = button.queryAction()
        print("Restore button actions:", [action.getName(i) for i in range(action.nActions)])
        for i in range(action.nActions):
            if action.getName(i) in ("click", "activate", "press"):
                action.doAction(i)
                break
        else:
            action.doAction(0)

        def restored_window():
            for window in top_levels(app):
                if TITLE in safe_name(window) and find_card(window, KEPT):
                    return window
            return None

        try:
            window = wait_for("the restored document", restored_window, 20)
        except SystemExit:
            print("windows:", [safe_name(w) for w in top_levels(app)], file=sys.stderr)
            raise
        if find_card(window, VICTIM) is not None:
            fail("the restored document still has the deleted card")
        if not safe_name(window).startswith("\u2022"):
            fail("the restored document is not marked unsaved: '%s'" % safe_name(window))
        print("restored: '%s' without '%s'" % (safe_name(window), VICTIM))

        with open(copy, "rb") as f:
            if f.read() != original_bytes:
                fail("the file on disk was changed")
        print("the file on disk is untouched")
    finally:
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
