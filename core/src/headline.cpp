#include "detail/headline.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "detail/entity_lexicon.h"
#include "precis/entities.h"
#include "precis/utf8.h"

namespace precis::detail {
namespace {

// Words that mark a clause as attribution: reporting verbs and "according to" in the core
// languages. Folded (lowercase) token forms, sorted for binary search.
constexpr std::string_view kAttribution[] = {
    "a-t-elle", "a-t-il",    "according", "added", "affirme", "afirmou",  "afirmó",   "announced",
    "claimed",  "confirmed", "declaró",   "dijo",  "disse",   "erklärte", "explique", "laut",
    "precisa",  "précise",   "reported",  "said",  "says",    "secondo",  "segundo",  "selon",
    "stated",   "sagte",     "según",     "told",  "wrote"};
// Words that open a subordinate or relative clause after a comma.
constexpr std::string_view kSubordinate[] = {
    "alors",    "although", "as",     "because",  "che",    "cui",   "cujo",   "cuyo",   "dont",
    "enquanto", "lequel",   "mentre", "mientras", "obwohl", "qui",   "quien",  "tandis", "though",
    "whereas",  "which",    "while",  "who",      "whom",   "whose", "während"};

// Words of kSubordinate that also open phrases ("as well as", "während des Tages"): without a
// comma before them they mark no clause.
constexpr std::string_view kAlsoPhraseOpener[] = {"alors", "as", "während"};

template <std::size_t N>
bool in_list(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

struct Span {
  const Document& doc;
  std::size_t first;  // token range [first, last) of the sentence
  std::size_t last;
  const Token& token(std::size_t t) const { return doc.tokens[t]; }
  bool is(std::size_t t, std::string_view text) const {
    const Token& k = token(t);
    return doc.text.substr(k.start, k.end - k.start) == text;
  }
  bool clause_break(std::size_t t) const { return is(t, ",") || is(t, ";") || is(t, ":"); }
};

// Parentheses, brackets and dash asides ("-- who ... --", "\u2014 ... \u2014").
void drop_asides(const Span& s, std::vector<bool>& keep) {
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

// "According to police," / "In base a fonti russe,": an opening that names a source.
bool opens_with_attribution(const Span& s) {
  // Folded token forms, each phrase at most three tokens.
  constexpr std::string_view kOpeners[][3] = {
      {"according"},       {"selon"},       {"secondo"},
      {"según"},           {"segundo"},     {"laut"},
      {"in", "base", "a"}, {"stando", "a"}, {"de", "acuerdo", "con"},
      {"d'après"}};
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

// ", officials said." at the end; "According to police," / "Selon la police," at the start.
void drop_attributions(const Span& s, std::vector<bool>& keep) {
  std::size_t last_comma = s.last;
  for (std::size_t t = s.first; t < s.last; ++t) {
    if (s.is(t, ",") && keep[t]) last_comma = t;
  }
  if (last_comma != s.last && last_comma > s.first + 2) {
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
    for (std::size_t t = s.first; t < s.last && t < s.first + 12; ++t) {
      if (!s.is(t, ",")) continue;
      for (std::size_t d = s.first; d <= t; ++d) keep[d] = false;
      break;
    }
  }
}

std::size_t kept_words(const Span& s, const std::vector<bool>& keep) {
  std::size_t words = 0;
  for (std::size_t t = s.first; t < s.last; ++t) {
    words += keep[t] && s.token(t).kind != TokenKind::kPunct ? 1 : 0;
  }
  return words;
}

// ", who was 88," and ", which ..." up to the next clause break (or the end), right to left,
// until the text fits.
void drop_subordinates(const Span& s, std::vector<bool>& keep, std::size_t max_words) {
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

// Whether kept token i opens a clause: "that" or a kSubordinate word (but kAlsoPhraseOpener)
// right after a content word that is not a reporting verb ("visit that may", not "said that" or
// "so that").
bool opens_clause(const Span& s, const std::vector<std::size_t>& kept, std::size_t i) {
  const std::string_view word = s.token(kept[i]).norm;
  const bool opener =
      word == "that" || (in_list(kSubordinate, word) && !in_list(kAlsoPhraseOpener, word));
  if (i == 0 || !opener) return false;
  const std::size_t before = kept[i - 1];
  return s.token(before).kind == TokenKind::kWord && s.doc.terms[before] >= 0 &&
         !in_list(kAttribution, s.token(before).norm);
}

// Whether the headline may not end with token t: punctuation (but "?", "!" and ")"), and, where
// the sentence was cut, a stopword. A sentence that fits whole keeps its last word, stopword or
// not ("his first in 24 years").
bool dangling(const Span& s, std::size_t t, bool cut) {
  const Token& k = s.token(t);
  if (k.kind == TokenKind::kPunct) return !(s.is(t, "?") || s.is(t, "!") || s.is(t, ")"));
  return cut && k.kind == TokenKind::kWord && s.doc.terms[t] < 0;
}

// Where to cut kept tokens [0, n) short of the sentence's end so that no phrase is cut in two:
// not inside a name ("in Corea | del Nord" cuts before "Corea"), and, when a content word would
// follow the cut ("about the rapid | rapprochement"), at the latest phrase end that keeps at
// least 60% of what fits: after a name ("to Vladivostok |"), or before a function word outside a
// name ("about | the"). The caller then trims dangling stopwords. O(sentence x names).
std::size_t keep_phrases_whole(const Span& s, const std::vector<EntitySpan>& names,
                               const std::vector<std::size_t>& kept, std::size_t n) {
  if (n == 0) return n;
  // The name that a cut before kept token i would split, or null.
  const auto split_name = [&](std::size_t i) -> const EntitySpan* {
    for (const EntitySpan& name : names) {
      if (name.token_begin <= kept[i - 1] && kept[i] < name.token_end) return &name;
    }
    return nullptr;
  };
  if (const EntitySpan* name = split_name(n)) {
    while (n > 0 && kept[n - 1] >= name->token_begin) --n;
    return n;
  }
  const auto function_word = [&](std::size_t t) {
    return s.token(t).kind == TokenKind::kWord && s.doc.terms[t] < 0;
  };
  if (s.token(kept[n]).kind != TokenKind::kWord || function_word(kept[n])) return n;
  // The latest phrase end: after a name, or before a function word (not the "du" of "Corée du
  // Nord").
  const auto ends_name = [&](std::size_t t) {
    return std::any_of(names.begin(), names.end(),
                       [t](const EntitySpan& name) { return name.token_end == t + 1; });
  };
  for (std::size_t i = n + 1; i-- > (n * 6) / 10 + 1;) {
    if (ends_name(kept[i - 1])) return i;
    if (i < n && function_word(kept[i]) && split_name(i) == nullptr) return i;
  }
  return n;
}

// "Russian President Vladimir Putin is set to ...", "Il presidente russo Vladimir Putin ...": where
// the full name begins when what is kept of the sentence opens with a person's titles (an
// article, titles, demonyms and capitalised words, one of them a title) right before it; else
// s.first.
std::size_t name_after_opening_titles(const Span& s, const std::vector<EntitySpan>& names,
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
      if (word.kind != TokenKind::kWord ||
          (c != LexiconClass::kPersonTitle && c != LexiconClass::kDemonym && !word.capitalized)) {
        break;
      }
    }
    if (t == first + 1 && s.doc.terms[first] < 0) t = first;  // "The", "Il"
    return titled && t == first ? name.token_begin : s.first;
  }
  return s.first;
}

// "Vladimir Putin confirmed he will be going ...": a person's name, a reporting verb, an optional
// "that", and "he" or "she", the person again. The stretch from the verb to the pronoun may go
// ("Vladimir Putin will be going ..."); an empty stretch when there is none.
std::pair<std::size_t, std::size_t> reported_self(const Span& s,
                                                  const std::vector<EntitySpan>& names,
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

struct Fitted {
  std::string text;
  std::size_t words = 0;
};

// The kept tokens of the sentence as text, cut to the limits as compress_sentence describes.
Fitted fit(const Span& s, const std::vector<EntitySpan>& names, const std::vector<bool>& keep,
           std::size_t max_words, std::size_t max_chars) {
  const Document& doc = s.doc;
  std::vector<std::size_t> kept;
  for (std::size_t t = s.first; t < s.last; ++t) {
    if (keep[t]) kept.push_back(t);
  }
  // Pieces: each kept token with what goes before it (the original gap, or one space after a
  // dropped stretch; nothing before punctuation that followed a dropped stretch).
  std::vector<std::string> pieces;
  std::vector<std::size_t> words_upto;
  std::vector<std::size_t> chars_upto;
  std::size_t words = 0;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < kept.size(); ++i) {
    const Token& k = doc.tokens[kept[i]];
    std::string piece;
    if (i > 0) {
      const Token& prev = doc.tokens[kept[i - 1]];
      if (kept[i] == kept[i - 1] + 1) {
        piece = to_valid_utf8(doc.text.substr(prev.end, k.start - prev.end));
      } else if (k.kind != TokenKind::kPunct) {
        piece = " ";
      }
    }
    piece += to_valid_utf8(doc.text.substr(k.start, k.end - k.start));
    words += k.kind != TokenKind::kPunct ? 1 : 0;
    chars += utf16_length(piece);
    pieces.push_back(std::move(piece));
    words_upto.push_back(words);
    chars_upto.push_back(chars);
  }
  std::size_t n = 0;  // pieces [0, n) fit both limits
  while (n < pieces.size() && words_upto[n] <= max_words && chars_upto[n] <= max_chars) ++n;
  if (n < pieces.size()) {
    // Prefer ending at a clause break, or before a clause that the cut would leave unfinished
    // ("an extraordinary visit | that may conclude"), when that keeps at least 60% of what fits.
    for (std::size_t i = n; i-- > (n * 6) / 10 + 1;) {
      if (s.clause_break(kept[i]) || opens_clause(s, kept, i)) {
        n = i;
        break;
      }
    }
  }
  if (n < pieces.size()) n = keep_phrases_whole(s, names, kept, n);
  std::size_t end = n;
  while (end > 0 && dangling(s, kept[end - 1], n < pieces.size())) --end;
  if (end == 0) {  // only stopwords fit: keep the first word rather than nothing
    while (end < n && doc.tokens[kept[end]].kind == TokenKind::kPunct) ++end;
    end = end < n ? end + 1 : 0;
  }
  Fitted out;
  for (std::size_t i = 0; i < end; ++i) out.text += pieces[i];
  out.words = end > 0 ? words_upto[end - 1] : 0;
  const std::size_t lead = out.text.find_first_not_of(' ');
  out.text.erase(0, lead == std::string::npos ? out.text.size() : lead);
  // A dropped opening clause ("According to police, the man ...") leaves a lowercase start.
  if (!out.text.empty() && out.text[0] >= 'a' && out.text[0] <= 'z' && !keep[s.first]) {
    out.text[0] = static_cast<char>(out.text[0] - 32);
  }
  return out;
}

}  // namespace

std::string compress_sentence(const Document& doc, std::size_t sentence, std::size_t max_words,
                              std::size_t max_chars) {
  const Span s{doc, doc.sentence_tokens[sentence], doc.sentence_tokens[sentence + 1]};
  if (s.first == s.last) return "";
  std::vector<bool> keep(doc.tokens.size() > 0 ? s.last : 0, true);
  drop_asides(s, keep);
  drop_attributions(s, keep);
  drop_subordinates(s, keep, max_words);
  const std::vector<EntitySpan> names = find_entity_spans(doc);
  // Headlines name a person without their titles, and without "said he", when that leaves room
  // to say more: "Vladimir Putin is set to make a historic visit to North Korea", not "Russian
  // President Vladimir Putin is set to make a historic visit". Each stretch goes, in turn, only
  // where the text then says more than the words it gave up.
  const std::pair<std::size_t, std::size_t> stretches[] = {
      {s.first, name_after_opening_titles(s, names, keep)}, reported_self(s, names, keep)};
  const bool fits = kept_words(s, keep) <= max_words;
  Fitted best;
  std::size_t best_said = 0;
  std::size_t given_up = 0;  // by the stretches dropped so far
  for (int k = -1; k < (fits ? 0 : 2); ++k) {
    std::vector<bool> fewer = keep;
    std::size_t more = 0;
    for (std::size_t t = k < 0 ? 0 : stretches[k].first; k >= 0 && t < stretches[k].second; ++t) {
      more += fewer[t] && s.token(t).kind == TokenKind::kWord ? 1 : 0;
      fewer[t] = false;
    }
    if (k >= 0 && more == 0) continue;
    Fitted candidate = fit(s, names, fewer, max_words, max_chars);
    if (k < 0 || candidate.words + given_up + more > best_said) {
      given_up += more;
      best_said = candidate.words + given_up;
      best = std::move(candidate);
      keep = std::move(fewer);
    }
  }
  return best.text;
}

}  // namespace precis::detail
