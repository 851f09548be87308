#include "detail/headline_clauses.h"

#include <algorithm>

#include "detail/entity_lexicon.h"

namespace precis::detail {
namespace {

// Words that mark a clause as attribution: reporting verbs and "according to" in the core
// languages. Folded (lowercase) token forms.
constexpr std::string_view kAttribution[] = {
    "a-t-elle",  "a-t-il",   "according", "added",      "admitted",  "affermato",    "affirme",
    "afirmou",   "afirmó",   "announced", "argued",     "aseguró",   "betonte",      "claimed",
    "confirmed", "declarou", "declaró",   "dichiarato", "dijo",      "disse",        "déclaré",
    "erklärt",   "erklärte", "explained", "explicou",   "explicó",   "explique",     "expliqué",
    "indicó",    "indiqué",  "insisted",  "laut",       "mitteilte", "noted",        "precisa",
    "précise",   "reported", "riferito",  "sagt",       "sagte",     "said",         "says",
    "secondo",   "segundo",  "según",     "selon",      "señaló",    "sottolineato", "souligné",
    "spiegato",  "stated",   "suggested", "told",       "warned",    "wrote"};
// Words that open a subordinate or relative clause after a comma.
constexpr std::string_view kSubordinate[] = {
    "alors",    "although", "as",     "because",  "che",    "cui",   "cujo",   "cuyo",   "dont",
    "enquanto", "lequel",   "mentre", "mientras", "obwohl", "qui",   "quien",  "tandis", "though",
    "whereas",  "which",    "while",  "who",      "whom",   "whose", "während"};

// Words of kSubordinate that also open phrases ("as well as", "während des Tages"): without a
// comma before them they mark no clause.
constexpr std::string_view kAlsoPhraseOpener[] = {"alors", "as", "während"};

// Articles that open an appositive after a name (", the electric car maker,"), in the core
// languages; those that are also prepositions or conjunctions elsewhere ("a", "de", "o") are left
// out.
constexpr std::string_view kArticles[] = {"an",  "das", "der", "die", "ein", "eine", "el", "gli",
                                          "het", "il",  "la",  "las", "le",  "les",  "lo", "los",
                                          "the", "um",  "uma", "un",  "una", "une",  "uno"};

template <std::size_t N>
bool in_list(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// "According to police," / "In base a fonti russe,": an opening that names a source.
bool opens_with_attribution(const HeadlineSentence& s) {
  // Folded token forms, each phrase at most three tokens.
  constexpr std::string_view kOpeners[][3] = {
      {"according"},       {"selon"},       {"secondo"},
      {"según"},           {"segundo"},     {"laut"},
      {"in", "base", "a"}, {"stando", "a"}, {"de", "acuerdo", "con"},
      {"d'après"},         {"\u636e"}};  // Chinese 据 ... 报道，
  for (const auto& phrase : kOpeners) {
    std::size_t t = s.first;
    bool match = true;
    for (const std::string_view word : phrase) {
      if (word.empty()) break;
      if (t >= s.last || s.token(t).norm != word) {
        match = false;
        break;
      }
      ++t;
    }
    if (match) return true;
  }
  return false;
}

// An opening attribution ends at a comma within this many tokens: "According to officials at
// the US Department of Health and Human Services in Washington," is 15.
constexpr std::size_t kMaxAttributionTokens = 24;

// A closing attribution is at most this many tokens from its comma to the sentence's end
// (", a spokesman for the ministry told reporters on Tuesday." is 11).
constexpr std::size_t kMaxTailTokens = 12;

}  // namespace

void drop_asides(const HeadlineSentence& s, std::vector<bool>& keep) {
  int depth = 0;
  std::size_t dash = s.last;
  for (std::size_t t = s.first; t < s.last; ++t) {
    if (s.is(t, "(") || s.is(t, "[")) ++depth;
    if (depth > 0) keep[t] = false;
    if ((s.is(t, ")") || s.is(t, "]")) && depth > 0) --depth;
    const bool is_dash = s.is(t, "\u2014") || s.is(t, "\u2013") ||
                         (s.is(t, "-") && t + 1 < s.last && s.is(t + 1, "-"));
    if (!is_dash || depth > 0) continue;
    if (dash == s.last) {
      dash = t;
    } else {
      for (std::size_t d = dash; d <= t + (s.is(t, "-") ? 1 : 0); ++d) keep[d] = false;
      dash = s.last;
    }
    if (s.is(t, "-")) ++t;
  }
}

void drop_attributions(const HeadlineSentence& s, std::vector<bool>& keep) {
  std::size_t last_comma = s.last;
  for (std::size_t t = s.first; t < s.last; ++t) {
    if (s.is(t, ",") && keep[t]) last_comma = t;
  }
  // A short tail only: in ", fell by 12 percent after the company reported weak sales" the
  // reporting verb belongs to the main clause.
  // Nor in a question: ", a-t-il dépassé les limites ?" is the main clause.
  const bool question = s.last > s.first && s.is(s.last - 1, "?");
  if (last_comma != s.last && last_comma > s.first + 2 && s.last - last_comma <= kMaxTailTokens &&
      !question) {
    for (std::size_t t = last_comma + 1; t < s.last; ++t) {
      if (!in_list(kAttribution, s.token(t).norm)) continue;
      for (std::size_t d = last_comma; d < s.last; ++d) keep[d] = false;
      break;
    }
  }
  // ", according to Reuters," in the middle: up to the next clause break.
  for (std::size_t t = s.first + 1; t + 1 < s.last; ++t) {
    if (!s.is(t, ",") || !keep[t] || s.token(t + 1).norm != "according") continue;
    std::size_t end = t + 1;
    while (end < s.last && !s.clause_break(end)) ++end;
    for (std::size_t d = t; d < end; ++d) keep[d] = false;
  }
  if (opens_with_attribution(s)) {
    for (std::size_t t = s.first; t < s.last && t < s.first + kMaxAttributionTokens; ++t) {
      if (!s.is(t, ",") && !s.is(t, "\uff0c")) continue;
      for (std::size_t d = s.first; d <= t; ++d) keep[d] = false;
      break;
    }
  }
}

std::size_t kept_words(const HeadlineSentence& s, const std::vector<bool>& keep) {
  std::size_t words = 0;
  for (std::size_t t = s.first; t < s.last; ++t) {
    words += keep[t] && s.token(t).kind != TokenKind::kPunct ? 1 : 0;
  }
  return words;
}

void drop_subordinates(const HeadlineSentence& s, std::vector<bool>& keep, std::size_t max_words) {
  for (std::size_t t = s.last; t-- > s.first + 1;) {
    if (kept_words(s, keep) <= max_words) return;
    if (!keep[t] || !s.is(t, ",") || t + 1 >= s.last) continue;
    if (!in_list(kSubordinate, s.token(t + 1).norm)) continue;
    std::size_t end = t + 1;
    while (end < s.last && !s.clause_break(end)) ++end;
    if (end < s.last && s.is(end, ",")) ++end;  // the closing comma goes with the clause
    for (std::size_t d = t; d < end; ++d) keep[d] = false;
  }
  // "While Europeans worried for months, Putin set off": an opening subordinate clause goes
  // next, up to its comma, when the main clause after it has four words or more.
  if (kept_words(s, keep) <= max_words || !in_list(kSubordinate, s.token(s.first).norm)) return;
  std::size_t comma = s.first + 1;
  while (comma < s.last && !(keep[comma] && s.is(comma, ","))) ++comma;
  std::size_t rest = 0;
  for (std::size_t t = comma + 1; t < s.last; ++t) {
    rest += keep[t] && s.token(t).kind != TokenKind::kPunct ? 1 : 0;
  }
  if (comma >= s.last || rest < 4) return;
  for (std::size_t d = s.first; d <= comma; ++d) keep[d] = false;
}

bool opens_clause(const HeadlineSentence& s, const std::vector<std::size_t>& kept, std::size_t i) {
  const std::string_view word = s.token(kept[i]).norm;
  const bool opener =
      word == "that" || (in_list(kSubordinate, word) && !in_list(kAlsoPhraseOpener, word));
  if (i == 0 || !opener) return false;
  const std::size_t before = kept[i - 1];
  return s.token(before).kind == TokenKind::kWord && s.doc.terms[before] >= 0 &&
         !in_list(kAttribution, s.token(before).norm);
}

std::size_t name_after_opening_titles(const HeadlineSentence& s,
                                      const std::vector<EntitySpan>& names,
                                      const std::vector<bool>& keep) {
  std::size_t first = s.first;
  while (first < s.last && (!keep[first] || s.token(first).kind == TokenKind::kPunct)) ++first;
  for (const EntitySpan& name : names) {
    if (name.token_begin <= first || name.token_begin >= s.last) continue;
    if (name.type != EntityType::kPerson || name.token_end - name.token_begin < 2) break;
    bool titled = false;
    std::size_t t = name.token_begin;
    for (; t > first; --t) {
      const Token& word = s.token(t - 1);
      const LexiconClass c = lexicon_class(word.norm);
      titled |= c == LexiconClass::kPersonTitle;
      // "presidente del Consiglio", "Secretary of State": connectors inside the titles.
      const bool inside = c == LexiconClass::kPersonTitle || c == LexiconClass::kDemonym ||
                          word.capitalized || (c == LexiconClass::kConnector && t - 1 > first);
      if (word.kind != TokenKind::kWord || !inside) break;
    }
    if (t == first + 1 && s.doc.terms[first] < 0) t = first;  // "The", "Il"
    return titled && t == first ? name.token_begin : s.first;
  }
  return s.first;
}

TokenStretch reported_self(const HeadlineSentence& s, const std::vector<EntitySpan>& names,
                           const std::vector<bool>& keep) {
  for (const EntitySpan& name : names) {
    std::size_t t = name.token_end;
    if (name.type != EntityType::kPerson || name.token_begin < s.first || t + 1 >= s.last ||
        !keep[t] || !in_list(kAttribution, s.token(t).norm)) {
      continue;
    }
    const std::size_t pronoun = s.token(t + 1).norm == "that" ? t + 2 : t + 1;
    if (pronoun < s.last && (s.token(pronoun).norm == "he" || s.token(pronoun).norm == "she")) {
      return {t, pronoun + 1};
    }
  }
  return {s.first, s.first};
}

TokenStretch appositive(const HeadlineSentence& s, const std::vector<EntitySpan>& names,
                        const std::vector<bool>& keep) {
  for (const EntitySpan& name : names) {
    const std::size_t comma = name.token_end;
    if (name.token_begin < s.first || comma + 2 >= s.last || !keep[comma] || !s.is(comma, ",") ||
        !in_list(kArticles, s.token(comma + 1).norm)) {
      continue;
    }
    for (std::size_t t = comma + 2; t < s.last && t < comma + 16 && keep[t]; ++t) {
      if (s.is(t, ",")) return {comma, t + 1};
      if (s.clause_break(t)) break;
    }
  }
  return {s.first, s.first};
}

}  // namespace precis::detail
