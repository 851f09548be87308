#include "precis/keyphrases.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "detail/text_class.h"
#include "precis/entities.h"
#include "precis/utf8.h"

namespace precis {
namespace {

constexpr std::size_t kMaxPhraseWords = 3;
constexpr std::size_t kMaxNameWords = 4;

struct Candidate {
  std::vector<int> terms;
  std::size_t count = 0;
  std::size_t first_sentence = 0;
  std::size_t capitalized = 0;  // occurrences as a name
  std::string display;          // the original text of the first occurrence
  double score = 0.0;
};

bool usable_word(const Document& doc, std::size_t t) {
  const Token& token = doc.tokens[t];
  return token.kind == TokenKind::kWord && doc.terms[t] >= 0 && token.norm.size() >= 2;
}

// Per-term statistics: occurrences, sentences it occurs in, and first sentence.
struct TermStats {
  std::vector<std::size_t> count;
  std::vector<std::size_t> sentences;
  std::vector<std::size_t> first;
};

TermStats term_stats(const Document& doc) {
  const std::size_t terms = doc.term_stems.size();
  TermStats stats{std::vector<std::size_t>(terms, 0), std::vector<std::size_t>(terms, 0),
                  std::vector<std::size_t>(terms, static_cast<std::size_t>(-1))};
  std::vector<std::size_t> last_seen(terms, static_cast<std::size_t>(-1));
  for (std::size_t s = 0; s + 1 < doc.sentence_tokens.size(); ++s) {
    for (std::size_t t = doc.sentence_tokens[s]; t < doc.sentence_tokens[s + 1]; ++t) {
      if (doc.terms[t] < 0) continue;
      const auto id = static_cast<std::size_t>(doc.terms[t]);
      ++stats.count[id];
      if (last_seen[id] != s) ++stats.sentences[id];
      last_seen[id] = s;
      stats.first[id] = std::min(stats.first[id], s);
    }
  }
  return stats;
}

void count_occurrence(const Document& doc, std::map<std::vector<int>, Candidate>& candidates,
                      const std::vector<int>& terms, std::size_t first, std::size_t last,
                      std::size_t sentence, bool name) {
  Candidate& c = candidates[terms];
  if (c.count == 0) {
    c.terms = terms;
    c.first_sentence = sentence;
    const std::size_t start = doc.tokens[first].start;
    c.display = to_valid_utf8(doc.text.substr(start, doc.tokens[last].end - start));
  }
  ++c.count;
  c.capitalized += name ? 1 : 0;
}

// Two kinds of candidates: names are the entity spans ("North Korea", "Kim Il Sung Square");
// common phrases are n-grams of lowercase content words ("strategic partnership agreement").
// Mixed n-grams such as "lauded North" or "President Putin" are never candidates.
std::map<std::vector<int>, Candidate> collect(const Document& doc) {
  std::map<std::vector<int>, Candidate> candidates;
  std::vector<bool> in_name(doc.tokens.size(), false);
  std::size_t sentence = 0;
  for (const EntitySpan& span : find_entity_spans(doc)) {
    while (doc.sentence_tokens[sentence + 1] <= span.token_begin) ++sentence;
    std::vector<int> terms;
    for (std::size_t t = span.token_begin; t < span.token_end; ++t) {
      in_name[t] = true;
      if (doc.terms[t] >= 0) terms.push_back(doc.terms[t]);
    }
    if (terms.empty() || terms.size() > kMaxNameWords) continue;
    count_occurrence(doc, candidates, terms, span.token_begin, span.token_end - 1, sentence, true);
  }
  for (std::size_t s = 0; s + 1 < doc.sentence_tokens.size(); ++s) {
    const std::size_t end = doc.sentence_tokens[s + 1];
    const auto common = [&](std::size_t t) {
      return !in_name[t] && usable_word(doc, t) &&
             (!doc.tokens[t].capitalized || t == doc.sentence_tokens[s]);
    };
    for (std::size_t i = doc.sentence_tokens[s]; i < end; ++i) {
      std::vector<int> terms;
      for (std::size_t j = i; j < end && j - i < kMaxPhraseWords && common(j); ++j) {
        terms.push_back(doc.terms[j]);
        count_occurrence(doc, candidates, terms, i, j, s, false);
      }
    }
  }
  return candidates;
}

// YAKE-like relevance of one term: frequent, spread over many sentences, and introduced early.
double term_weight(const TermStats& stats, std::size_t id, std::size_t sentences) {
  const double frequency = std::log(1.0 + static_cast<double>(stats.count[id]));
  const double spread = static_cast<double>(stats.sentences[id]) / static_cast<double>(sentences);
  const double early = 1.0 / std::sqrt(1.0 + static_cast<double>(stats.first[id]));
  return frequency * (1.0 + spread) * (0.5 + early);
}

bool nested(const std::vector<int>& small, const std::vector<int>& large) {
  if (small.size() >= large.size()) return false;
  return std::search(large.begin(), large.end(), small.begin(), small.end()) != large.end();
}

// Names keep their capitals ("North Korea"); other phrases are shown in lowercase.
std::string display_form(const Candidate& c) {
  if (c.capitalized * 2 > c.count) return c.display;
  return detail::fold_for_matching(c.display);
}

}  // namespace

std::vector<Keyphrase> extract_keyphrases(const Document& doc, std::size_t limit) {
  const TermStats stats = term_stats(doc);
  const std::size_t sentences = std::max<std::size_t>(1, doc.sentences.size());
  std::vector<Candidate> ranked;
  for (auto& [terms, c] : collect(doc)) {
    double weight = 0.0;
    for (const int id : terms)
      weight += term_weight(stats, static_cast<std::size_t>(id), sentences);
    const double length = static_cast<double>(terms.size());
    // A phrase must recur to beat its own words; names earn a bonus because news is about them.
    const double recurrence =
        terms.size() == 1 ? 1.0 : std::log(1.0 + static_cast<double>(c.count));
    c.score = weight / std::sqrt(length) * recurrence * (c.capitalized * 2 > c.count ? 1.3 : 1.0);
    ranked.push_back(std::move(c));
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Candidate& a, const Candidate& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.first_sentence < b.first_sentence;
  });
  std::vector<const Candidate*> chosen;
  for (const Candidate& c : ranked) {
    if (chosen.size() >= limit) break;
    const bool overlaps = std::any_of(chosen.begin(), chosen.end(), [&](const Candidate* other) {
      return nested(c.terms, other->terms) || nested(other->terms, c.terms);
    });
    if (!overlaps) chosen.push_back(&c);
  }
  std::vector<Keyphrase> out;
  const double top = chosen.empty() ? 1.0 : chosen.front()->score;
  for (const Candidate* c : chosen) {
    out.push_back({display_form(*c), std::round(c->score / top * 10000.0) / 10000.0});
  }
  return out;
}

}  // namespace precis
