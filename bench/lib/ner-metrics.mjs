// NER scorers.
//   conlleval (CoNLL-2002/2003): entity-level exact match, micro P/R/F1 over all types, plus
//   per-type scores. Chunks follow conlleval's IOB rules: a chunk starts at B-X, or at I-X after O,
//   after another type, or at the start of a sentence (so a stray I- after O opens a new entity,
//   as the data README notes for esp.testa); it ends before O, B-, or an I- of another type.
//   KIND / NERMuD (`dhfbk/KIND` evalita-2023/scripts/get-results.py): token-level labels with the
//   B-/I- prefix stripped, scored like sklearn's classification_report(labels=[PER, LOC, ORG]):
//   micro P/R/F1 over those three labels, O excluded. get-results.py only knows O/PER/LOC/ORG, so
//   any other predicted label (e.g. MISC) is mapped to O here.

function split(tag) {
  if (!tag || tag === 'O') return ['O', null];
  const m = /^([BIES])-(.+)$/.exec(tag);
  return m ? [m[1], m[2]] : ['I', tag];
}

/**
 * Entities of one IOB sequence as `start:end:TYPE` keys (end exclusive).
 * @param {string[]} tags
 * @returns {{start: number, end: number, type: string}[]}
 */
export function extractEntities(tags) {
  const out = [];
  let cur = null;
  for (let i = 0; i <= tags.length; i++) {
    const [p, type] = i < tags.length ? split(tags[i]) : ['O', null];
    const continues = cur && (p === 'I' || p === 'E') && type === cur.type;
    if (cur && !continues) {
      cur.end = i;
      out.push(cur);
      cur = null;
    }
    if (!cur && p !== 'O') cur = { start: i, end: -1, type };
    if (cur && p === 'E') {
      cur.end = i + 1;
      out.push(cur);
      cur = null;
    }
  }
  return out;
}

function prf(correct, pred, gold) {
  const p = pred ? correct / pred : 0;
  const r = gold ? correct / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, correct, pred, gold };
}

/**
 * conlleval micro and per-type scores over sentences.
 * @param {{gold: string[], pred: string[]}[]} pairs
 */
export function conllScore(pairs) {
  const types = new Map();
  const bump = (t, k) => {
    if (!types.has(t)) types.set(t, { correct: 0, pred: 0, gold: 0 });
    types.get(t)[k]++;
  };
  for (const { gold, pred } of pairs) {
    const g = extractEntities(gold);
    const p = extractEntities(pred);
    const gk = new Set(g.map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const e of g) bump(e.type, 'gold');
    for (const e of p) {
      bump(e.type, 'pred');
      if (gk.has(`${e.start}:${e.end}:${e.type}`)) bump(e.type, 'correct');
    }
  }
  let c = 0;
  let p = 0;
  let g = 0;
  const perType = {};
  for (const [t, v] of types) {
    c += v.correct;
    p += v.pred;
    g += v.gold;
    perType[t] = prf(v.correct, v.pred, v.gold);
  }
  return { ...prf(c, p, g), perType };
}

/**
 * KIND token-level scores over PER/LOC/ORG (prefix stripped, O and other labels excluded).
 * @param {{gold: string[], pred: string[]}[]} pairs
 */
export function tokenScore(pairs, labels = ['PER', 'LOC', 'ORG']) {
  const keep = new Set(labels);
  const strip = (t) => {
    const l = split(t)[1];
    return l && keep.has(l) ? l : 'O';
  };
  const counts = Object.fromEntries(labels.map((l) => [l, { correct: 0, pred: 0, gold: 0 }]));
  for (const { gold, pred } of pairs) {
    for (let i = 0; i < gold.length; i++) {
      const g = strip(gold[i]);
      const p = strip(pred[i]);
      if (g !== 'O') counts[g].gold++;
      if (p !== 'O') counts[p].pred++;
      if (g !== 'O' && g === p) counts[g].correct++;
    }
  }
  let c = 0;
  let p = 0;
  let g = 0;
  const perType = {};
  for (const l of labels) {
    c += counts[l].correct;
    p += counts[l].pred;
    g += counts[l].gold;
    perType[l] = prf(counts[l].correct, counts[l].pred, counts[l].gold);
  }
  return { ...prf(c, p, g), perType };
}
