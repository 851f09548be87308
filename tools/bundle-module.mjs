// One ES module from an entry and everything it imports, written with a banner: what
// build-single-file.mjs (the API, the element and the inlined data) and bundle-worker.mjs (the
// worker and the API) each make of an assembled dist/. Rolldown is a dev dependency.
import { writeFile } from 'node:fs/promises';

/**
 * Bundles `input` (a file, or an id a plugin resolves) into `outFile`. Module comments name files
 * relative to `dir`. Returns the bundle's size in bytes.
 */
export async function bundleModule({ dir, input, outFile, banner, plugins = [] }) {
  const { rolldown } = await import('rolldown');
  const bundle = await rolldown({
    input,
    cwd: dir,
    platform: 'browser',
    // precis.js reads the wasm file with node:fs only when it runs in Node; a browser bundle
    // never takes that path.
    external: [/^node:/],
    plugins,
  });
  try {
    const { output } = await bundle.generate({ format: 'es', codeSplitting: false });
    const code = banner + output.find((item) => item.type === 'chunk').code;
    await writeFile(outFile, code);
    return Buffer.byteLength(code);
  } finally {
    await bundle.close();
  }
}
