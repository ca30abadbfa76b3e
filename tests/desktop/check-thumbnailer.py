#!/usr/bin/python3
# check-thumbnailer.py: the .thumbnailer entry makes a real preview
#
# Copyright 2026 The Parcours authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-thumbnailer.py THUMBNAILER PROGRAM DOCUMENT
#
# Runs the Exec line the way a file manager does (%i input, %o output,
# %s size; "parcours" found on PATH) and checks the PNG it writes: it fits
# in the requested square, touches it on one side and is not blank.

import configparser
import os
import shlex
import struct
import subprocess
import sys
import tempfile
import zlib


def read_png(path):
    with open(path, 'rb') as f:
        data = f.read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('not a PNG file')
    pos, width, height, idat = 8, None, None, b''
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            width, height = struct.unpack('>II', body[:8])
        elif kind == b'IDAT':
            idat += body
        pos += 12 + length
    return width, height, zlib.decompress(idat)


def main():
    thumbnailer, program, document = sys.argv[1:4]
    entry = configparser.RawConfigParser()
    entry.optionxform = str
    entry.read(thumbnailer, encoding='utf-8')
    section = entry['Thumbnailer Entry']
    problems = []

    if section.get('TryExec') != os.path.basename(program):
        problems.append('TryExec is %s, the program is %s' % (section.get('TryExec'), program))

    env = dict(os.environ)
    env['PATH'] = os.path.dirname(os.path.abspath(program)) + os.pathsep + env.get('PATH', '')

    with tempfile.TemporaryDirectory() as tmp:
        for size in (128, 256, 512):
            out = os.path.join(tmp, 'thumb-%d.png' % size)
            argv = []
            for arg in shlex.split(section['Exec']):
                arg = arg.replace('%i', os.path.abspath(document))
                arg = arg.replace('%o', out).replace('%s', str(size))
                argv.append(arg)
            run = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
            if run.returncode != 0 or not os.path.isfile(out):
                problems.append('size %d: the thumbnailer failed (%d): %s'
                                % (size, run.returncode, run.stderr.strip()))
                continue
            width, height, pixels = read_png(out)
            if width > size or height > size or max(width, height) != size:
                problems.append('size %d: the preview is %d×%d' % (size, width, height))
            if len(set(pixels)) < 16:
                problems.append('size %d: the preview looks blank' % size)
            print('ok: size %d gives a %d×%d preview' % (size, width, height))

    for p in problems:
        print('not ok:', p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
