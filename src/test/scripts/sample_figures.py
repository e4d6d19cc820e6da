#!/usr/bin/env python3
# The draw of fixtures/evaluation/ecbplus-figure-sample.jsonl (twenty-seventh session):
#   python3 src/test/scripts/sample_figures.py 200 [SEED] > sample.jsonl   (run with ../shared beside the repository;
#   SEED 20261203 by default, the first sample; 20261204 drew the held-out one, its ids then renumbered G000...)
# Sentences are cut naively (at . ! ? and at line ends), so a decimal point or an abbreviation
# also ends a sentence and a decimal number is then two tokens; the labels give such a token the
# whole number. Kept as drawn: the labels were made on this draw.
# Draws a seeded random sample of sentences that carry a figure from ECB+ topics 1-36
# and lists each figure token in them, with its offsets in the article, for blind labelling.
import os, re, random, json, sys
root = '../shared/corpora/ecbplus/text'
NUMWORDS = r'(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|half|a third|a quarter)'
FIG = re.compile(r'(?<![\w$])(?:\$|US\$|£|€)?\d[\d,]*(?:\.\d+)?(?:-\w+)?%?|\b' + NUMWORDS + r'\b', re.I)
MONTHS = re.compile(r'(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$', re.I)
docs = []
for t in sorted(os.listdir(root), key=int):
    if int(t) > 36: continue
    for f in sorted(os.listdir(os.path.join(root, t))):
        docs.append((t, f))
cands = []
for t, f in docs:
    text = open(os.path.join(root, t, f), encoding='utf-8').read()
    # a sentence: a line, split further at ". " followed by a capital
    pos = 0
    for line in text.split('\n'):
        start = pos; pos += len(line) + 1
        for m in re.finditer(r'[^.!?]+(?:[.!?]+["\u201d\']?|$)', line):
            s = m.group(0)
            if len(s.strip()) < 25: continue
            figs = []
            for g in FIG.finditer(s):
                tok = g.group(0)
                if re.fullmatch(r'(19|20)\d\d', tok): continue            # a year
                if MONTHS.search(s[:g.start()]): continue                    # a day of a month
                if re.match(r'\s*(a\.m\.|p\.m\.|am\b|pm\b)', s[g.end():], re.I): continue  # a clock time
                if re.fullmatch(r'\d{1,2}:\d\d', tok): continue
                if tok.lower() in ('one',) and not re.search(r'\d', s): pass
                figs.append((start + m.start() + g.start(), start + m.start() + g.end(), tok))
            if figs:
                cands.append((t + '/' + f[:-4], start + m.start(), start + m.end(), s.strip(), figs))
random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 20261203)
sample = random.sample(cands, int(sys.argv[1]))
sample.sort(key=lambda c: (int(c[0].split('/')[0]), c[0], c[1]))
n = 0
for doc, s0, s1, s, figs in sample:
    for a, b, tok in figs:
        print(json.dumps({'id': 'F%03d' % n, 'doc': doc, 'start': a, 'end': b, 'figure': tok, 'sentence': s, 'sentenceStart': s0}, ensure_ascii=False))
        n += 1
print(len(cands), 'candidate sentences;', n, 'figures', file=sys.stderr)
