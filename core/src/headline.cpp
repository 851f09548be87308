#include "detail/headline.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "detail/headline_clauses.h"
#include "precis/entities.h"
#include "precis/language.h"
#include "precis/tokenize.h"
#include "precis/utf8.h"

namespace precis::detail {
namespace {

// Particles a headline cut after would leave dangling: Japanese の に を は が と で へ も, Chinese
// 的 了 在 和 与 对.
bool is_particle(char32_t c) {
  constexpr char32_t kParticles[] = {0x306E, 0x306B, 0x3092, 0x306F, 0x304C, 0x3068, 0x3067, 0x3078,
                                     0x3082, 0x7684, 0x4E86, 0x5728, 0x548C, 0x4E0E, 0x5BF9};
  return std::find(std::begin(kParticles), std::end(kParticles), c) != std::end(kParticles);
}

// English words that cannot end a headline: articles, prepositions, conjunctions, auxiliaries,
// pronouns and determiners. English stopword lists (stopwords-iso's 1,298 words) also hold
// nouns and verbs ("line", "years", "turned") that end a phrase well. Sorted.
constexpr std::string_view kEnglishFunctionWords[] = {
    "a",        "about",  "above",   "according", "across",  "after",   "against", "along",
    "although", "am",     "among",   "an",        "and",     "another", "any",     "are",
    "around",   "as",     "at",      "be",        "because", "been",    "before",  "behind",
    "being",    "below",  "beneath", "beside",    "between", "beyond",  "both",    "but",
    "by",       "can",    "could",   "despite",   "did",     "do",      "does",    "down",
    "during",   "each",   "either",  "every",     "for",     "from",    "had",     "has",
    "have",     "having", "he",      "her",       "his",     "how",     "i",       "if",
    "in",       "inside", "into",    "is",        "it",      "its",     "may",     "might",
    "must",     "my",     "near",    "neither",   "no",      "nor",     "not",     "of",
    "off",      "on",     "one",     "onto",      "or",      "other",   "our",     "out",
    "outside",  "over",   "own",     "per",       "same",    "several", "shall",   "she",
    "should",   "since",  "so",      "some",      "such",    "than",    "that",    "the",
    "their",    "them",   "these",   "they",      "this",    "those",   "though",  "through",
    "to",       "toward", "towards", "under",     "unless",  "until",   "up",      "upon",
    "very",     "via",    "was",     "we",        "were",    "what",    "when",    "where",
    "whether",  "which",  "while",   "who",       "whom",    "whose",   "why",     "will",
    "with",     "within", "without", "would",     "yet",     "you",     "your"};

bool is_english_function_word(std::string_view word) {
  return std::binary_search(std::begin(kEnglishFunctionWords), std::end(kEnglishFunctionWords),
                            word);
}

// A word that opens a phrase rather than ending one: an English function word, elsewhere a
// stopword. A single character of Chinese or Japanese on a stopword list is no word of its own.
bool function_word(const HeadlineSentence& s, std::size_t t) {
  const Token& k = s.token(t);
  if (k.kind != TokenKind::kWord || s.doc.terms[t] >= 0) return false;
  if (s.doc.language->code == "en") return is_english_function_word(k.norm);
  return !is_unspaced_character(s.doc.text, k);
}

// Whether the headline may not end with token t: punctuation (but "?", "!", ")" and "%"), and,
// where the sentence was cut, a function word, an elided word or a particle, but not the unit
// after a figure. A sentence that fits whole keeps its last word ("his first in 24 years").
bool dangling(const HeadlineSentence& s, std::size_t t, bool cut) {
  const Token& k = s.token(t);
  if (k.kind == TokenKind::kPunct) {
    return !(s.is(t, "?") || s.is(t, "!") || s.is(t, ")") || s.is(t, "%"));  // "37.5%"
  }
  if (!cut || k.kind != TokenKind::kWord) return false;
  if (is_elided_word(*s.doc.language, k.norm)) return true;  // "lors d'", "2022 s'"
  // The unit of a figure completes it: "over 15 years", "20 ans".
  if (t > s.first && s.token(t - 1).kind == TokenKind::kNumber) return false;
  return is_particle(decode_utf8(s.doc.text, k.start).code_point) || function_word(s, t);
}

// Where to cut kept tokens [0, n) short of the sentence's end so that no phrase is cut in two:
// not inside a name ("in Corea | del Nord" cuts before "Corea"), and, when a content word would
// follow the cut ("about the rapid | rapprochement"), at the latest phrase end that keeps at
// least 60% of what fits: after a name ("to Vladivostok |"), or before a function word outside a
// name ("about | the"). The caller then trims dangling stopwords. O(sentence x names).
std::size_t keep_phrases_whole(const HeadlineSentence& s, const std::vector<EntitySpan>& names,
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
    if (n == 0) return n;  // then the name's first word follows the cut, as a content word would
  }
  if (s.token(kept[n]).kind != TokenKind::kWord || function_word(s, kept[n])) return n;
  // The latest phrase end: after a name, or before a function word (not the "du" of "Corée du
  // Nord").
  const auto ends_name = [&](std::size_t t) {
    return std::any_of(names.begin(), names.end(),
                       [t](const EntitySpan& name) { return name.token_end == t + 1; });
  };
  for (std::size_t i = n + 1; i-- > (n * 6) / 10 + 1;) {
    if (ends_name(kept[i - 1]) && s.token(kept[i]).norm != "'s") return i;  // not "Moscow | 's"
    if (i < n && function_word(s, kept[i]) && split_name(i) == nullptr) return i;
  }
  return n;
}

// Typographic quotation marks, which open and close differently; a straight " does both.
bool opens_curly_quote(const HeadlineSentence& s, std::size_t t) {
  return s.is(t, "\u201c") || s.is(t, "\u00ab");
}
bool closes_curly_quote(const HeadlineSentence& s, std::size_t t) {
  return s.is(t, "\u201d") || s.is(t, "\u00bb");
}

// Where the last quotation still open after kept tokens [0, n) begins ("must not \"swept"), or n.
std::size_t open_quote(const HeadlineSentence& s, const std::vector<std::size_t>& kept,
                       std::size_t n) {
  std::size_t straight = n;        // an open "..."
  std::vector<std::size_t> curly;  // open \u201c...\u201d and \u00ab...\u00bb
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t t = kept[i];
    if (s.is(t, "\"")) {
      straight = straight == n ? i : n;
    } else if (opens_curly_quote(s, t)) {
      curly.push_back(i);
    } else if (closes_curly_quote(s, t) && !curly.empty()) {
      curly.pop_back();
    }
  }
  const std::size_t last_curly = curly.empty() ? n : curly.back();
  if (straight == n) return last_curly;
  return last_curly == n ? straight : std::max(straight, last_curly);
}

