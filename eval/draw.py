#!/usr/bin/env python3
"""Draws the next candidates of a labelling batch by the rule in docs/annotation-guide.md.

Reuters stories not yet listed in eval/articles.tsv (nor with the text of a listed one) whose PLACES
name two countries or whose body names two (the gazetteer's NAME/DEMONYM/CAPITAL forms, whole words,
case-sensitive), 400-4,000 characters, with the topic `trade` or a word of relations in the body,
ordered by SHA-1 of the NEWID (as a decimal string), from a given point up or down.

    python3 eval/draw.py --after 51cab6a9 --count 75            # ascending, after that sha1 prefix
    python3 eval/draw.py --below b77e8e9b --count 75            # descending, below that prefix

Prints "sha1-prefix NEWID file" lines: the batch's candidates, to be walked in order (see the guide
for the six zero-event articles and the 40-article cap). Run from the repository root; the Reuters
collection is read from ../shared/data/reuters21578 unless --reuters says otherwise.
"""
import argparse, hashlib, html, re

GAZ = 'producer/src/main/resources/io/newsmon/producer/extract/gazetteer.tsv'
ART = 'eval/articles.tsv'
# Relation words as substrings, case-insensitive, except 'aid' which must be a whole word (else every 'said' matches).
REL = re.compile(r'visit|talks|agreement|accord|signed|loan|credit|\baid\b|grant|sanction|embargo|boycott|joint venture|invest|exports to|imports from', re.I)


def listed():
    return {l.split('\t')[0] for l in open(ART, encoding='utf-8') if l.strip() and not l.startswith('#')}


def gazetteer():
    forms = {}
    for line in open(GAZ, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        codes, typ, surf = (line.rstrip('\n').split('\t') + [''] * 4)[:3]
        if typ not in ('NAME', 'DEMONYM', 'CAPITAL'):
            continue
        forms.setdefault(surf, set()).add(codes)
        if typ == 'DEMONYM' and not re.search(r'(s|sh|ch|x|z|ese|men)$', surf):
            forms.setdefault(surf + 's', set()).add(codes)
    surfs = sorted(forms, key=len, reverse=True)  # longest first: the alternation prefers longer forms
    return re.compile(r'(?<![A-Za-z])(' + '|'.join(re.escape(s) for s in surfs) + r')(?![A-Za-z])'), forms


def stories(reuters):
    for i in range(22):
        fn = 'reut2-%03d.sgm' % i
        raw = open('%s/%s' % (reuters, fn), encoding='latin-1').read()
        for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', raw, re.S):
            nid, s = m.group(1), m.group(2)
            g = lambda tag: (re.search(r'<%s>(.*?)</%s>' % (tag, tag), s, re.S) or [None, ''])[1]
            yield nid, fn, re.findall(r'<D>(.*?)</D>', g('PLACES')), re.findall(r'<D>(.*?)</D>', g('TOPICS')), g('BODY'), g('TITLE')


def candidates(reuters):
    rx, forms = gazetteer()
    done = listed()
    all_stories = list(stories(reuters))
    # A story whose text equals a listed one's is no new story (the collection holds some twice).
    listed_texts = {text_key(t, b) for nid, fn, p, tp, b, t in all_stories if nid in done}
    out = []
    for nid, fn, places, topics, body, title in all_stories:
        if nid in done or text_key(title, body) in listed_texts:
            continue
        if not (400 <= len(body) <= 4000) or not ('trade' in topics or REL.search(body)):
            continue
        if len(places) < 2:
            named = set()
            for m in rx.finditer(body):
                named |= forms[m.group(1)]
            if len(named) < 2:
                continue
        out.append((hashlib.sha1(nid.encode()).hexdigest(), nid, fn, text_key(title, body)))
    return out


def text_key(title, body):
    """A story's text as compared for twins: white space normalised (12776 and 12804 differ by a trailing space)."""
    return ' '.join(html.unescape(title).split()) + '\n' + ' '.join(html.unescape(body).split())


if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    side = ap.add_mutually_exclusive_group(required=True)
    side.add_argument('--after', help='ascending, strictly after this sha1 prefix')
    side.add_argument('--below', help='descending, strictly below this sha1 prefix')
    ap.add_argument('--count', type=int, default=75)
    ap.add_argument('--reuters', default='../shared/data/reuters21578')
    a = ap.parse_args()
    c = candidates(a.reuters)
    if a.after:
        picked = sorted(x for x in c if x[0][:len(a.after)] > a.after)
    else:
        picked = sorted((x for x in c if x[0][:len(a.below)] < a.below), reverse=True)
    seen = set()
    for h, nid, fn, key in picked:
        if key in seen:
            continue  # a twin of a candidate drawn before it
        seen.add(key)
        print(h[:8], nid, fn)
        if len(seen) == a.count:
            break
