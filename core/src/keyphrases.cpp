#include "precis/keyphrases.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "detail/keyphrase_candidates.h"
#include "detail/light_stem.h"
#include "detail/ordering.h"
#include "detail/polish_lemma.h"
#include "detail/sentence_start.h"
#include "detail/shouting.h"
#include "detail/text_class.h"
#include "precis/entities.h"
#include "precis/language.h"
#include "precis/tokenize.h"
#include "precis/utf8.h"

namespace precis {
namespace {

using Words = detail::PhraseWords;
using Candidate = detail::PhraseCandidate;
using Sighting = detail::PhraseSighting;

// Tuned on the dev splits of the five key-phrase sets (bench/tags.mjs); see bench/RESULTS.md.
constexpr double kNameBonus = 1.3;   // names are what news is about
constexpr double kCaseWeight = 0.5;  // YAKE's casing feature, as a bonus
constexpr double kRunBonus = 1.0;    // up to x2 for phrases seen as a whole stopword-delimited run
// News is tagged with single words and names, technical abstracts with noun phrases; a document
// tells which it is by its share of capitalised words (names): multiword phrases are weighted
// x3 when it has none, down to x0.5 at 12 % of its content words or more (news: 14-25 %).
constexpr double kPhrasePreferenceMax = 3.0;
constexpr double kPhrasePreferenceMin = 0.5;
constexpr double kNewsNameShare = 0.12;
constexpr double kConfidentWords = 40.0;  // content words for a full-strength preference
// In clearly technical text (preference above 2: under ~5 % names), a common word said once is
// seldom the topic while a phrase said once often names the method ("model predictive control"):
// such words are scored x0.3, below the phrases, yet still fill the list when they run out.
constexpr double kTechnicalPreference = 2.0;
constexpr double kOnceSaidWordWeight = 0.3;

// Per-term features from one document, after YAKE (Campos et al., Information Sciences 2020):
// frequency, spread over sentences, first position and casing.
struct TermStats {
  std::vector<std::size_t> count, upper, sentences, first, last_sentence;
};

TermStats term_stats(const Document& doc, const Words& words) {
  const std::size_t n = doc.term_stems.size();
  const auto none = static_cast<std::size_t>(-1);
  TermStats st{std::vector<std::size_t>(n, 0), std::vector<std::size_t>(n, 0),
               std::vector<std::size_t>(n, 0), std::vector<std::size_t>(n, none),
               std::vector<std::size_t>(n, none)};
  for (std::size_t s = 0; s + 1 < doc.sentence_tokens.size(); ++s) {
    for (std::size_t t = doc.sentence_tokens[s]; t < doc.sentence_tokens[s + 1]; ++t) {
      if (!words.content[t]) continue;
      const auto id = static_cast<std::size_t>(words.id[t]);
      ++st.count[id];
      if (st.last_sentence[id] != s) ++st.sentences[id];
      st.last_sentence[id] = s;
      st.first[id] = std::min(st.first[id], s);
      const Token& token = doc.tokens[t];
      if ((token.capitalized && !detail::opens_sentence(doc, doc.sentence_tokens[s], t)) ||
          token.all_caps)
        ++st.upper[id];
    }
  }
  return st;
}

// Relevance of one term: frequent, spread over many sentences, introduced early, and written
// with capitals where they are not forced (YAKE's casing feature, as a bonus).
std::vector<double> term_weights(const Document& doc, const TermStats& st, std::size_t sentences) {
  std::vector<double> out(st.count.size(), 0.0);
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (st.count[i] == 0) continue;
    const double tf = static_cast<double>(st.count[i]);
    const double spread = static_cast<double>(st.sentences[i]) / static_cast<double>(sentences);
    // Squared: where a term first appears matters more than how often it recurs (tuned).
    const double early = 0.5 + 1.0 / std::sqrt(1.0 + static_cast<double>(st.first[i]));
    const double casing = static_cast<double>(st.upper[i]) / (1.0 + std::log(tf));
    // Long words are rare words: a stand-in for the corpus IDF a single document lacks.
    const double rarity =
        static_cast<double>(std::min<std::size_t>(12, doc.term_stems[i].size())) / 6.0;
    out[i] =
        std::log(1.0 + tf) * (1.0 + spread) * early * early * (1.0 + kCaseWeight * casing) * rarity;
  }
  return out;
}

bool nested(const std::vector<int>& small, const std::vector<int>& large) {
  if (small.size() >= large.size()) return false;
  return std::search(large.begin(), large.end(), small.begin(), small.end()) != large.end();
}

// Whether two phrases differ only in their last word, one a derivation of the other by a short
// ending: "North Korea" and "North Korean", "Russia" and "Russian".
bool derived(const std::vector<int>& a, const std::vector<int>& b,
             const std::vector<std::string>& stems) {
  if (a.size() != b.size() || a.back() < 0 || b.back() < 0 || a.back() == b.back()) return false;
  if (!std::equal(a.begin(), a.end() - 1, b.begin())) return false;
  return detail::derived_word(stems[static_cast<std::size_t>(a.back())],
                              stems[static_cast<std::size_t>(b.back())]);
}

std::vector<int> stem_set(std::vector<int> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// Whether a form has letters and none of them lowercase ("VALLMOUTH", "NATO").
bool in_capitals(std::string_view form) {
  bool letters = false;
  for (std::size_t pos = 0; pos < form.size();) {
    const DecodedChar ch = decode_utf8(form, pos);
    pos += ch.length;
    if (!detail::is_letter(ch.code_point)) continue;
    if (!detail::is_upper(ch.code_point)) return false;
    letters = true;
  }
  return letters;
}

// Names, phrases a name heads and phrases the text never writes lowercase show their most
// frequent surface form, with its capitals; other phrases show it lowercase. Where the stemmer
// strips inflections only (a light stemmer, see detail/light_stem.h), every form of a phrase is
// an inflection of it, so it shows its shortest form instead, the nearest to a lemma that the
// text offers: the nominative singular is the shortest form of most nouns and adjectives
// ("skuteczność ekranowania" over "skuteczności ekranowania"); ties go to the more frequent.
// Snowball stemmers also strip derivations, where the shortest form may be another word
// ("augmenter" for "augmentation"). Polish phrases found only in an oblique case are then put in
// the nominative where the endings leave no doubt.
std::string display_form(const Candidate& c,
                         const std::vector<std::pair<std::string_view, int>>& forms,
                         const LanguageData& language) {
  const bool name = c.capitalized * 2 > c.count;
  const bool by_length = !name && detail::find_light_stemmer(language.stemmer) != nullptr;
  const std::string_view* best = nullptr;
  int most = 0;
  std::size_t shortest = 0;
  bool best_shouted = false;
  for (const auto& [form, n] : forms) {
    const std::size_t length = by_length ? utf16_length(form) : 0;
    // Equally frequent, a written form beats one in capitals ("Vallmouth" over a dateline's
    // "VALLMOUTH").
    const bool form_shouted = in_capitals(form);
    if (best == nullptr || length < shortest ||
        (length == shortest && (n > most || (n == most && best_shouted && !form_shouted)))) {
      best = &form;
      most = n;
      shortest = length;
      best_shouted = form_shouted;
    }
  }
  const std::string form = to_valid_utf8(*best);
  // A title or a name the tagger missed keeps the capitals the text always gives it.
  const bool always_capitalized = c.lowercase == 0 && c.capitalized_within > 0;
  if (name || c.name_headed || always_capitalized) return form;
  std::string folded = detail::fold_for_matching(form);
  if (language.code == "pl") return detail::polish_nominative(folded);
  return folded;
}

// Latin, Greek and Cyrillic words (U+0000-U+052F: lead bytes below 0xD5) have capitals; Hebrew,
// Arabic and CJK words do not, so they say nothing about names.
bool cased_script(std::string_view text, const Token& token) {
  return static_cast<unsigned char>(text[token.start]) < 0xD5;
}

// How much this document favours multiword phrases over single words (see kNewsNameShare):
// the share of its content words written with a capital that the sentence does not force.
// Acronyms do not count: technical text is full of them. Neutral (1) without cased words.
double phrase_preference(const Document& doc, const Words& words) {
  std::size_t content = 0, names = 0;
  for (std::size_t s = 0; s + 1 < doc.sentence_tokens.size(); ++s) {
    // A sentence in capitals shows no names apart: it does not count.
    if (detail::shouted(doc, doc.sentence_tokens[s], doc.sentence_tokens[s + 1])) continue;
    for (std::size_t t = doc.sentence_tokens[s]; t < doc.sentence_tokens[s + 1]; ++t) {
      const Token& token = doc.tokens[t];
      if (!words.content[t] || !cased_script(doc.text, token)) continue;
      ++content;
      if (token.capitalized && !token.all_caps &&
          !detail::opens_sentence(doc, doc.sentence_tokens[s], t))
        ++names;
    }
  }
  if (content == 0) return 1.0;
  const double share = static_cast<double>(names) / static_cast<double>(content);
  const double newsiness = std::min(1.0, share / kNewsNameShare);
  const double preference =
      kPhrasePreferenceMax + (kPhrasePreferenceMin - kPhrasePreferenceMax) * newsiness;
  // A share from a handful of words says little: short texts lean towards neutral.
  const double confidence = std::min(1.0, static_cast<double>(content) / kConfidentWords);
  return 1.0 + (preference - 1.0) * confidence;
}

// Sum of word weights, damped by length so that a phrase must recur to beat its own words;
// phrases seen whole between stopwords or punctuation ("natural numbers") and names score more;
// common phrases whose words mostly occur without them score less. Common multiword phrases
// and the whole-run bonus are scaled by the document's phrase preference; in clearly technical
// text, common words said once score less (kOnceSaidWordWeight).
double phrase_score(const Candidate& c, const std::vector<double>& term,
                    const std::vector<std::size_t>& word_count, double preference) {
  double sum = 0.0;
  std::size_t most = 0;
  for (const int id : c.ids) {
    if (id < 0) continue;  // stopwords inside names add 0
    sum += term[static_cast<std::size_t>(id)];
    most = std::max(most, word_count[static_cast<std::size_t>(id)]);
  }
  const double words = static_cast<double>(c.ids.size());
  const double recurrence = c.ids.size() == 1 ? 1.0 : std::log(1.0 + static_cast<double>(c.count));
  // Damped by the square root of the length (tuned among powers of it).
  double score = sum / std::sqrt(words) * recurrence;
  score *=
      1.0 + kRunBonus * preference * static_cast<double>(c.maximal) / static_cast<double>(c.count);
  if (c.capitalized * 2 > c.count) {
    score *= kNameBonus;
    return score;
  }
  if (c.ids.size() > 1) score *= preference;
  if (c.ids.size() == 1 && c.count == 1 && preference > kTechnicalPreference) {
    score *= kOnceSaidWordWeight;
  }
  // A common phrase whose word occurs more often without the phrase than in it is scored
  // x sqrt(phrase count / other occurrences): news readers tag "ceremony", not "civil ceremony".
  if (c.ids.size() > 1 && most > 2 * c.count) {
    const double outside = static_cast<double>(most - c.count);  // the word without the phrase
    score *= std::sqrt(static_cast<double>(c.count) / outside);
  }
  return score;
}

// The candidates best first. Equal scores go to the earlier phrase, then to the smaller ids
// (stopwords, negative, first).
std::vector<const Candidate*> ranked(const std::vector<Candidate>& all) {
  const auto ranks_before = [&all](std::size_t a, std::size_t b) {
    if (all[a].score != all[b].score) return all[a].score > all[b].score;
    if (all[a].first != all[b].first) return all[a].first < all[b].first;
    return all[a].ids < all[b].ids;
  };
  std::vector<const Candidate*> out;
  out.reserve(all.size());
  for (const std::size_t k : detail::stable_order(all.size(), ranks_before)) {
    out.push_back(&all[k]);
  }
  return out;
}

// Takes `ranked` phrases into `chosen` up to `limit`, dropping nested ones, except that a
// sub-phrase that recurs more often replaces the longer phrase it is part of ("sanzioni
// economiche" over "sanzioni economiche colpiscono").
void choose_whole(const std::vector<const Candidate*>& ranked, std::size_t limit,
                  const std::vector<std::string>& stems, std::vector<const Candidate*>& chosen) {
  for (const Candidate* c : ranked) {
    if (chosen.size() >= limit) return;
    bool overlaps = false;
    for (const Candidate*& other : chosen) {
      if (nested(c->ids, other->ids) && c->count > other->count && c->ids.size() > 1) {
        if (!overlaps) other = c;
        overlaps = true;
      } else if (nested(c->ids, other->ids) || nested(other->ids, c->ids) ||
                 derived(c->ids, other->ids, stems)) {
        overlaps = true;
      }
    }
    if (!overlaps) chosen.push_back(c);
  }
}

// Nested phrases give way only while there are others to show: when dropping them leaves fewer
// than `limit`, they fill the rest, best first (a caller asking for 10 gets 10 when the text has
// them), but never one whose stems another shows already ("word word" after "word").
void fill_with_nested(const std::vector<const Candidate*>& ranked, std::size_t limit,
                      std::vector<const Candidate*>& chosen) {
  std::vector<std::vector<int>> shown;
  for (const Candidate* c : chosen) shown.push_back(stem_set(c->ids));
  for (const Candidate* c : ranked) {
    if (chosen.size() >= limit) break;
    std::vector<int> stems = stem_set(c->ids);
    if (std::find(shown.begin(), shown.end(), stems) != shown.end()) continue;
    shown.push_back(std::move(stems));
    chosen.push_back(c);
  }
}

}  // namespace

std::vector<Keyphrase> extract_keyphrases(const Document& doc, std::size_t limit) {
  return extract_keyphrases(doc, limit, find_entity_spans(doc));
}

std::vector<Keyphrase> extract_keyphrases(const Document& doc, std::size_t limit,
                                          const std::vector<EntitySpan>& names) {
  const Words words = detail::phrase_words(doc);
  const TermStats stats = term_stats(doc, words);
  const std::size_t sentences = std::max<std::size_t>(1, doc.sentences.size());
  const std::vector<double> term = term_weights(doc, stats, sentences);
  const double preference = phrase_preference(doc, words);
  // Documents leaning to phrases (preference > 1) are tagged like technical text.
  detail::PhraseCandidates candidates = detail::collect_phrases(
      doc, words, names, preference <= 1.0, preference > kTechnicalPreference);
  for (Candidate& c : candidates.list) c.score = phrase_score(c, term, stats.count, preference);
  const std::vector<const Candidate*> best_first = ranked(candidates.list);
  std::vector<const Candidate*> chosen;
  choose_whole(best_first, limit, doc.term_stems, chosen);
  fill_with_nested(best_first, limit, chosen);
  detail::stable_sort_items(
      chosen, [](const Candidate* a, const Candidate* b) { return a->score > b->score; });
  // Each shown phrase's forms with their counts, in byte order (display_form breaks ties by it).
  std::vector<std::vector<std::pair<std::string_view, int>>> forms(chosen.size());
  std::vector<std::size_t> slot_of(candidates.list.size(), chosen.size());
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    slot_of[static_cast<std::size_t>(chosen[i] - candidates.list.data())] = i;
  }
  for (const Sighting& sighting : candidates.sightings) {
    const std::size_t i = slot_of[sighting.candidate];
    if (i < chosen.size()) forms[i].emplace_back(sighting.form, 1);
  }
  for (auto& list : forms) {
    detail::stable_sort_items(list);
    std::size_t kept = 0;
    for (const auto& [form, one] : list) {
      if (kept > 0 && list[kept - 1].first == form) {
        ++list[kept - 1].second;
      } else {
        list[kept++] = {form, one};
      }
    }
    list.resize(kept);
  }
  std::vector<Keyphrase> out;
  const double top = chosen.empty() ? 1.0 : chosen.front()->score;
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    out.push_back({display_form(*chosen[i], forms[i], *doc.language),
                   std::round(chosen[i]->score / top * 10000.0) / 10000.0});
  }
  return out;
}

}  // namespace precis
