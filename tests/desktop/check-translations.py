#!/usr/bin/python3
# check-translations.py: the French catalogue covers every string of the sources
#
# Copyright 2026 The Parcours authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-translations.py SOURCE_ROOT LANG...
#        check-translations.py --split-formats SOURCE_ROOT
#
# Fails when a file with translatable strings is missing from po/POTFILES.in
# (or listed there but gone), when a string extracted from the sources is
# missing from po/LANG.po, or when an entry of LANG.po is untranslated, fuzzy
# or has a format that does not match its original.

import os
import re
import subprocess
import sys
import tempfile

# The same keywords and flags as meson's "glib" preset for i18n.gettext.
XGETTEXT_ARGS = [
    '--from-code=UTF-8', '--add-comments=Translators',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format', '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format', '--flag=g_printerr:1:c-format',
    '--flag=g_printf:1:c-format', '--flag=g_fprintf:2:c-format',
    '--flag=g_sprintf:2:c-format', '--flag=g_snprintf:3:c-format',
]

MARKER_C = re.compile(r'(?<![A-Za-z0-9_])(_|N_|C_|NC_|ngettext|g_dngettext|g_dpgettext2)\s*\(\s*"')
# xgettext stops a message at a macro such as G_GINT64_FORMAT, so a string
# built with one can never be translated: use %lld / %llu with a cast.
SPLIT_FORMAT = re.compile(r'(?<![A-Za-z0-9_])(?:N?_|C_|NC_)\s*\(\s*"(?:[^"\\]|\\.)*"\s*G_G[A-Z0-9]*_FORMAT')
MARKER_UI = re.compile(r'translatable\s*=\s*"(yes|true|1)"')


def has_strings(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        text = f.read()
    if path.endswith(('.c', '.h')):
        return MARKER_C.search(text) is not None
    if path.endswith('.ui'):
        return MARKER_UI.search(text) is not None
    return False


def check_catalogue(po, pot, problems):
    name = os.path.relpath(po, os.path.dirname(os.path.dirname(os.path.dirname(po))))
    check = subprocess.run(['msgfmt', '--check', '-o', os.devnull, po],
                           capture_output=True, text=True)
    if check.returncode != 0:
        problems.append('%s does not compile:\n%s' % (name, check.stderr))
    for what, flag in (('fuzzy', '--only-fuzzy'), ('untranslated', '--untranslated')):
        out = subprocess.run(['msgattrib', flag, '--no-obsolete', '--no-wrap', po],
                             capture_output=True, text=True, check=True).stdout
        for msgid in re.findall(r'^msgid "(.+)"$', out, re.M):
            problems.append('%s: %s entry: "%s"' % (name, what, msgid))
    cmp = subprocess.run(['msgcmp', po, pot], capture_output=True, text=True)
    if cmp.returncode != 0:
        problems.append('%s misses strings of the sources:\n%s' % (name, cmp.stderr.strip()))


def source_files(root):
    for top in ('src', 'data'):
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames.sort()
            for name in sorted(filenames):
                if name.endswith(('.c', '.h', '.ui')):
                    yield os.path.relpath(os.path.join(dirpath, name), root)


def check_split_formats(root):
    problems = []
    for path in source_files(root):
        if not path.endswith(('.c', '.h')):
            continue
        text = open(os.path.join(root, path), encoding='utf-8', errors='replace').read()
        for m in SPLIT_FORMAT.finditer(text):
            line = text.count('\n', 0, m.start()) + 1
            problems.append('%s:%d: a G_G*_FORMAT macro inside a translatable string '
                            'cuts the message short, so it is never translated' % (path, line))
    for p in problems:
        print('not ok:', p)
    print('%d problem(s)' % len(problems))
    return 1 if problems else 0


def main():
    if sys.argv[1] == '--split-formats':
        return check_split_formats(sys.argv[2])
    root = sys.argv[1]
    langs = sys.argv[2:] or ['fr']
    problems = []

    with open(os.path.join(root, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        listed = [l.strip() for l in f if l.strip() and not l.startswith('#')]

    if listed != sorted(listed):
        problems.append('po/POTFILES.in is not sorted')
    for path in listed:
        if not os.path.exists(os.path.join(root, path)):
            problems.append('po/POTFILES.in lists %s, which does not exist' % path)
    for path in source_files(root):
        if path not in listed and has_strings(os.path.join(root, path)):
            problems.append('%s has translatable strings but is not in po/POTFILES.in' % path)

    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'parcours.pot')
        existing = [p for p in listed if os.path.exists(os.path.join(root, p))]
        with open(os.path.join(tmp, 'files'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(existing) + '\n')
        subprocess.run(['xgettext', '--package-name=parcours', '-D', root,
                        '-f', os.path.join(tmp, 'files'), '-o', pot] + XGETTEXT_ARGS,
                       check=True, stderr=subprocess.DEVNULL)
        n_msgids = sum(1 for l in open(pot, encoding='utf-8') if l.startswith('msgid '))
        if n_msgids < 20:
            problems.append('only %d strings extracted from the sources' % n_msgids)

        for lang in langs:
            check_catalogue(os.path.join(root, 'po', lang + '.po'), pot, problems)

        # The user guide: its strings come from the Mallard pages.
        help_c = os.path.join(root, 'help', 'C')
        pages = sorted(os.path.join(help_c, f) for f in os.listdir(help_c) if f.endswith('.page'))
        help_pot = os.path.join(tmp, 'help.pot')
        subprocess.run(['itstool', '-o', help_pot] + pages, check=True)
        with open(os.path.join(root, 'help', 'LINGUAS'), encoding='utf-8') as f:
            help_langs = f.read().split()
        for lang in help_langs:
            check_catalogue(os.path.join(root, 'help', lang, lang + '.po'), help_pot, problems)

    for p in problems:
        print('not ok:', p)
    print('%d problem(s), %d strings in the sources' % (len(problems), n_msgids))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
