#!/usr/bin/env python3
"""Prints which core/ folder includes which, fails on a cycle, and lists source files over 500 lines.

Includes are bare file names ("MapDocument.h") resolved by CMake target include directories, so a
header's folder is found by its name. Usage: scripts/include_graph.py [--max-lines N] [REPO_ROOT]
Exit status: 0 = no cycle between core/ folders, 1 = a cycle (printed).
"""
import argparse
import collections
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
SOURCES = ('.h', '.cpp')


def core_graph(core):
    header_folder = {}
    for f in core.rglob('*.h'):
        header_folder.setdefault(f.name, f.parent.relative_to(core).as_posix())
    edges = collections.defaultdict(lambda: collections.defaultdict(list))
    for f in sorted(core.rglob('*')):
        if f.suffix not in SOURCES:
            continue
        here = f.parent.relative_to(core).as_posix()
        for name in INCLUDE.findall(f.read_text(encoding='utf-8', errors='replace')):
            there = header_folder.get(pathlib.PurePath(name).name)
            if there and there != here:
                edges[here][there].append(f.relative_to(core).as_posix())
    return edges


def find_cycles(edges):
    """Strongly connected components with more than one folder (Tarjan)."""
    index, low, on_stack, stack, out = {}, {}, set(), [], []
    counter = [0]
    nodes = set(edges) | {t for ts in edges.values() for t in ts}

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, {}):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('root', nargs='?', default=pathlib.Path(__file__).resolve().parent.parent, type=pathlib.Path)
    parser.add_argument('--max-lines', type=int, default=500)
    args = parser.parse_args()
    core = args.root / 'core'
    if not core.is_dir():
        print(f'{core}: no core/ folder here', file=sys.stderr)
        return 2

    edges = core_graph(core)
    print('Include graph between core/ folders (folder -> folders it includes, with the number of files):')
    for here in sorted(set(p.parent.relative_to(core).as_posix() for p in core.rglob('*') if p.suffix in SOURCES)):
        targets = edges.get(here, {})
        listed = ', '.join(f'{t} ({len(set(files))})' for t, files in sorted(targets.items())) or '-'
        print(f'  {here:10} -> {listed}')

    cycles = find_cycles(edges)
    for component in cycles:
        print(f'\nCYCLE between core/ folders: {" <-> ".join(component)}')
        for a in component:
            for b in component:
                if b in edges.get(a, {}):
                    print(f'  {a} -> {b}: {", ".join(sorted(set(edges[a][b]))[:6])}')

    print(f'\nSource files over {args.max_lines} lines:')
    long_files = []
    for top in ('core', 'app', 'tests', 'bench', 'fuzz'):
        for f in (args.root / top).rglob('*'):
            if f.suffix in SOURCES and 'build' not in f.relative_to(args.root).parts[:1]:
                n = sum(1 for _ in f.open(encoding='utf-8', errors='replace'))
                if n > args.max_lines:
                    long_files.append((n, f.relative_to(args.root).as_posix()))
    for n, name in sorted(long_files, reverse=True):
        print(f'  {n:5}  {name}')
    if not long_files:
        print('  none')
    return 1 if cycles else 0


if __name__ == '__main__':
    sys.exit(main())
