#!/usr/bin/env python3
"""Prints Reuters-21578 stories for an annotator: date, PLACES, TOPICS, title, dateline and body.

    python3 eval/show.py NEWID [NEWID ...]                 # from the repository root
    python3 eval/show.py --reuters DIR NEWID [NEWID ...]

The annotator brief (eval/annotator-brief.md) hands this to the annotator with the batch's candidates.
"""
import argparse, html, re

ap = argparse.ArgumentParser()
ap.add_argument('--reuters', default='../shared/data/reuters21578')
ap.add_argument('newids', nargs='+')
a = ap.parse_args()

wanted = set(a.newids)
found = {}
for i in range(22):
    fn = 'reut2-%03d.sgm' % i
    raw = open('%s/%s' % (a.reuters, fn), encoding='latin-1').read()
    for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', raw, re.S):
        if m.group(1) in wanted:
            found[m.group(1)] = (fn, m.group(2))
for nid in a.newids:
    if nid not in found:
        print('=====', nid, 'not in the collection')
        continue
    fn, s = found[nid]
    g = lambda tag: (re.search(r'<%s>(.*?)</%s>' % (tag, tag), s, re.S) or [None, ''])[1]
    print('=====', nid, fn, g('DATE'), re.sub('<.*?>', ' ', g('PLACES')), '|', re.sub('<.*?>', ' ', g('TOPICS')))
    print(html.unescape(g('TITLE')))
    print(html.unescape(g('DATELINE')))
    print(html.unescape(g('BODY')))
