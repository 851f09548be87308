// Runs the native CLI once per dataset with every JSONL line piped to stdin.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { REPO_ROOT } from './jsonl.mjs';

export const CLI_PATH = process.env.PRECIS_CLI ?? resolve(REPO_ROOT, 'build', 'native', 'precis');

export function cliExists() {
  return existsSync(CLI_PATH);
}

/**
 * Spawns `precis <args>`, writes `items` as JSONL to stdin and collects stdout.
 * stdin is written with backpressure (waits for 'drain') while stdout/stderr are read
 * concurrently, so a large output never deadlocks against a large input. A crash mid-run keeps
 * the lines printed so far; EPIPE on stdin is recorded, not thrown.
 * @returns {Promise<{outputs: object[], badLines: string[], stderr: string, code: number|null,
 *   signal: string|null, wallMs: number, writeError: string|null}>}
 */
export async function runCli(args, items) {
  const t0 = process.hrtime.bigint();
  const child = spawn(CLI_PATH, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const out = [];
  const err = [];
  child.stdout.on('data', (b) => out.push(b));
  child.stderr.on('data', (b) => err.push(b));
  let writeError = null;
  child.stdin.on('error', (e) => {
    writeError = e.code ?? e.message;
  });
  let spawnError = null;
  child.on('error', (e) => {
    spawnError = e;
  });
  const closed = once(child, 'close');
  const write = (async () => {
    try {
      for (const item of items) {
        if (writeError || child.exitCode !== null || child.signalCode !== null) break;
        if (!child.stdin.write(JSON.stringify(item) + '\n')) {
          await Promise.race([once(child.stdin, 'drain'), closed]);
        }
      }
      child.stdin.end();
    } catch (e) {
      // The child died mid-input (EPIPE): keep what it printed; the exit status tells the rest.
      writeError ??= e.code ?? e.message;
    }
  })();
  const [code, signal] = await closed;
  await write;
  if (spawnError) throw new Error(`cannot run ${CLI_PATH}: ${spawnError.message}`);
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const outputs = [];
  const badLines = [];
  for (const line of Buffer.concat(out).toString('utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      outputs.push(JSON.parse(line));
    } catch {
      badLines.push(line);
    }
  }
  return {
    outputs,
    badLines,
    stderr: Buffer.concat(err).toString('utf8'),
    code,
    signal,
    wallMs,
    writeError,
  };
}

/**
 * Matches CLI output lines to input ids. Returns the per-id map plus a health summary
 * (missing ids, error objects, unparsable lines, exit status) for the "oddities" report.
 */
export function indexById(items, run) {
  const byId = new Map();
  const health = { missing: 0, errors: 0, errorExamples: [], unknownIds: 0 };
  const wanted = new Set(items.map((x) => x.id));
  for (const o of run.outputs) {
    if (!wanted.has(o.id)) health.unknownIds++;
    if (o.error) {
      health.errors++;
      if (health.errorExamples.length < 3) health.errorExamples.push({ id: o.id, error: o.error });
    }
    byId.set(o.id, o);
  }
  for (const id of wanted) {
    if (byId.has(id)) continue;
    health.missing++;
    // After a crash, the first missing id in input order is the likely culprit.
    health.firstMissing ??= id;
  }
  health.badLines = run.badLines.length;
  health.exit = run.signal ? `signal ${run.signal}` : `exit ${run.code}`;
  health.stderr = run.stderr.trim().split('\n').filter(Boolean).slice(0, 5);
  return { byId, health };
}

/** One line describing a run's health, or '' when everything came back clean. */
export function healthNote(name, health, n) {
  const parts = [];
  if (health.exit !== 'exit 0') parts.push(health.exit);
  if (health.missing)
    parts.push(`${health.missing}/${n} ids missing (first: ${health.firstMissing})`);
  if (health.errors)
    parts.push(
      `${health.errors} error lines, e.g. ${health.errorExamples.map((e) => `${e.id}: ${JSON.stringify(e.error)}`).join('; ')}`,
    );
  if (health.badLines) parts.push(`${health.badLines} unparsable stdout lines`);
  if (health.unknownIds) parts.push(`${health.unknownIds} outputs with unknown ids`);
  if (health.stderr.length && parts.length) parts.push(`stderr: ${health.stderr.join(' | ')}`);
  return parts.length ? `${name}: ${parts.join('; ')}` : '';
}

/** Common flags: --limit N, --sets a,b, --write. */
export function benchArgs(defaults) {
  const { values } = parseArgs({
    options: {
      limit: { type: 'string' },
      sets: { type: 'string' },
      write: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const limit = values.limit ? Number(values.limit) : Infinity;
  if (!(limit > 0)) throw new Error(`--limit must be a positive number, got ${values.limit}`);
  const sets = values.sets ? values.sets.split(',').map((s) => s.trim()) : defaults;
  const unknown = sets.filter((s) => !defaults.includes(s));
  if (unknown.length) throw new Error(`unknown sets ${unknown.join(', ')}; known: ${defaults}`);
  return { limit, sets, write: values.write };
}
