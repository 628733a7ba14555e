#!/usr/bin/env bash
# Seeds fuzz/corpus/parse_class with real class files: a sample of the JDK image (each prefixed
# with the option-selector byte the target reads first). Needs the JDK 17's `jimage` tool.
set -euo pipefail
cd "$(dirname "$0")"
java_home=${JAVA_HOME:-$(ls -d /usr/lib/jvm/java-17-openjdk* | head -n 1)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$java_home/bin/jimage" extract --dir "$work" --include 'regex:/java.base/java/(lang|util)/[A-Z].*\.class|.*module-info\.class' "$java_home/lib/modules"
mkdir -p corpus/parse_class
n=0
while IFS= read -r -d '' class; do
  { printf '\x00'; cat "$class"; } > "corpus/parse_class/seed$n"
  n=$((n + 1))
done < <(find "$work" -name '*.class' -print0 | head -z -n 400)
echo "seeded $n class files"
