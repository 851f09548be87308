#include "precis/summarize.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "detail/sentence_rank.h"
#include "detail/term_vectors.h"
#include "precis/limits.h"
#include "precis/utf8.h"

namespace precis {
namespace {

// Two sentences this similar say the same thing; the summary keeps the better one.
constexpr double kRedundancy = 0.6;

std::size_t sentence_count(const SummaryOptions& options) {
  if (options.sentences) return std::min(*options.sentences, kMaxSummarySentences);
  const std::size_t level = static_cast<std::size_t>(options.length);
  switch (options.type) {
    case SummaryType::kKeyPoints:
      return 3 + 2 * level;  // 3 / 5 / 7, as the Summarizer API's key-points
    case SummaryType::kTldr:
    case SummaryType::kTeaser:
      return 1 + 2 * level;  // 1 / 3 / 5
    case SummaryType::kHeadline:
      return 1;
  }
  return 3;
}

std::size_t headline_words(SummaryLength length) {
  return 12 + 5 * static_cast<std::size_t>(length);  // 12 / 17 / 22
}

double round4(double x) { return std::round(x * 10000.0) / 10000.0; }

// Greedy selection by score: skip near-duplicates of what is already chosen and, with a word
// budget, sentences that no longer fit.
std::vector<std::size_t> select(const std::vector<double>& score,
                                const std::vector<detail::TermVector>& vectors,
                                const SummaryOptions& options) {
  std::vector<std::size_t> order(score.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });
  const std::size_t wanted = sentence_count(options);
  std::vector<std::size_t> chosen;
  std::vector<bool> taken(score.size(), false);
  std::size_t words = 0;
  // An exact `sentences` budget is a promise: when redundancy leaves it short, a second pass
  // fills it with the best remaining sentences.
  const int passes = options.sentences ? 2 : 1;
  for (int pass = 0; pass < passes; ++pass) {
    for (const std::size_t s : order) {
      if (chosen.size() >= wanted) break;
      if (taken[s]) continue;
      const bool redundant =
          pass == 0 && std::any_of(chosen.begin(), chosen.end(), [&](std::size_t c) {
            return detail::cosine(vectors[s], vectors[c]) > kRedundancy;
          });
      if (redundant) continue;
      if (options.words && words + vectors[s].words > *options.words) continue;
      chosen.push_back(s);
      taken[s] = true;
      words += vectors[s].words;
    }
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

// The first `limit` words of a sentence, never cut mid-word and never ending on a stopword or
// punctuation, so the headline reads as a phrase.
std::string headline_text(const Document& doc, std::size_t sentence, std::size_t limit) {
  const std::size_t first = doc.sentence_tokens[sentence];
  const std::size_t last = doc.sentence_tokens[sentence + 1];
  std::size_t words = 0;
  std::size_t end_token = first;
  for (std::size_t t = first; t < last && words < limit; ++t) {
    if (doc.tokens[t].kind != TokenKind::kPunct) ++words;
    end_token = t + 1;
  }
  if (end_token < last) {
    while (end_token > first + 1 &&
           (doc.tokens[end_token - 1].kind == TokenKind::kPunct || doc.terms[end_token - 1] < 0)) {
      --end_token;
    }
  }
  const std::size_t start = doc.sentences[sentence].start;
  const std::size_t end =
      end_token < last ? doc.tokens[end_token - 1].end : doc.sentences[sentence].end;
  return to_valid_utf8(doc.text.substr(start, end - start));
}

std::string join(const std::vector<SummarySentence>& sentences, SummaryType type) {
  std::string out;
  for (const SummarySentence& s : sentences) {
    if (type == SummaryType::kKeyPoints) {
      out += out.empty() ? "- " : "\n- ";
    } else if (!out.empty()) {
      out += ' ';
    }
    out += s.text;
  }
  return out;
}

}  // namespace

Summary summarize(const Document& doc, const SummaryOptions& options) {
  const std::vector<detail::TermVector> vectors = detail::sentence_vectors(doc);
  const std::vector<double> score = detail::rank_sentences(doc, vectors, detail::RankWeights{});
  const double top = *std::max_element(score.begin(), score.end());
  Summary summary;
  for (const std::size_t s : select(score, vectors, options)) {
    SummarySentence out;
    out.index = s;
    out.start = doc.sentences[s].start;
    out.end = doc.sentences[s].end;
    out.score = round4(top > 0.0 ? score[s] / top : 0.0);
    out.text = to_valid_utf8(doc.text.substr(out.start, out.end - out.start));
    summary.sentences.push_back(std::move(out));
  }
  if (options.type == SummaryType::kHeadline && !summary.sentences.empty()) {
    summary.summary = headline_text(doc, summary.sentences.front().index,
                                    options.words.value_or(headline_words(options.length)));
  } else {
    summary.summary = join(summary.sentences, options.type);
  }
  return summary;
}

}  // namespace precis
