// A static server for the Chromium benches: dist/ at `/`, bench/www/ at `/bench/`, on 127.0.0.1.
// Unlike tools/serve.mjs (no-cache, for development) it answers like a production CDN would for
// versioned assets, `Cache-Control: public, max-age=3600`, so that a second visit in the same
// browser context is a true warm-cache load. Responses are uncompressed (Chromium sends no `br`
// over plain http); payload sizes per encoding are computed from the files the page requested.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

function inside(root, path) {
  const full = resolve(root, `.${decodeURIComponent(path)}`);
  return full === root || full.startsWith(root + sep) ? full : null;
}

/** Starts the server; `mounts` maps URL prefixes to directories (longest prefix first). */
export async function startStaticServer(mounts, { extra = {} } = {}) {
  const entries = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://x');
    if (extra[pathname] !== undefined) {
      res.writeHead(200, { 'Content-Type': TYPES['.json'], 'Cache-Control': 'no-store' });
      res.end(extra[pathname]);
      return;
    }
    const [prefix, dir] = entries.find(([p]) => pathname.startsWith(p)) ?? [];
    const file = dir && inside(resolve(dir), `/${pathname.slice(prefix.length)}`);
    const info = file && (await stat(file).catch(() => null));
    if (!info?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': 'public, max-age=3600',
      // Cross-origin isolation gives the page 5 µs performance.now() instead of 100 µs.
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(ok);
      }),
  };
}

/** Debian Chromium through playwright-core, with the flags the browser tests use. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
