// The words of the <precis-summary> widget in the page's language: English, French, German,
// Spanish, Italian, Portuguese and Dutch, the languages Précis reads best; any other page
// language gets English. The summary itself is always in the article's own language.

/** @typedef {ReturnType<typeof english>} Labels */

function english() {
  return {
    summary: 'Summary',
    articleSummary: 'Article summary',
    aboutSummary: 'About this summary',
    keySentences: 'Key sentences',
    types: { 'key-points': 'Key points', tldr: 'TL;DR', teaser: 'Teaser', headline: 'Headline' },
    groups: { PER: 'People', LOC: 'Places', ORG: 'Organisations', MISC: 'Other' },
    keyPhrases: 'Key phrases',
    hint: 'Select a sentence to go to it in the article.',
    retry: 'Try again',
    loading: 'Summarizing the article…',
    emptyState: 'No article text to summarize.',
    emptyTitle: 'No article text found',
    nothingMatches: (selector) => `Nothing on this page matches ${selector}.`,
    noTextYet: 'There is no text to summarize here yet.',
    errorState: 'The summary could not be made.',
    errorTitles: {
      EMPTY_INPUT: 'No article text found',
      INPUT_TOO_LARGE: 'This article is too long to summarize here',
      INVALID_OPTIONS: 'These summary options were rejected',
      ENGINE_LOAD_FAILED: 'The summarizer could not be loaded',
    },
    errorTitle: 'Could not summarize this article',
    errorCode: (code) => `Error code: ${code}`,
    shortState: 'This text is short; here is what could be found.',
    ready: (count, keyPoints) =>
      `Summary ready: ${count} ${keyPoints ? 'key point' : 'sentence'}${count === 1 ? '' : 's'}.`,
    shortTitle: 'This text is very short',
    tooShort: 'There is not enough text here to pick key sentences.',
    shortBody: 'A summary works best with a few paragraphs; here is what could be found.',
    storyOf: (count) => `Story of ${count} articles`,
    footer: (ms) => `Summarized in your browser by Précis in ${ms} ms.`,
    article: (number) => `Article ${number}`,
    from: (name) => `From ${name}`,
    alsoIn: (names) => ` · also reported in ${names}`,
    mentions: (count) => `${count} mentions`,
  };
}

