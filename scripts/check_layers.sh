#!/bin/sh
# check_layers.sh: no layer includes a layer above it. The folders, bottom up:
#   core normalize parsers analyze export app
# A file may include its own folder and folders listed before it, never after.
set -u
cd "$(dirname "$0")/.." || exit 1
LAYERS="core normalize parsers analyze export app"
rank() { i=0; for l in $LAYERS; do [ "$l" = "$1" ] && { echo $i; return; }; i=$((i + 1)); done; echo -1; }
bad=0
for dir in $LAYERS; do
    r=$(rank "$dir")
    for f in "$dir"/*.c "$dir"/*.h; do
        [ -f "$f" ] || continue
        for inc in $(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\.\.\/\([a-z]*\)\/.*/\1/p' "$f"); do
            ir=$(rank "$inc")
            if [ "$ir" -lt 0 ]; then
                echo "layers: $f includes from '$inc', which is not a layer"; bad=1
            elif [ "$ir" -gt "$r" ]; then
                echo "layers: $f ($dir) includes $inc, a layer above it"; bad=1
            fi
        done
    done
done
[ $bad = 0 ] && echo "layers: every include points down ($LAYERS)"
exit $bad
