// Bytes into the wasm module's linear memory for one call. The bindings take texts and data files
// as (address, length) (wasm/bindings.cpp): Embind's own std::string conversion encodes and copies
// in JS loops, byte by byte, where TextEncoder and one HEAPU8.set are native copies.
import { PrecisError } from './errors.js';

const encoder = new TextEncoder();

/**
 * The UTF-8 bytes of `text`. A lone surrogate becomes U+FFFD, one UTF-16 unit like itself, so the
 * core's start16/end16 still index the caller's string.
 * @param {string} text
 */
export function utf8(text) {
  return encoder.encode(text);
}

/**
 * Calls `body(address, length)` with a copy of `bytes` in the module's memory, freed afterwards.
 * @template T
 * @param {{ _malloc: Function, _free: Function, HEAPU8: Uint8Array }} module
 * @param {string | ArrayBuffer | ArrayBufferView} bytes a string is passed as its UTF-8
 * @param {(address: number, length: number) => T} body
 * @returns {T}
 */
export function withBytes(module, bytes, body) {
  const view =
    typeof bytes === 'string'
      ? utf8(bytes)
      : ArrayBuffer.isView(bytes)
        ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
        : new Uint8Array(bytes);
  const address = module._malloc(Math.max(1, view.length));
  if (!address) {
    throw new PrecisError('INPUT_TOO_LARGE', `${view.length} bytes do not fit in the wasm memory`);
  }
  try {
    // Read HEAPU8 after _malloc: growing the memory replaces the view.
    module.HEAPU8.set(view, address);
    return body(address, view.length);
  } finally {
    module._free(address);
  }
}
