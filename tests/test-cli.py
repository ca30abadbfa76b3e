#!/usr/bin/python3
# test-cli.py: the headless command line, checked with outside programs
#
# Copyright 2026 The Parcours authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-cli.py PARCOURS-BINARY EXAMPLE.parcours
# Prints TAP. Needs xmllint, rsvg-convert, pdfinfo and ImageMagick.

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

BINARY = os.path.abspath(sys.argv[1])
EXAMPLE = os.path.abspath(sys.argv[2])
SVG_NS = '{http://www.w3.org/2000/svg}'
TMP = tempfile.mkdtemp(prefix='parcours-cli-')
# No display: the command line must not need one.
ENV = {k: v for k, v in os.environ.items() if k not in ('DISPLAY', 'WAYLAND_DISPLAY')}
ENV['LC_ALL'] = 'C.UTF-8'

results = []


def run(*args, check=True):
    proc = subprocess.run([BINARY, *args], capture_output=True, text=True, env=ENV, timeout=120)
    if check and proc.returncode != 0:
        raise AssertionError(f'parcours {" ".join(args)} failed ({proc.returncode}): {proc.stderr}')
    return proc


def tool(*args):
    return subprocess.run(args, capture_output=True, text=True, timeout=120)


def path(name):
    return os.path.join(TMP, name)


def png_size(p):
    out = tool('identify', '-format', '%w %h', p)
    assert out.returncode == 0, out.stderr
    w, h = out.stdout.split()
    return int(w), int(h)


def differing_pixels(a, b, fuzz='20%'):
    out = tool('compare', '-metric', 'AE', '-fuzz', fuzz, a, b, 'null:')
    # compare exits 1 when the images differ, 2 on errors.
    assert out.returncode in (0, 1), out.stderr
    return float(out.stderr.split()[0])


def pdf_info(p):
    out = tool('pdfinfo', p)
    assert out.returncode == 0, out.stderr
    info = {}
    for line in out.stdout.splitlines():
        key, _, value = line.partition(':')
        info[key.strip()] = value.strip()
    return info


def check_svg(p):
    out = tool('xmllint', '--noout', p)
    assert out.returncode == 0, out.stderr
    return ET.parse(p).getroot()


def test(fn):
    results.append(fn)
    return fn


@test
def export_png():
    run('--export', path('map.png'), EXAMPLE)
    w, h = png_size(path('map.png'))
    assert w > 1000 and h > 500, (w, h)
    run('--export', path('map2.png'), '--scale', '2', EXAMPLE)
    assert png_size(path('map2.png')) == (2 * w, 2 * h)
    run('--export', path('map4.png'), '--scale', '4', EXAMPLE)
    assert png_size(path('map4.png')) == (4 * w, 4 * h)
    run('--export', path('thumb.png'), '--size', '256', EXAMPLE)
    tw, th = png_size(path('thumb.png'))
    assert max(tw, th) == 256 and min(tw, th) <= 256, (tw, th)
    # Thumbnailers give an output name without an extension.
    run('--export', path('thumbnail-out'), '--size', '128', EXAMPLE)
    with open(path('thumbnail-out'), 'rb') as f:
        assert f.read(8) == b'\x89PNG\r\n\x1a\n'
    assert max(png_size(path('thumbnail-out'))) == 128
    # Transparent: the corner is see-through; white: it is opaque white.
    run('--export', path('clear.png'), '--background', 'transparent', EXAMPLE)
    corner = tool('convert', path('clear.png'), '-format', '%[pixel:p{2,2}]', 'info:').stdout
    assert 'none' in corner or 'rgba(0,0,0,0)' in corner or 'srgba(0,0,0,0)' in corner, corner
    corner = tool('convert', path('map.png'), '-format', '%[pixel:p{2,2}]', 'info:').stdout
    assert corner in ('white', 'srgb(255,255,255)', 'srgba(255,255,255,1)'), corner


@test
def export_one_lane():
    run('--export', path('lane.png'), '--lane', 'Hugo', EXAMPLE)
    run('--export', path('lane-id.png'), '--lane', 'lane-hugo', EXAMPLE)
    full = png_size(path('map.png'))
    lane = png_size(path('lane.png'))
    assert lane[0] == full[0] and lane[1] < full[1] * 0.7, (lane, full)
    assert differing_pixels(path('lane.png'), path('lane-id.png')) == 0