// Japanese writes no spaces, but its scripts change mostly where words end: after hiragana
// (particles, inflections) before kanji or katakana, and around katakana words. Chinese words
// end before nothing visible, but after a structural particle (的, 了) or a common preposition.
bool script_change_ends_word(char32_t before, char32_t after) {
  if (is_particle(before) && before >= 0x4E00) return true;
  const auto kana = [](char32_t c) {
    return c >= 0x3040 && c <= 0x309F ? 1 : (c >= 0x30A0 && c <= 0x30FF ? 2 : 0);
  };
  return (kana(before) == 1 && kana(after) != 1) || ((kana(before) == 2) != (kana(after) == 2));
}

// A cut before kept token n that splits a run of unspaced characters ("\u6761|\u4f8b") moves back
// to the nearest script change that ends a word, keeping at least 40% of the text. Chinese and Thai
// show no such change: there the cut stays, the one place a headline may split a word.
std::size_t unspaced_cut(const HeadlineSentence& s, const std::vector<std::size_t>& kept,
                         std::size_t n) {
  const std::string_view text = s.doc.text;
  // Characters of the script, and a figure with the counter written after it ("16日").
  const auto inside_run = [&](std::size_t i) {
    const Token& a = s.token(kept[i - 1]);
    const Token& b = s.token(kept[i]);
    return a.end == b.start && is_unspaced_character(text, b) &&
           (a.kind == TokenKind::kNumber || is_unspaced_character(text, a));
  };
  if (n == 0 || n >= kept.size() || !inside_run(n)) return n;
  for (std::size_t i = n; i > (n * 4) / 10; --i) {
    if (!inside_run(i)) return i;
    const char32_t before = decode_utf8(text, s.token(kept[i - 1]).start).code_point;
    const char32_t after = decode_utf8(text, s.token(kept[i]).start).code_point;
    if (script_change_ends_word(before, after)) return i;
  }
  return n;
}

