#!/usr/bin/env node
// Writes docs/rules/*.md (one page per rule, and README.md, the catalogue) with the engine's own generator,
// bundled on the fly so that no tsc build is needed. The extension shows these pages and ships them.
// Usage: node scripts/rule-docs.js
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');

/** Returns the number of rule pages written. */
function writeRuleDocs() {
  // The engine finds schemas/ by walking up from its own file: the script runs from inside the project.
  const script = path.join(root, 'dist', '.rule-docs.js');
  esbuild.buildSync({
    stdin: { contents: "console.log(require('./engine/docs').writeRuleDocs(process.argv[2]))", resolveDir: root, loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: script, logLevel: 'warning',
  });
  try {
    return Number(execFileSync(process.execPath, [script, path.join(root, 'docs', 'rules')], { cwd: root, encoding: 'utf8' }).trim());
  } finally {
    fs.rmSync(script, { force: true });
  }
}

module.exports = { writeRuleDocs };

if (require.main === module) {
  try {
    console.log(`rule-docs: docs/rules: ${writeRuleDocs()} rule pages`);
  } catch (err) {
    console.error(err.message ?? err);
    process.exit(1);
  }
}