@test
def export_svg_matches_png():
    run('--export', path('map.svg'), EXAMPLE)
    root = check_svg(path('map.svg'))
    texts = ([t.text for t in root.iter(SVG_NS + 'text') if t.text]
             + [t.text for t in root.iter(SVG_NS + 'tspan')])
    assert 'Hears about us from a' in texts and 'friend' in texts, texts[:10]
    assert 'Claire' in texts and 'Awareness' in texts
    groups = {g.get('id'): g for g in root.iter(SVG_NS + 'g') if g.get('id')}
    for gid, kind in (('stage-awareness', 'stage'), ('lane-claire', 'lane'), ('tp-friend', 'touchpoint')):
        assert gid in groups, gid
        assert groups[gid].get('class') == kind
        assert groups[gid].find(SVG_NS + 'title') is not None
    assert len([g for g in groups.values() if g.get('class') == 'touchpoint']) == 14
    assert 'sans-serif' in root.get('font-family')

    out = tool('rsvg-convert', path('map.svg'), '-o', path('svg-render.png'))
    assert out.returncode == 0, out.stderr
    assert png_size(path('svg-render.png')) == png_size(path('map.png'))
    total = png_size(path('map.png'))[0] * png_size(path('map.png'))[1]
    diff = differing_pixels(path('map.png'), path('svg-render.png'))
    print(f'# SVG render vs PNG: {diff / total:.3%} of pixels differ by more than 20%')
    assert diff / total < 0.02, diff / total
    # The comparison can fail: a dark export is far from the light one.
    run('--export', path('dark.png'), '--background', 'dark', EXAMPLE)
    assert differing_pixels(path('map.png'), path('dark.png')) / total > 0.5


@test
def svg_matches_png_for_every_kind():
    templates = os.path.join(os.path.dirname(EXAMPLE), '..', 'templates')
    cases = [(EXAMPLE, 'dark'),
             (os.path.join(templates, 'restaurant-blueprint.parcours'), 'white'),
             (os.path.join(templates, 'day-in-the-life.parcours'), 'white')]
    for n, (src, background) in enumerate(cases):
        png, svg, render = path(f'k{n}.png'), path(f'k{n}.svg'), path(f'k{n}-svg.png')
        run('--export', png, '--background', background, src)
        run('--export', svg, '--background', background, src)
        check_svg(svg)
        assert tool('rsvg-convert', svg, '-o', render).returncode == 0
        w, h = png_size(png)
        assert png_size(render) == (w, h)
        ratio = differing_pixels(png, render) / (w * h)
        print(f'# {os.path.basename(src)} ({background}): {ratio:.3%} of pixels differ')
        assert ratio < 0.02, (src, ratio)


