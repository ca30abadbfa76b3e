#!/usr/bin/python3
# compare-dia.py: the same diagram exported by Parcours and by Dia
#
# Copyright 2026 The Parcours authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: compare-dia.py PARCOURS-BINARY [--sizes 200,2000,20000] [--runs 3]
#                       [--formats svg,pdf,png] [--keep DIR]
#
# Builds a map shaped like a plain diagram (12 stages x 8 persona lanes,
# one-line titles, mixed sentiments, a connector every 7th card) as a
# .parcours file, and a .dia file with the same boxes and texts at the same
# places (Dia draws 20 px per cm, so one Parcours pixel is 0.05 cm). Then,
# for each size and format, runs `parcours --export` and `dia -e` in turn
# (Parcours, Dia, Parcours, Dia, ...), and prints the median wall-clock
# and CPU times (user + system, all threads), the file sizes and the
# ratios. Both programs read their own file format, so each time includes
# loading. PNGs are made at the same pixel count: Parcours with --size,
# Dia with the diagram's paper scaling.

import argparse
import json
import os
import resource
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from xml.sax.saxutils import escape

N_STAGES = 12
N_LANES = 8
# Parcours' layout at zoom 1 (src/core/layout/pc-layout.c).
MARGIN = 24.0
LANE_HEADER_W = 208.0
STAGE_HEADER_H = 56.0
GUTTER = 20.0
CELL_PAD = 14.0
CARD_W = 232.0
CARD_H = 104.0
CARD_GAP = 12.0
CURVE_H = 96.0
AVATAR = 56.0
STAGE_W = CARD_W + 2 * CELL_PAD
TITLE_SIZE = 15.0
BODY_SIZE = 12.0
HEADER_SIZE = 14.0
# Largest PNG side for both programs (cairo's limit is 32767).
PNG_MAX_SIDE = 16384

VERBS = ['Reads terms', 'Calls us', 'Pays online', 'Compares', 'Waits', 'Signs up', 'Orders',
         'Asks a friend', 'Gets a quote', 'Complains']
COLORS = ['#3584e4', '#e66100', '#2ec27e', '#9141ac', '#c01c28', '#865e3c', '#1c71d8', '#f5c211']
SENTIMENTS = ['negative', 'neutral', 'positive']
SENTIMENT_COLORS = {'negative': '#e01b24', 'neutral': '#9a9996', 'positive': '#2ec27e'}


def cell_of(i):
    return i % N_STAGES, (i // N_STAGES) % N_LANES


def make_parcours(n, path):
    personas = [{'id': f'persona-{l}', 'name': f'Persona {l + 1}', 'color': COLORS[l],
                 'description': 'Orders for a small shop'} for l in range(N_LANES)]
    stages = [{'id': f'stage-{s}', 'name': f'Stage {s + 1}'} for s in range(N_STAGES)]
    lanes = [{'id': f'lane-{l}', 'name': f'Persona {l + 1}', 'kind': 'persona',
              'persona': f'persona-{l}'} for l in range(N_LANES)]
    tps, conns = [], []
    for i in range(n):
        s, l = cell_of(i)
        tps.append({'id': f'tp-{i}', 'stage': f'stage-{s}', 'lane': f'lane-{l}',
                    'title': f'{VERBS[i % len(VERBS)]} {i}', 'sentiment': SENTIMENTS[i % 3]})
        if i > 0 and i % 7 == 0:
            conns.append({'id': f'conn-{i}', 'from': f'tp-{i - 1}', 'to': f'tp-{i}'})
    doc = {'format': 'parcours', 'version': 1, 'id': 'doc-bench', 'title': 'Benchmark',
           'personas': personas,
           'maps': [{'id': 'map-bench', 'name': 'Benchmark', 'kind': 'current-state',
                     'stages': stages, 'lanes': lanes, 'touchpoints': tps,
                     'connectors': conns}]}
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False)


