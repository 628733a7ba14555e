#!/usr/bin/env bash
# Seeds fuzz/corpus/verify_class with real class files: a sample of the JDK image plus
# javac-compiled classes with version 49 copies (major version rewritten) so that the inference
# verifier is reached too. Needs the JDK 17's `jimage` and `javac`.
set -euo pipefail
cd "$(dirname "$0")"
java_home=${JAVA_HOME:-$(ls -d /usr/lib/jvm/java-17-openjdk* | head -n 1)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$java_home/bin/jimage" extract --dir "$work/jdk" --include 'regex:/java.base/java/(lang|util)/[A-Z][A-Za-z]*\.class' "$java_home/lib/modules"
mkdir -p corpus/verify_class
n=0
while IFS= read -r -d '' class; do
  cp "$class" "corpus/verify_class/seed$n"
  # The same class as version 49 (bytes 6-7 are the major version): the old verifier's input.
  { head -c 6 "$class"; printf '\x00\x31'; tail -c +9 "$class"; } > "corpus/verify_class/old$n"
  n=$((n + 1))
done < <(find "$work/jdk" -name '*.class' -size -6k -print0 | head -z -n 300)
echo "seeded $((2 * n)) class files"