@test
def insight_rows():
    # Rows below the lanes: each note and gathered item is a group of real
    # text; the hidden row and its note are left out; SVG, PNG and PDF
    # show the same picture.
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data', 'v2',
                       'insight-rows.parcours')
    svg, png, render, pdf = path('rows.svg'), path('rows.png'), path('rows-svg.png'), path('rows.pdf')
    run('--export', svg, src)
    run('--export', png, src)
    run('--export', pdf, src)
    root = check_svg(svg)
    groups = [g for g in root.iter(SVG_NS + 'g')]
    by_class = {}
    for g in groups:
        by_class.setdefault(g.get('class'), []).append(g)
    assert len(by_class.get('row', [])) == 4, len(by_class.get('row', []))
    assert len(by_class.get('note', [])) == 6, len(by_class.get('note', []))
    assert {g.get('id') for g in by_class['note']} == {'n1', 'n2', 'n3', 'n4', 'n5', 'n6'}
    # Doing: 14 actions; Feeling: 3 emotions; Pain points: 3.
    assert len(by_class.get('gathered', [])) == 20, len(by_class.get('gathered', []))

    def texts(g):
        return ''.join(t.text or '' for t in g.iter() if t.tag in (SVG_NS + 'text', SVG_NS + 'tspan'))
    notes = {g.get('id'): texts(g) for g in by_class['note']}
    assert notes['n4'] == 'Cart abandonment', notes
    assert 'after 6 pm' in notes['n2'], notes
    gathered = [texts(g) for g in by_class['gathered']]
    assert any('Shipping costs appear only at the' in t and 'Pays online' in t for t in gathered), gathered
    assert not any('Hidden note' in texts(g) for g in groups)
    assert 'What we measure' in texts(by_class['row'][3])

    assert tool('rsvg-convert', svg, '-o', render).returncode == 0
    w, h = png_size(png)
    assert png_size(render) == (w, h)
    ratio = differing_pixels(png, render) / (w * h)
    print(f'# insight rows: SVG render vs PNG: {ratio:.3%} of pixels differ')
    assert ratio < 0.02, ratio
    out = tool('pdftotext', pdf, '-')
    assert 'Cart abandonment' in out.stdout and 'What we measure' in out.stdout, out.stdout[:300]
    # Without rows the same map is shorter.
    with open(src, encoding='utf-8') as f:
        doc = json.load(f)
    for m in doc['maps']:
        m.pop('rows', None)
        m.pop('notes', None)
    with open(path('norows.parcours'), 'w', encoding='utf-8') as f:
        json.dump(doc, f)
    run('--export', path('norows.png'), path('norows.parcours'))
    assert png_size(path('norows.png'))[1] < h, (png_size(path('norows.png')), h)


@test
def card_faces_and_marks():
    # Detailed cards, marks drawn as shapes and counts as text, and the
    # legend entries that explain them; the SVG draws as the PNG does.
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data', 'v2',
                       'every-member.parcours')
    svg, png, render = path('marks.svg'), path('marks.png'), path('marks-svg.png')
    run('--export', svg, src)
    run('--export', png, src)
    root = check_svg(svg)
    groups = {g.get('id'): g for g in root.iter(SVG_NS + 'g') if g.get('id')}

    def texts(g):
        return [t.text for t in g.iter() if t.tag in (SVG_NS + 'text', SVG_NS + 'tspan') and t.text]
    assert '4' in texts(groups['t1']), texts(groups['t1'])
    assert '2' in texts(groups['n1']), texts(groups['n1'])
    # t2's pain point, on its detailed face.
    assert 'No date given' in texts(groups['t2']), texts(groups['t2'])
    legend = texts(groups['legend'])
    for label in ('Felt strongly', 'Fail point: the journey can break here',
                  'Waiting point: the customer waits', 'Dot votes', 'Validated', 'Pain points'):
        assert label in legend, (label, legend)
    # The fail point's bolt and the waiting point's hourglass are paths.
    assert len(list(groups['t2'].iter(SVG_NS + 'path'))) > len(list(groups['t1'].iter(SVG_NS + 'path')))
    assert tool('rsvg-convert', svg, '-o', render).returncode == 0
    w, h = png_size(png)
    assert png_size(render) == (w, h)
    ratio = differing_pixels(png, render) / (w * h)
    print(f'# card faces and marks: SVG render vs PNG: {ratio:.3%} of pixels differ')
    assert ratio < 0.02, ratio
    # Without the legend, no marks are explained, none of its text remains.
    run('--export', path('marks-bare.svg'), '--no-legend', src)
    assert 'Dot votes' not in open(path('marks-bare.svg'), encoding='utf-8').read()


@test
def evidence_filter():
    # --evidence fades, in a group of its own, each card and note that less
    # evidence backs; the picture keeps its size.
    run('--export', path('all.svg'), EXAMPLE)
    run('--export', path('validated.svg'), '--evidence', 'validated', EXAMPLE)
    plain, faded = check_svg(path('all.svg')), check_svg(path('validated.svg'))
    assert plain.get('viewBox') == faded.get('viewBox')
    assert not [g for g in plain.iter(SVG_NS + 'g') if g.get('opacity')]
    fades = [g for g in faded.iter(SVG_NS + 'g') if g.get('opacity') == '0.3']
    inside = {child.get('id') for g in fades for child in g if child.get('class') == 'touchpoint'}
    assert 'tp-ad' in inside and 'tp-site' not in inside, sorted(inside)
    assert any(child.get('class') in ('note', 'gathered') for g in fades for child in g)


