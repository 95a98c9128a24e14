#!/usr/bin/env python3
"""Train the speaker ranker of quote attribution (issue 5) on PolNeAR's train split.

The model is log-linear: a quotation's speaker candidates (SpeakerCandidates.java) each score the sum
of their features' weights and the best one speaks. It is trained with a softmax over each quotation's
candidates against PolNeAR's Source annotation (a candidate is right when its mention overlaps the
gold Source of the gold quote the quotation matches, as score_quotes.py counts it), with L2 and
AdaGrad; weights are written as `feature<TAB>weight` lines. It first reports the model trained on
three quarters of train on the held-out quarter (every 4th article), then trains on all of train.
With `--cv 5,6,7,8` it reports 4-fold cross-validation over train articles for each shuffling seed
instead (over seeds 5-8 the shipped features score 5,946-5,952 of 6,382, and richer feature sets
spread up to 16: a new feature must gain more than that to be seen).

Make the weights again (from the project root; the analyses must be cached, as `extract
--analysis-cache` leaves them):

    mvn -q -o -DskipTests package -pl newsgraph-cli -am
    CP=newsgraph-core/target/classes:newsgraph-core/target/test-classes:newsgraph-cli/target/newsgraph.jar
    V='corenlp-4.5.10+glued/ner=english.all.3class.distsim,fine=lookup,deps=true'
    java -cp $CP org.newsgraph.extract.SpeakerTrainingDump /work/cache/analysis "$V" /tmp/train.jsonl \\
        ../shared/data/polnear/train/text/*.txt
    java -cp $CP org.newsgraph.extract.SpeakerTrainingDump /work/cache/analysis "$V" /tmp/dev.jsonl \\
        ../shared/data/polnear/dev/text/*.txt
    python3 tools/train_speaker_ranker.py --train /tmp/train.jsonl --dev /tmp/dev.jsonl \\
        --out newsgraph-core/src/main/resources/org/newsgraph/extract/internal/speaker-ranker.tsv

Standard library only, besides the shared scorer it imports for the gold standard.
"""

import argparse
import math
import os
import random
import sys

import polnear_dump


def load(dump, split, scorer):
    """{doc: [(candidates' features, labels or None when unlabelled)]} of a dump."""
    out = {}
    for q, d, at, gi in polnear_dump.matched(dump, split, scorer):
        labels = None
        if gi is not None and d.quotes[gi].has_source:
            src = d.quotes[gi].source
            labels = [scorer.overlap(at(c["start"]), at(c["end"]), src) > 0 for c in q["candidates"]]
        out.setdefault(q["doc"], []).append(([c["f"] for c in q["candidates"]], labels))
    return out


def flat(docs):
    return [x for n in sorted(docs) for x in docs[n]]


def scores(w, feats):
    return [sum(w.get(x, 0.0) for x in fs) for fs in feats]


def train(data, epochs, l2, rate, seed):
    w, g2 = {}, {}
    usable = [(f, l) for f, l in data if l and any(l)]
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(usable)
        for feats, labels in usable:
            s = scores(w, feats)
            top = max(s)
            e = [math.exp(x - top) for x in s]
            z = sum(e)
            pos = sum(ei for ei, l in zip(e, labels) if l)
            grad = {}
            for fs, ei, l in zip(feats, e, labels):
                # gradient of -log(sum over right candidates / sum over all)
                g = ei / z - (ei / pos if l else 0.0)
                if g:
                    for x in fs:
                        grad[x] = grad.get(x, 0.0) + g
            for x, g in grad.items():
                g += l2 * w.get(x, 0.0)
                g2[x] = g2.get(x, 0.0) + g * g
                w[x] = w.get(x, 0.0) - rate * g / math.sqrt(g2[x] + 1e-8)
    return w


