// One vector space for all the sentences of a story, so sentences of different articles (and
// languages) can be compared.
#pragma once

#include <cstddef>
#include <vector>

#include "detail/term_vectors.h"
#include "precis/document.h"
#include "precis/entities.h"

namespace precis::detail {

struct StorySpace {
  // [article][sentence]: stems, numbers and entity keys, tf-idf over all the story's sentences.
  std::vector<std::vector<TermVector>> full;
  // [article][sentence]: only the language-neutral features (numbers and entity keys).
  std::vector<std::vector<TermVector>> neutral;
  std::vector<const Document*> docs;
  std::vector<bool> everywhere;  // by feature id: every article has it
};

// `entities[a]` are the entities of docs[a]; their mentions give each sentence its entity keys.
// O(n log n) in the tokens of all articles.
StorySpace story_space(const std::vector<Document>& docs,
                       const std::vector<std::vector<Entity>>& entities);

// How much sentence s of article a and sentence t of article b say the same thing: the cosine of
// their full vectors within one language, of their neutral vectors across languages, where they
// must also share two names or figures that not every article has (with more than two articles).
double story_similarity(const StorySpace& space, std::size_t a, std::size_t s, std::size_t b,
                        std::size_t t);

}  // namespace precis::detail
