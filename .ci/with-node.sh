#!/usr/bin/env bash
# Runs a command on another Node.js major: `bash .ci/with-node.sh 24 npx jest --selectProjects server`.
# The binary comes from the npm registry's node-linux-<arch> package (it carries node and its
# headers), so nothing is fetched from outside the registry. better-sqlite3 is the one addon bound
# to Node's ABI (bcrypt uses N-API prebuilds): it is rebuilt against that Node's headers for the
# run and the checkout's own build is put back afterwards, whatever the command's outcome.
set -uo pipefail
major=${1:?usage: with-node.sh <major> <command…>}
shift
cd "$(dirname "$0")/.."

platform="node-linux-$(node -p process.arch)"
prefix="${NODE_CACHE_DIR:-/tmp/chat-node-$major}"
home="$prefix/node_modules/$platform"
if [ ! -x "$home/bin/node" ]; then
  npm install --prefix "$prefix" --no-save --no-audit --no-fund "$platform@$major" >"$prefix.install.log" 2>&1 ||
    { tail -20 "$prefix.install.log"; echo "could not install $platform@$major from the npm registry"; exit 1; }
fi
echo "Node $("$home/bin/node" --version) from $home"

addon=node_modules/better-sqlite3/build/Release/better_sqlite3.node
own_build="$(mktemp)"
cp "$addon" "$own_build"
restore() { cp "$own_build" "$addon"; rm -f "$own_build"; }
trap restore EXIT

cached="$prefix/better_sqlite3.node"
if [ -f "$cached" ]; then
  cp "$cached" "$addon"
else
  PATH="$home/bin:$PATH" npm rebuild better-sqlite3 --nodedir="$home" >"$prefix.rebuild.log" 2>&1 ||
    { tail -20 "$prefix.rebuild.log"; echo "could not rebuild better-sqlite3 for Node $major"; exit 1; }
  cp "$addon" "$cached"
fi

PATH="$home/bin:$PATH" "$@"
