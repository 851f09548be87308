// Précis demo page. Everything the engine returns, and every byte of the article, reaches the DOM
// through createElement + textContent only: article text is untrusted input.
import { renderStory } from './story-view.js';

const ENTITY_TYPES = [
  { type: 'PER', group: 'People', name: 'Person', modifier: 'per' },
  { type: 'LOC', group: 'Places', name: 'Place', modifier: 'loc' },
  { type: 'ORG', group: 'Organisations', name: 'Organisation', modifier: 'org' },
  { type: 'MISC', group: 'Other', name: 'Other', modifier: 'misc' },
];
const TYPE_INFO = new Map(ENTITY_TYPES.map((info) => [info.type, info]));

// Below this many characters a "summary" is mostly the input itself; say so instead of pretending.
const SHORT_TEXT_CHARS = 280;
const KEYPHRASE_COUNT = 10;

const ERROR_TITLES = {
  EMPTY_INPUT: 'There is no article text to summarize',
  INPUT_TOO_LARGE: 'This text is too large to summarize here',
  INVALID_OPTIONS: 'The summary options were rejected',
  ENGINE_LOAD_FAILED: 'The engine could not be loaded',
};

const $ = (id) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`demo: missing #${id}`);
  return element;
};

const ui = {
  main: $('main'),
  samples: $('samples'),
  sampleList: $('sample-list'),
  form: $('analyze-form'),
  textarea: $('article-text'),
  charCount: $('char-count'),
  summarize: $('summarize-button'),
  clear: $('clear-button'),
  status: $('status'),
  statusText: $('status-text'),
  results: $('results'),
  placeholder: $('placeholder'),
  errorBox: $('error-box'),
  errorTitle: $('error-title'),
  errorMessage: $('error-message'),
  errorCode: $('error-code'),
  output: $('output'),
  langName: $('lang-name'),
  langCode: $('lang-code'),
  sentenceCount: $('sentence-count'),
  timing: $('timing'),
  shortNotice: $('short-notice'),
  resultTitle: $('result-title'),
  summaryList: $('summary-list'),
  tagGroups: $('tag-groups'),
  articleView: $('article-view'),
  storyButton: $('story-button'),
  storyLanguage: $('story-language'),
  storyView: $('story-view'),
  story: {
    meta: $('story-meta'),
    list: $('story-list'),
    entities: $('story-entities'),
    keyphrases: $('story-keyphrases'),
    disagreements: $('story-disagreements'),
  },
};

const state = {
  precis: null,
  runId: 0,
  // The last action asked for while the engine was still loading; it runs once the engine is ready.
  pending: null,
  sampleTexts: new Map(),
  sampleFiles: [],
  activeSample: null,
};

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return null;
  }
})();

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function setStatus(kind, message) {
  ui.status.dataset.state = kind;
  ui.statusText.textContent = message;
}

