#!/usr/bin/python3
# check-v1-exports.py: version-1 files export the same with a newer Parcours
#
# Copyright 2026 The Parcours authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-v1-exports.py OLD_PARCOURS NEW_PARCOURS V2_FILE FILE.parcours...
#
# OLD_PARCOURS is a build of the program before the change being checked
# (for format version 2: a build that only knows version 1, such as
# `git archive d338f29 | tar -x` built with `meson setup build -Dgui=false`).
# For every FILE (version-1 documents that the old program opens), both
# programs export every map as SVG and PNG, and the outputs must be the same
# bytes. Outputs whose bytes differ (an older program may encode the same
# picture another way) are compared pixel by pixel by ImageMagick, SVG once
# drawn by rsvg-convert; a difference in the picture is a failure, and its text
# diff is shown. Then the old program must refuse V2_FILE with its "newer
# version" message, having written nothing.
#
# It needs the older build, so it is not part of the test suite; the suite's
# test-v1-files checks the same files against the new program alone.

import difflib
import json
import os
import subprocess
import sys
import tempfile


def export(program, source, out, map_index):
    result = subprocess.run([program, '--export', out, source, '--map', str(map_index)],
                            capture_output=True, text=True)
    return result.returncode, result.stderr


def same_picture(data_a, data_b, tmp, ext='svg'):
    pngs = []
    for i, data in enumerate((data_a, data_b)):
        path = os.path.join(tmp, 'drawn%d.%s' % (i, ext))
        png_path = os.path.join(tmp, 'drawn%d.png' % i)
        with open(path, 'wb') as f:
            f.write(data)
        if ext == 'svg':
            subprocess.run(['rsvg-convert', '-o', png_path, path], check=True)
        pngs.append(png_path if ext == 'svg' else path)
    result = subprocess.run(['compare', '-metric', 'AE', pngs[0], pngs[1], 'null:'],
                            capture_output=True, text=True)
    return result.returncode == 0 and result.stderr.strip() == '0'


def main():
    old, new, v2_file, *files = sys.argv[1:]
    failures = 0
    compared = 0
    with tempfile.TemporaryDirectory() as tmp:
        for source in files:
            with open(source, encoding='utf-8') as f:
                n_maps = len(json.load(f).get('maps', []))
            for map_index in range(1, n_maps + 1):
                for ext in ('svg', 'png'):
                    outs = []
                    for label, program in (('old', old), ('new', new)):
                        out = os.path.join(tmp, '%s.%s' % (label, ext))
                        code, err = export(program, source, out, map_index)
                        if code != 0:
                            print('FAIL %s map %d: the %s program could not export %s: %s'
                                  % (source, map_index, label, ext, err.strip()))
                            failures += 1
                            break
                        with open(out, 'rb') as f:
                            outs.append(f.read())
                    if len(outs) != 2:
                        continue
                    compared += 1
                    if outs[0] == outs[1]:
                        print('same %s map %d %s (%d bytes)' % (source, map_index, ext, len(outs[0])))
                        continue
                    if same_picture(outs[0], outs[1], tmp, ext):
                        print('same picture %s map %d %s (the bytes differ: %d and %d)'
                              % (source, map_index, ext, len(outs[0]), len(outs[1])))
                        continue
                    failures += 1
                    print('FAIL %s map %d: the %s exports differ' % (source, map_index, ext))
                    if ext == 'svg':
                        diff = difflib.unified_diff(outs[0].decode().splitlines(),
                                                    outs[1].decode().splitlines(),
                                                    'old', 'new', lineterm='', n=1)
                        print('\n'.join(list(diff)[:40]))

        out = os.path.join(tmp, 'refused.svg')
        code, err = export(old, v2_file, out, 1)
        if code == 0 or 'newer version of Parcours' not in err or os.path.exists(out):
            print('FAIL the old program did not refuse %s as newer: exit %d, %s'
                  % (v2_file, code, err.strip()))
            failures += 1
        else:
            print('refused %s: %s' % (v2_file, err.strip()))

    print('%d exports compared, %d failures' % (compared, failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