const LABELS = {
  en: english(),
  fr: {
    summary: 'Résumé',
    articleSummary: "Résumé de l'article",
    aboutSummary: 'À propos de ce résumé',
    keySentences: 'Phrases clés',
    types: { 'key-points': 'Points clés', tldr: 'En bref', teaser: 'Accroche', headline: 'Titre' },
    groups: { PER: 'Personnes', LOC: 'Lieux', ORG: 'Organisations', MISC: 'Autres' },
    keyPhrases: 'Mots-clés',
    hint: "Choisissez une phrase pour la retrouver dans l'article.",
    retry: 'Réessayer',
    loading: "Résumé de l'article en cours…",
    emptyState: "Aucun texte d'article à résumer.",
    emptyTitle: "Aucun texte d'article trouvé",
    nothingMatches: (selector) => `Rien sur cette page ne correspond à ${selector}.`,
    noTextYet: "Il n'y a pas encore de texte à résumer ici.",
    errorState: "Le résumé n'a pas pu être produit.",
    errorTitles: {
      EMPTY_INPUT: "Aucun texte d'article trouvé",
      INPUT_TOO_LARGE: 'Cet article est trop long pour être résumé ici',
      INVALID_OPTIONS: 'Ces options de résumé ont été refusées',
      ENGINE_LOAD_FAILED: "Le résumeur n'a pas pu être chargé",
    },
    errorTitle: 'Impossible de résumer cet article',
    errorCode: (code) => `Code d'erreur : ${code}`,
    shortState: 'Ce texte est court ; voici ce qui a pu être trouvé.',
    ready: (count, keyPoints) => {
      const s = count === 1 ? '' : 's';
      return `Résumé prêt : ${count} ${keyPoints ? `point${s} clé${s}` : `phrase${s}`}.`;
    },
    shortTitle: 'Ce texte est très court',
    tooShort: "Il n'y a pas assez de texte pour choisir des phrases clés.",
    shortBody:
      'Un résumé fonctionne mieux avec quelques paragraphes ; voici ce qui a pu être trouvé.',
    storyOf: (count) => `Sujet de ${count} articles`,
    footer: (ms) => `Résumé dans votre navigateur par Précis en ${ms} ms.`,
    article: (number) => `Article ${number}`,
    from: (name) => `Source : ${name}`,
    alsoIn: (names) => ` · aussi dans ${names}`,
    mentions: (count) => `${count} mentions`,
  },
  de: {
    summary: 'Zusammenfassung',
    articleSummary: 'Zusammenfassung des Artikels',
    aboutSummary: 'Über diese Zusammenfassung',
    keySentences: 'Kernsätze',
    types: {
      'key-points': 'Kernpunkte',
      tldr: 'Kurzfassung',
      teaser: 'Anreißer',
      headline: 'Schlagzeile',
    },
    groups: { PER: 'Personen', LOC: 'Orte', ORG: 'Organisationen', MISC: 'Sonstiges' },
    keyPhrases: 'Schlagwörter',
    hint: 'Wählen Sie einen Satz, um ihn im Artikel zu finden.',
    retry: 'Erneut versuchen',
    loading: 'Der Artikel wird zusammengefasst …',
    emptyState: 'Kein Artikeltext zum Zusammenfassen.',
    emptyTitle: 'Kein Artikeltext gefunden',
    nothingMatches: (selector) => `Nichts auf dieser Seite passt zu ${selector}.`,
    noTextYet: 'Hier gibt es noch keinen Text zum Zusammenfassen.',
    errorState: 'Die Zusammenfassung konnte nicht erstellt werden.',
    errorTitles: {
      EMPTY_INPUT: 'Kein Artikeltext gefunden',
      INPUT_TOO_LARGE: 'Dieser Artikel ist zu lang, um ihn hier zusammenzufassen',
      INVALID_OPTIONS: 'Diese Optionen wurden abgelehnt',
      ENGINE_LOAD_FAILED: 'Die Zusammenfassung konnte nicht geladen werden',
    },
    errorTitle: 'Dieser Artikel konnte nicht zusammengefasst werden',
    errorCode: (code) => `Fehlercode: ${code}`,
    shortState: 'Dieser Text ist kurz; hier ist, was sich finden ließ.',
    ready: (count, keyPoints) => {
      const noun = keyPoints
        ? count === 1
          ? 'Kernpunkt'
          : 'Kernpunkte'
        : count === 1
          ? 'Satz'
          : 'Sätze';
      return `Zusammenfassung fertig: ${count} ${noun}.`;
    },
    shortTitle: 'Dieser Text ist sehr kurz',
    tooShort: 'Der Text reicht nicht, um Kernsätze auszuwählen.',
    shortBody:
      'Eine Zusammenfassung gelingt am besten mit einigen Absätzen; hier ist, was sich finden ließ.',
    storyOf: (count) => `Thema aus ${count} Artikeln`,
    footer: (ms) => `In Ihrem Browser von Précis zusammengefasst, in ${ms} ms.`,
    article: (number) => `Artikel ${number}`,
    from: (name) => `Aus ${name}`,
    alsoIn: (names) => ` · auch in ${names}`,
    mentions: (count) => `${count} Erwähnungen`,
  },
  es: {
    summary: 'Resumen',
    articleSummary: 'Resumen del artículo',
    aboutSummary: 'Sobre este resumen',
    keySentences: 'Frases clave',
    types: {
      'key-points': 'Puntos clave',
      tldr: 'En breve',
      teaser: 'Gancho',
      headline: 'Titular',
    },
    groups: { PER: 'Personas', LOC: 'Lugares', ORG: 'Organizaciones', MISC: 'Otros' },
    keyPhrases: 'Palabras clave',
    hint: 'Elija una frase para encontrarla en el artículo.',
    retry: 'Reintentar',
    loading: 'Resumiendo el artículo…',
    emptyState: 'No hay texto del artículo que resumir.',
    emptyTitle: 'No se encontró el texto del artículo',
    nothingMatches: (selector) => `Nada en esta página coincide con ${selector}.`,
    noTextYet: 'Aún no hay texto que resumir aquí.',
    errorState: 'No se pudo hacer el resumen.',
    errorTitles: {
      EMPTY_INPUT: 'No se encontró el texto del artículo',
      INPUT_TOO_LARGE: 'Este artículo es demasiado largo para resumirlo aquí',
      INVALID_OPTIONS: 'Se rechazaron estas opciones de resumen',
      ENGINE_LOAD_FAILED: 'No se pudo cargar el resumidor',
    },
    errorTitle: 'No se pudo resumir este artículo',
    errorCode: (code) => `Código de error: ${code}`,
    shortState: 'Este texto es breve; esto es lo que se pudo encontrar.',
    ready: (count, keyPoints) => {
      const one = count === 1;
      const noun = keyPoints ? (one ? 'punto clave' : 'puntos clave') : one ? 'frase' : 'frases';
      return `Resumen listo: ${count} ${noun}.`;
    },
    shortTitle: 'Este texto es muy breve',
    tooShort: 'No hay texto suficiente para elegir frases clave.',
    shortBody: 'Un resumen funciona mejor con varios párrafos; esto es lo que se pudo encontrar.',
    storyOf: (count) => `Tema de ${count} artículos`,
    footer: (ms) => `Resumido en su navegador por Précis en ${ms} ms.`,
    article: (number) => `Artículo ${number}`,
    from: (name) => `De ${name}`,
    alsoIn: (names) => ` · también en ${names}`,
    mentions: (count) => `${count} menciones`,
  },
  it: {
    summary: 'Riassunto',
    articleSummary: "Riassunto dell'articolo",
    aboutSummary: 'Informazioni su questo riassunto',
    keySentences: 'Frasi chiave',
    types: {
      'key-points': 'Punti chiave',
      tldr: 'In breve',
      teaser: 'Anteprima',
      headline: 'Titolo',
    },
    groups: { PER: 'Persone', LOC: 'Luoghi', ORG: 'Organizzazioni', MISC: 'Altro' },
    keyPhrases: 'Parole chiave',
    hint: "Seleziona una frase per trovarla nell'articolo.",
    retry: 'Riprova',
    loading: "Riassunto dell'articolo in corso…",
    emptyState: "Nessun testo dell'articolo da riassumere.",
    emptyTitle: "Nessun testo dell'articolo trovato",
    nothingMatches: (selector) => `Niente in questa pagina corrisponde a ${selector}.`,
    noTextYet: "Qui non c'è ancora testo da riassumere.",
    errorState: 'Non è stato possibile creare il riassunto.',
    errorTitles: {
      EMPTY_INPUT: "Nessun testo dell'articolo trovato",
      INPUT_TOO_LARGE: 'Questo articolo è troppo lungo per essere riassunto qui',
      INVALID_OPTIONS: 'Queste opzioni di riassunto sono state rifiutate',
      ENGINE_LOAD_FAILED: 'Non è stato possibile caricare il riassuntore',
    },
    errorTitle: 'Impossibile riassumere questo articolo',
    errorCode: (code) => `Codice di errore: ${code}`,
    shortState: 'Questo testo è breve; ecco che cosa si è potuto trovare.',
    ready: (count, keyPoints) => {
      const one = count === 1;
      const noun = keyPoints ? (one ? 'punto chiave' : 'punti chiave') : one ? 'frase' : 'frasi';
      return `Riassunto pronto: ${count} ${noun}.`;
    },
    shortTitle: 'Questo testo è molto breve',
    tooShort: 'Il testo non basta per scegliere le frasi chiave.',
    shortBody:
      'Un riassunto funziona meglio con qualche paragrafo; ecco che cosa si è potuto trovare.',
    storyOf: (count) => `Notizia da ${count} articoli`,
    footer: (ms) => `Riassunto nel tuo browser da Précis in ${ms} ms.`,
    article: (number) => `Articolo ${number}`,
    from: (name) => `Da ${name}`,
    alsoIn: (names) => ` · anche in ${names}`,
    mentions: (count) => `${count} menzioni`,
  },
  pt: {
    summary: 'Resumo',
    articleSummary: 'Resumo do artigo',
    aboutSummary: 'Sobre este resumo',
    keySentences: 'Frases-chave',
    types: {
      'key-points': 'Pontos-chave',
      tldr: 'Em resumo',
      teaser: 'Chamada',
      headline: 'Título',
    },
    groups: { PER: 'Pessoas', LOC: 'Lugares', ORG: 'Organizações', MISC: 'Outros' },
    keyPhrases: 'Palavras-chave',
    hint: 'Selecione uma frase para a encontrar no artigo.',
    retry: 'Tentar de novo',
    loading: 'Resumo do artigo em preparação…',
    emptyState: 'Não há texto do artigo para resumir.',
    emptyTitle: 'Nenhum texto de artigo encontrado',
    nothingMatches: (selector) => `Nada nesta página corresponde a ${selector}.`,
    noTextYet: 'Ainda não há texto para resumir aqui.',
    errorState: 'Não foi possível fazer o resumo.',
    errorTitles: {
      EMPTY_INPUT: 'Nenhum texto de artigo encontrado',
      INPUT_TOO_LARGE: 'Este artigo é longo demais para ser resumido aqui',
      INVALID_OPTIONS: 'Estas opções de resumo foram rejeitadas',
      ENGINE_LOAD_FAILED: 'Não foi possível carregar o resumidor',
    },
    errorTitle: 'Não foi possível resumir este artigo',
    errorCode: (code) => `Código de erro: ${code}`,
    shortState: 'Este texto é curto; eis o que foi possível encontrar.',
    ready: (count, keyPoints) => {
      const one = count === 1;
      const noun = keyPoints ? (one ? 'ponto-chave' : 'pontos-chave') : one ? 'frase' : 'frases';
      return `Resumo pronto: ${count} ${noun}.`;
    },
    shortTitle: 'Este texto é muito curto',
    tooShort: 'Não há texto suficiente para escolher frases-chave.',
    shortBody: 'Um resumo funciona melhor com alguns parágrafos; eis o que foi possível encontrar.',
    storyOf: (count) => `Notícia de ${count} artigos`,
    footer: (ms) => `Resumido no seu navegador pelo Précis em ${ms} ms.`,
    article: (number) => `Artigo ${number}`,
    from: (name) => `De ${name}`,
    alsoIn: (names) => ` · também em ${names}`,
    mentions: (count) => `${count} menções`,
  },
  nl: {
    summary: 'Samenvatting',
    articleSummary: 'Samenvatting van het artikel',
    aboutSummary: 'Over deze samenvatting',
    keySentences: 'Kernzinnen',
    types: { 'key-points': 'Kernpunten', tldr: 'In het kort', teaser: 'Teaser', headline: 'Kop' },
    groups: { PER: 'Personen', LOC: 'Plaatsen', ORG: 'Organisaties', MISC: 'Overig' },
    keyPhrases: 'Trefwoorden',
    hint: 'Kies een zin om hem in het artikel te vinden.',
    retry: 'Opnieuw proberen',
    loading: 'Het artikel wordt samengevat…',
    emptyState: 'Geen artikeltekst om samen te vatten.',
    emptyTitle: 'Geen artikeltekst gevonden',
    nothingMatches: (selector) => `Niets op deze pagina komt overeen met ${selector}.`,
    noTextYet: 'Hier is nog geen tekst om samen te vatten.',
    errorState: 'De samenvatting kon niet worden gemaakt.',
    errorTitles: {
      EMPTY_INPUT: 'Geen artikeltekst gevonden',
      INPUT_TOO_LARGE: 'Dit artikel is te lang om hier samen te vatten',
      INVALID_OPTIONS: 'Deze opties voor de samenvatting zijn geweigerd',
      ENGINE_LOAD_FAILED: 'De samenvatter kon niet worden geladen',
    },
    errorTitle: 'Dit artikel kon niet worden samengevat',
    errorCode: (code) => `Foutcode: ${code}`,
    shortState: 'Deze tekst is kort; dit is wat er te vinden was.',
    ready: (count, keyPoints) => {
      const one = count === 1;
      const noun = keyPoints ? (one ? 'kernpunt' : 'kernpunten') : one ? 'zin' : 'zinnen';
      return `Samenvatting klaar: ${count} ${noun}.`;
    },
    shortTitle: 'Deze tekst is erg kort',
    tooShort: 'Er is te weinig tekst om kernzinnen te kiezen.',
    shortBody:
      "Een samenvatting werkt het best met een paar alinea's; dit is wat er te vinden was.",
    storyOf: (count) => `Verhaal uit ${count} artikelen`,
    footer: (ms) => `In uw browser samengevat door Précis in ${ms} ms.`,
    article: (number) => `Artikel ${number}`,
    from: (name) => `Uit ${name}`,
    alsoIn: (names) => ` · ook in ${names}`,
    mentions: (count) => `${count} vermeldingen`,
  },
};

/**
 * The widget's words for a BCP 47 tag ("fr", "de-CH"); English when the language has none.
 * @param {string | null | undefined} tag
 * @returns {{ code: string, labels: Labels }}
 */
export function labelsFor(tag) {
  const code = String(tag ?? '')
    .toLowerCase()
    .split(/[-_]/)[0];
  return Object.hasOwn(LABELS, code)
    ? { code, labels: LABELS[code] }
    : { code: 'en', labels: LABELS.en };
}