function formatMs(ms) {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

function languageName(code) {
  if (!code || code === 'und') return 'Unknown';
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

function selectedLength() {
  const checked = ui.form.querySelector('input[name="length"]:checked');
  return checked ? checked.value : 'medium';
}

// One visible panel at a time: placeholder (idle / empty), error, or output.
function showPanel(panel) {
  ui.placeholder.hidden = panel !== ui.placeholder;
  ui.errorBox.hidden = panel !== ui.errorBox;
  ui.output.hidden = panel !== ui.output;
}

function showEmpty() {
  ui.results.dataset.state = 'empty';
  ui.textarea.setAttribute('aria-invalid', 'true');
  ui.placeholder.classList.add('placeholder--empty');
  showPanel(ui.placeholder);
  setStatus('empty', 'Nothing to summarize: paste an article or pick a sample first.');
  ui.textarea.focus();
}

function showIdle() {
  ui.results.dataset.state = 'idle';
  ui.textarea.removeAttribute('aria-invalid');
  ui.placeholder.classList.remove('placeholder--empty');
  showPanel(ui.placeholder);
}

function showError(error, fallbackCode = 'UNKNOWN') {
  const code = typeof error?.code === 'string' && error.code ? error.code : fallbackCode;
  const message = error instanceof Error ? error.message : String(error);
  ui.results.dataset.state = 'error';
  ui.errorTitle.textContent = ERROR_TITLES[code] ?? 'Could not summarize this text';
  ui.errorMessage.textContent = message || 'No further details were given.';
  ui.errorCode.textContent = code;
  showPanel(ui.errorBox);
  setStatus('error', `Something went wrong (${code}). Details below.`);
}

function setBusy(busy) {
  ui.results.setAttribute('aria-busy', String(busy));
  ui.summarize.classList.toggle('is-busy', busy);
}

// ---------------------------------------------------------------------------------------------
// Rendering

function renderSummary(sentences) {
  const items = sentences.map((sentence, rank) => {
    const item = el('li', 'summary-list__item');
    const link = el('a', 'summary-link', sentence.text);
    link.dir = 'auto'; // Arabic and Hebrew sentences read right to left
    link.href = `#sentence-${sentence.index}`;
    link.dataset.index = String(sentence.index);
    link.dataset.rank = String(rank + 1);
    item.append(link);
    return item;
  });
  ui.summaryList.replaceChildren(...items);
}

function chip(modifier, label, count, typeName) {
  const item = el('li', `chip chip--${modifier}`);
  const text = el('span', 'chip__text', label);
  text.dir = 'auto';
  item.append(text);
  if (count !== undefined) {
    const badge = el('span', 'chip__count');
    badge.append(el('span', 'visually-hidden', ', mentions: '), String(count));
    item.append(badge);
  }
  if (typeName) item.title = `${typeName}: ${label}`;
  return item;
}

function tagGroup(title, count, chips) {
  const group = el('div', 'tag-group');
  const heading = el('h4', 'tag-group__title', title);
  heading.append(' ', el('span', 'tag-group__count', `(${count})`));
  const list = el('ul', 'chips');
  list.setAttribute('aria-label', title);
  list.append(...chips);
  group.append(heading, list);
  return group;
}

function renderTags(entities, keyphrases) {
  const groups = [];
  // Key phrases first: what the article is about stays in view even when the entity lists are
  // long enough to scroll the tags card.
  if (keyphrases.length > 0) {
    const chips = keyphrases.map((phrase) => chip('key', phrase.text));
    groups.push(tagGroup('Key phrases', keyphrases.length, chips));
  }
  for (const info of ENTITY_TYPES) {
    const ofType = entities
      .map((entity, order) => ({ entity, order }))
      .filter(({ entity }) => entity.type === info.type)
      .sort((a, b) => b.entity.count - a.entity.count || a.order - b.order)
      .map(({ entity }) => entity);
    if (ofType.length === 0) continue;
    const chips = ofType.map((entity) => chip(info.modifier, entity.text, entity.count, info.name));
    groups.push(tagGroup(info.group, ofType.length, chips));
  }
  const unknown = entities.filter((entity) => !TYPE_INFO.has(entity.type));
  if (unknown.length > 0) {
    const chips = unknown.map((entity) => chip('misc', entity.text, entity.count, entity.type));
    groups.push(tagGroup('Unclassified', unknown.length, chips));
  }
  if (groups.length === 0) groups.push(el('p', 'hint', 'No tags were found in this text.'));
  ui.tagGroups.replaceChildren(...groups);
}

function isSpan(start, end, length) {
  return (
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length
  );
}

// Sorted, non-overlapping spans: an overlap would make the DOM nesting ambiguous.
function disjoint(spans) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  let reached = 0;
  for (const span of sorted) {
    if (span.start < reached) continue;
    kept.push(span);
    reached = span.end;
  }
  return kept;
}

// Appends plain text, giving each run of line breaks its own block so paragraphs get a visible
// gap. The break's text is kept, so the view's textContent stays exactly the input.
function appendText(parent, text) {
  let pos = 0;
  for (const match of text.matchAll(/\r?\n(?:[ \t\r]*\n)*/g)) {
    if (match.index > pos) parent.append(text.slice(pos, match.index));
    parent.append(el('span', 'para-break', match[0]));
    pos = match.index + match[0].length;
  }
  if (pos < text.length) parent.append(text.slice(pos));
}

// Appends text[from, to) to parent, wrapping entity mentions. `cursor.i` walks `mentions` once
// over the whole article, so rendering stays linear.
function appendWithMentions(parent, text, from, to, mentions, cursor) {
  let pos = from;
  while (cursor.i < mentions.length && mentions[cursor.i].end <= from) cursor.i += 1;
  for (let i = cursor.i; i < mentions.length && mentions[i].start < to; i += 1) {
    const mention = mentions[i];
    const start = Math.max(mention.start, from);
    const end = Math.min(mention.end, to);
    if (start > pos) appendText(parent, text.slice(pos, start));
    const info = TYPE_INFO.get(mention.type);
    const span = el('span', `ent ent--${info?.modifier ?? 'misc'}`, text.slice(start, end));
    span.title = `${info?.name ?? mention.type}: ${mention.label}`;
    parent.append(span);
    pos = end;
  }
  if (pos < to) appendText(parent, text.slice(pos, to));
}

function renderArticle(text, sentences, entities) {
  const length = text.length;
  const marks = disjoint(
    sentences
      .map((sentence, rank) => ({
        start: sentence.start16,
        end: sentence.end16,
        index: sentence.index,
        rank: rank + 1,
      }))
      .filter((span) => isSpan(span.start, span.end, length)),
  );
  const mentions = disjoint(
    entities.flatMap((entity) =>
      (entity.mentions ?? [])
        .filter((mention) => isSpan(mention.start16, mention.end16, length))
        .map((mention) => ({
          start: mention.start16,
          end: mention.end16,
          type: entity.type,
          label: entity.text,
        })),
    ),
  );

  const fragment = document.createDocumentFragment();
  const cursor = { i: 0 };
  let pos = 0;
  for (const span of marks) {
    appendWithMentions(fragment, text, pos, span.start, mentions, cursor);
    const mark = el('mark', 'hl');
    mark.id = `sentence-${span.index}`;
    mark.tabIndex = -1;
    mark.dataset.index = String(span.index);
    mark.dataset.rank = String(span.rank);
    appendWithMentions(mark, text, span.start, span.end, mentions, cursor);
    fragment.append(mark);
    pos = span.end;
  }
  appendWithMentions(fragment, text, pos, length, mentions, cursor);
  ui.articleView.replaceChildren(fragment);
  ui.articleView.dir = 'auto';
}

function renderResult(text, result, ms) {
  const sentences = Array.isArray(result.sentences) ? result.sentences : [];
  const entities = Array.isArray(result.entities) ? result.entities : [];
  const keyphrases = Array.isArray(result.keyphrases) ? result.keyphrases : [];

  ui.langName.textContent = languageName(result.lang);
  ui.langCode.textContent = result.lang ?? 'und';
  ui.sentenceCount.textContent = plural(sentences.length, 'sentence', 'sentences');
  ui.timing.textContent = formatMs(ms);
  ui.resultTitle.hidden = !result.title;
  ui.resultTitle.textContent = result.title ?? '';
  ui.resultTitle.dir = 'auto';

  const tooShort = text.trim().length < SHORT_TEXT_CHARS || sentences.length < 2;
  ui.shortNotice.hidden = !tooShort;

  renderSummary(sentences);
  renderTags(entities, keyphrases);
  renderArticle(text, sentences, entities);

  ui.results.dataset.state = tooShort ? 'short' : 'done';
  ui.textarea.removeAttribute('aria-invalid');
  showPanel(ui.output);
  const found = `${plural(sentences.length, 'key sentence', 'key sentences')}, ${plural(
    entities.length,
    'entity',
    'entities',
  )}`;
  setStatus(tooShort ? 'warn' : 'done', `Done in ${formatMs(ms)}: ${found}.`);
}

// ---------------------------------------------------------------------------------------------
// Actions

async function summarize() {
  const text = ui.textarea.value;
  if (text.trim() === '') {
    state.runId += 1;
    setBusy(false);
    showEmpty();
    return;
  }
  if (!state.precis) {
    state.pending = summarize;
    setBusy(true);
    setStatus('loading', 'Loading the engine… your text will be summarized when it is ready.');
    return;
  }
  const runId = ++state.runId;
  ui.storyView.hidden = true;
  ui.results.hidden = false;
  setBusy(true);
  setStatus('working', 'Summarizing…');
  try {
    const started = performance.now();
    const result = await state.precis.analyze(text, {
      type: 'key-points',
      length: selectedLength(),
      keyphrases: KEYPHRASE_COUNT,
    });
    const ms = performance.now() - started;
    if (runId !== state.runId) return;
    renderResult(text, result, ms);
    ui.results.dataset.run = String(runId);
  } catch (error) {
    if (runId !== state.runId) return;
    showError(error);
  } finally {
    if (runId === state.runId) setBusy(false);
  }
}

function jumpToSentence(index) {
  const target = document.getElementById(`sentence-${index}`);
  if (!target) return;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  target.focus({ preventScroll: true });
  target.classList.remove('is-flash');
  // Restart the highlight animation on repeated jumps to the same sentence.
  void target.offsetWidth;
  target.classList.add('is-flash');
}

function updateCharCount() {
  const n = ui.textarea.value.length;
  ui.charCount.textContent = plural(n, 'character', 'characters').replace(
    /^\d+/,
    n.toLocaleString('en'),
  );
}

function markActiveSample(file) {
  state.activeSample = file;
  for (const button of ui.sampleList.querySelectorAll('button')) {
    button.setAttribute('aria-pressed', String(button.dataset.file === file));
  }
}

async function sampleText(file) {
  let text = state.sampleTexts.get(file);
  if (text === undefined) {
    const response = await fetch(`samples/${encodeURIComponent(file)}`);
    if (!response.ok) throw new Error(`HTTP ${response.status} for samples/${file}`);
    text = await response.text();
    state.sampleTexts.set(file, text);
  }
  return text;
}

// All samples as one story: a digest with sources, instead of one article's summary.
async function readStory() {
  if (state.sampleFiles.length === 0) return;
  if (!state.precis) {
    state.pending = readStory;
    setStatus('loading', 'Loading the engine… the story will be read when it is ready.');
    return;
  }
  const runId = ++state.runId;
  markActiveSample(null);
  setStatus('working', 'Reading all the articles as one story…');
  try {
    const texts = await Promise.all(state.sampleFiles.map(sampleText));
    const articles = texts.map((text, i) => ({ id: state.sampleFiles[i], text }));
    const languages = ui.storyLanguage.value ? [ui.storyLanguage.value] : undefined;
    const started = performance.now();
    const digest = await state.precis.story(articles, { length: 'long', languages });
    const ms = performance.now() - started;
    if (runId !== state.runId) return;
    renderStory(ui.story, digest, ms);
    ui.results.hidden = true;
    ui.storyView.hidden = false;
    ui.storyView.focus({ preventScroll: false });
    setStatus('done', `Story digest of ${articles.length} articles in ${formatMs(ms)}.`);
  } catch (error) {
    if (runId !== state.runId) return;
    ui.storyView.hidden = true;
    ui.results.hidden = false;
    showError(error);
  }
}

async function pickSample(file) {
  markActiveSample(file);
  try {
    const text = await sampleText(file);
    if (state.activeSample !== file) return;
    ui.textarea.value = text;
    updateCharCount();
    await summarize();
  } catch (error) {
    showError(error, 'SAMPLE_LOAD_FAILED');
  }
}

// The sample list is optional: without samples/index.json the picker stays hidden.
async function loadSamples() {
  let list;
  try {
    const response = await fetch('samples/index.json');
    if (!response.ok) return;
    list = await response.json();
  } catch {
    return;
  }
  if (!Array.isArray(list)) return;
  const valid = list.filter(
    (entry) =>
      typeof entry?.file === 'string' &&
      /^[\w.-]+\.txt$/.test(entry.file) &&
      typeof entry.title === 'string',
  );
  if (valid.length === 0) return;
  const items = valid.map((entry, i) => {
    const item = el('li', 'samples__item');
    const button = el('button', 'sample');
    button.type = 'button';
    button.dataset.file = entry.file;
    button.setAttribute('aria-pressed', 'false');
    button.append(
      el('span', 'sample__number', `Sample ${i + 1}`),
      el('span', 'sample__title', entry.title),
    );
    button.title = entry.title;
    button.addEventListener('click', () => pickSample(entry.file));
    item.append(button);
    return item;
  });
  ui.sampleList.replaceChildren(...items);
  state.sampleFiles = valid.map((entry) => entry.file);
  ui.storyButton.textContent = `Read all ${valid.length} as one story`;
  ui.samples.hidden = false;
}

async function loadEngine() {
  const started = performance.now();
  try {
    const { Precis } = await import('../precis.js');
    state.precis = await Precis.create();
  } catch (error) {
    ui.main.setAttribute('aria-busy', 'false');
    state.pending = null;
    setBusy(false);
    ui.summarize.disabled = true;
    ui.storyButton.disabled = true;
    showError(error, 'ENGINE_LOAD_FAILED');
    ui.errorTitle.textContent = ERROR_TITLES.ENGINE_LOAD_FAILED;
    return;
  }
  const ms = performance.now() - started;
  ui.main.setAttribute('aria-busy', 'false');
  document.documentElement.dataset.engine = 'ready';
  setStatus('ready', `Engine ready in ${formatMs(ms)}. Pick a sample or paste an article.`);
  const pending = state.pending;
  state.pending = null;
  if (pending) await pending();
}

function init() {
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    summarize();
  });
  ui.textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      summarize();
    }
  });
  ui.textarea.addEventListener('input', () => {
    updateCharCount();
    ui.textarea.removeAttribute('aria-invalid');
    if (state.activeSample && ui.textarea.value !== state.sampleTexts.get(state.activeSample)) {
      markActiveSample(null);
    }
  });
  ui.clear.addEventListener('click', () => {
    state.runId += 1;
    setBusy(false);
    ui.textarea.value = '';
    updateCharCount();
    markActiveSample(null);
    showIdle();
    if (state.precis) setStatus('ready', 'Cleared. Pick a sample or paste an article.');
    ui.textarea.focus();
  });
  // A new length re-runs the current text, so the three lengths are easy to compare.
  for (const radio of ui.form.querySelectorAll('input[name="length"]')) {
    radio.addEventListener('change', () => {
      if (state.precis && !ui.output.hidden && ui.textarea.value.trim() !== '') summarize();
    });
  }
  ui.summaryList.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('.summary-link') : null;
    if (!link) return;
    event.preventDefault();
    jumpToSentence(link.dataset.index);
  });
  ui.storyButton.addEventListener('click', readStory);
  ui.storyLanguage.addEventListener('change', () => {
    if (!ui.storyView.hidden) readStory();
  });
  updateCharCount();
  loadSamples();
  loadEngine();
  registerServiceWorker();
}

// The demo is an installable PWA: sw.js precaches it, so it also works offline after this visit.
function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register('sw.js').then(
    () => (document.documentElement.dataset.offline = 'ready'),
    () => (document.documentElement.dataset.offline = 'unavailable'),
  );
}

init();
