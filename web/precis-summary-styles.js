// Styles of <precis-summary>, applied as constructable stylesheets (adoptedStyleSheets): no inline
// <style>, so pages with `style-src 'self'` need nothing extra. Themed by --precis-* custom
// properties on the element and by ::part(); dark by prefers-color-scheme or theme="dark".

export const SHADOW_CSS = `
:host {
  --precis-bg: #ffffff;
  --precis-fg: #1d2430;
  --precis-muted: #5b6676;
  --precis-border: #dde2ea;
  --precis-accent: #2f5bd3;
  --precis-accent-fg: #ffffff;
  --precis-accent-soft: #e9efff;
  --precis-mark: rgba(250, 204, 21, 0.38);
  --precis-error: #b42318;
  --precis-error-soft: #fef3f2;
  --precis-warn-soft: #fff8e6;
  --precis-warn: #8a5a00;
  --precis-per: #7a3fc2;
  --precis-loc: #0b7a52;
  --precis-org: #b5470b;
  --precis-misc: #53606f;
  --precis-radius: 14px;
  --precis-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  display: block;
  color-scheme: light;
  font-family: var(--precis-font);
  font-size: 1rem;
  line-height: 1.5;
  color: var(--precis-fg);
  contain: content;
}
:host([hidden]) { display: none; }
@media (prefers-color-scheme: dark) {
  :host(:not([theme='light'])) {
    --precis-bg: #161b24;
    --precis-fg: #e6eaf0;
    --precis-muted: #9aa5b5;
    --precis-border: #2c3544;
    --precis-accent: #8fb0ff;
    --precis-accent-fg: #0d1320;
    --precis-accent-soft: #1f2a44;
    --precis-error: #ff8a80;
    --precis-error-soft: #2d1716;
    --precis-warn-soft: #2b2410;
    --precis-warn: #f5c15a;
    --precis-per: #c9a4ff;
    --precis-loc: #6fd6a8;
    --precis-org: #ffab76;
    --precis-misc: #aab4c2;
    color-scheme: dark;
  }
}
:host([theme='dark']) {
  --precis-bg: #161b24;
  --precis-fg: #e6eaf0;
  --precis-muted: #9aa5b5;
  --precis-border: #2c3544;
  --precis-accent: #8fb0ff;
  --precis-accent-fg: #0d1320;
  --precis-accent-soft: #1f2a44;
  --precis-error: #ff8a80;
  --precis-error-soft: #2d1716;
  --precis-warn-soft: #2b2410;
  --precis-warn: #f5c15a;
  --precis-per: #c9a4ff;
  --precis-loc: #6fd6a8;
  --precis-org: #ffab76;
  --precis-misc: #aab4c2;
  color-scheme: dark;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.card {
  background: var(--precis-bg);
  border: 1px solid var(--precis-border);
  border-radius: var(--precis-radius);
  padding: 1.1rem 1.25rem 1rem;
  box-shadow: 0 1px 2px rgba(16, 24, 40, 0.06), 0 4px 16px rgba(16, 24, 40, 0.05);
}
.header { display: flex; align-items: center; gap: 0.6rem; flex-wrap: wrap; margin: 0 0 0.75rem; }
.logo {
  inline-size: 1.6rem; block-size: 1.6rem; border-radius: 7px; flex: none;
  display: grid; place-items: center;
  background: var(--precis-accent); color: var(--precis-accent-fg);
  font-weight: 700; font-size: 0.95rem;
}
.heading { margin: 0; font-size: 1.05rem; font-weight: 650; letter-spacing: -0.01em; }
.meta { margin: 0 0 0 auto; display: flex; gap: 0.35rem; flex-wrap: wrap; padding: 0; list-style: none; }
.meta li {
  font-size: 0.75rem; color: var(--precis-muted); border: 1px solid var(--precis-border);
  border-radius: 999px; padding: 0.05rem 0.55rem; white-space: nowrap;
}
.status { margin: 0 0 0.5rem; font-size: 0.85rem; color: var(--precis-muted); min-block-size: 1.2em; }
.status:empty { display: none; }
.sentences { margin: 0; padding: 0; list-style: none; counter-reset: sentence; display: grid; gap: 0.45rem; font-size: 0.95rem; }
.sentences > li { counter-increment: sentence; display: flex; gap: 0.65rem; align-items: flex-start; }
.sentences > li::before {
  content: counter(sentence);
  flex: none; inline-size: 1.5rem; block-size: 1.5rem; margin-block-start: 0.2rem;
  border-radius: 50%; display: grid; place-items: center;
  font-size: 0.75rem; font-weight: 700;
  background: var(--precis-accent-soft); color: var(--precis-accent);
}
.sentence {
  all: unset; display: block; flex: 1; cursor: pointer; border-radius: 8px;
  padding: 0.2rem 0.4rem; margin: 0 -0.4rem 0 0; overflow-wrap: anywhere;
  unicode-bidi: plaintext;
  transition: background-color 120ms ease;
}
.sentence:hover { background: var(--precis-accent-soft); }
.sentence:focus-visible { outline: 2px solid var(--precis-accent); outline-offset: 1px; }
.sentence--static { cursor: auto; }
.sentences > li:has(.source-note) { flex-wrap: wrap; }
.source-note { flex-basis: 100%; margin: 0 0 0 2.15rem; font-size: 0.75rem; color: var(--precis-muted); overflow-wrap: anywhere; }
.sentence--static:hover { background: none; }
.headline { margin: 0; font-size: 1.15rem; font-weight: 600; unicode-bidi: plaintext; overflow-wrap: anywhere; }
.hint { margin: 0.5rem 0 0; font-size: 0.78rem; color: var(--precis-muted); }
.tags { margin-block-start: 0.9rem; padding-block-start: 0.8rem; border-block-start: 1px solid var(--precis-border); display: grid; gap: 0.55rem; }
.group { display: grid; gap: 0.3rem; }
.group-title { margin: 0; font-size: 0.78rem; font-weight: 600; color: var(--precis-muted); text-transform: uppercase; letter-spacing: 0.04em; }
.chips { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 0.35rem; }
.chip {
  font-size: 0.82rem; border: 1px solid var(--precis-border); border-inline-start: 3px solid var(--chip, var(--precis-misc));
  border-radius: 6px; padding: 0.05rem 0.5rem; unicode-bidi: isolate; overflow-wrap: anywhere;
}
.chip .count { color: var(--precis-muted); font-size: 0.75rem; margin-inline-start: 0.3rem; }
.chip--per { --chip: var(--precis-per); }
.chip--loc { --chip: var(--precis-loc); }
.chip--org { --chip: var(--precis-org); }
.chip--misc { --chip: var(--precis-misc); }
.chip--key { --chip: var(--precis-accent); border-style: dashed; border-inline-start-style: solid; }
.footer { margin: 0.85rem 0 0; font-size: 0.75rem; color: var(--precis-muted); }
.notice { margin: 0 0 0.75rem; border-radius: 10px; padding: 0.6rem 0.8rem; font-size: 0.9rem; }
.notice-title { margin: 0; font-weight: 650; }
.notice-text { margin: 0.2rem 0 0; overflow-wrap: anywhere; }
.notice--warn { background: var(--precis-warn-soft); color: var(--precis-fg); border-inline-start: 4px solid var(--precis-warn); }
.notice--error { background: var(--precis-error-soft); color: var(--precis-fg); border-inline-start: 4px solid var(--precis-error); }
.notice code { font-size: 0.8rem; }
.retry {
  margin-block-start: 0.5rem; font: inherit; font-size: 0.85rem; cursor: pointer;
  border: 1px solid var(--precis-border); background: var(--precis-bg); color: var(--precis-fg);
  border-radius: 8px; padding: 0.25rem 0.75rem;
}
.retry:focus-visible { outline: 2px solid var(--precis-accent); outline-offset: 2px; }
.skeleton { display: grid; gap: 0.55rem; padding-block: 0.2rem; }
.skeleton span {
  display: block; block-size: 0.8rem; border-radius: 4px;
  background: linear-gradient(90deg, var(--precis-border) 0%, var(--precis-accent-soft) 50%, var(--precis-border) 100%);
  background-size: 200% 100%;
  animation: shimmer 1.4s ease-in-out infinite;
}
.skeleton span:nth-child(2) { inline-size: 92%; }
.skeleton span:nth-child(3) { inline-size: 78%; }
.skeleton span:nth-child(4) { inline-size: 85%; }
@keyframes shimmer { from { background-position: 100% 0; } to { background-position: -100% 0; } }
@media (prefers-reduced-motion: reduce) {
  .skeleton span { animation: none; }
  .sentence { transition: none; }
}
.visually-hidden {
  position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
}
`;

// Page-level rules: the CSS Custom Highlight API paints ranges of the article itself, which lives
// in the document, not in the shadow root. Entity types differ by underline style as well as
// colour, so meaning never rests on colour alone.
export const DOCUMENT_CSS = `
::highlight(precis-sentence) { background-color: rgba(250, 204, 21, 0.34); }
::highlight(precis-active) { background-color: rgba(250, 170, 21, 0.62); }
::highlight(precis-per) { text-decoration: underline solid 2px #8b5cf6; text-underline-offset: 3px; }
::highlight(precis-loc) { text-decoration: underline dashed 2px #10b981; text-underline-offset: 3px; }
::highlight(precis-org) { text-decoration: underline double 2px #f97316; text-underline-offset: 3px; }
::highlight(precis-misc) { text-decoration: underline dotted 2px #64748b; text-underline-offset: 3px; }
mark.precis-mark { background-color: rgba(250, 204, 21, 0.34); color: inherit; }
mark.precis-mark--active { background-color: rgba(250, 170, 21, 0.62); }
.precis-target:focus { outline: none; }
`;
