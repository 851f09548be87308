// How `lang` times in headless Chromium as warm-up grows: the ~1,000 group's 40 texts timed
// once each (median ms per call) after its warm-up texts were run 1, 5 and 20 times, on the
// page bench/speed.mjs uses. Sub-0.3 ms calls there settle only after many calls, which the
// speed bench's one warm-up round does not give them.
//   node bench/chromium-lang-warmup.mjs
import { chromiumSession } from './lib/speed-chromium.mjs';
import { speedGroups } from './lib/speed-texts.mjs';
import { median } from './lib/timing.mjs';

const group = speedGroups().find((g) => g.name === '~1,000');
const texts = group.texts.map((t) => t.text);
const warm = group.warm.map((t) => t.text);
const session = await chromiumSession();
try {
  for (const rounds of [1, 5, 20]) {
    const warmUp = Array.from({ length: rounds }, () => warm).flat();
    const ms = median(await session.times('lang', texts, warmUp));
    console.log(
      `warm-up x${rounds}: lang ${ms.toFixed(3)} ms per call (median of ${texts.length})`,
    );
  }
} finally {
  await session.close();
}
