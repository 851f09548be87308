#include "detail/story_space.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "detail/ordering.h"

namespace precis::detail {
namespace {

// Entity keys and figures are what articles in different languages share, and what makes two
// sentences state the same fact rather than the same topic: they weigh more than a stem.
constexpr double kEntityWeight = 2.0;
constexpr double kNumberWeight = 1.5;

// "6,700" and "6.700" (Italian) are the same figure.
std::string number_feature(std::string_view norm) {
  std::string out = "n:";
  for (const char c : norm) {
    if (c != ',' && c != '.' && c != '\'') out += c;
  }
  return out;
}

// Features of one sentence before weighting: (feature id, raw weight, language-neutral).
struct RawFeature {
  int id;
  double weight;
  bool neutral;
};

class Vocabulary {
 public:
  int id(const std::string& feature) {
    const auto [it, inserted] = ids_.emplace(feature, static_cast<int>(ids_.size()));
    (void)inserted;
    return it->second;
  }
  std::size_t size() const { return ids_.size(); }

 private:
  std::unordered_map<std::string, int> ids_;
};

// The sentence each entity mention starts in, as (sentence, entity key) pairs.
std::vector<std::vector<std::string>> entity_keys_by_sentence(const Document& doc,
                                                              const std::vector<Entity>& entities) {
  std::vector<std::vector<std::string>> keys(doc.sentences.size());
  for (const Entity& entity : entities) {
    for (const Mention& mention : entity.mentions) {
      const auto it = std::upper_bound(
          doc.sentences.begin(), doc.sentences.end(), mention.start,
          [](std::size_t offset, const Sentence& sentence) { return offset < sentence.start; });
      if (it == doc.sentences.begin()) continue;
      keys[static_cast<std::size_t>(it - doc.sentences.begin()) - 1].push_back(entity.key);
    }
  }
  return keys;
}

std::vector<RawFeature> sentence_features(const Document& doc, std::size_t s,
                                          const std::vector<std::string>& entity_keys,
                                          Vocabulary& vocabulary) {
  std::vector<RawFeature> raw;
  for (std::size_t t = doc.sentence_tokens[s]; t < doc.sentence_tokens[s + 1]; ++t) {
    const int term = doc.terms[t];
    if (term < 0) continue;
    const Token& token = doc.tokens[t];
    if (token.kind == TokenKind::kNumber) {
      raw.push_back({vocabulary.id(number_feature(token.norm)), kNumberWeight, true});
    } else {
      raw.push_back(
          {vocabulary.id("s:" + doc.term_stems[static_cast<std::size_t>(term)]), 1.0, false});
    }
  }
  for (const std::string& key : entity_keys) {
    raw.push_back({vocabulary.id("e:" + key), kEntityWeight, true});
  }
  detail::stable_sort_items(raw,
                            [](const RawFeature& x, const RawFeature& y) { return x.id < y.id; });
  std::vector<RawFeature> merged;
  for (const RawFeature& f : raw) {
    if (!merged.empty() && merged.back().id == f.id) {
      merged.back().weight += f.weight;
    } else {
      merged.push_back(f);
    }
  }
  return merged;
}

void finish(TermVector& vector) {
  double squares = 0.0;
  for (const auto& entry : vector.weights) squares += entry.second * entry.second;
  vector.norm = std::sqrt(squares);
}

}  // namespace

StorySpace story_space(const std::vector<Document>& docs,
                       const std::vector<std::vector<Entity>>& entities) {
  Vocabulary vocabulary;
  std::vector<std::vector<std::vector<RawFeature>>> raw(docs.size());
  for (std::size_t a = 0; a < docs.size(); ++a) {
    const auto keys = entity_keys_by_sentence(docs[a], entities[a]);
    for (std::size_t s = 0; s < docs[a].sentences.size(); ++s) {
      raw[a].push_back(sentence_features(docs[a], s, keys[s], vocabulary));
    }
  }
  std::vector<std::size_t> frequency(vocabulary.size(), 0);
  std::vector<std::size_t> article_frequency(vocabulary.size(), 0);
  std::vector<std::size_t> last_article(vocabulary.size(), docs.size());
  std::size_t sentences = 0;
  for (std::size_t a = 0; a < raw.size(); ++a) {
    for (const auto& sentence : raw[a]) {
      ++sentences;
      for (const RawFeature& f : sentence) {
        const auto id = static_cast<std::size_t>(f.id);
        ++frequency[id];
        if (last_article[id] != a) ++article_frequency[id];
        last_article[id] = a;
      }
    }
  }
  const double articles = static_cast<double>(docs.size()) + 1.0;
  StorySpace space;
  for (const std::size_t af : article_frequency) space.everywhere.push_back(af == docs.size());
  const double n = static_cast<double>(sentences) + 1.0;
  for (std::size_t a = 0; a < docs.size(); ++a) {
    space.docs.push_back(&docs[a]);
    space.full.emplace_back();
    space.neutral.emplace_back();
    for (std::size_t s = 0; s < raw[a].size(); ++s) {
      TermVector full;
      TermVector neutral;
      for (std::size_t t = docs[a].sentence_tokens[s]; t < docs[a].sentence_tokens[s + 1]; ++t) {
        full.words += docs[a].tokens[t].kind != TokenKind::kPunct ? 1 : 0;
      }
      for (const RawFeature& f : raw[a][s]) {
        const double idf =
            std::log(n / static_cast<double>(frequency[static_cast<std::size_t>(f.id)])) + 1.0;
        full.weights.emplace_back(f.id, f.weight * idf);
        // Names every article repeats are what the story is about, not a fact one states:
        // across languages, features count by how few articles share them.
        const auto af = static_cast<double>(article_frequency[static_cast<std::size_t>(f.id)]);
        if (f.neutral) neutral.weights.emplace_back(f.id, f.weight * std::log(articles / af));
      }
      finish(full);
      finish(neutral);
      space.full[a].push_back(std::move(full));
      space.neutral[a].push_back(std::move(neutral));
    }
  }
  return space;
}

double story_similarity(const StorySpace& space, std::size_t a, std::size_t s, std::size_t b,
                        std::size_t t) {
  if (space.docs[a]->lang == space.docs[b]->lang) {
    return cosine(space.full[a][s], space.full[b][t]);
  }
  // Across languages only names and figures can match; one shared name is a topic, not a fact.
  const TermVector& x = space.neutral[a][s];
  const TermVector& y = space.neutral[b][t];
  std::size_t specific = 0;  // shared features that not every article has
  std::size_t shared = 0;
  auto i = x.weights.begin();
  auto j = y.weights.begin();
  while (i != x.weights.end() && j != y.weights.end()) {
    if (i->first < j->first) {
      ++i;
    } else if (j->first < i->first) {
      ++j;
    } else {
      specific += space.everywhere[static_cast<std::size_t>(i->first)] ? 0 : 1;
      ++shared;
      ++i;
      ++j;
    }
  }
  // Two articles share every feature they share: there, two shared names or figures make a
  // fact, not one ("Allemagne" and "Deutschland" alone name a country both stories mention).
  if (space.docs.size() <= 2) specific = shared;
  return specific < 2 ? 0.0 : cosine(x, y);
}

}  // namespace precis::detail
