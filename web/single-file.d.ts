// Types for precis/single-file (dist/precis.single.js): the JS API and <precis-summary> in one
// module with the wasm inlined. Importing it registers <precis-summary> (engine in-thread).
export * from './precis.js';
export { PrecisSummary } from './element.js';
export type {
  PrecisSummaryEngine,
  PrecisSummaryErrorDetail,
  PrecisSummaryEventMap,
  PrecisSummaryState,
} from './element.js';