// A cut between two tokens written together ("Suprnova|.org", "Moscow|'s", "A-|level") moves
// before the first of them, unless what follows is a mark that closes a phrase (",", ".", ")")
// or both are characters of an unspaced script (unspaced_cut decides there).
std::size_t before_glued_tokens(const HeadlineSentence& s, const std::vector<std::size_t>& kept,
                                std::size_t n) {
  const auto glued = [&](std::size_t i) {
    const Token& a = s.token(kept[i - 1]);
    const Token& b = s.token(kept[i]);
    if (a.end != b.start) return false;
    // Unspaced scripts glue every character: unspaced_cut decides there ("16|日" included).
    if (is_unspaced_character(s.doc.text, a) || is_unspaced_character(s.doc.text, b)) {
      return false;
    }
    if (s.clause_break(kept[i]) || s.is(kept[i], ")") || s.is(kept[i], "?") || s.is(kept[i], "!")) {
      return false;
    }
    // A full stop closes a phrase unless a word is written on after it (".org").
    return !s.is(kept[i], ".") || (kept[i] + 1 < s.last && s.token(kept[i] + 1).start == b.end &&
                                   s.token(kept[i] + 1).kind != TokenKind::kPunct);
  };
  std::size_t cut = n;
  while (cut > 0 && cut < kept.size() && glued(cut)) --cut;
  return cut > 0 ? cut : n;
}

// The kept tokens as text pieces: each token with what goes before it (the original gap, or one
// space after a dropped stretch; nothing before punctuation that followed a dropped stretch), and
// the words and UTF-16 units up to and including each piece.
struct Pieces {
  std::vector<std::string> text;
  std::vector<std::size_t> words_upto;
  std::vector<std::size_t> chars_upto;
};

Pieces pieces_of(const Document& doc, const std::vector<std::size_t>& kept) {
  Pieces out;
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
    out.text.push_back(std::move(piece));
    out.words_upto.push_back(words);
    out.chars_upto.push_back(chars);
  }
  return out;
}

// How many kept tokens the text keeps: as many as fit both limits, then back to a clause break,
// a phrase end or before an open quotation, then without a dangling end.
std::size_t cut_point(const HeadlineSentence& s, const std::vector<EntitySpan>& names,
                      const std::vector<std::size_t>& kept, const Pieces& pieces,
                      std::size_t max_words, std::size_t max_chars) {
  const std::size_t all = kept.size();
  std::size_t n = 0;  // pieces [0, n) fit both limits
  while (n < all && pieces.words_upto[n] <= max_words && pieces.chars_upto[n] <= max_chars) ++n;
  if (n < all) {
    // Prefer ending at a clause break, or before a clause that the cut would leave unfinished
    // ("an extraordinary visit | that may conclude"), when that keeps at least 60% of what fits.
    for (std::size_t i = n; i-- > (n * 6) / 10 + 1;) {
      if (s.clause_break(kept[i]) || opens_clause(s, kept, i)) {
        n = i;
        break;
      }
    }
    n = unspaced_cut(s, kept, n);
    n = before_glued_tokens(s, kept, n);
    // A name longer than the whole budget: its first words rather than nothing.
    const std::size_t whole = keep_phrases_whole(s, names, kept, n);
    n = whole > 0 ? whole : n;
    // A quotation the cut would leave open ends the text before it, when that keeps half of it.
    const std::size_t quote = open_quote(s, kept, n);
    if (quote < n && quote * 2 >= n) n = quote;
  }
  std::size_t end = n;
  while (end > 0 && dangling(s, kept[end - 1], n < all)) {
    const std::size_t t = kept[end - 1];
    const bool quote_mark = s.is(t, "\"") || closes_curly_quote(s, t);
    if (quote_mark && open_quote(s, kept, end - 1) < end - 1) break;  // it closes one
    --end;
  }
  return end;  // 0 where only function words fit: no headline says just "A" or "The"
}

