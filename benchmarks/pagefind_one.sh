#!/bin/bash
# Pagefind run on one record of the many (PAGEFIND_BINARY_PATH=benchmarks/pagefind_one.sh,
# PAGEFIND_REAL=the real program): a build without the cost of indexing, to measure it apart.
new=(); skip=0
for a in "$@"; do
  if [ $skip = 1 ]; then
    one="$(dirname "$a")/one-record"; mkdir -p "$one"  # beside the records: removed with them
    cp "$(find "$a" -name '*.html' | head -1)" "$one/"
    new+=("$one"); skip=0; continue
  fi
  new+=("$a"); [ "$a" = "--site" ] && skip=1
done
exec "${PAGEFIND_REAL:?the real pagefind program}" "${new[@]}"