def accuracy(w, data):
    """(quotations with a right candidate, right by the model, right by the rules' choice)."""
    n = model = rule = 0
    for feats, labels in data:
        if not labels or not any(labels):
            continue
        n += 1
        s = scores(w, feats)
        best = 0
        for i in range(1, len(s)):
            if s[i] > s[best]:
                best = i
        model += labels[best]
        rule += labels[0]
    return n, model, rule


def cross_validate(docs, seeds, epochs, l2, rate):
    """Per seed, the quotations the model gets right in 4-fold cross-validation over articles.

    Which articles land in which fold is fixed (every 4th by name); the seed only shuffles the order
    the trainer sees them in, and the spread over seeds is how much a change must gain to be seen.
    """
    names = sorted(docs)
    out = []
    for seed in seeds:
        n = right = 0
        for k in range(4):
            fit = [x for i, name in enumerate(names) if i % 4 != k for x in docs[name]]
            held = [x for i, name in enumerate(names) if i % 4 == k for x in docs[name]]
            a, b, _ = accuracy(train(fit, epochs, l2, rate, seed), held)
            n += a
            right += b
        out.append((seed, n, right))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", required=True, help="SpeakerTrainingDump output on train/")
    ap.add_argument("--dev", help="SpeakerTrainingDump output on dev/, to report on")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    ap.add_argument("--out", help="where to write the weights")
    ap.add_argument("--out-fit", help="where to write the weights trained on three quarters of train, to "
                    "score the held-out quarter end to end")
    ap.add_argument("--held-docs", help="where to write the names of the held-out quarter's articles")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--l2", type=float, default=0.001)
    ap.add_argument("--rate", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--cv", help="comma-separated seeds: report 4-fold cross-validation over train "
                    "articles for each, then stop")
    a = ap.parse_args()
    sys.path.insert(0, os.path.join(a.shared, "eval"))
    import score_quotes as scorer
    polnear = os.path.join(a.shared, "data", "polnear")
    tr = load(a.train, os.path.join(polnear, "train"), scorer)
    if a.cv:
        runs = cross_validate(tr, [int(x) for x in a.cv.split(",")], a.epochs, a.l2, a.rate)
        for seed, n, right in runs:
            print("4-fold CV, seed %d: %d quotations with a right candidate; model right %d" % (seed, n, right))
        print("mean right %.1f, spread %d" % (sum(r for _, _, r in runs) / len(runs),
                                            max(r for _, _, r in runs) - min(r for _, _, r in runs)))
        return
    names = sorted(tr)
    fit = [x for i, n in enumerate(names) if i % 4 != 3 for x in tr[n]]
    held = [x for i, n in enumerate(names) if i % 4 == 3 for x in tr[n]]
    w = train(fit, a.epochs, a.l2, a.rate, a.seed)
    if a.out_fit:
        write(w, a.out_fit, a)
    if a.held_docs:
        with open(a.held_docs, "w", encoding="utf-8") as f:
            f.writelines(n + "\n" for i, n in enumerate(names) if i % 4 == 3)
    print("train, held-out 1/4: %d quotations with a right candidate; model right %d, rules right %d"
          % accuracy(w, held))
    w = train(flat(tr), a.epochs, a.l2, a.rate, a.seed)
    print("train (all, fitted): %d quotations with a right candidate; model right %d, rules right %d"
          % accuracy(w, flat(tr)))
    if a.dev:
        dv = flat(load(a.dev, os.path.join(polnear, "dev"), scorer))
        print("dev:                 %d quotations with a right candidate; model right %d, rules right %d"
              % accuracy(w, dv))
    if a.out:
        write(w, a.out, a)


def write(w, path, a):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# speaker ranker weights (issue 5): tools/train_speaker_ranker.py --epochs %d --l2 %g --rate %g\n"
                % (a.epochs, a.l2, a.rate))
        for x in sorted(w):
            if abs(w[x]) >= 1e-4:
                f.write("%s\t%.4f\n" % (x, w[x]))


if __name__ == "__main__":
    main()