struct Fitted {
  std::string text;
  std::size_t words = 0;
};

// The kept tokens of the sentence as text, cut to the limits as compress_sentence describes.
Fitted fit(const HeadlineSentence& s, const std::vector<EntitySpan>& names,
           const std::vector<bool>& keep, std::size_t max_words, std::size_t max_chars) {
  std::vector<std::size_t> kept;
  for (std::size_t t = s.first; t < s.last; ++t) {
    if (keep[t]) kept.push_back(t);
  }
  const Pieces pieces = pieces_of(s.doc, kept);
  const std::size_t end = cut_point(s, names, kept, pieces, max_words, max_chars);
  Fitted out;
  for (std::size_t i = 0; i < end; ++i) out.text += pieces.text[i];
  out.words = end > 0 ? pieces.words_upto[end - 1] : 0;
  // A quotation open from so early that the cut could not end before it is closed.
  const std::size_t quote = end > 0 ? open_quote(s, kept, end) : end;
  if (quote < end) {
    const Token& opener = s.token(kept[quote]);
    const std::string_view mark = s.doc.text.substr(opener.start, opener.end - opener.start);
    const bool spaced = opener.end < s.doc.text.size() && s.doc.text[opener.end] == ' ';
    const std::string closing =
        mark == "\u201c" ? "\u201d" : (mark == "\u00ab" ? (spaced ? " \u00bb" : "\u00bb") : "\"");
    if (pieces.chars_upto[end - 1] + utf16_length(closing) <= max_chars) out.text += closing;
  }
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
  const HeadlineSentence s{doc, doc.sentence_tokens[sentence], doc.sentence_tokens[sentence + 1]};
  if (s.first == s.last) return "";
  std::vector<bool> keep(doc.tokens.size() > 0 ? s.last : 0, true);
  // A leading dash or bullet ("-L'\u00e9quipe de campagne ...") is no part of a headline.
  for (std::size_t t = s.first; t < s.last && s.token(t).kind == TokenKind::kPunct; ++t) {
    if (s.is(t, "\"") || opens_curly_quote(s, t) || s.is(t, "(") || s.is(t, "'") ||
        s.is(t, "\u00bf") || s.is(t, "\u00a1")) {
      break;
    }
    keep[t] = false;
  }
  drop_asides(s, keep);
  drop_attributions(s, keep);
  drop_subordinates(s, keep, max_words);
  const std::vector<EntitySpan> names = find_entity_spans(doc);
  // Headlines name a person without their titles, without "said he" and without an appositive,
  // when that leaves room to say more: "Vladimir Putin is set to make a historic visit to North
  // Korea", not "Russian President Vladimir Putin is set to make a historic visit". Each stretch
  // goes, in turn, only where the text then says more than the words it gave up.
  const TokenStretch stretches[] = {{s.first, name_after_opening_titles(s, names, keep)},
                                    reported_self(s, names, keep),
                                    appositive(s, names, keep)};
  const bool fits = kept_words(s, keep) <= max_words;
  Fitted best;
  std::size_t best_said = 0;
  std::size_t given_up = 0;                    // by the stretches dropped so far
  for (int k = -1; k < (fits ? 0 : 3); ++k) {  // k = -1: the sentence as it stands
    std::vector<bool> fewer = keep;
    std::size_t more = 0;
    if (k >= 0) {
      for (std::size_t t = stretches[k].first; t < stretches[k].second; ++t) {
        more += fewer[t] && s.token(t).kind == TokenKind::kWord ? 1 : 0;
        fewer[t] = false;
      }
      if (more == 0) continue;
    }
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
