#!/usr/bin/env python3
"""Per-article mentions linked to Hillary Clinton and to Donald Trump in a newsgraph SQLite store,
against PolNeAR's metadata.tsv clinton_count / trump_count (issue 8).

What PolNeAR counts (README-upstream.md, "metadata.tsv"): "the number of times respectively that
Donald Trump and Hillary Clinton, the presidential candidates, were mentioned. Care was taken using
regexes to disambiguate such mentions from others, such as Donald Trump Jr. or Bill Clinton." The
counts are of the surname, title line included: "Hillary" alone and pronouns are not counted. So the
store's count for an article is the number of its name mentions linked to the person (the global
entity with bioguide C001041, resp. wikidata Q22686) whose text carries the surname ("Clinton",
"Mrs. Clinton", "Hillary Rodham Clinton", the "Clinton" of "pro-Clinton"); pronouns, descriptions
and first names alone are left out.

For reference it also prints how often a plain surname regex over the text ("Clinton" not after
"Bill", "Trump" not after a family member's given name nor before "Jr.") equals the gold counts:
the gold counts are regex counts, so that figure shows how much of the disagreement is the gold's.

usage: eval/polnear_counts.py [--store FILE] [--metadata TSV] [--ingest] [--show N]
  --ingest  first runs ./newsgraph ingest of PolNeAR dev and train into --store, from the shared
            analysis cache (--analysis-cache DIR, default /work/cache/analysis)
Exit status 0; the last line is the agreement figure.
"""
import argparse
import csv
import os
import re
import sqlite3
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(ROOT, '..', 'shared', 'data', 'polnear')
OTHER_CLINTON = re.compile(r'\bBill\s+Clinton\b')
OTHER_TRUMP = re.compile(r'\b(Ivanka|Melania|Eric|Tiffany|Barron|Fred|Ivana|Lara)\s+Trump\b|\bTrump,?\s+Jr\b')


def regex_count(text, surname, other):
    return len(re.findall(r'\b%s\b' % surname, text)) - len(other.findall(text))


def entity(db, scheme, value):
    row = db.execute('SELECT entity_id FROM entity_kb WHERE scheme = ? AND value = ?', (scheme, value)).fetchone()
    return row[0] if row else -1


def linked(db, article, entity_id, surname):
    return db.execute("SELECT count(*) FROM mention WHERE article_id = ? AND global_id = ? AND type <> 'PRONOUN' "
                      "AND text LIKE ?", (article, entity_id, '%' + surname + '%')).fetchone()[0]


def ingest(args):
    dirs = [os.path.join(SHARED, split, 'text') for split in ('dev', 'train')]
    cmd = [os.path.join(ROOT, 'newsgraph'), 'ingest', '--threads', str(args.threads), '--analysis-cache',
           args.analysis_cache, '--store', args.store] + dirs
    print('$ ' + ' '.join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=False)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--store', default=os.path.join('newsgraph-data', 'polnear.db'))
    ap.add_argument('--metadata', default=os.path.join(SHARED, 'metadata.tsv'))
    ap.add_argument('--ingest', action='store_true')
    ap.add_argument('--analysis-cache', default='/work/cache/analysis')
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--show', type=int, default=0, help='list the N articles whose counts differ most')
    args = ap.parse_args()
    if args.ingest:
        ingest(args)
    rows = {r['filename']: r for r in csv.DictReader(open(args.metadata, encoding='utf-8'), delimiter='\t')}
    db = sqlite3.connect(args.store)
    hillary, trump = entity(db, 'bioguide', 'C001041'), entity(db, 'wikidata', 'Q22686')
    results = []  # (name, compartment, gold (c, t), ours (c, t), regex (c, t))
    for article, source, text in db.execute('SELECT id, source, text FROM article').fetchall():
        name = os.path.basename(source)
        name = name[:-4] if name.endswith('.txt') else name
        if name not in rows:
            continue
        r = rows[name]
        gold = (int(r['clinton_count']), int(r['trump_count']))
        ours = (linked(db, article, hillary, 'Clinton'), linked(db, article, trump, 'Trump'))
        regex = (regex_count(text, 'Clinton', OTHER_CLINTON), regex_count(text, 'Trump', OTHER_TRUMP))
        results.append((name, r['compartment'], gold, ours, regex))
    for split in sorted({r[1] for r in results}) + ['all']:
        part = [r for r in results if split in ('all', r[1])]
        n = max(len(part), 1)
        both = sum(r[2] == r[3] for r in part)
        clinton = sum(r[2][0] == r[3][0] for r in part)
        trump_ok = sum(r[2][1] == r[3][1] for r in part)
        regex = sum(r[2] == r[4] for r in part)
        print(f'{split}: articles {len(part)}, both counts match {both} ({100 * both / n:.1f}%), clinton {clinton} '
              f'({100 * clinton / n:.1f}%), trump {trump_ok} ({100 * trump_ok / n:.1f}%); '
              f'surname regex matches gold on {regex} ({100 * regex / n:.1f}%)')
    worst = sorted(results, key=lambda r: -(abs(r[2][0] - r[3][0]) + abs(r[2][1] - r[3][1])))
    for name, split, gold, ours, regex in worst[:args.show]:
        print(f'  {split} {name}: clinton {ours[0]} vs gold {gold[0]} (regex {regex[0]}), '
              f'trump {ours[1]} vs gold {gold[1]} (regex {regex[1]})')


if __name__ == '__main__':
    main()