@test
def legend_and_title():
    # On by default: the title block and the legend are groups of real text.
    run('--export', path('legend.svg'), EXAMPLE)
    root = check_svg(path('legend.svg'))
    groups = {g.get('id'): g for g in root.iter(SVG_NS + 'g') if g.get('id')}
    assert 'legend' in groups and 'title-block' in groups, sorted(groups)[:20]
    legend = ' '.join(t for t in groups['legend'].itertext())
    for name in ('Claire', 'Hugo', 'Positive', 'Neutral', 'Negative'):
        assert name in legend, (name, legend)
    title = ' '.join(groups['title-block'].itertext())
    assert 'Ordering today' in title and 'Ordering kitchen equipment' in title, title
    # --no-legend: neither, and a shorter picture.
    run('--export', path('bare.svg'), '--no-legend', EXAMPLE)
    bare = check_svg(path('bare.svg'))
    ids = {g.get('id') for g in bare.iter(SVG_NS + 'g')}
    assert 'legend' not in ids and 'title-block' not in ids
    assert float(bare.get('height')) + 150 < float(root.get('height'))
    run('--export', path('bare.png'), '--no-legend', EXAMPLE)
    assert png_size(path('bare.png'))[1] + 150 < png_size(path('map.png'))[1]
    run('--export', path('legend.pdf'), EXAMPLE)
    text = tool('pdftotext', path('legend.pdf'), '-').stdout
    assert 'Ordering today' in text and 'Negative' in text, text[:300]
    expect_failure('--export', path('x.csv'), '--no-legend', EXAMPLE, text='--no-legend')
    # A blueprint's legend explains its three lines.
    templates = os.path.join(os.path.dirname(EXAMPLE), '..', 'templates')
    run('--export', path('bp.svg'), os.path.join(templates, 'restaurant-blueprint.parcours'))
    bp = check_svg(path('bp.svg'))
    legend = [g for g in bp.iter(SVG_NS + 'g') if g.get('id') == 'legend'][0]
    text = ' '.join(legend.itertext())
    for word in ('Interaction', 'Visibility', 'Internal interaction'):
        assert word in text, (word, text)


@test
def export_pdf():
    run('--export', path('map.pdf'), EXAMPLE)
    info = pdf_info(path('map.pdf'))
    assert info['Pages'] == '1', info
    assert info.get('Title') == 'Ordering today', info
    w, h = png_size(path('map.png'))
    size = info['Page size'].split()
    assert abs(float(size[0]) - w * 0.75) < 1 and abs(float(size[2]) - h * 0.75) < 1, size

    run('--export', path('a4.pdf'), '--page-size', 'a4', EXAMPLE)
    info = pdf_info(path('a4.pdf'))
    assert int(info['Pages']) > 1, info
    assert '(A4)' in info['Page size'], info
    run('--export', path('a3.pdf'), '--page-size', 'a3', EXAMPLE)
    info3 = pdf_info(path('a3.pdf'))
    assert '(A3)' in info3['Page size'], info3
    assert int(info3['Pages']) <= int(info['Pages'])
    out = tool('pdftotext', path('map.pdf'), '-')
    assert 'Hears about us from a' in out.stdout, out.stdout[:200]


@test
def csv_round_trip():
    run('--export', path('map.csv'), EXAMPLE)
    with open(path('map.csv'), encoding='utf-8', newline='') as f:
        rows = list(csv.DictReader(f))
    # The first map's 14 touchpoints, then its 8 notes (lines naming a row).
    assert [r['row'] == '' for r in rows] == [True] * 14 + [False] * 8, rows
    assert rows[0]['title'] == 'Hears about us from a friend'
    assert {r['row'] for r in rows[14:]} == {'Doing', 'Pain points', 'Opportunities'}, rows[14:]
    run('--import-csv', path('map.csv'), '-o', path('imported.parcours'))
    with open(path('imported.parcours'), encoding='utf-8') as f:
        doc = json.load(f)
    assert doc['format'] == 'parcours'
    run('--export', path('again.csv'), path('imported.parcours'))
    with open(path('again.csv'), encoding='utf-8', newline='') as f:
        again = list(csv.DictReader(f))
    keys = ('stage', 'lane', 'title', 'sentiment', 'channel', 'action', 'row', 'evidence', 'votes')
    assert [tuple(r[k] for k in keys) for r in rows] == [tuple(r[k] for k in keys) for r in again]


