#include "precis/summarize.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "detail/headline.h"
#include "detail/ordering.h"
#include "detail/sentence_rank.h"
#include "detail/summary_shape.h"
#include "detail/term_coverage.h"
#include "detail/term_vectors.h"
#include "precis/limits.h"
#include "precis/utf8.h"

namespace precis {
namespace {

using detail::bulleted;
using detail::render_item;
using detail::round4;

// Two sentences this similar say the same thing; the summary keeps the better one.
constexpr double kRedundancy = 0.6;
constexpr std::size_t kUnlimited = std::numeric_limits<std::size_t>::max();

// "Most intriguing" for teasers: quotes, questions and figures make a reader want more.
double intrigue(const Document& doc, std::size_t s) {
  bool quote = false;
  bool question = false;
  bool number = false;
  for (std::size_t t = doc.sentence_tokens[s]; t < doc.sentence_tokens[s + 1]; ++t) {
    const Token& k = doc.tokens[t];
    const std::string_view text = doc.text.substr(k.start, k.end - k.start);
    quote |= text == "\"" || text == "\u201c" || text == "\u00ab";
    question |= text == "?" || text == "!";
    number |= k.kind == TokenKind::kNumber;
  }
  return 1.0 + 0.3 * quote + 0.3 * question + 0.15 * number;
}

struct Budget {
  std::size_t words = kUnlimited;
  std::size_t chars = kUnlimited;
};

struct Candidate {
  std::size_t sentence;
  std::size_t words;
  std::size_t chars;  // UTF-16 length of the rendered item with its bullet; 0 without a char budget
};

// MMR plus coverage: repeatedly take the sentence maximising (1 - diversity) * score -
// diversity * (its highest similarity to a chosen one) + coverage * (its coverage gain per word),
// skipping near-duplicates and what no longer fits. An exact `sentences` budget is a promise: a
// second pass fills it, duplicates allowed.
std::vector<std::size_t> select(const std::vector<double>& score,
                                const std::vector<detail::TermVector>& vectors,
                                const std::vector<Candidate>& candidates, std::size_t wanted,
                                const Budget& budget, const SummaryOptions& options) {
  const double top = *std::max_element(score.begin(), score.end());
  const double diversity = std::clamp(options.weights.diversity, 0.0, 1.0);
  const std::size_t separator = 1;  // "\n" between key points, " " between sentences
  std::vector<double> max_sim(candidates.size(), 0.0);
  std::vector<bool> taken(candidates.size(), false);
  std::vector<std::size_t> chosen;
  std::size_t words = 0;
  std::size_t chars = 0;
  detail::TermCoverage coverage = detail::term_coverage(vectors);
  const int passes = options.sentences ? 2 : 1;
  for (int pass = 0; pass < passes; ++pass) {
    while (chosen.size() < wanted) {
      // Sentences outside the graph (score 0: too short to state a fact) only fill a budget the
      // ranked ones cannot: per word, a one-word line ("Energy") would win the coverage term.
      std::size_t best[2] = {candidates.size(), candidates.size()};  // ranked, unranked
      double best_value[2] = {-std::numeric_limits<double>::infinity(),
                              -std::numeric_limits<double>::infinity()};
      for (std::size_t c = 0; c < candidates.size(); ++c) {
        if (taken[c] || (pass == 0 && max_sim[c] > kRedundancy)) continue;
        const Candidate& k = candidates[c];
        const std::size_t extra = chosen.empty() ? 0 : separator;
        if (words + k.words > budget.words || chars + k.chars + extra > budget.chars) continue;
        const double relevance = top > 0.0 ? score[k.sentence] / top : 0.0;
        const double value =
            (1.0 - diversity) * relevance - diversity * max_sim[c] +
            options.weights.coverage * detail::coverage_gain(coverage, vectors[k.sentence]);
        const int tier = score[k.sentence] > 0.0 ? 0 : 1;
        if (value > best_value[tier]) {
          best_value[tier] = value;
          best[tier] = c;
        }
      }
      const std::size_t pick = best[0] != candidates.size() ? best[0] : best[1];
      if (pick == candidates.size()) break;
      taken[pick] = true;
      detail::add_coverage(coverage, vectors[candidates[pick].sentence]);
      chosen.push_back(candidates[pick].sentence);
      words += candidates[pick].words;
      chars += candidates[pick].chars + (chosen.size() > 1 ? separator : 0);
      for (std::size_t c = 0; c < candidates.size(); ++c) {
        if (taken[c]) continue;
        const double sim = detail::cosine(vectors[candidates[c].sentence], vectors[chosen.back()]);
        max_sim[c] = std::max(max_sim[c], sim);
      }
    }
  }
  return chosen;
}

std::vector<double> scores_for(const Document& doc, const std::vector<detail::TermVector>& vectors,
                               const SummaryOptions& options) {
  const detail::TermVector context = detail::text_vector(doc, vectors, options.context);
  SummaryWeights weights = options.weights;
  // Teasers lean less on the lead: the first sentence is the tl;dr, not the hook.
  if (options.type == SummaryType::kTeaser) weights.position *= 0.5;
  const detail::SentenceFeatures features =
      detail::sentence_features(doc, vectors, context, weights);
  std::vector<double> score = detail::combine_features(features, weights);
  if (options.type == SummaryType::kTeaser) {
    for (std::size_t s = 0; s < score.size(); ++s) score[s] *= intrigue(doc, s);
  }
  return score;
}

}  // namespace

Summary summarize(const Document& doc, const SummaryOptions& options) {
  const std::vector<detail::TermVector> vectors = detail::sentence_vectors(doc);
  const std::vector<double> score = scores_for(doc, vectors, options);
  const double top = *std::max_element(score.begin(), score.end());
  const bool headline = options.type == SummaryType::kHeadline;
  Budget budget;
  if (options.chars) budget.chars = *options.chars;
  if (options.words && !headline) budget.words = *options.words;
  const std::size_t marker = bulleted(options) ? 2 : 0;
  const std::size_t wanted = detail::sentence_count(options, doc.sentences.size());
  // Graph candidates (score > 0) by score, then up to `wanted` others in document order, so a
  // sentence budget can be met while selection stays O(k + wanted) candidates.
  const std::vector<std::size_t> order = detail::stable_order(
      score.size(), [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });
  const Budget selection = headline ? Budget{} : budget;
  std::vector<Candidate> candidates;
  std::size_t others = 0;
  for (const std::size_t s : order) {
    if (score[s] <= 0.0 && others++ >= wanted) break;
    const Sentence& sentence = doc.sentences[s];
    // Rendered only to measure against a char budget; without one the length counts for nothing.
    const std::size_t chars =
        selection.chars == kUnlimited
            ? 0
            : utf16_length(render_item(
                  doc.text.substr(sentence.start, sentence.end - sentence.start), options)) +
                  marker;
    candidates.push_back({s, vectors[s].words, chars});
  }
  std::vector<std::size_t> chosen = select(score, vectors, candidates, wanted, selection, options);
  const bool compress = headline || (chosen.empty() && !candidates.empty());
  if (compress) chosen.assign(1, candidates.front().sentence);
  if (options.order == SummaryOrder::kDocument) detail::stable_sort_items(chosen);
  Summary summary;
  std::vector<std::string> items;
  for (const std::size_t s : chosen) {
    SummarySentence out;
    out.index = s;
    out.start = doc.sentences[s].start;
    out.end = doc.sentences[s].end;
    out.score = round4(top > 0.0 ? score[s] / top : 0.0);
    out.text = to_valid_utf8(doc.text.substr(out.start, out.end - out.start));
    items.push_back(render_item(out.text, options));
    summary.sentences.push_back(std::move(out));
  }
  if (compress) {
    // A headline, or a budget too small for any whole sentence: the best sentence, compressed.
    const std::size_t words = options.words.value_or(
        headline ? 12 + 5 * static_cast<std::size_t>(options.length) : kUnlimited);
    const std::size_t chars =
        budget.chars == kUnlimited ? kUnlimited : budget.chars - std::min(budget.chars, marker);
    const std::string compressed = detail::compress_sentence(doc, chosen.front(), words, chars);
    items.assign(1, render_item(compressed, options));
    // Not even the sentence's first word fits: an empty summary, from no sentence (not a bare
    // bullet beside a sentence it does not show).
    if (compressed.empty() || utf16_length(items.front()) + marker > budget.chars) {
      items.clear();
      summary.sentences.clear();
    }
  }
  summary.summary = detail::join_items(items, options);
  return summary;
}

}  // namespace precis
