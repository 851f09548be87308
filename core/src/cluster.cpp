#include "precis/cluster.h"

#include <algorithm>
#include <cmath>

#include "detail/ordering.h"
#include "detail/text_class.h"

namespace precis {
namespace {

using Sparse = std::vector<std::pair<int, double>>;

// Similarity from which an article joins a story rather than starting one. Chosen on shuffled
// multinews dev clusters (bench/story.mjs): ARI is flat from 0.15 to 0.17.
constexpr double kJoin = 0.16;
// The same, between an article and a story with none in its language, over entity keys alone.
constexpr double kJoinByNames = 0.3;
// A shared name says more about the story than a shared word.
constexpr double kEntityWeight = 2.0;
constexpr std::size_t kLabelParts = 3;

int feature_id(ClusterState& state, const std::string& feature, std::string_view surface,
               bool entity, const std::string& language) {
  const auto [it, inserted] =
      state.vocabulary.emplace(feature, static_cast<int>(state.vocabulary.size()));
  if (inserted) {
    state.surfaces.emplace_back();
    state.is_entity.push_back(entity);
    state.article_frequency.push_back(0);
  }
  auto& forms = state.surfaces[static_cast<std::size_t>(it->second)];
  const bool known = std::any_of(forms.begin(), forms.end(),
                                 [&](const auto& form) { return form.first == language; });
  if (!known) forms.emplace_back(language, std::string(surface));
  return it->second;
}

Sparse article_vector(ClusterState& state, const Document& doc,
                      const std::vector<Entity>& entities) {
  Sparse raw;
  for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
    const int term = doc.terms[t];
    if (term < 0 || doc.tokens[t].kind != TokenKind::kWord) continue;
    const std::string& stem = doc.term_stems[static_cast<std::size_t>(term)];
    raw.emplace_back(feature_id(state, "s:" + stem, doc.tokens[t].norm, false, doc.lang), 1.0);
  }
  for (const Entity& e : entities) {
    const int id = feature_id(state, "e:" + e.key, e.text, true, doc.lang);
    raw.emplace_back(id, kEntityWeight * static_cast<double>(e.mentions.size()));
  }
  detail::stable_sort_items(raw);
  Sparse out;
  for (const auto& [id, count] : raw) {
    if (!out.empty() && out.back().first == id) {
      out.back().second += count;
    } else {
      out.emplace_back(id, count);
    }
  }
  // Sublinear term frequency: a word repeated ten times is not ten times the topic.
  for (auto& entry : out) entry.second = 1.0 + std::log(entry.second);
  return out;
}

Sparse add(const Sparse& a, const Sparse& b, double sign) {
  Sparse out;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() || j != b.end()) {
    if (j == b.end() || (i != a.end() && i->first < j->first)) {
      out.push_back(*i++);
    } else if (i == a.end() || j->first < i->first) {
      out.emplace_back(j->first, sign * j->second);
      ++j;
    } else {
      const double sum = i->second + sign * j->second;
      if (std::abs(sum) > 1e-12) out.emplace_back(i->first, sum);
      ++i;
      ++j;
    }
  }
  return out;
}

std::vector<double> idf_table(const ClusterState& state) {
  const double n = static_cast<double>(state.articles.size()) + 1.0;
  std::vector<double> idf;
  for (const std::size_t af : state.article_frequency) {
    idf.push_back(std::log(n / (static_cast<double>(af) + 1.0)) + 1.0);
  }
  return idf;
}

// How many articles of each language a story holds.
using LanguageCounts = std::vector<std::pair<std::string, std::size_t>>;

void count_language(LanguageCounts& counts, const std::string& language, bool added) {
  for (auto& [lang, n] : counts) {
    if (lang != language) continue;
    n = added ? n + 1 : n - 1;
    return;
  }
  if (added) counts.emplace_back(language, 1);
}

bool holds_language(const LanguageCounts& counts, const std::string& language) {
  return std::any_of(counts.begin(), counts.end(), [&](const auto& entry) {
    return entry.first == language && entry.second > 0;
  });
}

// Cosine of x and c under idf weights; `dense_x` holds x's idf-weighted values by id. With
// `names`, over entity keys only, and `norm_x` is then the norm of x's names.
double similarity(const Sparse& c, const std::vector<double>& dense_x, double norm_x,
                  const std::vector<double>& idf, const std::vector<bool>* names) {
  double dot = 0.0;
  double squares = 0.0;
  for (const auto& [id, weight] : c) {
    if (names != nullptr && !(*names)[static_cast<std::size_t>(id)]) continue;
    const double w = weight * idf[static_cast<std::size_t>(id)];
    squares += w * w;
    dot += w * dense_x[static_cast<std::size_t>(id)];
  }
  return squares > 0.0 && norm_x > 0.0 ? dot / (std::sqrt(squares) * norm_x) : 0.0;
}