def geometry(n):
    """The layout Parcours computes for the map above, in px."""
    counts = {}
    cards = []
    for i in range(n):
        s, l = cell_of(i)
        k = counts.get((s, l), 0)
        counts[(s, l)] = k + 1
        cards.append((s, l, k))
    stage_x = [MARGIN + LANE_HEADER_W + GUTTER + s * (STAGE_W + GUTTER) for s in range(N_STAGES)]
    y = MARGIN + STAGE_HEADER_H + GUTTER
    lanes = []
    for l in range(N_LANES):
        most = max([1] + [counts.get((s, l), 0) for s in range(N_STAGES)])
        cards_h = 2 * CELL_PAD + most * CARD_H + (most - 1) * CARD_GAP
        lanes.append((y, cards_h))
        y += cards_h + CURVE_H + GUTTER
    width = stage_x[-1] + STAGE_W + MARGIN
    height = y - GUTTER + MARGIN
    rects = []
    for s, l, k in cards:
        rects.append((stage_x[s] + (STAGE_W - CARD_W) / 2,
                      lanes[l][0] + CELL_PAD + k * (CARD_H + CARD_GAP)))
    return stage_x, lanes, rects, counts, width, height


class DiaWriter:
    def __init__(self, f):
        self.f = f
        self.n = 0

    def obj(self, kind, version, attrs):
        self.f.write(f'<dia:object type="{kind}" version="{version}" id="O{self.n}">')
        self.n += 1
        self.f.write(attrs)
        self.f.write('</dia:object>\n')

    @staticmethod
    def cm(v):
        return f'{v / 20:.3f}'.rstrip('0').rstrip('.')

    def pt(self, x, y):
        return f'<dia:point val="{self.cm(x)},{self.cm(y)}"/>'

    def box(self, x, y, w, h, fill, radius=8, border=None):
        a = (f'<dia:attribute name="obj_pos">{self.pt(x, y)}</dia:attribute>'
             f'<dia:attribute name="elem_corner">{self.pt(x, y)}</dia:attribute>'
             f'<dia:attribute name="elem_width"><dia:real val="{self.cm(w)}"/></dia:attribute>'
             f'<dia:attribute name="elem_height"><dia:real val="{self.cm(h)}"/></dia:attribute>'
             f'<dia:attribute name="inner_color"><dia:color val="{fill}"/></dia:attribute>'
             f'<dia:attribute name="corner_radius"><dia:real val="{self.cm(radius)}"/></dia:attribute>')
        if border:
            a += (f'<dia:attribute name="border_color"><dia:color val="{border}"/></dia:attribute>'
                  '<dia:attribute name="border_width"><dia:real val="0.05"/></dia:attribute>')
        else:
            a += '<dia:attribute name="border_width"><dia:real val="0"/></dia:attribute>'
        self.obj('Standard - Box', 0, a)

    def ellipse(self, cx, cy, r, fill):
        a = (f'<dia:attribute name="elem_corner">{self.pt(cx - r, cy - r)}</dia:attribute>'
             f'<dia:attribute name="elem_width"><dia:real val="{self.cm(2 * r)}"/></dia:attribute>'
             f'<dia:attribute name="elem_height"><dia:real val="{self.cm(2 * r)}"/></dia:attribute>'
             f'<dia:attribute name="inner_color"><dia:color val="{fill}"/></dia:attribute>'
             '<dia:attribute name="border_color"><dia:color val="#ffffff"/></dia:attribute>')
        self.obj('Standard - Ellipse', 0, a)

    def text(self, x, y, string, size, bold=False, color='#241f31', centred=False):
        font = ('<dia:font family="sans" style="80" name="Helvetica-Bold"/>' if bold
                else '<dia:font family="sans" style="0" name="Helvetica"/>')
        a = (f'<dia:attribute name="obj_pos">{self.pt(x, y)}</dia:attribute>'
             '<dia:attribute name="text"><dia:composite type="text">'
             f'<dia:attribute name="string"><dia:string>#{escape(string)}#</dia:string></dia:attribute>'
             f'<dia:attribute name="font">{font}</dia:attribute>'
             f'<dia:attribute name="height"><dia:real val="{self.cm(size)}"/></dia:attribute>'
             f'<dia:attribute name="pos">{self.pt(x, y)}</dia:attribute>'
             f'<dia:attribute name="color"><dia:color val="{color}"/></dia:attribute>'
             f'<dia:attribute name="alignment"><dia:enum val="{1 if centred else 0}"/></dia:attribute>'
             '</dia:composite></dia:attribute>')
        self.obj('Standard - Text', 1, a)

    def polyline(self, points, color, width=2, arrow=False, dashed=False):
        a = ('<dia:attribute name="poly_points">'
             + ''.join(self.pt(x, y) for x, y in points) + '</dia:attribute>'
             f'<dia:attribute name="line_color"><dia:color val="{color}"/></dia:attribute>'
             f'<dia:attribute name="line_width"><dia:real val="{self.cm(width)}"/></dia:attribute>')
        if dashed:
            a += ('<dia:attribute name="line_style"><dia:enum val="1"/></dia:attribute>'
                  '<dia:attribute name="dashlength"><dia:real val="0.3"/></dia:attribute>')
        if arrow:
            a += ('<dia:attribute name="end_arrow"><dia:enum val="3"/></dia:attribute>'
                  '<dia:attribute name="end_arrow_length"><dia:real val="0.5"/></dia:attribute>'
                  '<dia:attribute name="end_arrow_width"><dia:real val="0.5"/></dia:attribute>')
        self.obj('Standard - PolyLine', 0, a)


