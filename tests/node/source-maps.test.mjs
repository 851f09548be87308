// dist/'s modules are minified (tools/minify-dist.mjs) with a source map beside each: a position in
// the minified code must map back to the line of the readable source that holds the same code.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { distDir } from './helpers.mjs';

// Names the minifier keeps (exports, class names), each in one module.
const LANDMARKS = [
  ['errors.js', 'class PrecisError'],
  ['precis.js', 'class Precis'],
  ['wasm-memory.js', 'function withBytes'],
];

describe('source maps of the minified modules', () => {
  for (const [file, landmark] of LANDMARKS) {
    test(
      `${file}: "${landmark}" maps back to its source line`,
      { skip: !existsSync(join(distDir, `${file}.map`)) && 'dist/ not built' },
      () => {
        const code = readFileSync(join(distDir, file), 'utf8');
        const payload = JSON.parse(readFileSync(join(distDir, `${file}.map`), 'utf8'));
        const lines = code.split('\n');
        const line = lines.findIndex((text) => text.includes(landmark));
        assert.ok(line >= 0, `${landmark} not in dist/${file}`);
        const entry = new SourceMap(payload).findEntry(line, lines[line].indexOf(landmark));
        const source = payload.sourcesContent[0].split('\n');
        assert.match(source[entry.originalLine], new RegExp(landmark));
      },
    );
  }
});
