// Minifies the JavaScript modules of an assembled dist/ in place (oxc's minifier, through
// rolldown, a dev dependency), each with a source map beside it (`<name>.js.map`, sources
// included), so devtools and stack traces still lead to readable code. A page pays for every
// byte of these: the JS API and the Emscripten glue are 15.5 KB brotli as written and 9.5 KB
// minified (bench/RESULTS.md, "Payload"). The demo's own scripts stay as written, to be read, and
// so does precis.single.js, which is mostly the wasm in base64.
//   node tools/minify-dist.mjs [DIST_DIR]   (assemble-dist.mjs calls minifyDist)
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Kept short: six of these count in the core's budget.
const NOTICE = '/*! Précis (MIT); licences: THIRD_PARTY_NOTICES.txt */';

/** Minifies one module's `code` named `name`; returns { code, map } with the map as JSON text. */
export async function minifyModule(name, code) {
  const { minifySync } = await import('rolldown/experimental');
  const result = minifySync(name, code, {
    module: true,
    compress: true,
    // Module scope is private, so its names may be shortened too; exports keep theirs.
    mangle: { toplevel: true },
    sourcemap: true,
  });
  if (result.errors.length > 0) {
    throw new Error(`minify ${name}: ${result.errors.map((e) => e.message).join('; ')}`);
  }
  // The banner is one more line above the code the map describes: an empty first line of
  // mappings (";") shifts every entry down to where the code now sits.
  const map = {
    ...result.map,
    file: name,
    sources: [name],
    sourcesContent: [code],
    mappings: `;${result.map.mappings}`,
  };
  return {
    code: `${NOTICE}\n${result.code}\n//# sourceMappingURL=${name}.map\n`,
    map: JSON.stringify(map),
  };
}

/** Minifies every top-level .js file of `dir`. Returns [name, bytes before, bytes after] rows. */
export async function minifyDist(dir) {
  const names = (await readdir(dir))
    .filter((name) => name.endsWith('.js') && name !== 'precis.single.js')
    .sort();
  const rows = [];
  for (const name of names) {
    const path = join(dir, name);
    const code = await readFile(path, 'utf8');
    const out = await minifyModule(name, code);
    await writeFile(path, out.code);
    await writeFile(`${path}.map`, out.map);
    rows.push([name, Buffer.byteLength(code), Buffer.byteLength(out.code)]);
  }
  return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? fileURLToPath(new URL('../dist/', import.meta.url)));
  for (const [name, before, after] of await minifyDist(dir)) {
    console.log(
      `${name.padEnd(26)} ${String(before).padStart(9)} -> ${String(after).padStart(9)} B`,
    );
  }
}
