// Registers <precis-summary> (once, even if imported twice or from two copies of the package)
// and re-exports the class. This is the package's `precis/element` export.
import { PrecisSummary } from './precis-summary.js';
// precis-summary.js's own imports, named here too: a browser discovers a module's imports only
// once the module has arrived, so without these it would fetch them one round trip later
// (cold widget start-up, bench/RESULTS.md "Profile and optimisations").
import './article-text.js';
import './errors.js';
import './precis-summary-labels.js';
import './precis-summary-styles.js';
import './worker-client.js';

export { PrecisSummary };

if (typeof customElements !== 'undefined' && !customElements.get('precis-summary')) {
  customElements.define('precis-summary', PrecisSummary);
}
