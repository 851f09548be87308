#include "detail/keyphrase_candidates.h"

#include <string_view>
#include <unordered_map>
#include <utility>

#include "detail/acronyms.h"
#include "detail/english_hints.h"
#include "detail/entity_lexicon.h"
#include "detail/polish_hints.h"
#include "detail/sentence_start.h"
#include "detail/shouting.h"
#include "precis/language.h"
#include "precis/tokenize.h"

namespace precis::detail {
namespace {

constexpr std::size_t kMaxPhraseWords = 5;  // runs such as "partial differential equation model"
constexpr std::size_t kMaxNameWords = 4;

// Weekdays and months ("Tuesday", "giugno") date the news; they are not what it is about. In
// English a lowercase "march" or "may" is another word.
bool is_date_word(const Token& token, bool english) {
  if (english && !token.capitalized) return false;
  return lexicon_class(token.norm) == LexiconClass::kCalendar;
}

}  // namespace

PhraseWords phrase_words(const Document& doc) {
  const std::size_t n = doc.tokens.size();
  PhraseWords w{std::vector<int>(n, -1), std::vector<bool>(n, false), std::vector<bool>(n, false),
                std::vector<bool>(n, false)};
  // English part-of-speech hints from suffixes: "-ly" adverbs never belong to a key phrase
  // ("robustly reducing"), and "-ed" participles do not end one ("sufficient condition
  // conjectured") although they may start one ("distributed parameter model").
  const bool english = doc.language->code == "en";
  const bool polish = doc.language->code == "pl";
  std::unordered_map<std::string_view, int> stops;  // views of the tokens' norms
  for (std::size_t t = 0; t < n; ++t) {
    const Token& token = doc.tokens[t];
    if (token.kind != TokenKind::kWord) continue;
    // Stopwords have no term (see Document::terms); elided articles ("l'", "dell'") do, for the
    // summary weights, but are function words here.
    const bool content =
        doc.terms[t] >= 0 && token.norm.size() >= 2 && !is_elided_word(*doc.language, token.norm) &&
        !is_date_word(token, english) && !(english && ends_with(token.norm, "ly")) &&
        !(english && (after_verb_marker(doc, t) || third_person_verb(doc, t))) &&
        !(polish && polish_verb(token.norm));
    if (content) {
      w.id[t] = doc.terms[t];
      w.content[t] = true;
      w.can_end[t] = !(english && ends_with(token.norm, "ed"));
      w.adjective[t] = english && adjective(token.norm);
    } else {
      const auto it = stops.try_emplace(token.norm, static_cast<int>(stops.size())).first;
      w.id[t] = -2 - it->second;
    }
  }
  return w;
}

namespace {

// Counts one occurrence of the phrase `ids` at tokens [first, last]; returns its candidate, valid
// until the next one is added.
PhraseCandidate& count_occurrence(const Document& doc, PhraseCandidates& candidates,
                                  const std::vector<int>& ids, std::size_t first, std::size_t last,
                                  bool name, bool maximal) {
  const std::size_t k = candidates.find_or_add(ids, first);
  PhraseCandidate& c = candidates.list[k];
  c.maximal += maximal ? 1 : 0;
  ++c.count;
  c.capitalized += name ? 1 : 0;
  const std::size_t start = doc.tokens[first].start;
  std::size_t end = doc.tokens[last].end;
  // A character of an unspaced script stands for the bigram it starts: the phrase ends after it.
  if (last + 1 < doc.tokens.size() && is_unspaced_character(doc.text, doc.tokens[last]) &&
      is_unspaced_character(doc.text, doc.tokens[last + 1]) && doc.tokens[last + 1].start == end) {
    end = doc.tokens[last + 1].end;
  }
  candidates.sightings.push_back({k, doc.text.substr(start, end - start)});
  return c;
}

// Each mention of a defined acronym after its definition counts as one of its phrase.
void fold_acronyms(const Document& doc, const PhraseWords& words, const Acronyms& acronyms,
                   PhraseCandidates& candidates) {
  for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
    const int d = acronyms.definition_of[t];
    if (d < 0) continue;
    const AcronymDefinition& def = acronyms.definitions[static_cast<std::size_t>(d)];
    if (t <= def.acronym) continue;
    std::vector<int> ids(words.id.begin() + static_cast<std::ptrdiff_t>(def.phrase_begin),
                         words.id.begin() + static_cast<std::ptrdiff_t>(def.phrase_end));
    const std::size_t k = candidates.find(ids);
    if (k == SequenceIndex::kNone) continue;
    ++candidates.list[k].count;
    ++candidates.list[k].maximal;
  }
}

}  // namespace

PhraseCandidates collect_phrases(const Document& doc, const PhraseWords& words,
                                 const std::vector<EntitySpan>& spans, bool single_adjectives,
                                 bool name_heads) {
  PhraseCandidates candidates;
  const Acronyms acronyms = find_acronyms(doc);
  std::vector<int> span_of(doc.tokens.size(), -1);
  std::vector<int> ids;  // one buffer for every phrase looked at
  for (std::size_t k = 0; k < spans.size(); ++k) {
    const EntitySpan& span = spans[k];
    ids.clear();
    for (std::size_t t = span.token_begin; t < span.token_end; ++t) {
      span_of[t] = static_cast<int>(k);
      if (words.id[t] != -1) ids.push_back(words.id[t]);
    }
    if (ids.empty() || ids.size() > kMaxNameWords) continue;
    if (ids.size() == 1 && acronyms.definition_of[span.token_begin] >= 0) continue;
    count_occurrence(doc, candidates, ids, span.token_begin, span.token_end - 1, true, true);
  }
  for (std::size_t s = 0; s + 1 < doc.sentence_tokens.size(); ++s) {
    const std::size_t end = doc.sentence_tokens[s + 1];
    const bool shouting = shouted(doc, doc.sentence_tokens[s], end);
    for (std::size_t i = doc.sentence_tokens[s]; i < end; ++i) {
      const bool name_head = name_heads && span_of[i] != -1 &&
                             spans[static_cast<std::size_t>(span_of[i])].token_end == i + 1;
      if (!words.content[i] || (span_of[i] != -1 && !name_head)) continue;
      ids.clear();
      for (std::size_t j = i; j < end && ids.size() < kMaxPhraseWords; ++j) {
        if (!words.content[j] || (span_of[j] != -1 && j != i)) break;
        ids.push_back(words.id[j]);
        if (name_head && j == i) continue;  // the name alone is a candidate already
        const bool open_left = i == doc.sentence_tokens[s] || !words.content[i - 1];
        const bool open_right = j + 1 >= end || !words.content[j + 1];
        if (!words.can_end[j] || (i == j && acronyms.definition_of[i] >= 0)) continue;
        if (words.adjective[j] && i == j && !single_adjectives) continue;
        PhraseCandidate& c =
            count_occurrence(doc, candidates, ids, i, j, false, open_left && open_right);
        c.name_headed |= name_head;
        if (shouting) continue;  // capitals there say nothing
        if (!doc.tokens[i].capitalized) {
          ++c.lowercase;
        } else if (!opens_sentence(doc, doc.sentence_tokens[s], i)) {
          ++c.capitalized_within;
        }
      }
    }
  }
  fold_acronyms(doc, words, acronyms, candidates);
  return candidates;
}

bool derived_word(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  return a != b && a.size() >= 4 && b.size() <= a.size() + 3 && b.substr(0, a.size()) == a;
}

}  // namespace precis::detail
