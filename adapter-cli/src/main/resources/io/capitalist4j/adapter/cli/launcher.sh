#!/bin/sh
# capitalist: runs capitalist.jar from the directory of this script (a link to it works too).
#
# It starts the JVM for a short command: the client compiler only (-XX:TieredStopAtLevel=1) and the serial
# collector, and, when capitalist.jsa (made by 'mvn package' next to the jar) is there, the classes of a typical
# run mapped from that archive instead of loaded one by one. 'java -jar capitalist.jar' does the same work, only
# starting slower. JAVA_HOME chooses the java (the archive serves the java that made it; another one ignores it);
# CAPITALIST_JAVA_OPTS adds JVM options, after these, so they win (e.g. -XX:TieredStopAtLevel=4 for a file of a
# million lines).
self=$0
while [ -h "$self" ]; do
  link=$(ls -ld -- "$self")
  link=${link#*' -> '}
  case $link in
    /*) self=$link ;;
    *) self=$(dirname -- "$self")/$link ;;
  esac
done
dir=$(CDPATH='' cd -- "$(dirname -- "$self")" && pwd -P)
if [ -n "$JAVA_HOME" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
# shellcheck disable=SC2086 # CAPITALIST_JAVA_OPTS is a list of options
if [ -f "$dir/capitalist.jsa" ]; then
  # -Xlog:cds...=off: an archive that no longer fits (another java, a rebuilt jar) is skipped without a word
  exec "$java" -XX:SharedArchiveFile="$dir/capitalist.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -XX:TieredStopAtLevel=1 -XX:+UseSerialGC $CAPITALIST_JAVA_OPTS -jar "$dir/capitalist.jar" "$@"
fi
exec "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC $CAPITALIST_JAVA_OPTS -jar "$dir/capitalist.jar" "$@"
