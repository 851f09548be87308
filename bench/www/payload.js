// In-page half of bench/lib/payload.mjs: summarize and tag one English and one Italian article,
// either with two <precis-summary> widgets (?mode=widget, the embed path) or with the JS API and
// the opt-in NER models (?mode=api-ner). Sets window.payloadDone when both results are in.
const mode = new URLSearchParams(location.search).get('mode') ?? 'widget';
const { en, it } = await (await fetch('texts.json')).json();

async function viaWidgets() {
  await import('../define.js');
  const root = document.getElementById('root');
  const done = [];
  for (const text of [en, it]) {
    const widget = document.createElement('precis-summary');
    done.push(
      new Promise((ok) =>
        widget.addEventListener('precis-summary', (e) => ok(e.detail), { once: true }),
      ),
    );
    widget.text = text;
    root.append(widget);
  }
  return Promise.all(done);
}

async function viaApi() {
  const { Precis } = await import('../precis.js');
  const precis = await Precis.create({ ner: true });
  return Promise.all([precis.analyze(en), precis.analyze(it)]);
}

const results = await (mode === 'widget' ? viaWidgets() : viaApi());
window.payloadResult = results
  .map(
    (r) =>
      `${r.lang}: ${r.sentences.length} sentences, ${r.entities.length} entities (${r.method})`,
  )
  .join('; ');
window.payloadDone = true;
