#!/usr/bin/env node
// Static server for dist/: node tools/serve.mjs [--port N] (or PORT=N). No dependencies.
// Binds to 127.0.0.1 only; the demo needs nothing but its own origin.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.d.ts': 'text/plain; charset=utf-8',
};

// The policy the demo is written for: no inline script or style, wasm compilation allowed.
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const DEFAULT_ROOT = fileURLToPath(new URL('../dist/', import.meta.url));

function sendText(res, status, message, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(`${message}\n`);
}

// Maps a URL path to a file under root, or null if it escapes root or is malformed.
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // NUL bytes and backslashes have no business in a URL path to a static file.
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const full = resolve(root, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  return full;
}

async function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(302, { Location: '/demo/' });
    res.end();
    return;
  }
  let file = resolveInside(root, url.pathname);
  if (file === null) {
    sendText(res, 403, 'Forbidden');
    return;
  }
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    // A directory without its trailing slash would break relative URLs in its index.html.
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) {
    sendText(res, 404, 'Not Found');
    return;
  }
  const ext = file.endsWith('.d.ts') ? '.d.ts' : extname(file).toLowerCase();
  const headers = {
    'Content-Type': MIME_TYPES[ext] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
  if (ext === '.html') headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/**
 * Starts the static server. Resolves once listening.
 * @param {{root?: string, port?: number, host?: string}} [options] port 0 picks a free port.
 * @returns {Promise<{server: import('node:http').Server, port: number, url: string,
 *   close: () => Promise<void>}>}
 */
export function startServer({ root = DEFAULT_ROOT, port = 8080, host = '127.0.0.1' } = {}) {
  const absoluteRoot = resolve(root);
  const server = createServer((req, res) => {
    handle(absoluteRoot, req, res).catch((error) => {
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error');
      else res.destroy();
      console.error(error);
    });
  });
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, host, () => {
      server.off('error', rejectStart);
      const actualPort = server.address().port;
      resolveStart({
        server,
        port: actualPort,
        url: `http://${host}:${actualPort}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

function parsePort(argv, env) {
  const index = argv.indexOf('--port');
  let raw = env.PORT;
  if (index !== -1) raw = argv[index + 1];
  const inline = argv.find((arg) => arg.startsWith('--port='));
  if (inline) raw = inline.slice('--port='.length);
  if (raw === undefined || raw === '') return 8080;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`invalid port: ${raw}`);
  }
  return port;
}

async function main() {
  let port;
  try {
    port = parsePort(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  const root = DEFAULT_ROOT;
  const indexInfo = await stat(join(root, 'demo', 'index.html')).catch(() => null);
  if (!indexInfo) console.warn(`warning: ${root}demo/index.html is missing; run npm run build`);
  let started;
  try {
    started = await startServer({ root, port });
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(`port ${port} is in use: stop what serves it, or run with PORT=<free port>`);
    process.exit(1);
  }
  const { url, close } = started;
  console.log(`Demo: ${url}/demo/`);
  const stop = () => {
    close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
