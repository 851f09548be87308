// The hand-written dist/precis.d.ts, reached through the package's `exports` (types first), must
// type-check tests/node/types-usage.ts, including its @ts-expect-error misuses.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

import { distDir, rootDir } from './helpers.mjs';

const tsc = join(rootDir, 'node_modules', '.bin', 'tsc');
const skip = !existsSync(join(distDir, 'precis.d.ts')) && 'dist/ is not built: run `npm run build`';

test('tsc --noEmit accepts types-usage.ts against dist/precis.d.ts', { skip }, async () => {
  const project = join(rootDir, 'tests', 'node', 'tsconfig.json');
  try {
    await promisify(execFile)(tsc, ['--noEmit', '-p', project], { cwd: rootDir });
  } catch (error) {
    assert.fail(`tsc failed:\n${error.stdout}${error.stderr}`);
  }
});