HOSTILE = [
    '</text><script>alert(1)</script>',
    'Quotes "double" \'single\' & ampersand <b>bold</b> ]]> <![CDATA[',
    'Control \x01\x02\x07\x1b[31m chars\x7f and tab\tnew\nline',
    'مرحبا بالعالم — שלום עולם',
    'Emoji 🎉👩‍👩‍👧 and ZWJ',
    'W' * 10000,
]


def hostile_document():
    with open(EXAMPLE, encoding='utf-8') as f:
        doc = json.load(f)
    tps = doc['maps'][0]['touchpoints']
    for i, title in enumerate(HOSTILE):
        tps[i]['title'] = title
        tps[i]['action'] = title
    doc['maps'][0]['stages'][0]['name'] = HOSTILE[0]
    doc['personas'][0]['name'] = HOSTILE[3]
    doc['maps'][0]['name'] = HOSTILE[1]
    p = path('hostile.parcours')
    with open(p, 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False)
    return p


@test
def hostile_text():
    src = hostile_document()
    for ext in ('png', 'svg', 'pdf', 'csv', 'mmd'):
        run('--export', path('hostile.' + ext), src)

    root = check_svg(path('hostile.svg'))
    assert not list(root.iter(SVG_NS + 'script')) and not list(root.iter('script'))
    alltext = ''.join(root.itertext())
    assert '</text><script>alert(1)</script>' in alltext
    titles = [t.text for t in root.iter(SVG_NS + 'title')]
    assert '</text><script>alert(1)</script>' in titles
    assert 'W' * 10000 in titles
    assert any('\U0001F389' in (t or '') for t in titles)
    raw = open(path('hostile.svg'), 'rb').read()
    assert b'\x01' not in raw and b'\x1b' not in raw and b'\x7f' not in raw
    assert b'<script' not in raw
    assert tool('rsvg-convert', path('hostile.svg'), '-o', path('hostile-svg.png')).returncode == 0

    assert png_size(path('hostile.png'))[0] > 0
    assert pdf_info(path('hostile.pdf'))['Pages'] == '1'
    with open(path('hostile.csv'), encoding='utf-8', newline='') as f:
        rows = list(csv.DictReader(f))
    titles = [r['title'] for r in rows]
    assert '</text><script>alert(1)</script>' in titles
    assert 'W' * 10000 in titles

    # The Mermaid journey reads back with the same titles.
    run('--import', path('hostile.mmd'), '-o', path('hostile-mmd.parcours'))
    with open(path('hostile-mmd.parcours'), encoding='utf-8') as f:
        back = json.load(f)
    titles = [t['title'] for t in back['maps'][0]['touchpoints']]
    for title in HOSTILE[:2] + HOSTILE[3:]:
        assert title in titles, title
    assert 'Control \x01\x02\x07\x1b[31m chars\x7f and tab\tnew\nline' in titles
    assert back['maps'][0]['name'] == HOSTILE[1]
    assert back['maps'][0]['stages'][0]['name'] == HOSTILE[0]


JOURNEY = """journey
    title Buying shoes
    accDescr: From the first search to the parcel
    section Search
      Read reviews: 4: Claire
      Compare prices: 2: Claire, Hugo
    section Buy
      Pay: 3
"""


def load(p):
    with open(p, encoding='utf-8') as f:
        return json.load(f)


