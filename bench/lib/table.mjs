// Markdown tables and the bench/RESULTS.md section writer.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';

import { REPO_ROOT } from './jsonl.mjs';

export const RESULTS_PATH = resolve(REPO_ROOT, 'bench', 'RESULTS.md');

/** @param {string[]} headers @param {(string|number)[][]} rows */
export function markdownTable(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c)));
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((r) => r[i].length)));
  const numeric = headers.map(
    (_, i) => rows.length > 0 && rows.every((r) => /^[-\d.,%]+$|^–$/.test(String(r[i]))),
  );
  const line = (r) =>
    `| ${r.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  // Same layout as Prettier's Markdown tables, so formatting RESULTS.md is a no-op.
  const sep = `| ${widths.map((w, i) => (numeric[i] ? '-'.repeat(w - 1) + ':' : '-'.repeat(w))).join(' | ')} |`;
  return [line(cells[0]), sep, ...cells.slice(1).map(line)].join('\n');
}

export const fmt2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');

function run(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** Date, CPU count and model, memory: the header each results section carries. */
export function machineInfo() {
  const model =
    run('lscpu', [])
      .split('\n')
      .find((l) => l.startsWith('Model name:'))
      ?.replace('Model name:', '')
      .trim() ??
    cpus()[0]?.model ??
    'unknown';
  const mem = run('free', ['-h'])
    .split('\n')
    .find((l) => l.startsWith('Mem:'))
    ?.split(/\s+/)[1];
  return {
    date: run('date', []) || new Date().toString(),
    nproc: run('nproc', []) || String(cpus().length),
    model,
    mem: mem ?? 'unknown',
    node: process.version,
  };
}

/** The command line that produced a run, as one would type it. */
export function commandLine() {
  const script = process.argv[1].replace(REPO_ROOT + '/', '');
  return ['node', script, ...process.argv.slice(2)].join(' ');
}

const FILE_HEADER = `# Benchmark results

Latest run of each bench; every section records its own date, machine and command. Data:
\`../shared/data/*/dev.jsonl\` (see its README for sources and scoring conventions).
`;

/**
 * Replaces the `<!-- bench:NAME -->` … `<!-- /bench:NAME -->` section of bench/RESULTS.md
 * (appending it if absent), with a header giving date, machine and command.
 */
export function writeSection(name, title, body) {
  const m = machineInfo();
  const header = [
    `## ${title}`,
    '',
    `- Date: ${m.date}`,
    `- Machine: ${m.nproc} CPUs (\`nproc\`), ${m.model}, ${m.mem} RAM (\`free -h\`), Node ${m.node}`,
    `- Command: \`${commandLine()}\``,
  ].join('\n');
  const section = `<!-- bench:${name} -->\n\n${header}\n\n${body.trim()}\n\n<!-- /bench:${name} -->`;
  let text = existsSync(RESULTS_PATH) ? readFileSync(RESULTS_PATH, 'utf8') : FILE_HEADER;
  const re = new RegExp(`<!-- bench:${name} -->[\\s\\S]*?<!-- /bench:${name} -->`);
  text = re.test(text) ? text.replace(re, () => section) : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(RESULTS_PATH, text);
  return RESULTS_PATH;
}
