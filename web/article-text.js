// Finds an article on a page and turns it into the text Précis reads, keeping a map from every
// UTF-16 offset of that text back to a DOM position, so result offsets (start16/end16) become
// DOM Ranges without re-searching the text. No side effects on import; nothing here writes the DOM.

// Never article text, wherever they appear.
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'VIDEO',
  'AUDIO',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'FORM',
  'NAV',
  'ASIDE',
  'FOOTER',
  'DIALOG',
  'MENU',
  'PRECIS-SUMMARY',
]);
const SKIP_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'search',
  'dialog',
]);
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
// Class and id words of page furniture, after Readability's unlikelyCandidates / positive lists.
const UNLIKELY =
  /(^|[-_\s])(ad|ads|advert|banner|breadcrumbs?|comments?|cookie|disqus|footer|menu|meta|modal|nav|newsletter|outbrain|pager|popup|promo|related|share|sharing|sidebar|social|sponsor(ed)?|subscribe|taboola|tags|tools?|widget)([-_\s]|$)/i;
const LIKELY = /article|body|content|entry|main|post|story|text/i;

function isSkipped(element, autoMode) {
  if (SKIP_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hidden || element.getAttribute('aria-hidden') === 'true') return true;
  if (SKIP_ROLES.has(element.getAttribute('role') ?? '')) return true;
  if (autoMode) {
    const words = `${element.id} ${typeof element.className === 'string' ? element.className : ''}`;
    if (UNLIKELY.test(words) && !LIKELY.test(words) && element.tagName !== 'BODY') return true;
  }
  return false;
}

/**
 * Reads the visible text under `root`: blocks separated by blank lines, skipped furniture left out.
 * `skip` is one more element to leave out (the headline, which goes to the core as `title`).
 * @returns {{ text: string, segments: { node: Text, start: number }[] }} `segments` are in text
 *   order; `segments[i].node.data` occupies text[start, start + node.data.length).
 */
export function extractText(root, { autoMode = false, skip = null } = {}) {
  let text = '';
  const segments = [];
  const breakLine = (lines) => {
    if (text === '') return;
    const trailing = /\n*$/.exec(text)[0].length;
    if (trailing < lines) text += '\n'.repeat(lines - trailing);
  };
  // Iterative walk: pages can nest deeper than the JS stack allows.
  const stack = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop();
    if (node.nodeType === Node.TEXT_NODE) {
      const data = node.data;
      if (data.trim() === '') {
        if (data.length > 0 && text !== '' && !/\s$/.test(text)) text += ' ';
        continue;
      }
      segments.push({ node, start: text.length });
      // Source line breaks inside a paragraph are soft wraps, not sentence or headline breaks;
      // a same-length substitution keeps the offset map one-to-one.
      text += data.replace(/[\t\n\r\f\v]/g, ' ');
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) {
      continue;
    }
    const tag = node.tagName?.toUpperCase();
    if (exit) {
      if (BLOCK_TAGS.has(tag)) breakLine(2);
      continue;
    }
    if (node === skip) continue;
    if (node !== root && node.nodeType === Node.ELEMENT_NODE && isSkipped(node, autoMode)) continue;
    if (tag === 'BR') {
      breakLine(1);
      continue;
    }
    if (BLOCK_TAGS.has(tag)) breakLine(2);
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1)
      stack.push({ node: children[i], exit: false });
  }
  return { text, segments };
}

/** The DOM position of a UTF-16 offset in extracted text (gaps snap to the next text node). */
export function positionAt(segments, offset) {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const segment = segments[lo];
  if (!segment) return null;
  const local = offset - segment.start;
  if (local <= segment.node.data.length) return { node: segment.node, offset: Math.max(0, local) };
  const next = segments[lo + 1];
  return next
    ? { node: next.node, offset: 0 }
    : { node: segment.node, offset: segment.node.data.length };
}

/** A live Range over text[start16, end16), or null if the text nodes have since changed. */
export function rangeFor(segments, start16, end16) {
  if (!segments) return null;
  const from = positionAt(segments, start16);
  const to = positionAt(segments, Math.max(start16, end16 - 1));
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = document.createRange();
  try {
    range.setStart(from.node, Math.min(from.offset, from.node.data.length));
    range.setEnd(to.node, Math.min(to.offset + 1, to.node.data.length));
  } catch {
    return null;
  }
  return range;
}

function linkDensity(element, textLength) {
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += link.textContent.length;
  return textLength === 0 ? 0 : linked / textLength;
}

function classWeight(element) {
  const words = `${element.id} ${typeof element.className === 'string' ? element.className : ''}`;
  let weight = 0;
  if (UNLIKELY.test(words)) weight -= 25;
  if (LIKELY.test(words)) weight += 25;
  return weight;
}

const TAG_BONUS = {
  ARTICLE: 10,
  MAIN: 5,
  SECTION: 3,
  DIV: 5,
  BLOCKQUOTE: 3,
  TD: 3,
  FORM: -3,
  UL: -3,
  OL: -3,
  LI: -3,
  HEADER: -5,
  H1: -5,
  H2: -5,
};

function insideFurniture(element, stop) {
  for (let node = element; node && node !== stop; node = node.parentElement) {
    if (isSkipped(node, true)) return true;
  }
  return false;
}

/**
 * Finds the main article of a document the way reader modes do (after Readability): paragraphs
 * score by length and commas, pass the score to their parent and half to their grandparent; the
 * best container, discounted by its link density, wins. Linear in the number of elements.
 * @returns {Element} the article element, or `doc.body` when nothing scores.
 */
export function findMainContent(doc = document) {
  const body = doc.body;
  if (!body) return doc.documentElement;
  const scores = new Map();
  const scoreOf = (element) => {
    if (!scores.has(element)) {
      scores.set(element, (TAG_BONUS[element.tagName] ?? 0) + classWeight(element));
    }
    return scores.get(element);
  };
  for (const paragraph of body.querySelectorAll('p, pre, td, blockquote')) {
    const text = paragraph.textContent.trim();
    if (text.length < 25 || insideFurniture(paragraph, body)) continue;
    const score =
      1 +
      text.split(/[,\u060C\u3001\uFF0C]/).length -
      1 +
      Math.min(Math.floor(text.length / 100), 3);
    const parent = paragraph.parentElement;
    const grandparent = parent?.parentElement;
    if (parent) scores.set(parent, scoreOf(parent) + score);
    if (grandparent && grandparent !== doc.documentElement) {
      scores.set(grandparent, scoreOf(grandparent) + score / 2);
    }
  }
  let best = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    const length = element.textContent.length;
    const final = score * (1 - linkDensity(element, length));
    if (final > bestScore) {
      best = element;
      bestScore = final;
    }
  }
  if (!best) return body;
  // Readability's sibling step, simplified: an enclosing <article> or <main> holding little
  // more text is the real article (it also holds the headline).
  const container = best.closest('article, main, [role="main"]');
  if (
    container &&
    container !== best &&
    container.textContent.length < best.textContent.length * 1.6
  ) {
    return container;
  }
  return best;
}

/** The article's headline: its first <h1>, or the page's, or ''. */
export function findTitle(article, doc = document) {
  const heading = article.querySelector('h1') ?? doc.querySelector('h1');
  return heading ? heading.textContent.replace(/\s+/g, ' ').trim() : '';
}
