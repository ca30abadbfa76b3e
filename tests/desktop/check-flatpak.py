#!/usr/bin/python3
# check-flatpak.py: the Flatpak manifest matches the meson build
#
# Copyright 2026 The Parcours authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-flatpak.py MANIFEST MESON_OPTIONS APP_ID COMMAND PROFILE [FLATPAK_BUILDER]
#
# The manifest builds this source tree, unpatched, with the meson options'
# defaults except the build profile PROFILE (whose app id it carries), on a
# GNOME runtime that is still supported.

import json
import re
import subprocess
import sys

ALLOWED_FINISH_ARGS = {'--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri'}

# The oldest GNOME runtime still supported (GNOME 50, March 2026; each
# runtime is kept up for about a year).
OLDEST_SUPPORTED_RUNTIME = 50


def meson_option_defaults(path):
    """option('name', type: ..., value: X) -> {'name': 'X'} as meson prints them."""
    text = open(path, encoding='utf-8').read()
    defaults = {}
    for m in re.finditer(r"option\(\s*'([^']+)'(.*?)\)\s*(?:\n|$)", text, re.S):
        value = re.search(r"value:\s*('([^']*)'|true|false|-?\d+)", m.group(2))
        if value is None:
            continue
        defaults[m.group(1)] = value.group(2) if value.group(2) is not None else value.group(1)
    return defaults


def main():
    manifest_path, options_path, app_id, command, profile = sys.argv[1:6]
    builder = sys.argv[6] if len(sys.argv) > 6 else None
    problems = []

    with open(manifest_path, encoding='utf-8') as f:
        manifest = json.load(f)  # raises, and fails the test, on invalid JSON

    if manifest.get('id', manifest.get('app-id')) != app_id:
        problems.append('id is %r, the meson build says %r' % (manifest.get('id'), app_id))
    if manifest.get('command') != command:
        problems.append('command is %r, the executable is %r' % (manifest.get('command'), command))
    if manifest.get('runtime') != 'org.gnome.Platform' or manifest.get('sdk') != 'org.gnome.Sdk':
        problems.append('not on the GNOME runtime')
    version = str(manifest.get('runtime-version', ''))
    if not version.isdigit() or int(version) < OLDEST_SUPPORTED_RUNTIME:
        problems.append('runtime-version %r: the oldest supported GNOME runtime is %d'
                        % (version, OLDEST_SUPPORTED_RUNTIME))

    finish = set(manifest.get('finish-args', []))
    extra = finish - ALLOWED_FINISH_ARGS
    if extra:
        problems.append('permissions beyond the minimum: %s' % ', '.join(sorted(extra)))
    if '--socket=wayland' not in finish or '--socket=fallback-x11' not in finish:
        problems.append('needs Wayland with the X11 fallback')

    modules = manifest.get('modules', [])
    app_modules = [m for m in modules if isinstance(m, dict) and m.get('name') == 'parcours']
    if len(app_modules) != 1:
        problems.append('expected one module named parcours')
    else:
        module = app_modules[0]
        if module.get('buildsystem') != 'meson':
            problems.append('the parcours module does not build with meson')
        defaults = meson_option_defaults(options_path)
        given = {}
        for opt in module.get('config-opts', []):
            m = re.match(r'-D([^=]+)=(.*)', opt)
            if m:
                given[m.group(1)] = m.group(2)
        if given.get('profile', defaults.get('profile')) != profile:
            problems.append('config-opts builds the %r profile, not %r'
                            % (given.get('profile', defaults.get('profile')), profile))
        for name, value in given.items():
            if name == 'profile':
                continue
            if name in defaults and defaults[name] != value:
                problems.append('config-opts sets %s=%s, meson_options.txt defaults to %s'
                                % (name, value, defaults[name]))
            elif name not in defaults and name not in ('buildtype', 'prefix', 'libdir'):
                problems.append('config-opts sets %s, which is not a project option' % name)
        # The project CI builds and tests, as it is: this source tree,
        # without patches or other sources.
        sources = module.get('sources', [])
        if (len(sources) != 1 or not isinstance(sources[0], dict) or
                sources[0].get('type') != 'dir' or sources[0].get('path') != '..'):
            problems.append('the parcours module does not build this source tree alone, unpatched')

    if builder:
        out = subprocess.run([builder, '--show-manifest', manifest_path],
                             capture_output=True, text=True)
        if out.returncode != 0:
            problems.append('flatpak-builder cannot read it: %s' % out.stderr.strip())
        else:
            shown = json.loads(out.stdout)
            if shown.get('id', shown.get('app-id')) != app_id:
                problems.append('flatpak-builder reads a different id: %r' % shown.get('id'))

    for p in problems:
        print('not ok:', p)
    print('%d problem(s) in %s' % (len(problems), manifest_path))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
