#!/usr/bin/env python3
"""Scores freshly labelled batches once, before anyone reads them: totals only, no misses.

    python3 eval/score_fresh.py BATCH_DIR [BATCH_DIR ...]

Each BATCH_DIR holds an annotator's articles.tsv and events.tsv (eval/annotator-brief.md). The batches
are copied into a temporary dev set with every article marked blind, so that `./newsmon evaluate`
prints their totals and never their misses; it runs with the relation model and with the rules alone.
Run from the repository root, before the batches are merged into eval/.
"""
import os, subprocess, sys, tempfile

HEADERS = {f: [l for l in open(os.path.join('eval', f), encoding='utf-8') if l.startswith('#')][:4]
           for f in ('articles.tsv', 'events.tsv')}


def blind(line):
    parts = line.rstrip('\n').split('\t')
    if len(parts) >= 3 and not line.startswith('#'):
        parts[2] = 'blind'
    return '\t'.join(parts) + '\n'


def devset(batches, into):
    with open(os.path.join(into, 'articles.tsv'), 'w', encoding='utf-8') as out:
        out.writelines(HEADERS['articles.tsv'])
        for b in batches:
            out.writelines(blind(l) for l in open(os.path.join(b, 'articles.tsv'), encoding='utf-8') if l.strip())
    with open(os.path.join(into, 'events.tsv'), 'w', encoding='utf-8') as out:
        out.writelines(HEADERS['events.tsv'])
        for b in batches:
            out.writelines(l if l.endswith('\n') else l + '\n'
                           for l in open(os.path.join(b, 'events.tsv'), encoding='utf-8') if l.strip())


def totals(dir, *flags):
    run = subprocess.run(['./newsmon', 'evaluate', '--devset', dir, *flags], capture_output=True, text=True)
    lines = run.stdout.splitlines()
    if run.returncode != 0:
        sys.exit('newsmon evaluate failed:\n' + run.stderr)
    events = [l for l in lines if l.strip().startswith('blind')]
    return events[0].strip() if events else '?', events[1].strip() if len(events) > 1 else '?'


def main(batches):
    groups = [[b] for b in batches] + ([batches] if len(batches) > 1 else [])
    for group in groups:
        with tempfile.TemporaryDirectory() as dir:
            devset(group, dir)
            name = ' + '.join(os.path.basename(os.path.normpath(b)) for b in group)
            for label, flags in (('rules + model', ()), ('rules alone', ('--rules-only',))):
                events, amounts = totals(dir, *flags)
                print('%s, %s\n  events  %s\n  amounts %s' % (name, label, events, amounts))


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
