#!/bin/bash
# Times the Spark job in local mode (issue 12); docs/scaling-out.md has the figures it gave.
# usage, from the repository root:  tools/spark-local-run.sh NAME MASTER INPUT...
#   e.g. tools/spark-local-run.sh l2 'local[2]' ../shared/data/polnear/train/text ../shared/data/polnear/dev/text
# Needs newsgraph-spark/target/newsgraph-spark.jar and Spark's classpath in $CPFILE (default /tmp/spark-cp.txt):
#   mvn -q -o -DskipTests package dependency:build-classpath -Dmdep.outputFile=/tmp/spark-cp.txt -pl newsgraph-spark -am
# No analysis cache, -Xmx3g. Every 10 s it samples the load average, the JVM's CPU ticks
# (/proc/PID/stat utime+stime, 100 per second) and its peak RSS (VmHWM, kB) into OUT/samples.log;
# /usr/bin/time -v gives wall time and peak RSS, -Xlog:gc the heap after each collection. OUT is
# $SPARK_RUNS/NAME (default /tmp/spark-runs/NAME); LIMIT is a timeout in seconds (default 36000).
set -u
name=$1; master=$2; shift 2
dir=${SPARK_RUNS:-/tmp/spark-runs}/$name; rm -rf "$dir"; mkdir -p "$dir"
CP=newsgraph-spark/target/newsgraph-spark.jar:$(tr ':' '\n' < "${CPFILE:-/tmp/spark-cp.txt}" | grep -v '/newsgraph-' | paste -sd:)
OPENS=$(sed -n 's:.*<spark.java17.opens>\(.*\)</spark.java17.opens>.*:\1:p' newsgraph-spark/pom.xml)
date -u +%T > "$dir/start"
timeout -s TERM "${LIMIT:-36000}" /usr/bin/time -v -o "$dir/time.txt" java -Xmx3g $OPENS -Xlog:gc:file="$dir/gc.log" \
  -cp "$CP" org.newsgraph.spark.SparkJob --master "$master" --output "$dir/out" "$@" > "$dir/stdout" 2> "$dir/stderr" &
tpid=$!
sleep 2
jpid=$(pgrep -P "$(pgrep -P $tpid)")
while kill -0 "$jpid" 2>/dev/null; do
  echo "$(date -u +%T) $(cut -d' ' -f1 /proc/loadavg) $(awk '{print $14+$15}' /proc/$jpid/stat 2>/dev/null)" \
    "$(awk '/VmHWM/{print $2}' /proc/$jpid/status 2>/dev/null)" >> "$dir/samples.log"
  sleep 10
done
wait $tpid
echo "exit $?" >> "$dir/time.txt"
date -u +%T > "$dir/end"
grep "newsgraph-spark:" "$dir/stderr"
grep -E "Elapsed|Maximum resident|User time|System time" "$dir/time.txt"
awk '{print $2}' "$dir/samples.log" | sort -n | awk '{a[NR]=$1} END {print "load1 min", a[1], "median", a[int((NR+1)/2)], "max", a[NR], "samples", NR}'
grep -o "[0-9]*M->[0-9]*M" "$dir/gc.log" | sed 's/.*->//; s/M//' | sort -n | awk '{a[NR]=$1} END {print "heap after GC MB: median", a[int((NR+1)/2)], "max", a[NR], "n", NR}'
grep "Finished task" "$dir/stderr" | awk '$8 ~ /stage/ {print "task end", $2, $6, $7, $8, $9, $10, $13, $14}' | head -20
