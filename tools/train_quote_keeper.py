#!/usr/bin/env python3
"""Train the keep-or-drop model of quotations (issue 5) on PolNeAR's train split.

Every stretch between quotation marks is kept as a quote or dropped (a title, a name, a scare quote
that no one is said to say). PolNeAR counts a quotation as quoted speech when it lies inside the
content of an attribution, which is often a title or a scare quote inside reported speech, so the
decision is learned: logistic regression over the features of QuoteFeatures.java, with L2 and
AdaGrad, against whether the quotation matches a gold quote as score_quotes.py matches them. The
weights are written as `feature<TAB>weight` lines; Java keeps a quotation when their sum is positive.

Make the weights again (from the project root; the analyses must be cached, as `extract
--analysis-cache` leaves them):

    mvn -q -o -DskipTests package -pl newsgraph-cli -am
    CP=newsgraph-core/target/classes:newsgraph-core/target/test-classes:newsgraph-cli/target/newsgraph.jar
    V='corenlp-4.5.10+glued/ner=english.all.3class.distsim,fine=lean,deps=true'
    java -cp $CP org.newsgraph.extract.QuoteKeeperDump /work/cache/analysis "$V" /tmp/keep-train.jsonl \\
        ../shared/data/polnear/train/text/*.txt
    java -cp $CP org.newsgraph.extract.QuoteKeeperDump /work/cache/analysis "$V" /tmp/keep-dev.jsonl \\
        ../shared/data/polnear/dev/text/*.txt
    python3 tools/train_quote_keeper.py --train /tmp/keep-train.jsonl --dev /tmp/keep-dev.jsonl \\
        --out newsgraph-core/src/main/resources/org/newsgraph/extract/internal/quote-keeper.tsv

It first reports the model trained on three quarters of train against the rules on the held-out
quarter (every 4th article), then trains on all of train. Standard library only, besides the
shared scorer it imports for the gold standard.
"""

import argparse
import math
import os
import random
import sys

import polnear_dump


def load(dump, split, scorer):
    """{doc: (gold quote count, [(features, gold index or None)])} of a dump."""
    docs = {}
    for q, d, _, gi in polnear_dump.matched(dump, split, scorer):
        docs.setdefault(q["doc"], (len(d.quotes), []))[1].append((q["f"], gi))
    return docs


def score(w, fs):
    return sum(w.get(x, 0.0) for x in fs)


def train(items, epochs, l2, rate, seed):
    w, g2 = {}, {}
    items = list(items)
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(items)
        for fs, gi in items:
            y = 1.0 if gi is not None else 0.0
            s = max(-30.0, min(30.0, score(w, fs)))
            g = 1.0 / (1.0 + math.exp(-s)) - y
            for x in fs:
                gx = g + l2 * w.get(x, 0.0)
                g2[x] = g2.get(x, 0.0) + gx * gx
                w[x] = w.get(x, 0.0) - rate * gx / math.sqrt(g2[x] + 1e-8)
    return w


def quote_prf(docs, keep):
    """Quote P/R/F1 over docs as score_quotes.py counts them, keeping the quotations keep() accepts."""
    kept = matched = gold = found = 0
    for n, qs in docs.values():
        gold += n
        hit = set()
        for fs, gi in qs:
            if keep(fs):
                kept += 1
                if gi is not None:
                    matched += 1
                    hit.add(gi)
        found += len(hit)
    p = matched / kept if kept else 0.0
    r = found / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), kept, matched, found, gold


def rules(fs):
    return any(x.startswith("rule=") and x.endswith("|kept") for x in fs)


def report(label, docs, w):
    for name, keep in (("rules", rules), ("model", lambda fs: score(w, fs) > 0),
                       ("rules+", lambda fs: rules(fs) or score(w, fs) > 0)):
        print("%-22s %-5s P %.4f R %.4f F1 %.4f  (kept %d, matched %d, gold found %d of %d)"
              % ((label, name) + quote_prf(docs, keep)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", required=True, help="QuoteKeeperDump output on train/")
    ap.add_argument("--dev", help="QuoteKeeperDump output on dev/, to report on")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    ap.add_argument("--out", help="where to write the weights")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--rate", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--margin", type=float, default=0.0,
                    help="keep a quotation only when its score exceeds this (written into the bias weight)")
    a = ap.parse_args()
    sys.path.insert(0, os.path.join(a.shared, "eval"))
    import score_quotes as scorer
    polnear = os.path.join(a.shared, "data", "polnear")
    tr = load(a.train, os.path.join(polnear, "train"), scorer)
    names = sorted(tr)
    held = {n: tr[n] for i, n in enumerate(names) if i % 4 == 3}
    fit = [x for i, n in enumerate(names) if i % 4 != 3 for x in tr[n][1]]
    w = train(fit, a.epochs, a.l2, a.rate, a.seed)
    w["bias"] = w.get("bias", 0.0) - a.margin
    report("train, held-out 1/4:", held, w)
    w = train([x for n in names for x in tr[n][1]], a.epochs, a.l2, a.rate, a.seed)
    w["bias"] = w.get("bias", 0.0) - a.margin
    report("train (all, fitted):", tr, w)
    if a.dev:
        report("dev:", load(a.dev, os.path.join(polnear, "dev"), scorer), w)
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write("# quote keeper weights (issue 5): tools/train_quote_keeper.py --epochs %d --l2 %g --rate %g --margin %g\n"
                    % (a.epochs, a.l2, a.rate, a.margin))
            for x in sorted(w):
                if abs(w[x]) >= 1e-4:
                    f.write("%s\t%.4f\n" % (x, w[x]))


if __name__ == "__main__":
    main()
