// tools/serve.mjs as `npm start` runs it: a busy port is a one-line message and exit 1, not a
// stack trace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

import { startServer } from '../../tools/serve.mjs';

const SERVE = fileURLToPath(new URL('../../tools/serve.mjs', import.meta.url));

test('serve reports a port in use in one line and exits 1', async () => {
  const busy = await startServer({ port: 0 });
  try {
    const run = spawnSync(process.execPath, [SERVE, '--port', String(busy.port)], {
      encoding: 'utf8',
      timeout: 10000,
    });
    assert.equal(run.status, 1);
    assert.match(run.stderr, new RegExp(`port ${busy.port} is in use`));
    assert.doesNotMatch(run.stderr, /at .*\(node:/);
  } finally {
    await busy.close();
  }
});
