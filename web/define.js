// Registers <precis-summary> (once, even if imported twice or from two copies of the package)
// and re-exports the class. This is the package's `precis/element` export.
import { PrecisSummary } from './precis-summary.js';

export { PrecisSummary };

if (typeof customElements !== 'undefined' && !customElements.get('precis-summary')) {
  customElements.define('precis-summary', PrecisSummary);
}
