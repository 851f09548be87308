// The whole integration in a bundled app: import the element from the npm package.
import { PrecisSummary } from 'precis/element';

document.documentElement.dataset.element =
  customElements.get('precis-summary') === PrecisSummary ? 'defined' : 'missing';