def make_dia(n, path, png_scale):
    stage_x, lanes, rects, counts, width, height = geometry(n)
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<dia:diagram xmlns:dia="http://www.lysator.liu.se/~alla/dia/">\n'
                '<dia:diagramdata><dia:attribute name="paper"><dia:composite type="paper">'
                '<dia:attribute name="name"><dia:string>#A4#</dia:string></dia:attribute>'
                '<dia:attribute name="is_portrait"><dia:boolean val="true"/></dia:attribute>'
                f'<dia:attribute name="scaling"><dia:real val="{png_scale:.6f}"/></dia:attribute>'
                '<dia:attribute name="fitto"><dia:boolean val="false"/></dia:attribute>'
                '</dia:composite></dia:attribute></dia:diagramdata>\n'
                '<dia:layer name="Background" visible="true" active="true">\n')
        d = DiaWriter(f)
        d.box(0, 0, width, height, '#ffffff', radius=0)
        top = MARGIN
        bottom = height - MARGIN
        for s, x in enumerate(stage_x):
            d.box(x, top, STAGE_W, STAGE_HEADER_H, '#e6e5e3')
            d.text(x + STAGE_W / 2, top + 33, f'Stage {s + 1}', HEADER_SIZE, bold=True, centred=True)
            for l, (y, cards_h) in enumerate(lanes):
                d.box(x, y, STAGE_W, cards_h, '#f6f5f4')
        for l, (y, cards_h) in enumerate(lanes):
            d.box(MARGIN, y, LANE_HEADER_W, cards_h + CURVE_H, '#e6e5e3')
            cx = MARGIN + LANE_HEADER_W / 2
            d.ellipse(cx, y + CELL_PAD + 4 + AVATAR / 2, AVATAR / 2, COLORS[l])
            d.text(cx, y + CELL_PAD + 4 + AVATAR / 2 + 8, f'P{l + 1}', 21, bold=True,
                   color='#ffffff', centred=True)
            d.text(cx, y + CELL_PAD + AVATAR + 30, f'Persona {l + 1}', 16, bold=True, centred=True)
            d.text(cx, y + CELL_PAD + AVATAR + 50, 'Orders for a small shop', BODY_SIZE,
                   color='#5e5c64', centred=True)
            strip_y = y + cards_h
            x0 = stage_x[0]
            x1 = stage_x[-1] + STAGE_W
            d.box(x0, strip_y, x1 - x0, CURVE_H, '#f6f5f4')
            d.polyline([(x0 + 12, strip_y + CURVE_H / 2), (x1 - 12, strip_y + CURVE_H / 2)],
                       '#deddda', 1.5, dashed=True)
            d.text(x0 + 12, strip_y + 18, 'Emotion', BODY_SIZE * 0.9, bold=True, color='#5e5c64')
            points = []
            for s in range(N_STAGES):
                members = [i for i in range(s + l * N_STAGES, n, N_STAGES * N_LANES)]
                if not members:
                    continue
                v = sum(i % 3 - 1 for i in members) / len(members)
                py = strip_y + 18 + (1 - v) / 2 * (CURVE_H - 36)
                points.append((stage_x[s] + STAGE_W / 2, py))
            if len(points) >= 2:
                d.polyline(points, COLORS[l], 3)
            for px, py in points:
                d.ellipse(px, py, 9, '#9a9996')
        for i, (x, y) in enumerate(rects):
            sentiment = SENTIMENTS[i % 3]
            d.box(x, y, CARD_W, CARD_H, '#ffffff', radius=12, border='#deddda')
            d.ellipse(x + CARD_W - CELL_PAD - 9, y + CELL_PAD + 9, 9, SENTIMENT_COLORS[sentiment])
            d.text(x + CELL_PAD, y + CELL_PAD + 13, f'{VERBS[i % len(VERBS)]} {i}', TITLE_SIZE, bold=True)
        for i in range(7, n, 7):
            (sx, sy), (tx, ty) = rects[i - 1], rects[i]
            y0 = sy + CARD_H / 2
            y1 = ty + CARD_H / 2
            gx1 = sx + CARD_W + CELL_PAD + GUTTER / 2
            gx2 = tx - CELL_PAD - GUTTER / 2
            lane_y = lanes[cell_of(i)[1]][0] - GUTTER / 2
            if abs(gx1 - gx2) < 1:
                route = [(sx + CARD_W, y0), (gx1, y0), (gx1, y1), (tx, y1)]
            else:
                route = [(sx + CARD_W, y0), (gx1, y0), (gx1, lane_y), (gx2, lane_y), (gx2, y1),
                         (tx, y1)]
            d.polyline(route, '#3584e4', 2, arrow=True)
        f.write('</dia:layer>\n</dia:diagram>\n')
    return width, height