@test
def mermaid_round_trip():
    with open(path('shoes.mmd'), 'w', encoding='utf-8') as f:
        f.write(JOURNEY)
    run('--import', path('shoes.mmd'), '-o', path('shoes.parcours'))
    doc = load(path('shoes.parcours'))
    assert doc['title'] == 'shoes'
    assert [p['name'] for p in doc['personas']] == ['Claire', 'Hugo']
    m = doc['maps'][0]
    assert (m['name'], m['kind'], m['goal']) == ('Buying shoes', 'current-state',
                                                 'From the first search to the parcel')
    assert [s['name'] for s in m['stages']] == ['Search', 'Buy']
    assert [(l['name'], l['kind']) for l in m['lanes']] == [
        ('Claire', 'persona'), ('Hugo', 'persona'), ('Tasks', 'free')]
    tps = m['touchpoints']
    assert [(t['title'], t['sentiment']) for t in tps] == [
        ('Read reviews', 'positive'), ('Compare prices', 'negative'),
        ('Compare prices', 'negative'), ('Pay', 'neutral')]
    # The two cards of one task share their moment, and only they.
    assert tps[1]['moment'] == tps[2]['moment'] and 'moment' not in tps[0]

    run('--export', path('shoes-again.mmd'), path('shoes.parcours'))
    with open(path('shoes-again.mmd'), encoding='utf-8') as f:
        assert f.read() == JOURNEY
    expect_failure('--export', path('x.mmd'), '--lane', 'Hugo', path('shoes.parcours'),
                   text='--lane')


@test
def markdown_and_csv_by_extension():
    with open(path('README.md'), 'w', encoding='utf-8') as f:
        f.write('# Journeys\n\n```mermaid\n' + JOURNEY + '```\n\nText.\n\n'
                '```mermaid\nflowchart LR\n  A --> B\n```\n\n'
                '~~~mermaid\njourney\n  section Return\n    Print the label: 1: Hugo\n~~~\n')
    run('--import', path('README.md'), '-o', path('readme.parcours'))
    doc = load(path('readme.parcours'))
    assert [m['name'] for m in doc['maps']] == ['Buying shoes', 'README']
    assert [p['name'] for p in doc['personas']] == ['Claire', 'Hugo']
    # --export picks a map of several.
    run('--export', path('second.mmd'), '--map', '2', path('readme.parcours'))
    with open(path('second.mmd'), encoding='utf-8') as f:
        assert f.read() == ('journey\n    title README\n    section Return\n'
                            '      Print the label: 1: Hugo\n')

    # --import reads a .csv as --import-csv does.
    run('--export', path('for-import.csv'), EXAMPLE)
    run('--import', path('for-import.csv'), '-o', path('by-extension.parcours'))
    run('--import-csv', path('for-import.csv'), '-o', path('by-option.parcours'))
    a, b = load(path('by-extension.parcours')), load(path('by-option.parcours'))
    assert len(a['maps'][0]['touchpoints']) == len(b['maps'][0]['touchpoints']) == 14


@test
def mermaid_bad_input():
    cases = {
        'no-score.mmd': ('journey\nsection A\nMake tea\n', 'Line 3: “Make tea” is not a task'),
        'score.mmd': ('journey\nsection A\nMake tea: 9: Me\n', 'Line 3: the score'),
        'open.mmd': ('journey\naccDescr {\n  never closed\n', 'Line 2:'),
        'flow.mmd': ('flowchart LR\n  A --> B\n', 'not a Mermaid journey'),
        'none.md': ('# Title\n\nNo diagram here.\n', 'no Mermaid journey'),
    }
    for name, (text, message) in cases.items():
        with open(path(name), 'w', encoding='utf-8') as f:
            f.write(text)
        p = expect_failure('--import', path(name), '-o', path('bad.parcours'), text=message)
        assert name in p.stderr, p.stderr
        assert not os.path.exists(path('bad.parcours'))
    with open(path('binary.mmd'), 'wb') as f:
        f.write(bytes(range(256)) * 64)
    expect_failure('--import', path('binary.mmd'), '-o', path('bad.parcours'), text='Line 1')
    expect_failure('--import', path('notes.txt'), '-o', path('bad.parcours'), text='.csv, .mmd or .md')
    expect_failure('--import', path('shoes.mmd'), '--import-csv', path('map.csv'),
                   '-o', path('bad.parcours'), text='--import-csv')
    expect_failure('--import', path('shoes.mmd'), text='-o')
    assert not os.path.exists(path('bad.parcours'))


