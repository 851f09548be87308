// <precis-summary>: summarizes an article on the page (or given text) with Précis in a Web Worker
// and shows key sentences and tags in an open shadow root. Importing this module has no side
// effects: web/define.js registers the element. Everything the engine returns and every byte of
// the article reaches the DOM through createElement + textContent only.
import { extractText, findMainContent, rangeFor } from './article-text.js';
import { PrecisError } from './errors.js';
import { labelsFor } from './precis-summary-labels.js';
import { DOCUMENT_CSS, SHADOW_CSS } from './precis-summary-styles.js';
import { sharedPrecisWorker } from './worker-client.js';

// Below this many characters a "summary" is mostly the input itself; say so instead of pretending.
const SHORT_TEXT_CHARS = 280;
const KEYPHRASES = 8;
const ENTITY_GROUPS = [
  { type: 'PER', modifier: 'per' },
  { type: 'LOC', modifier: 'loc' },
  { type: 'ORG', modifier: 'org' },
  { type: 'MISC', modifier: 'misc' },
];

let sheets;
// Built on first use, not on import: no side effects, and no CSSStyleSheet in environments
// that only import the module (SSR, tests).
function styleSheets() {
  if (!sheets) {
    const shadow = new CSSStyleSheet();
    shadow.replaceSync(SHADOW_CSS);
    const page = new CSSStyleSheet();
    page.replaceSync(DOCUMENT_CSS);
    sheets = { shadow, page };
  }
  return sheets;
}

function adoptPageSheet(doc) {
  const { page } = styleSheets();
  if (!doc.adoptedStyleSheets.includes(page)) {
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, page];
  }
}

// The CSS Custom Highlight API's registry is per document and shared by every widget: each widget
// adds and removes only its own ranges.
function highlightRegistry() {
  return typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function'
    ? CSS.highlights
    : null;
}

function addRanges(name, ranges) {
  const registry = highlightRegistry();
  let highlight = registry.get(name);
  if (!highlight) {
    highlight = new Highlight();
    registry.set(name, highlight);
  }
  for (const range of ranges) highlight.add(range);
}