def png_pixels(path):
    with open(path, 'rb') as f:
        head = f.read(24)
    w, h = struct.unpack('>II', head[16:24])
    return w, h


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd, env):
    """Wall-clock and CPU (user + system, every thread) seconds of one run."""
    cpu = children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f'{" ".join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}')
    return elapsed, children_cpu() - cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('parcours')
    parser.add_argument('--sizes', default='200,2000,20000')
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--formats', default='svg,pdf,png')
    parser.add_argument('--keep', help='keep the generated files in this folder')
    args = parser.parse_args()

    dia = shutil.which('dia')
    if dia is None:
        sys.exit('dia is not installed (Debian package "dia")')
    parcours = os.path.abspath(args.parcours)
    tmp = args.keep or tempfile.mkdtemp(prefix='parcours-dia-')
    os.makedirs(tmp, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ('DISPLAY', 'WAYLAND_DISPLAY')}
    env['LC_ALL'] = 'C.UTF-8'

    print(f'# {os.uname().nodename}: {os.cpu_count()} cores, load average '
          + ' '.join(f'{v:.2f}' for v in os.getloadavg()))
    print(f'# medians of {args.runs} runs, each program in turn; times in seconds,')
    print('# wall clock, then CPU (user + system, all threads)')
    print(f'{"cards":>6} {"fmt":>4} {"parcours s":>10} {"dia s":>8} {"speed-up":>8} '
          f'{"p cpu s":>8} {"dia cpu s":>9} {"cpu ratio":>9} '
          f'{"parcours MB":>11} {"dia MB":>8} {"size ratio":>10}  pixels')
    for n in (int(v) for v in args.sizes.split(',')):
        src = os.path.join(tmp, f'map-{n}.parcours')
        make_parcours(n, src)
        width, height = geometry(n)[4:]
        scale = min(1.0, PNG_MAX_SIDE / max(width, height))
        dia_src = os.path.join(tmp, f'map-{n}.dia')
        make_dia(n, dia_src, scale)
        for fmt in args.formats.split(','):
            out_p = os.path.join(tmp, f'parcours-{n}.{fmt}')
            out_d = os.path.join(tmp, f'dia-{n}.{fmt}')
            cmd_p = [parcours, '--export', out_p, src]
            if fmt == 'png':
                cmd_p += ['--size', str(int(round(max(width, height) * scale)))]
            cmd_d = [dia, '-n', '-e', out_d, '-t',
                     {'svg': 'dia-svg', 'pdf': 'cairo-pdf', 'png': 'cairo-png'}[fmt], dia_src]
            tp, td = [], []
            for _ in range(args.runs):
                tp.append(timed(cmd_p, env))
                td.append(timed(cmd_d, env))
            mp, md = statistics.median(t[0] for t in tp), statistics.median(t[0] for t in td)
            cp, cd = statistics.median(t[1] for t in tp), statistics.median(t[1] for t in td)
            sp, sd = os.path.getsize(out_p), os.path.getsize(out_d)
            pixels = ''
            if fmt == 'png':
                wp, hp = png_pixels(out_p)
                wd, hd = png_pixels(out_d)
                pixels = f'{wp}x{hp} vs {wd}x{hd}'
            print(f'{n:>6} {fmt:>4} {mp:>10.3f} {md:>8.3f} {md / mp:>7.2f}x '
                  f'{cp:>8.3f} {cd:>9.3f} {cd / cp:>8.2f}x '
                  f'{sp / 1e6:>11.2f} {sd / 1e6:>8.2f} {sp / sd:>10.2f}  {pixels}', flush=True)
    if not args.keep:
        shutil.rmtree(tmp)


if __name__ == '__main__':
    main()
