#!/usr/bin/python3
# check-install.py: after "meson install", the desktop finds everything
#
# Copyright 2026 The Parcours authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-install.py BUILDDIR PREFIX DATADIR BINDIR APP_ID
#
# Installs the build into a temporary DESTDIR and checks that the launcher,
# icons, MIME type, thumbnailer, settings schema, AppStream data, help and
# translations sit where the desktop looks for them, and that they refer to
# each other correctly.

import configparser
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

MIME = 'application/x-parcours+json'


def main():
    builddir, prefix, datadir, bindir, app_id = sys.argv[1:6]
    problems = []

    def need(path):
        if not os.path.isfile(path):
            problems.append('missing: %s' % path)
            return False
        return True

    with tempfile.TemporaryDirectory() as destdir:
        subprocess.run(['meson', 'install', '-C', builddir, '--destdir', destdir,
                        '--no-rebuild', '--quiet'], check=True, stdout=subprocess.DEVNULL)
        root = destdir + prefix
        share = os.path.join(root, datadir)
        binary = os.path.join(root, bindir, 'parcours')

        need(binary)
        desktop = os.path.join(share, 'applications', app_id + '.desktop')
        if need(desktop):
            entry = configparser.RawConfigParser(strict=False)
            entry.optionxform = str
            entry.read(desktop, encoding='utf-8')
            d = entry['Desktop Entry']
            if d.get('Exec', '').split()[0] != 'parcours':
                problems.append('the launcher does not run parcours: %s' % d.get('Exec'))
            if d.get('Icon') != app_id:
                problems.append('the launcher icon is %s' % d.get('Icon'))
            if MIME not in d.get('MimeType', '').split(';'):
                problems.append('the launcher does not open %s' % MIME)
            if 'Comment[fr]' not in d:
                problems.append('the launcher has no French comment')

        need(os.path.join(share, 'icons', 'hicolor', 'scalable', 'apps', app_id + '.svg'))
        need(os.path.join(share, 'icons', 'hicolor', 'symbolic', 'apps', app_id + '-symbolic.svg'))

        mime_xml = os.path.join(share, 'mime', 'packages', app_id + '.xml')
        if need(mime_xml):
            ns = {'m': 'http://www.freedesktop.org/standards/shared-mime-info'}
            tree = ET.parse(mime_xml)
            node = tree.find("m:mime-type[@type='%s']" % MIME, ns)
            if node is None:
                problems.append('the MIME package does not define %s' % MIME)
            else:
                icon = node.find('m:icon', ns)
                if icon is None or not os.path.isfile(os.path.join(
                        share, 'icons', 'hicolor', 'scalable', 'mimetypes', icon.get('name') + '.svg')):
                    problems.append('the MIME type icon is not installed')
            # The real tool builds the database the desktop reads.
            mime_dir = os.path.join(destdir, 'mime')
            shutil.copytree(os.path.join(share, 'mime'), mime_dir)
            subprocess.run(['update-mime-database', mime_dir], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            globs = open(os.path.join(mime_dir, 'globs2'), encoding='utf-8').read()
            if ':%s:*.parcours' % MIME not in globs:
                problems.append('update-mime-database does not map *.parcours to %s' % MIME)
            subclasses = open(os.path.join(mime_dir, 'subclasses'), encoding='utf-8').read()
            if '%s application/json' % MIME not in subclasses:
                problems.append('%s is not a subclass of application/json' % MIME)

        thumbnailer = os.path.join(share, 'thumbnailers', app_id + '.thumbnailer')
        if need(thumbnailer):
            entry = configparser.RawConfigParser()
            entry.optionxform = str
            entry.read(thumbnailer, encoding='utf-8')
            t = entry['Thumbnailer Entry']
            if t.get('TryExec') != 'parcours' or MIME not in t.get('MimeType', ''):
                problems.append('the thumbnailer does not run parcours on %s' % MIME)
            for token in ('%i', '%o', '%s'):
                if token not in t.get('Exec', ''):
                    problems.append('the thumbnailer Exec line lacks %s' % token)

        schema_dir = os.path.join(share, 'glib-2.0', 'schemas')
        schema_xml = os.path.join(schema_dir, app_id + '.gschema.xml')
        if need(schema_xml):
            # Settings of its own: a .Devel build keeps them apart.
            schema = ET.parse(schema_xml).find('schema')
            path = '/' + app_id.replace('.', '/') + '/'
            if schema is None or schema.get('id') != app_id or schema.get('path') != path:
                problems.append('the settings schema is not %s at %s' % (app_id, path))
            result = subprocess.run(['glib-compile-schemas', '--strict', '--dry-run', schema_dir],
                                    capture_output=True, text=True)
            if result.returncode != 0:
                problems.append('the installed schema does not compile: %s' % result.stderr)

        metainfo = os.path.join(share, 'metainfo', app_id + '.metainfo.xml')
        if need(metainfo):
            if ET.parse(metainfo).findtext('id') != app_id:
                problems.append('the metainfo id is not %s' % app_id)
            launchable = ET.parse(metainfo).find('launchable')
            if launchable is None or launchable.text != app_id + '.desktop':
                problems.append('the metainfo does not launch %s.desktop' % app_id)

        for lang in ('C', 'fr'):
            need(os.path.join(share, 'help', lang, 'parcours', 'index.page'))
        need(os.path.join(share, 'locale', 'fr', 'LC_MESSAGES', 'parcours.mo'))
        need(os.path.join(share, 'parcours', 'parcours.schema.json'))
        need(os.path.join(share, 'parcours', 'parcours-format.md'))

    for p in problems:
        print('not ok:', p)
    print('%d problem(s)' % len(problems))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
