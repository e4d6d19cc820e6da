#!/usr/bin/env python3
# Which figures the quantity gates hold back ("a head noun alone", "money alone") a candidate
# condition would let through, on ECB+ topics 1-36 only (forty-third session, helper gates43):
#   java -jar target/crosscheck.jar extract ../shared/corpora/ecbplus/text/{1..36} > /tmp/claims.json
#   python3 src/test/scripts/gate_candidates.py /tmp/claims.json [EXAMPLES]
# (missing topic folders, 15 and 17, must be left out of the extract command). For each condition it
# prints how many pairs of such figures, of one measure, in two documents of one topic and one half
# (ecb / ecbplus, a rough stand-in for an event), it would compare, how many of them disagree as read,
# and one disagreeing pair of each measure, with the words around each figure, for an editor to read.
# A pair counts as disagreeing when the two intervals do not meet. Topics above 36 are skipped:
# they are held out.
import collections, itertools, json, os, re, sys

ROOT = '../shared/corpora/ecbplus/text'
HEAD = re.compile(r'[a-z][a-z-]*[a-z]s')
# Words before a noun that are no modifier of it: articles, hedges, prepositions.
NOT_MODIFIERS = {'the', 'a', 'an', 'of', 'and', 'than', 'to', 'about', 'some', 'nearly', 'least', 'over', 'more', 'his', 'her', 'their'}


def held_back(claim):
    """A quantity no rule compares whose measure is a plural head noun alone or a sum of money alone."""
    if claim['kind'] != 'quantity' or claim['comparable']:
        return None
    m = claim['measure']
    if m.startswith('money:'):
        return 'money alone'
    if HEAD.fullmatch(m) and not m.endswith('ss') and m != 'people':
        return 'a head noun alone'
    return None


def rows(path):
    out = []
    for doc in json.load(open(path, encoding='utf-8'))['documents']:
        did = doc['id']
        topic = did.split('_')[0]
        if not topic.isdigit() or int(topic) > 36:
            continue
        text = open(os.path.join(ROOT, topic, did + '.txt'), encoding='utf-8').read()
        for c in doc['claims']:
            kind = held_back(c)
            if kind is None:
                continue
            s, e, m = c['start'], c['end'], c['measure']
            ls = text.rfind('\n', 0, s) + 1
            le = text.find('\n', e)
            le = len(text) if le < 0 else le
            after = re.findall(r"[a-z'-]+", text[e:le].lower())
            k = after.index(m) if m in after else -1
            out.append(dict(doc=did, key=(topic, 'ecbplus' if did.endswith('ecbplus') else 'ecb', m), kind=kind,
                            lo=float(c['low']), hi=float(c['high']), lo_open=c['lowOpen'], hi_open=c['highOpen'],
                            act=c.get('act'), owner=c.get('owner'), line=text.count('\n', 0, s),
                            of=' '.join(after[k + 1:k + 3]) if 0 <= k and k + 2 < len(after)
                            and after[k + 1] in ('of', 'on', 'in', 'for', 'from') else None,
                            modifier=after[k - 1] if k >= 1 and after[k - 1] not in NOT_MODIFIERS else None,
                            words=text[max(ls, s - 70):min(le, e + 50)]))
    return out


def disagree(a, b):
    def below(x, y):
        return x['hi'] < y['lo'] or x['hi'] == y['lo'] and (x['hi_open'] or y['lo_open'])
    return below(a, b) or below(b, a)


CONDITIONS = {
    'the same act of its clause': lambda a, b: a['act'] is not None and a['act'] == b['act'],
    'the same owner of its clause': lambda a, b: a['owner'] is not None and a['owner'] == b['owner'],
    'the same of-phrase after the noun': lambda a, b: a['of'] is not None and a['of'] == b['of'],
    'the same word before the noun': lambda a, b: a['modifier'] is not None and a['modifier'] == b['modifier'],
    'both in the title or lede (first three lines)': lambda a, b: a['line'] <= 2 and b['line'] <= 2,
}


def main():
    examples = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    groups = collections.defaultdict(list)
    for r in rows(sys.argv[1]):
        groups[r['key']].append(r)
    for name, holds in CONDITIONS.items():
        pairs = [(a, b) for g in groups.values() for a, b in itertools.combinations(g, 2)
                 if a['doc'] != b['doc'] and holds(a, b)]
        apart = [(a, b) for a, b in pairs if disagree(a, b)]
        keys = {}
        for a, b in apart:
            keys.setdefault(a['key'], (a, b))
        print(f'{name}: {len(pairs)} pairs compared, {len(apart)} disagreeing, over {len(keys)} measures')
        for key, (a, b) in list(sorted(keys.items()))[:examples]:
            print(f'  {" ".join(key)} [{a["kind"]}]  {a["doc"]}: {a["words"]!r}  |  {b["doc"]}: {b["words"]!r}')


if __name__ == '__main__':
    main()
