// Grouping a feed of articles into stories, one article at a time: a page adds articles as they
// arrive and asks for the stories whenever it wants them.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "precis/document.h"
#include "precis/entities.h"

namespace precis {

// Everything the clustering remembers: a value the caller owns and passes back in.
struct ClusterState {
  std::unordered_map<std::string, int> vocabulary;  // feature ("s:stem", "e:KEY") -> id
  // id -> (language, the form its first article in that language wrote), to label in
  // the story's own language ("North Korea" for English articles, "Corea del Nord" for Italian).
  std::vector<std::vector<std::pair<std::string, std::string>>> surfaces;
  std::vector<bool> is_entity;                                 // id -> an entity key
  std::vector<std::size_t> article_frequency;                  // id -> articles that have it
  std::vector<std::vector<std::pair<int, double>>> articles;   // sparse, sorted by id
  std::vector<std::string> languages;                          // article -> its language
  std::vector<std::size_t> assignment;                         // article -> cluster
  std::vector<std::vector<std::size_t>> clusters;              // cluster -> its articles
  std::vector<std::vector<std::pair<int, double>>> centroids;  // cluster -> summed articles
};

struct StoryCluster {
  std::string label;                  // the names and words its articles share most
  std::vector<std::size_t> articles;  // in the order they were added
};

// Adds one article (its document and entities) and returns the cluster it joins now: the most
// similar story (tf-idf cosine of the article to the story's summed articles, idf over the
// articles so far) when similar enough, else a new one. Words match only within a language, so
// a story with no article in this one's language is compared by names (entity keys) alone.
// O(F) for F features held in all.
std::size_t add_article(ClusterState& state, const Document& doc,
                        const std::vector<Entity>& entities);

// The stories, after one more pass that moves every article to its best story with the final
// idf (early arrivals were placed with little idf to go on). Ordered by first article. O(n * F).
std::vector<StoryCluster> story_clusters(const ClusterState& state);

}  // namespace precis
