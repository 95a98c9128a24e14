#!/usr/bin/env python3
"""Per-article mentions linked to Hillary Clinton and Donald Trump in a newsgraph SQLite store, against
PolNeAR's metadata.tsv clinton_count / trump_count (issue 8).

usage: polnear_counts.py STORE.db [../shared/data/polnear/metadata.tsv] [--surname] [--show N]
--surname counts only linked mentions whose words carry the surname, as PolNeAR's regexes did.
Prints the share of stored PolNeAR articles whose two counts both match, each count's agreement, and
with --show the N worst articles.
"""
import csv, os, sqlite3, sys

def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    surname = '--surname' in sys.argv
    show = int(sys.argv[sys.argv.index('--show') + 1]) if '--show' in sys.argv else 0
    if show:
        args = [a for a in args if a != str(show)]
    db = sqlite3.connect(args[0])
    meta = args[1] if len(args) > 1 else os.path.join(os.path.dirname(__file__), '../../../../shared/data/polnear/metadata.tsv')
    rows = {r['filename']: r for r in csv.DictReader(open(meta), delimiter='\t')}
    def entity(scheme, value):
        r = db.execute('SELECT entity_id FROM entity_kb WHERE scheme = ? AND value = ?', (scheme, value)).fetchone()
        return r[0] if r else -1
    hillary, trump = entity('bioguide', 'C001041'), entity('wikidata', 'Q22686')
    counts = {}
    for aid, source in db.execute('SELECT id, source FROM article'):
        name = os.path.basename(source)
        if name.endswith('.txt'):
            name = name[:-4]
        if name not in rows:
            continue
        if surname:  # PolNeAR counted surnames: only the linked mentions that carry it
            c = db.execute("SELECT sum(global_id = ? AND text LIKE '%Clinton%'), sum(global_id = ? AND text LIKE '%Trump%') "
                           "FROM mention WHERE article_id = ?", (hillary, trump, aid)).fetchone()
        else:
            c = db.execute('SELECT sum(global_id = ?), sum(global_id = ?) FROM mention WHERE article_id = ?', (hillary, trump, aid)).fetchone()
        counts[name] = (c[0] or 0, c[1] or 0)
    n = len(counts)
    both = sum(1 for k, (h, t) in counts.items() if h == int(rows[k]['clinton_count']) and t == int(rows[k]['trump_count']))
    ch = sum(1 for k, (h, t) in counts.items() if h == int(rows[k]['clinton_count']))
    tr = sum(1 for k, (h, t) in counts.items() if t == int(rows[k]['trump_count']))
    print(f'articles {n}: both counts match {both} ({100*both/max(n,1):.1f}%), clinton {ch} ({100*ch/max(n,1):.1f}%), trump {tr} ({100*tr/max(n,1):.1f}%)')
    worst = sorted(counts.items(), key=lambda kv: -(abs(kv[1][0] - int(rows[kv[0]]['clinton_count'])) + abs(kv[1][1] - int(rows[kv[0]]['trump_count']))))
    for k, (h, t) in worst[:show]:
        print(f"  {k}: clinton {h} vs {rows[k]['clinton_count']}, trump {t} vs {rows[k]['trump_count']}")

if __name__ == '__main__':
    main()