// The story x joins among `centroids` (ties: the earliest), or centroids.size() when none is
// similar enough: by words and names within x's language, by names alone across languages.
std::size_t best_cluster(const ClusterState& state, std::size_t x,
                         const std::vector<Sparse>& centroids,
                         const std::vector<LanguageCounts>& languages,
                         const std::vector<double>& idf, std::vector<double>& dense) {
  const Sparse& article = state.articles[x];
  double squares = 0.0;
  double name_squares = 0.0;
  for (const auto& [id, weight] : article) {
    const double w = weight * idf[static_cast<std::size_t>(id)];
    dense[static_cast<std::size_t>(id)] = w;
    squares += w * w;
    name_squares += state.is_entity[static_cast<std::size_t>(id)] ? w * w : 0.0;
  }
  std::size_t best = centroids.size();
  double best_margin = 0.0;
  for (std::size_t c = 0; c < centroids.size(); ++c) {
    const bool same = holds_language(languages[c], state.languages[x]);
    const double sim =
        same ? similarity(centroids[c], dense, std::sqrt(squares), idf, nullptr)
             : similarity(centroids[c], dense, std::sqrt(name_squares), idf, &state.is_entity);
    const double margin = sim / (same ? kJoin : kJoinByNames);
    if (margin >= 1.0 && margin > best_margin) best = c, best_margin = margin;
  }
  for (const auto& entry : article) dense[static_cast<std::size_t>(entry.first)] = 0.0;
  return best;
}

// The language most of a story's articles are in (ties: the first counted).
std::string main_language(const LanguageCounts& counts) {
  const auto most =
      std::max_element(counts.begin(), counts.end(),
                       [](const auto& x, const auto& y) { return x.second < y.second; });
  return most == counts.end() ? std::string() : most->first;
}

// The form of feature `id` in `language`, else the first one seen.
const std::string& surface_in(const ClusterState& state, int id, const std::string& language) {
  const auto& forms = state.surfaces[static_cast<std::size_t>(id)];
  for (const auto& [lang, form] : forms) {
    if (lang == language) return form;
  }
  return forms.front().second;
}

std::string label(const ClusterState& state, const Sparse& centroid, const std::vector<double>& idf,
                  const std::string& language) {
  std::vector<std::pair<double, int>> ranked;
  for (const auto& [id, weight] : centroid) {
    const double bonus = state.is_entity[static_cast<std::size_t>(id)] ? 2.0 : 1.0;
    ranked.emplace_back(-weight * idf[static_cast<std::size_t>(id)] * bonus, id);
  }
  detail::stable_sort_items(ranked);
  // An entity and its word are two features with one form ("Springfield, Springfield, council"):
  // a form is shown once.
  std::vector<std::string> shown;
  std::string out;
  for (std::size_t i = 0; i < ranked.size() && shown.size() < kLabelParts; ++i) {
    const std::string& form = surface_in(state, ranked[i].second, language);
    std::string folded = detail::fold_for_matching(form);
    if (std::find(shown.begin(), shown.end(), folded) != shown.end()) continue;
    shown.push_back(std::move(folded));
    if (!out.empty()) out += ", ";
    out += form;
  }
  return out;
}

}  // namespace

std::size_t add_article(ClusterState& state, const Document& doc,
                        const std::vector<Entity>& entities) {
  Sparse x = article_vector(state, doc, entities);
  for (const auto& entry : x) ++state.article_frequency[static_cast<std::size_t>(entry.first)];
  state.articles.push_back(x);
  state.languages.push_back(doc.lang);
  std::vector<LanguageCounts> languages(state.clusters.size());
  for (std::size_t c = 0; c < state.clusters.size(); ++c) {
    for (const std::size_t a : state.clusters[c])
      count_language(languages[c], state.languages[a], true);
  }
  const std::vector<double> idf = idf_table(state);
  std::vector<double> dense(idf.size(), 0.0);
  std::size_t best =
      best_cluster(state, state.articles.size() - 1, state.centroids, languages, idf, dense);
  if (best == state.centroids.size()) {
    state.centroids.emplace_back();
    state.clusters.emplace_back();
  }
  state.centroids[best] = add(state.centroids[best], x, 1.0);
  state.clusters[best].push_back(state.articles.size() - 1);
  state.assignment.push_back(best);
  return best;
}

std::vector<StoryCluster> story_clusters(const ClusterState& state) {
  const std::vector<double> idf = idf_table(state);
  std::vector<double> dense(idf.size(), 0.0);
  std::vector<Sparse> centroids = state.centroids;
  std::vector<std::size_t> assignment = state.assignment;
  std::vector<LanguageCounts> languages(centroids.size());
  for (std::size_t a = 0; a < assignment.size(); ++a) {
    count_language(languages[assignment[a]], state.languages[a], true);
  }
  for (std::size_t a = 0; a < state.articles.size(); ++a) {
    const std::size_t from = assignment[a];
    centroids[from] = add(centroids[from], state.articles[a], -1.0);
    count_language(languages[from], state.languages[a], false);
    std::size_t best = best_cluster(state, a, centroids, languages, idf, dense);
    if (best == centroids.size()) {
      // Alone again: it goes back where it was if that story is now empty, else it starts one.
      best = centroids[from].empty() ? from : centroids.size();
      if (best == centroids.size()) {
        centroids.emplace_back();
        languages.emplace_back();
      }
    }
    centroids[best] = add(centroids[best], state.articles[a], 1.0);
    count_language(languages[best], state.languages[a], true);
    assignment[a] = best;
  }
  std::vector<StoryCluster> out;
  std::vector<std::size_t> index(centroids.size(), centroids.size());
  for (std::size_t a = 0; a < assignment.size(); ++a) {
    const std::size_t c = assignment[a];
    std::size_t& slot = index[c];
    if (slot == centroids.size()) {
      slot = out.size();
      out.push_back({label(state, centroids[c], idf, main_language(languages[c])), {}});
    }
    out[slot].articles.push_back(a);
  }
  return out;
}

}  // namespace precis
