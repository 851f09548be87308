#include "precis/story.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "detail/headline.h"
#include "detail/ordering.h"
#include "detail/sentence_rank.h"
#include "detail/story_disagreements.h"
#include "detail/story_space.h"
#include "detail/story_tags.h"
#include "detail/summary_shape.h"
#include "detail/term_coverage.h"
#include "detail/term_vectors.h"
#include "precis/limits.h"
#include "precis/utf8.h"

namespace precis {
namespace {

// Similarity from which another article counts as stating the same fact, and from which two
// candidates are one fact told twice (the digest keeps the better one and credits the other).
constexpr double kSupport = 0.3;
constexpr double kDuplicate = 0.4;

// The digest score: the sentence's salience in its own article, its similarity to the whole
// story, and the share of other articles that support it. Chosen by hand on the multinews dev
// split (bench/story.mjs, bench/RESULTS.md): story similarity matters more than the article's
// own ranking once several articles tell the same events.
constexpr double kLocalWeight = 0.3;
constexpr double kStoryWeight = 0.5;
constexpr double kSupportWeight = 0.2;
constexpr double kDiversity = 0.2;
// Weight of the per-word gain in coverage of the story's recurring terms (term_coverage.h), as in
// single-article summaries; 0.5 was the best of 0, 0.5, 1 and 2 on multinews dev (ROUGE-2).
constexpr double kCoverage = 0.5;

struct Candidate {
  std::size_t article;
  std::size_t sentence;
  std::size_t words;
  std::size_t chars;  // UTF-16 length of the rendered item with its bullet
  double score = 0.0;
  std::vector<std::size_t> support;  // other articles stating the same fact, ascending
};

bool in_output(const Document& doc, const StoryOptions& options) {
  if (options.languages.empty()) return true;
  return std::find(options.languages.begin(), options.languages.end(), doc.lang) !=
         options.languages.end();
}

// Each sentence's salience in its own article, scaled so the article's best is 1.
std::vector<double> local_scores(const Document& doc, const SummaryOptions& options) {
  const std::vector<detail::TermVector> vectors = detail::sentence_vectors(doc);
  const detail::TermVector context = detail::text_vector(doc, vectors, options.context);
  const detail::SentenceFeatures features =
      detail::sentence_features(doc, vectors, context, options.weights);
  std::vector<double> score = detail::combine_features(features, options.weights);
  const double top = *std::max_element(score.begin(), score.end());
  for (double& x : score) x = top > 0.0 ? x / top : 0.0;
  return score;
}

// The sum of all the story's unit sentence vectors: what the story as a whole is about.
detail::TermVector story_centroid(const detail::StorySpace& space) {
  std::vector<std::pair<int, double>> entries;
  for (const auto& article : space.full) {
    for (const detail::TermVector& v : article) {
      if (v.norm == 0.0) continue;
      for (const auto& [id, weight] : v.weights) entries.emplace_back(id, weight / v.norm);
    }
  }
  detail::stable_sort_items(entries);
  detail::TermVector centroid;
  for (const auto& entry : entries) {
    if (!centroid.weights.empty() && centroid.weights.back().first == entry.first) {
      centroid.weights.back().second += entry.second;
    } else {
      centroid.weights.push_back(entry);
    }
  }
  double squares = 0.0;
  for (const auto& entry : centroid.weights) squares += entry.second * entry.second;
  centroid.norm = std::sqrt(squares);
  return centroid;
}

// The other articles with a sentence at least kSupport similar to sentence s of article a.
std::vector<std::size_t> supporting_articles(const detail::StorySpace& space, std::size_t a,
                                             std::size_t s) {
  std::vector<std::size_t> out;
  for (std::size_t b = 0; b < space.full.size(); ++b) {
    if (b == a) continue;
    for (std::size_t t = 0; t < space.full[b].size(); ++t) {
      if (detail::story_similarity(space, a, s, b, t) >= kSupport) {
        out.push_back(b);
        break;
      }
    }
  }
  return out;
}

// The best kStoryCandidatesPerArticle sentences of every output article, scored for the story.
std::vector<Candidate> story_candidates(const std::vector<Document>& docs,
                                        const detail::StorySpace& space,
                                        const StoryOptions& options) {
  const detail::TermVector centroid = story_centroid(space);
  const double others = std::max<double>(1.0, static_cast<double>(docs.size()) - 1.0);
  const std::size_t marker = detail::bulleted(options.summary) ? 2 : 0;
  std::vector<Candidate> candidates;
  for (std::size_t a = 0; a < docs.size(); ++a) {
    if (!in_output(docs[a], options)) continue;
    const std::vector<double> local = local_scores(docs[a], options.summary);
    std::vector<std::size_t> order = detail::stable_order(
        local.size(), [&](std::size_t x, std::size_t y) { return local[x] > local[y]; });
    order.resize(std::min(order.size(), kStoryCandidatesPerArticle));
    for (const std::size_t s : order) {
      const Sentence& sentence = docs[a].sentences[s];
      const std::string item = detail::render_item(
          docs[a].text.substr(sentence.start, sentence.end - sentence.start), options.summary);
      Candidate c{a,
                  s,
                  space.full[a][s].words,
                  utf16_length(item) + marker,
                  0.0,
                  supporting_articles(space, a, s)};
      const double support = static_cast<double>(c.support.size());
      c.score = kLocalWeight * local[s] +
                kStoryWeight * detail::cosine(space.full[a][s], centroid) +
                kSupportWeight * support / others;
      candidates.push_back(c);
    }
  }
  return candidates;
}

struct Chosen {
  std::size_t candidate;
  std::vector<std::size_t> duplicates;  // articles whose near-duplicate of it was skipped
};

// MMR within the budgets. A candidate nearly identical to a chosen one is the same fact: it is
// skipped and its article credited to the chosen sentence.
std::vector<Chosen> select(const std::vector<Candidate>& candidates,
                           const detail::StorySpace& space, std::size_t wanted,
                           const SummaryOptions& options) {
  const std::size_t unlimited = std::numeric_limits<std::size_t>::max();
  const std::size_t word_budget = options.words.value_or(unlimited);
  const std::size_t char_budget = options.chars.value_or(unlimited);
  std::vector<double> max_sim(candidates.size(), 0.0);
  std::vector<bool> done(candidates.size(), false);
  std::vector<detail::TermVector> all;
  for (const auto& article : space.full) all.insert(all.end(), article.begin(), article.end());
  detail::TermCoverage coverage = detail::term_coverage(all);
  std::vector<Chosen> chosen;
  std::size_t words = 0;
  std::size_t chars = 0;
  while (chosen.size() < wanted) {
    std::size_t best = candidates.size();
    double best_value = -std::numeric_limits<double>::infinity();
    for (std::size_t c = 0; c < candidates.size(); ++c) {
      const Candidate& k = candidates[c];
      const std::size_t extra = chosen.empty() ? 0 : 1;
      if (done[c] || words + k.words > word_budget || chars + k.chars + extra > char_budget) {
        continue;
      }
      const double value =
          (1.0 - kDiversity) * k.score - kDiversity * max_sim[c] +
          kCoverage * detail::coverage_gain(coverage, space.full[k.article][k.sentence]);
      if (value > best_value) {
        best_value = value;
        best = c;
      }
    }
    if (best == candidates.size()) break;
    done[best] = true;
    chosen.push_back({best, {}});
    words += candidates[best].words;
    chars += candidates[best].chars + (chosen.size() > 1 ? 1 : 0);
    const Candidate& picked = candidates[best];
    detail::add_coverage(coverage, space.full[picked.article][picked.sentence]);
    for (std::size_t c = 0; c < candidates.size(); ++c) {
      if (done[c]) continue;
      const double sim = detail::story_similarity(
          space, candidates[c].article, candidates[c].sentence, picked.article, picked.sentence);
      max_sim[c] = std::max(max_sim[c], sim);
      if (sim >= kDuplicate) {
        done[c] = true;
        chosen.back().duplicates.push_back(candidates[c].article);
      }
    }
  }
  return chosen;
}

StorySentence story_sentence(const std::vector<Document>& docs, const Candidate& candidate,
                             const Chosen& chosen, double top) {
  const Document& doc = docs[candidate.article];
  StorySentence out;
  out.article = candidate.article;
  out.index = candidate.sentence;
  out.start = doc.sentences[candidate.sentence].start;
  out.end = doc.sentences[candidate.sentence].end;
  out.score = detail::round4(top > 0.0 ? candidate.score / top : 0.0);
  out.text = to_valid_utf8(doc.text.substr(out.start, out.end - out.start));
  out.support = candidate.support;
  for (const std::size_t a : chosen.duplicates) {
    if (a != candidate.article) out.support.push_back(a);
  }
  detail::stable_sort_items(out.support);
  out.support.erase(std::unique(out.support.begin(), out.support.end()), out.support.end());
  return out;
}

// The articles whose names the digest shows: the output articles written in the language most
// of them share ("Germany", not the French article's "Allemagne", when most are English). Ties
// go to the language of the earlier article.
std::vector<bool> naming_articles(const std::vector<Document>& docs,
                                  const std::vector<bool>& output) {
  std::string majority;
  std::size_t most = 0;
  for (std::size_t a = 0; a < docs.size(); ++a) {
    if (!output[a]) continue;
    std::size_t same = 0;
    for (std::size_t b = 0; b < docs.size(); ++b) {
      same += output[b] && docs[b].lang == docs[a].lang ? 1 : 0;
    }
    if (same > most) most = same, majority = docs[a].lang;
  }
  std::vector<bool> naming(docs.size());
  for (std::size_t a = 0; a < docs.size(); ++a) naming[a] = output[a] && docs[a].lang == majority;
  return naming;
}

}  // namespace

Story build_story(const std::vector<Document>& docs, const StoryOptions& options,
                  const Resources& resources) {
  std::vector<std::vector<Entity>> entities;
  std::vector<bool> output;
  for (const Document& doc : docs) {
    const NerModel* model = options.use_ner_model ? resources.ner_model(doc.lang) : nullptr;
    entities.push_back(extract_entities(doc, kMaxEntities, model));
    output.push_back(in_output(doc, options));
  }
  const detail::StorySpace space = detail::story_space(docs, entities);
  const std::vector<Candidate> candidates = story_candidates(docs, space, options);
  std::size_t sentences = 0;
  for (const Document& doc : docs) sentences += doc.sentences.size();
  const bool headline = options.summary.type == SummaryType::kHeadline;
  SummaryOptions selection = options.summary;
  if (headline) selection.words.reset();
  // A word or character budget alone is filled: a digest of many articles is as long as asked.
  const SummaryOptions& o = options.summary;
  const bool fill = (o.words || o.chars) && !o.sentences && !o.ratio && !headline;
  const std::size_t wanted = fill ? kMaxSummarySentences : detail::sentence_count(o, sentences);
  std::vector<Chosen> chosen = select(candidates, space, wanted, selection);
  double top = 0.0;
  for (const Candidate& c : candidates) top = std::max(top, c.score);
  Story story;
  for (const Chosen& c : chosen) {
    story.sentences.push_back(story_sentence(docs, candidates[c.candidate], c, top));
  }
  if (options.summary.order == SummaryOrder::kDocument) {
    detail::stable_sort_items(story.sentences, [](const StorySentence& x, const StorySentence& y) {
      return x.article != y.article ? x.article < y.article : x.index < y.index;
    });
  }
  std::vector<std::string> items;
  for (const StorySentence& s : story.sentences) {
    items.push_back(detail::render_item(s.text, options.summary));
  }
  if (headline && !story.sentences.empty()) {
    const StorySentence& best = story.sentences.front();
    const std::size_t words =
        options.summary.words.value_or(12 + 5 * static_cast<std::size_t>(options.summary.length));
    items.assign(1, detail::render_item(
                        detail::compress_sentence(docs[best.article], best.index, words,
                                                  options.summary.chars.value_or(
                                                      std::numeric_limits<std::size_t>::max())),
                        options.summary));
  }
  story.summary = detail::join_items(items, options.summary);
  story.entities = detail::merge_entities(entities, naming_articles(docs, output));
  story.keyphrases = detail::story_keyphrases(docs, output, options.keyphrases);
  story.disagreements = detail::find_disagreements(space, kSupport);
  return story;
}

}  // namespace precis
