#!/usr/bin/env node
// Bundles the extension and the language server with esbuild:
//   client/extension.ts → dist/extension.js (`vscode` stays external: the editor provides it)
//   server/main.ts      → dist/server.js    (the engine and its libraries inside; runs with plain node)
// Both read schemas/, rules/catalogues/, docs/rules/ and package.json at run time by walking up from
// dist/, so those ship next to dist/ in the .vsix (see .vscodeignore).
// Usage: node scripts/bundle.js [--no-check] [--minify]
'use strict';
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const args = new Set(process.argv.slice(2));

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  minify: args.has('--minify'),
  logLevel: 'warning',
  absWorkingDir: root,
};

async function main() {
  if (!args.has('--no-check')) {
    // esbuild strips types without checking them: the client's own tsconfig checks first.
    execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'client/tsconfig.json'], { cwd: root, stdio: 'inherit' });
  }
  const started = Date.now();
  const results = await Promise.all([
    esbuild.build({ ...common, entryPoints: ['client/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], metafile: true }),
    esbuild.build({ ...common, entryPoints: ['server/main.ts'], outfile: 'dist/server.js', metafile: true }),
  ]);
  for (const r of results) {
    for (const [file, out] of Object.entries(r.metafile.outputs)) {
      if (!file.endsWith('.map')) console.log(`bundle: ${file} ${(out.bytes / 1024).toFixed(0)} KiB`);
    }
  }
  console.log(`bundle: done in ${Date.now() - started} ms`);
}

main().catch((err) => {
  console.error(err.message ?? err);
  process.exit(1);
});