@test
def mermaid_hostile_sizes():
    # 100,000 tasks import; a 1 MB task name is refused with its line.
    with open(path('many.mmd'), 'w', encoding='utf-8') as f:
        f.write('journey\n')
        for i in range(100000):
            if i % 1000 == 0:
                f.write(f'section Part {i // 1000}\n')
            f.write(f'  Task {i}: {i % 5 + 1}: Person {i % 7}\n')
    run('--import', path('many.mmd'), '-o', path('many.parcours'))
    assert len(load(path('many.parcours'))['maps'][0]['touchpoints']) == 100000
    with open(path('long.mmd'), 'w', encoding='utf-8') as f:
        f.write('journey\nsection A\n' + 'x' * 1000000 + ': 5: Me\n')
    expect_failure('--import', path('long.mmd'), '-o', path('long.parcours'), text='Line 3 is too long')


def expect_failure(*args, text=None):
    proc = run(*args, check=False)
    assert proc.returncode != 0, (args, proc.returncode)
    lines = proc.stderr.strip().splitlines()
    assert lines and lines[0].startswith('parcours: '), proc.stderr
    if text:
        assert text in proc.stderr, proc.stderr
    return proc


@test
def bad_input():
    broken = path('broken.parcours')
    with open(broken, 'w') as f:
        f.write('{"format": "parcours", "version": 1, "maps": [ {"id": 3} ] }')
    notjson = path('notjson.parcours')
    with open(notjson, 'w') as f:
        f.write('{ this is not json')
    expect_failure('--export', path('x.png'), path('missing.parcours'), text='missing.parcours')
    p = expect_failure('--export', path('x.png'), broken, text='broken.parcours: ')
    assert len(p.stderr.strip().splitlines()) == 1, p.stderr
    expect_failure('--export', path('x.png'), notjson, text='notjson.parcours: ')
    expect_failure('--export', path('x.gif'), EXAMPLE, text='x.gif')
    expect_failure('--export', path('x.png'), '--scale', '3', EXAMPLE, text='--scale')
    expect_failure('--export', path('x.png'), '--background', 'pink', EXAMPLE, text='--background')
    expect_failure('--export', path('x.pdf'), '--page-size', 'letter', EXAMPLE, text='--page-size')
    expect_failure('--export', path('x.svg'), '--evidence', 'certain', EXAMPLE, text='--evidence')
    expect_failure('--export', path('x.csv'), '--evidence', 'validated', EXAMPLE, text='--evidence')
    expect_failure('--export', path('x.png'), '--map', 'nope', EXAMPLE, text='nope')
    expect_failure('--export', path('x.png'), '--map', '9', EXAMPLE)
    expect_failure('--export', path('x.png'), '--lane', 'nobody', EXAMPLE, text='nobody')
    expect_failure('--export', path('x.png'), text='--export')
    expect_failure('--export', path('nodir/x.png'), EXAMPLE)
    expect_failure('--import-csv', path('missing.csv'), '-o', path('x.parcours'))
    expect_failure('--import-csv', path('map.csv'))
    assert not os.path.exists(path('x.png'))
    # A map chosen by number and by name works.
    run('--export', path('by-number.png'), '--map', '1', EXAMPLE)
    run('--export', path('by-name.png'), '--map', 'Ordering today', EXAMPLE)


@test
def help_and_version():
    out = run('--help')
    assert '--export' in out.stdout and '--import-csv' in out.stdout
    assert '--import IN' in out.stdout and '.mmd' in out.stdout
    assert '--no-legend' in out.stdout
    out = run('--version')
    assert out.stdout.startswith('parcours ')


print(f'1..{len(results)}')
failed = 0
for n, fn in enumerate(results, 1):
    try:
        fn()
        print(f'ok {n} {fn.__name__}')
    except Exception as e:  # report and go on with the other cases
        failed += 1
        for line in repr(e).splitlines():
            print(f'# {line[:2000]}')
        print(f'not ok {n} {fn.__name__}')
if not failed:
    shutil.rmtree(TMP, ignore_errors=True)
sys.exit(1 if failed else 0)
