// The demo's story view: one digest of several articles, each sentence with its source and the
// other articles that report the same fact, entities merged across articles and languages.
// Like demo.js, it writes article text and results through textContent only.

const TYPE_MODIFIER = { PER: 'per', LOC: 'loc', ORG: 'org', MISC: 'misc' };
const TYPE_NAME = { PER: 'Person', LOC: 'Place', ORG: 'Organisation', MISC: 'Other' };

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// "S2 · EN": the sample's number and language, the same badge everywhere it appears.
function sourceBadge(article, index, modifier) {
  const badge = el('li', `source-badge source-badge--${modifier}`);
  badge.append(el('span', 'source-badge__name', `Sample ${index + 1}`));
  if (article?.lang) badge.append(el('span', 'source-badge__lang', article.lang.toUpperCase()));
  badge.title = article?.title ?? `Sample ${index + 1}`;
  return badge;
}

function sentenceItem(sentence, articles) {
  const item = el('li', 'story-list__item');
  item.append(el('p', 'story-list__text', sentence.text));
  const sources = el('ul', 'source-badges');
  sources.setAttribute('aria-label', 'Sources');
  sources.append(sourceBadge(articles[sentence.article], sentence.article, 'from'));
  for (const other of sentence.support) {
    sources.append(sourceBadge(articles[other], other, 'also'));
  }
  const label = el(
    'p',
    'story-list__support',
    sentence.support.length === 0
      ? 'Reported by this source only'
      : `Also reported by ${sentence.support.length} other ${
          sentence.support.length === 1 ? 'source' : 'sources'
        }`,
  );
  item.append(sources, label);
  return item;
}

function entityChip(entity, articles) {
  const item = el('li', `chip chip--${TYPE_MODIFIER[entity.type] ?? 'misc'}`);
  item.append(el('span', 'chip__text', entity.text));
  const badge = el('span', 'chip__count');
  badge.append(el('span', 'visually-hidden', ', articles: '), String(entity.articles.length));
  item.append(badge);
  const languages = [...new Set(entity.articles.map((a) => articles[a]?.lang).filter(Boolean))];
  item.title = `${TYPE_NAME[entity.type] ?? entity.type}: ${entity.text}, in ${
    entity.articles.length
  } of ${articles.length} articles (${languages.join(', ')})`;
  return item;
}

function chipList(label, chips) {
  const list = el('ul', 'chips');
  list.setAttribute('aria-label', label);
  list.append(...chips);
  return list;
}

function disagreementItem(disagreement, articles) {
  const item = el('li', 'story-disagreement');
  item.append(el('span', 'story-disagreement__about', `${disagreement.about}: `));
  disagreement.claims.forEach((claim, i) => {
    if (i > 0) item.append(' vs ');
    item.append(el('strong', '', claim.text), ` (Sample ${claim.article + 1}`);
    const lang = articles[claim.article]?.lang;
    item.append(lang ? `, ${lang.toUpperCase()})` : ')');
  });
  return item;
}

/**
 * Renders `digest` (Precis.story's result) into the story view's parts.
 * @param {{ meta: Element, list: Element, entities: Element, keyphrases: Element,
 *   disagreements: Element }} parts
 */
export function renderStory(parts, digest, ms) {
  const articles = digest.articles;
  const languages = [...new Set(articles.map((a) => a.lang).filter(Boolean))];
  parts.meta.textContent = `${articles.length} articles in ${languages.length} ${
    languages.length === 1 ? 'language' : 'languages'
  } (${languages.join(', ')}) · ${digest.sentences.length} sentences · ${
    ms < 10 ? ms.toFixed(1) : Math.round(ms)
  } ms`;
  parts.list.replaceChildren(...digest.sentences.map((s) => sentenceItem(s, articles)));
  // Entities several articles share first: they are what the story is about.
  const shared = digest.entities.filter((e) => e.articles.length >= 2).slice(0, 16);
  parts.entities.replaceChildren(
    shared.length > 0
      ? chipList(
          'Entities',
          shared.map((e) => entityChip(e, articles)),
        )
      : el('p', 'hint', 'No entity appears in more than one article.'),
  );
  // Figures the sources state differently; most stories have none, and then nothing is shown.
  const conflicts = digest.disagreements ?? [];
  parts.disagreements.hidden = conflicts.length === 0;
  parts.disagreements
    .querySelector('ul')
    .replaceChildren(...conflicts.map((d) => disagreementItem(d, articles)));
  parts.keyphrases.replaceChildren(
    chipList(
      'Key phrases',
      digest.keyphrases.map((k) => {
        const chip = el('li', 'chip chip--key');
        chip.append(el('span', 'chip__text', k.text));
        return chip;
      }),
    ),
  );
}
