// Where the sources of a story give different figures for the same thing.
#pragma once

#include <vector>

#include "detail/story_space.h"
#include "precis/story.h"

namespace precis::detail {

// Pairs of sentences from different articles that state the same fact (story_similarity at least
// `same_fact`) and both attach an unhedged figure to the same unit ("24 years" / "20 years").
// The first 40 such sentences of each article are compared: O(n + k^2) for n tokens and k
// compared sentences. At most 20 disagreements, most claims first.
std::vector<Disagreement> find_disagreements(const StorySpace& space, double same_fact);

}  // namespace precis::detail