function removeRanges(name, ranges) {
  const highlight = highlightRegistry()?.get(name);
  if (!highlight) return;
  for (const range of ranges) highlight.delete(range);
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function withPart(node, part) {
  node.setAttribute('part', part);
  return node;
}

// Intl.DisplayNames loads its locale data when the first one is made, about 20 ms in a cold
// Chromium: one instance, made while the engine loads (#run), not while a result waits.
const displayNames = new Map();
function languageName(code, uiLanguage = 'en') {
  try {
    if (!displayNames.has(uiLanguage)) {
      displayNames.set(uiLanguage, new Intl.DisplayNames([uiLanguage], { type: 'language' }));
    }
    return displayNames.get(uiLanguage).of(code) ?? code;
  } catch {
    return code;
  }
}

function isOn(element, name) {
  const value = element.getAttribute(name);
  return value !== null && value !== 'false' && value !== 'off';
}

function prefersReducedMotion() {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

let nextInstance = 1;

export class PrecisSummary extends HTMLElement {
  static observedAttributes = [
    'for',
    'selector',
    'type',
    'length',
    'lang',
    'tags',
    'highlight',
    'mode',
    'heading',
  ];

  /**
   * Returns the engine every widget uses: by default the page's one shared Web Worker (in-thread if
   * the worker cannot start). Replace it
   * (before widgets start) to run in-thread, e.g. `PrecisSummary.engine = () => Precis.create()`.
   * @type {() => Promise<{ summarize: Function, analyze: Function }>}
   */
  static engine = () =>
    sharedPrecisWorker().catch(async () => {
      // A worker that cannot start runs the engine in-thread instead: a policy that forbids
      // workers, or (seen in Chromium) an offline page whose service worker does not control the
      // worker script because it lies outside the service worker's scope.
      const { Precis } = await import('./precis.js');
      return Precis.create();
    });

  #ui;
  #text = null;
  #started = false;
  #scheduled = false;
  #ready = false;
  #controller;
  #observer;
  #result = null;
  #source = null;
  #ranges = new Map();
  #marks = [];
  #activeRange = null;
  #id = nextInstance++;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styleSheets().shadow];
    this.#ui = this.#build(root);
  }

  /** Text to summarize instead of an article on the page; `null` to go back to the page. */
  get text() {
    return this.#text;
  }

  set text(value) {
    if (value !== null && typeof value !== 'string') {
      throw new TypeError('precis-summary: text must be a string or null');
    }
    this.#text = value;
    this.#schedule();
  }

  /** The last result (the core's JSON shape), or null. */
  get result() {
    return this.#result;
  }

  /** Summarizes again (say after the article changed). Resolves when rendered. */
  refresh() {
    this.#started = true;
    return this.#run();
  }

  connectedCallback() {
    adoptPageSheet(this.ownerDocument);
    if (this.#started) {
      this.#schedule();
      return;
    }
    if (this.hasAttribute('eager') || typeof IntersectionObserver !== 'function') {
      this.#start();
      return;
    }
    this.#setState('idle');
    // Lazy: the worker and the wasm load only when a widget comes near the viewport.
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.#start();
      },
      { rootMargin: '200px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#controller?.abort();
    this.#clearHighlights();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === 'heading') {
      this.#ui.heading.textContent = newValue || this.#words().labels.summary;
      return;
    }
    this.#schedule();
  }

  #start() {
    this.#observer?.disconnect();
    this.#observer = undefined;
    if (this.#started) return;
    this.#started = true;
    this.#schedule();
  }

  // Attribute changes arrive one by one; coalesce them into one run.
  #schedule() {
    if (!this.#started || this.#scheduled || !this.isConnected) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.isConnected) this.#run();
    });
  }

  #build(root) {
    const section = withPart(el('section', 'card'), 'container');
    const { labels } = this.#words();
    section.setAttribute('aria-label', labels.articleSummary);
    section.setAttribute('aria-busy', 'false');

    const header = withPart(el('div', 'header'), 'header');
    const logo = el('span', 'logo', 'P');
    logo.setAttribute('aria-hidden', 'true');
    const heading = withPart(
      el('h2', 'heading', this.getAttribute('heading') || labels.summary),
      'heading',
    );
    const meta = withPart(el('ul', 'meta'), 'meta');
    meta.setAttribute('aria-label', labels.aboutSummary);
    header.append(logo, heading, meta);

    const status = withPart(el('p', 'status'), 'status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');

    const skeleton = withPart(el('div', 'skeleton'), 'skeleton');
    skeleton.setAttribute('aria-hidden', 'true');
    for (let i = 0; i < 4; i += 1) skeleton.append(el('span'));

    const notice = withPart(el('div', 'notice notice--warn'), 'notice');
    const noticeTitle = el('p', 'notice-title');
    const noticeText = el('p', 'notice-text');
    notice.append(noticeTitle, noticeText);

    const error = withPart(el('div', 'notice notice--error'), 'error');
    const errorTitle = el('p', 'notice-title');
    const errorText = el('p', 'notice-text');
    const errorCode = el('p', 'notice-text');
    const retry = withPart(el('button', 'retry', labels.retry), 'retry');
    retry.type = 'button';
    retry.addEventListener('click', () => this.refresh());
    error.append(errorTitle, errorText, errorCode, retry);

    const body = withPart(el('div', 'body'), 'body');
    const headline = withPart(el('p', 'headline'), 'headline');
    const sentences = withPart(el('ol', 'sentences'), 'sentences');
    sentences.setAttribute('aria-label', labels.keySentences);
    const hint = withPart(el('p', 'hint', labels.hint), 'hint');
    hint.id = `precis-hint-${this.#id}`;
    const tags = withPart(el('div', 'tags'), 'tags');
    body.append(headline, sentences, hint, tags);

    const footer = withPart(el('p', 'footer'), 'footer');

    section.append(header, status, skeleton, notice, error, body, footer);
    root.append(section);
    for (const node of [skeleton, notice, error, body, headline, tags]) node.hidden = true;
    return {
      section,
      heading,
      meta,
      status,
      skeleton,
      notice,
      noticeTitle,
      noticeText,
      error,
      errorTitle,
      errorText,
      errorCode,
      body,
      headline,
      sentences,
      hint,
      tags,
      footer,
    };
  }

  // The widget's words in the language of the page around it (the closest ancestor's `lang`,
  // else the document's; the element's own `lang` names the article's language): see
  // precis-summary-labels.js.
  #words() {
    const lang =
      this.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    return labelsFor(lang);
  }

  // The labels built once, in the page's language as it is now (a page may set `lang` late).
  #relabel() {
    const { labels } = this.#words();
    const ui = this.#ui;
    ui.section.setAttribute('aria-label', labels.articleSummary);
    if (!this.getAttribute('heading')) ui.heading.textContent = labels.summary;
    ui.meta.setAttribute('aria-label', labels.aboutSummary);
    ui.error.querySelector('.retry').textContent = labels.retry;
    ui.sentences.setAttribute('aria-label', labels.keySentences);
    ui.hint.textContent = labels.hint;
    return labels;
  }

  #setState(state, statusText = '') {
    const ui = this.#ui;
    this.dataset.state = state;
    ui.section.setAttribute('aria-busy', String(state === 'loading'));
    ui.skeleton.hidden = state !== 'loading' && state !== 'idle';
    ui.error.hidden = state !== 'error';
    ui.body.hidden = state !== 'result' && state !== 'short';
    ui.notice.hidden = state !== 'short' && state !== 'empty';
    if (state !== 'result' && state !== 'short') ui.footer.textContent = '';
    ui.status.textContent = statusText;
  }

  // Where the text comes from, in priority order: the text property, for="id", selector="css",
  // text inside the element, or the page's main content found reader-mode style.
  #readSource() {
    if (this.#text !== null) return { text: this.#text, segments: null, origin: 'property' };
    const doc = this.ownerDocument;
    let root = null;
    let origin = 'auto';
    const ids = (this.getAttribute('for') ?? '').split(/\s+/).filter(Boolean);
    if (ids.length > 0) {
      root = doc.getElementById(ids[0]);
      origin = 'for';
      if (!root) return { text: '', segments: null, origin, missing: `#${ids[0]}` };
    } else if (this.hasAttribute('selector')) {
      origin = 'selector';
      try {
        root = doc.querySelector(this.getAttribute('selector'));
      } catch {
        root = null;
      }
      if (!root)
        return { text: '', segments: null, origin, missing: this.getAttribute('selector') };
    } else if (this.textContent.trim() !== '') {
      // Slotted text is input only: it is not rendered, so there is nothing to navigate to.
      return { text: extractText(this).text, segments: null, origin: 'content' };
    } else {
      root = findMainContent(doc);
    }
    // The headline is passed as `title` (it steers ranking) rather than summarized as a sentence.
    const headline =
      root.querySelector('h1') ?? (origin === 'auto' ? doc.querySelector('h1') : null);
    const { text, segments } = extractText(root, { autoMode: origin === 'auto', skip: headline });
    const heading = headline ? headline.textContent.replace(/\s+/g, ' ').trim() : '';
    return { text, segments, origin, title: heading || undefined };
  }

  // mode="story": every `for` id is one article of the story. Sentences and mentions then carry
  // `article`, the index of the source whose segments map their offsets.
  #readStorySource() {
    const doc = this.ownerDocument;
    const ids = (this.getAttribute('for') ?? '').split(/\s+/).filter(Boolean);
    const articles = [];
    for (const id of ids) {
      const root = doc.getElementById(id);
      if (!root) return { text: '', segments: null, origin: 'story', missing: `#${id}` };
      const headline = root.querySelector('h1, h2');
      const { text, segments } = extractText(root, { skip: headline });
      const title = headline?.textContent.replace(/\s+/g, ' ').trim() || undefined;
      articles.push({ text, segments, title, id });
    }
    const text = articles.map((a) => a.text).join('\n\n');
    return { text, segments: articles.length > 0 ? 'story' : null, origin: 'story', articles };
  }

  // The segments that map a sentence's or mention's UTF-16 offsets back into the page.
  #segmentsOf(item) {
    const source = this.#source;
    if (source?.articles) return source.articles[item.article]?.segments ?? null;
    return source?.segments ?? null;
  }

  #options() {
    const options = {};
    for (const name of ['type', 'length', 'lang']) {
      const value = this.getAttribute(name);
      if (value) options[name] = value;
    }
    if (this.#withTags()) options.keyphrases = KEYPHRASES;
    return options;
  }

  #withTags() {
    return this.hasAttribute('tags') ? isOn(this, 'tags') : true;
  }

  async #run() {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.#clearHighlights();
    const story = this.getAttribute('mode') === 'story';
    const source = story ? this.#readStorySource() : this.#readSource();
    this.#source = source;
    const labels = this.#relabel();
    if (source.text.trim() === '') {
      this.#result = null;
      this.#setState('empty', labels.emptyState);
      this.#ui.noticeTitle.textContent = labels.emptyTitle;
      this.#ui.noticeText.textContent = source.missing
        ? labels.nothingMatches(source.missing)
        : labels.noTextYet;
      return;
    }
    this.#setState('loading', labels.loading);
    let engine;
    try {
      const loading = PrecisSummary.engine();
      setTimeout(() => languageName('en', this.#words().code), 0);
      engine = await loading;
    } catch (cause) {
      if (controller !== this.#controller) return;
      this.#showError(
        new PrecisError('ENGINE_LOAD_FAILED', cause?.message || String(cause), { cause }),
      );
      return;
    }
    if (controller !== this.#controller) return;
    if (!this.#ready) {
      this.#ready = true;
      this.dispatchEvent(new CustomEvent('precis-ready', { bubbles: true, composed: true }));
    }
    const options = { ...this.#options(), signal: controller.signal };
    if (source.title) options.title = source.title;
    const started = performance.now();
    let result;
    try {
      if (story) {
        const articles = source.articles.map(({ text, title }) => ({ text, title }));
        result = await engine.story(articles, options);
      } else {
        result = this.#withTags()
          ? await engine.analyze(source.text, options)
          : await engine.summarize(source.text, options);
      }
    } catch (error) {
      if (error?.name === 'AbortError' || controller !== this.#controller) return;
      this.#showError(error);
      return;
    }
    if (controller !== this.#controller) return;
    this.#render(result, source, performance.now() - started);
    // For the browser benchmark: page load to the first summary on screen, once per page.
    if (performance.getEntriesByName?.('precis-summary:first').length === 0) {
      performance.mark('precis-summary:first');
    }
    this.dispatchEvent(
      new CustomEvent('precis-summary', { bubbles: true, composed: true, detail: result }),
    );
  }

  #showError(error) {
    const code = typeof error?.code === 'string' ? error.code : 'INTERNAL';
    this.#result = null;
    const ui = this.#ui;
    const { labels } = this.#words();
    this.#setState('error', labels.errorState);
    ui.errorTitle.textContent = labels.errorTitles[code] ?? labels.errorTitle;
    ui.errorText.textContent = error?.message || code;
    ui.errorCode.textContent = labels.errorCode(code);
    ui.error.querySelector('.retry').hidden = false;
    this.dispatchEvent(
      new CustomEvent('precis-error', {
        bubbles: true,
        composed: true,
        detail: { code, message: ui.errorText.textContent, error },
      }),
    );
  }

  #render(result, source, ms) {
    this.#result = result;
    const ui = this.#ui;
    const short = source.text.trim().length < SHORT_TEXT_CHARS || result.sentences.length === 0;
    const type = this.getAttribute('type') || 'key-points';
    const navigable = source.segments !== null;
    const count = result.sentences.length;
    const { code: uiLanguage, labels } = this.#words();
    this.#setState(
      short ? 'short' : 'result',
      short ? labels.shortState : labels.ready(count, type === 'key-points'),
    );
    if (short) {
      ui.noticeTitle.textContent = labels.shortTitle;
      ui.noticeText.textContent = count === 0 ? labels.tooShort : labels.shortBody;
    }

    const languages = result.articles
      ? [...new Set(result.articles.map((a) => a.lang).filter(Boolean))]
      : [result.lang];
    ui.meta.replaceChildren(
      el('li', '', labels.types[type] ?? type),
      ...(result.articles ? [el('li', '', labels.storyOf(result.articles.length))] : []),
      el('li', '', languages.map((l) => `${languageName(l, uiLanguage)} (${l})`).join(', ')),
    );

    ui.headline.hidden = type !== 'headline';
    ui.headline.textContent = type === 'headline' ? result.summary.replace(/\s+/g, ' ').trim() : '';
    ui.headline.dir = 'auto';
    const items = result.sentences.map((sentence, position) => {
      const item = withPart(el('li'), 'sentence-item');
      const node = navigable ? el('button', 'sentence') : el('span', 'sentence sentence--static');
      // Source indentation and soft wraps collapse for display; offsets still use the raw text.
      node.textContent = sentence.text.replace(/\s+/g, ' ').trim();
      node.setAttribute('part', 'sentence');
      node.dir = 'auto';
      if (navigable) {
        node.type = 'button';
        node.dataset.index = String(position);
        node.setAttribute('aria-describedby', ui.hint.id);
        node.addEventListener('click', () => this.#goTo(position));
      }
      item.append(node);
      if (result.articles) item.append(this.#sourceNote(sentence, source));
      return item;
    });
    ui.sentences.replaceChildren(...items);
    ui.sentences.hidden = type === 'headline' || items.length === 0;
    ui.hint.hidden = !navigable || type === 'headline' || items.length === 0;

    ui.tags.hidden = !result.entities;
    ui.tags.replaceChildren();
    if (result.entities) this.#renderTags(result);

    ui.footer.textContent = labels.footer(Math.round(ms));
    if (navigable && isOn(this, 'highlight')) this.#highlight(result, source);
  }

  // "Article 2 · also in 1, 3": where a story sentence comes from and who else reports it.
  #sourceNote(sentence, source) {
    const { labels } = this.#words();
    const name = (i) => source.articles[i]?.title ?? labels.article(i + 1);
    let text = labels.from(name(sentence.article));
    if (sentence.support.length > 0) {
      text += labels.alsoIn(sentence.support.map((i) => name(i)).join('; '));
    }
    return withPart(el('p', 'source-note', text), 'source');
  }

  #renderTags(result) {
    const { labels } = this.#words();
    const groups = [];
    for (const { type, modifier } of ENTITY_GROUPS) {
      const title = labels.groups[type];
      const entities = result.entities.filter((entity) => entity.type === type).slice(0, 8);
      if (entities.length === 0) continue;
      groups.push(
        this.#tagGroup(
          title,
          entities.map((e) => ({ text: e.text, count: e.count })),
          `chip chip--${modifier}`,
          `tag tag-${modifier}`,
        ),
      );
    }
    if (result.keyphrases?.length) {
      groups.push(
        this.#tagGroup(
          labels.keyPhrases,
          result.keyphrases.map((k) => ({ text: k.text })),
          'chip chip--key',
          'tag tag-key',
        ),
      );
    }
    this.#ui.tags.append(...groups);
    this.#ui.tags.hidden = groups.length === 0;
  }

  #tagGroup(title, items, className, part) {
    const group = el('div', 'group');
    const heading = el('h3', 'group-title', title);
    heading.id = `precis-${this.#id}-${title.toLowerCase().replace(/\W+/g, '-')}`;
    const list = withPart(el('ul', 'chips'), 'tags-list');
    list.setAttribute('aria-labelledby', heading.id);
    for (const item of items) {
      const chip = withPart(el('li', className, item.text.replace(/\s+/g, ' ')), part);
      chip.dir = 'auto';
      if (item.count > 1) {
        const count = el('span', 'count', `×${item.count}`);
        count.setAttribute('aria-label', this.#words().labels.mentions(item.count));
        chip.append(count);
      }
      list.append(chip);
    }
    group.append(heading, list);
    return group;
  }

  #highlight(result, source) {
    const sentenceRanges = result.sentences
      .map((s) => rangeFor(this.#segmentsOf(s), s.start16, s.end16))
      .filter(Boolean);
    if (!highlightRegistry()) {
      this.#wrapInMarks(sentenceRanges);
      return;
    }
    this.#ranges.set('precis-sentence', sentenceRanges);
    addRanges('precis-sentence', sentenceRanges);
    for (const { type, modifier } of ENTITY_GROUPS) {
      const ranges = (result.entities ?? [])
        .filter((entity) => entity.type === type)
        .flatMap((entity) =>
          entity.mentions.map((m) => rangeFor(this.#segmentsOf(m), m.start16, m.end16)),
        )
        .filter(Boolean);
      const name = `precis-${modifier}`;
      this.#ranges.set(name, ranges);
      addRanges(name, ranges);
    }
  }

  // Fallback without the Highlight API: wrap each sentence's text nodes in <mark>. Sentences never
  // overlap; entity mentions are only painted where the Highlight API exists.
  #wrapInMarks(ranges) {
    const pieces = [];
    ranges.forEach((range, index) => {
      const walker = this.ownerDocument.createTreeWalker(
        range.commonAncestorContainer.parentNode ?? range.commonAncestorContainer,
        NodeFilter.SHOW_TEXT,
      );
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!range.intersectsNode(node)) continue;
        const start = node === range.startContainer ? range.startOffset : 0;
        const end = node === range.endContainer ? range.endOffset : node.data.length;
        if (end > start) pieces.push({ node, start, end, index });
      }
    });
    // In reverse document order, so offsets not yet used stay valid while nodes are split.
    pieces.reverse();
    for (const { node, start, end, index } of pieces) {
      const middle = node.splitText(start);
      middle.splitText(end - start);
      const mark = this.ownerDocument.createElement('mark');
      mark.className = 'precis-mark';
      mark.dataset.precisIndex = String(index);
      middle.replaceWith(mark);
      mark.append(middle);
      this.#marks.push(mark);
    }
  }

  #clearHighlights() {
    for (const [name, ranges] of this.#ranges) removeRanges(name, ranges);
    this.#ranges.clear();
    if (this.#activeRange) removeRanges('precis-active', [this.#activeRange]);
    this.#activeRange = null;
    const parents = new Set();
    for (const mark of this.#marks) {
      if (!mark.parentNode) continue;
      parents.add(mark.parentNode);
      mark.replaceWith(...mark.childNodes);
    }
    for (const parent of parents) parent.normalize();
    this.#marks = [];
  }

  // Keyboard and pointer: move focus to the block holding the sentence, scroll it into view and
  // paint it as the active sentence, so screen readers and sighted users land in the same place.
  #goTo(position) {
    const sentence = this.#result?.sentences[position];
    const source = this.#source;
    if (!sentence || !source?.segments) return;
    let range;
    let target;
    const marks = this.#marks.filter((mark) => mark.dataset.precisIndex === String(position));
    if (marks.length > 0) {
      for (const mark of this.#marks)
        mark.classList.toggle('precis-mark--active', marks.includes(mark));
      range = this.ownerDocument.createRange();
      range.setStartBefore(marks[0]);
      range.setEndAfter(marks[marks.length - 1]);
      target = marks[0];
      target.tabIndex = -1;
    } else {
      range = rangeFor(this.#segmentsOf(sentence), sentence.start16, sentence.end16);
      if (!range) return;
      if (highlightRegistry()) {
        if (this.#activeRange) removeRanges('precis-active', [this.#activeRange]);
        this.#activeRange = range;
        addRanges('precis-active', [range]);
      }
      target = range.startContainer.parentElement;
      if (!target) return;
      if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    }
    target.classList.add('precis-target');
    target.focus({ preventScroll: true });
    const box = range.getBoundingClientRect();
    const top =
      box.top +
      globalThis.scrollY -
      (globalThis.innerHeight - Math.min(box.height, globalThis.innerHeight)) / 2;
    globalThis.scrollTo({
      top: Math.max(0, top),
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    });
  }
}
