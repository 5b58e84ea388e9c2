#!/usr/bin/env node
// Packages the extension as sova-<version>.vsix (after `npm run bundle`), offline:
//   1. regenerates docs/rules/*.md from the rules' metadata (the pages findings link to; they ship in the .vsix);
//   2. runs vsce with --no-dependencies (everything the extension needs is in dist/) and the marketplace
//      README client/README.md. vsce refuses relative images and links unless it knows where they will be
//      hosted (package.json `repository`, or SOVA_BASE_URL for --baseContentUrl/--baseImagesUrl); without
//      either, the README is packaged with such references turned into plain text naming the file.
// Usage: node scripts/package.js [--out FILE.vsix]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { writeRuleDocs } = require('./rule-docs');

const root = path.resolve(__dirname, '..');
const { version, name } = require(path.join(root, 'package.json'));

function arg(flag) {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** The README to package and the extra vsce options for its relative references. */
function readmeOptions(pkg) {
  const readme = 'client/README.md';
  const base = process.env.SOVA_BASE_URL;
  if (base) return { readme, args: ['--baseContentUrl', base, '--baseImagesUrl', base] };
  if (pkg.repository) return { readme, args: [] };
  const text = fs.readFileSync(readme, 'utf8')
    .replace(/!\[([^\]]*)\]\((?!https?:|#)([^)]+)\)/g, '*$1 (`$2` in the extension folder)*')
    .replace(/\[([^\]]*)\]\((?!https?:|#|mailto:)([^)]+)\)/g, '$1 (`$2`)');
  const offline = path.join(root, 'dist', 'README.md');
  fs.writeFileSync(offline, text);
  return { readme: path.relative(root, offline), args: [] };
}

function main() {
  for (const f of ['dist/extension.js', 'dist/server.js']) {
    if (!fs.existsSync(path.join(root, f))) throw new Error(`package: ${f} missing — run \`npm run bundle\` first`);
  }
  console.log(`package: docs/rules: ${writeRuleDocs()} rule pages`);
  const out = path.resolve(arg('--out') ?? path.join(root, `${name}-${version}.vsix`));
  const { readme, args } = readmeOptions(require(path.join(root, 'package.json')));
  execFileSync(path.join(root, 'node_modules/.bin/vsce'), [
    'package', '--allow-missing-repository', '--no-dependencies', '--readme-path', readme, ...args, '--out', out,
  ], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  console.log(`package: ${path.relative(process.cwd(), out) || out}`);
}

try {
  main();
} catch (err) {
  console.error(err.message ?? err);
  process.exit(1);
}
