#!/usr/bin/python3
# check-canvas-parts.py
#
# Copyright 2026 The Parcours authors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The canvas's parts do not call each other.

pc-canvas.c is the hub; each src/ui/pc-canvas-<part>.c (but pc-canvas-header.c,
a child widget type with its own public header) is a part. This check reads
the C files, without comments and strings, and fails when:

- a part uses (calls, or takes the address of) a function that a sibling
  part defines;
- a file other than the hub and the part itself uses a part's entry point;
- a part exports a function not named _pc_canvas_<part>_* (or public
  pc_canvas_*), or one that pc-canvas-private.h / pc-canvas.h does not
  declare;
- pc-canvas-private.h does not name a part file.

Usage: check-canvas-parts.py SRC_UI_DIR [--self-test]; prints TAP.
"""

import os
import re
import sys

NOT_PARTS = {"pc-canvas-header.c"}
HUB = "pc-canvas.c"

# A definition in GNU style: the return type on its own line, then the name
# at the start of a line, then its parameters and, after them, a body.
DEFINITION = re.compile(r"^([A-Za-z_]\w*)\s*\(", re.M)
IDENTIFIER = re.compile(r"\b([A-Za-z_]\w*)\b")


def strip_c(text):
    """Blanks comments, string and character literals, keeping newlines."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(c + " " * (min(j, n) - i - 1) + c)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def definitions(code):
    """The functions a file defines: {name: is_static}."""
    found = {}
    for match in DEFINITION.finditer(code):
        name = match.group(1)
        # The line before holds the return type; "static" marks it private.
        start = code.rfind("\n", 0, match.start() - 1) + 1
        previous = code[start:match.start()]
        if not previous.strip() or previous.strip().endswith((";", "}", "{")):
            continue
        # A definition has a body after its parameter list.
        depth, j = 0, match.end() - 1
        while j < len(code):
            if code[j] == "(":
                depth += 1
            elif code[j] == ")":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if not code[j + 1:].lstrip().startswith("{"):
            continue
        found[name] = "static" in previous.split()
    return found


def uses(code):
    """The identifiers @code uses."""
    return set(IDENTIFIER.findall(code))


def check(ui_dir):
    problems = []
    files = sorted(f for f in os.listdir(ui_dir) if f.endswith(".c"))
    parts = [f for f in files
             if f.startswith("pc-canvas-") and f not in NOT_PARTS]
    if HUB not in files:
        return ["%s not found in %s" % (HUB, ui_dir)]
    if not parts:
        return ["no part files found in %s" % ui_dir]

    code = {}
    for f in files:
        with open(os.path.join(ui_dir, f), encoding="utf-8") as fp:
            code[f] = strip_c(fp.read())
    with open(os.path.join(ui_dir, "pc-canvas-private.h"), encoding="utf-8") as fp:
        private_raw = fp.read()
    declared = set(IDENTIFIER.findall(strip_c(private_raw)))
    with open(os.path.join(ui_dir, "pc-canvas.h"), encoding="utf-8") as fp:
        declared |= set(IDENTIFIER.findall(strip_c(fp.read())))

    exported = {}   # part file -> its non-static functions
    for part in parts:
        defs = definitions(code[part])
        exported[part] = {name for name, static in defs.items() if not static}
        prefix = "_pc_canvas_%s_" % part[len("pc-canvas-"):-2].replace("-", "_")
        for name in sorted(exported[part]):
            if not (name.startswith(prefix) or name.startswith("pc_canvas_")):
                problems.append("%s exports %s, not named %s* or pc_canvas_*"
                                % (part, name, prefix))
            if name not in declared:
                problems.append("%s exports %s, declared in neither pc-canvas-private.h "
                                "nor pc-canvas.h" % (part, name))
        if part not in private_raw:
            problems.append("pc-canvas-private.h does not list %s" % part)

    for f in files:
        used = uses(code[f])
        for part in parts:
            if part == f or f == HUB:
                continue
            for name in sorted(used & exported[part]):
                # The public API (pc_canvas_*) is for everyone but the parts.
                if name.startswith("pc_canvas_") and f not in parts:
                    continue
                problems.append("%s uses %s, defined in %s%s"
                                % (f, name, part,
                                   " (a sibling part: ask pc-canvas.c)" if f in parts else
                                   " (a part's entry point is for pc-canvas.c only)"))
    return problems


def self_test(ui_dir):
    """The check finds a sibling call when one is added."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for f in os.listdir(ui_dir):
            if f.endswith((".c", ".h")):
                shutil.copy(os.path.join(ui_dir, f), tmp)
        if check(tmp):
            return False
        parts = sorted(f for f in os.listdir(tmp)
                       if f.startswith("pc-canvas-") and f.endswith(".c") and f not in NOT_PARTS)
        victim = os.path.join(tmp, parts[0])
        other = parts[1]
        with open(os.path.join(tmp, other), encoding="utf-8") as fp:
            target = sorted(n for n, s in definitions(strip_c(fp.read())).items() if not s)[0]
        with open(victim, "a", encoding="utf-8") as fp:
            fp.write("\nstatic void\nsneaky (PcCanvas *self)\n{\n  (void) %s;\n}\n" % target)
        return any(target in p and parts[0] in p for p in check(tmp))


def main():
    ui_dir = sys.argv[1]
    tests = [("no part of the canvas uses a sibling part", lambda: check(ui_dir))]
    if "--self-test" in sys.argv:
        tests.append(("a sibling call added on purpose is found",
                      lambda: [] if self_test(ui_dir) else ["the check missed it"]))
    print("1..%d" % len(tests))
    failed = False
    for i, (name, run) in enumerate(tests, 1):
        problems = run()
        for p in problems:
            print("# %s" % p)
        print("%s %d - %s" % ("not ok" if problems else "ok", i, name))
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
