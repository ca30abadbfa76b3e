#!/usr/bin/python3
# workshop.py PARCOURS DOCUMENT SCREENSHOT
#
# Copyright 2026 The Parcours authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A workshop from the keyboard, through the accessibility bus: open a
# copy of a document, present it (F5) and check the window is full
# screen, capture three cards (N, the title, Enter, a sentiment key),
# spotlight the next stage, vote twice, leave with Esc, save, and check
# the file holds the cards and the votes.

import json
import os
import shutil
import subprocess
import sys
import time

import pyatspi

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from smoke import descendants, fail, find_app, names_under, safe_name, wait_for  # noqa: E402

KEYSYMS = {
    "n": 0x6e, "v": 0x76, "s": 0x73, "3": 0x33, "1": 0x31,
    "Return": 0xff0d, "Escape": 0xff1b, "Page_Down": 0xff56, "F5": 0xffc2,
}
CONTROL_MASK = 4
CARDS = ["Sticky notes run out", "Coffee break vote", "Projector too dim"]
KEYS_PER_CARD = ["n", "Return", "3"]


def press(name, modifiers=0):
    if modifiers:
        pyatspi.Registry.generateKeyboardEvent(modifiers, None, pyatspi.KEY_LOCKMODIFIERS)
    pyatspi.Registry.generateKeyboardEvent(KEYSYMS[name], None, pyatspi.KEY_SYM)
    if modifiers:
        pyatspi.Registry.generateKeyboardEvent(modifiers, None, pyatspi.KEY_UNLOCKMODIFIERS)
    time.sleep(0.4)


def type_text(text):
    pyatspi.Registry.generateKeyboardEvent(0, text, pyatspi.KEY_STRING)
    time.sleep(0.4)


def fullscreen_windows():
    """Window ids the window manager has made full screen."""
    clients = subprocess.run(["xprop", "-root", "_NET_CLIENT_LIST"], check=True,
                             capture_output=True, text=True).stdout
    found = []
    for wid in clients.split("#")[-1].replace(",", " ").split():
        if not wid.startswith("0x"):
            continue
        state = subprocess.run(["xprop", "-id", wid, "_NET_WM_STATE"],
                               capture_output=True, text=True).stdout
        if "_NET_WM_STATE_FULLSCREEN" in state:
            found.append(wid)
    return found


def main():
    parcours, document, screenshot = sys.argv[1:4]
    here = os.path.dirname(os.path.abspath(screenshot))
    path = os.path.join(here, "workshop.parcours")
    shutil.copyfile(document, path)
    app_proc = subprocess.Popen([parcours, path])
    try:
        app = wait_for("the application on the accessibility bus",
                       lambda: find_app(app_proc.pid))
        frame = wait_for("the document window",
                         lambda: next((app.getChildAtIndex(i) for i in range(app.childCount)
                                       if "Ordering kitchen equipment" in safe_name(app.getChildAtIndex(i))), None))
        time.sleep(2)
        pyatspi.Registry.generateMouseEvent(600, 400, "abs")
        time.sleep(0.5)
        if fullscreen_windows():
            fail("a window is full screen before F5")

        press("F5")
        wait_for("the window to go full screen", fullscreen_windows, timeout=10)
        print("F5: the window is full screen")
        if "Main Menu" in names_under(frame):
            # Hidden widgets leave the accessible tree: the header bar went.
            if any(safe_name(n) == "Main Menu" and n.getState().contains(pyatspi.STATE_SHOWING)
                   for n in descendants(frame)):
                fail("the header bar is still shown in presentation mode")

        for title in CARDS:
            press("n")
            type_text(title)
            press("Return")
            press("3")
        wait_for("the three new cards",
                 lambda: all(any(t in n for n in names_under(frame)) for t in CARDS))
        print("captured %d cards with %d keys each besides the text: %s"
              % (len(CARDS), len(KEYS_PER_CARD), ", ".join(KEYS_PER_CARD)))

        press("Page_Down")
        press("Page_Down")
        wait_for("the stage summary", lambda: "Most Voted" in names_under(frame))
        print("spotlight: the summary of the second stage is shown")

        press("v")
        press("v")
        time.sleep(1)
        subprocess.run(["import", "-window", "root", screenshot], check=True)

        press("Escape")
        wait_for("the window to leave full screen", lambda: not fullscreen_windows(), timeout=10)
        print("Esc: the window is no longer full screen")

        press("s", CONTROL_MASK)
        time.sleep(2)
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        touchpoints = [t for m in data["maps"] for t in m["touchpoints"]]
        by_title = {t["title"]: t for t in touchpoints}
        for title in CARDS:
            if title not in by_title:
                fail("the saved file has no card '%s'" % title)
            if by_title[title].get("sentiment") != "positive":
                fail("card '%s' is not positive: %s" % (title, by_title[title]))
        votes = by_title[CARDS[-1]].get("votes", 0)
        if votes != 2:
            fail("card '%s' has %s votes, not 2" % (CARDS[-1], votes))
        if data.get("version") != 2:
            fail("the file is not version 2")
        print("saved: three cards, two votes on '%s'" % CARDS[-1])
    finally:
        app_proc.terminate()
        try:
            app_proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app_proc.kill()


if __name__ == "__main__":
    main()
