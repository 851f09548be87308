// Story-wide tags: entities merged across articles and languages, key phrases of the whole story.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "precis/document.h"
#include "precis/entities.h"
#include "precis/keyphrases.h"
#include "precis/story.h"

namespace precis::detail {

// Entities with the same canonical key are one, and so are names other than people's that
// differ only in type ("Kremlin" a place here, an organisation there), typed as most mentions
// type them; a person named by a shorter form of another
// person's name in some article ("Kim Jong" where another says "Kim Jong Un") joins that person
// when the longer name is the only one it fits. Surface forms prefer `naming` articles.
// Most articles first, then most mentions, then first seen; at most kMaxEntities.
std::vector<StoryEntity> merge_entities(const std::vector<std::vector<Entity>>& entities,
                                        const std::vector<bool>& naming);

// Each output article's key phrases, merged by their folded text, or by country when they name
// one ("North Korea" and "Corea del Nord"), scored by their summed scores (so phrases many
// articles share come first), best = 1, shown in the form that contributed most. At most
// `limit`.
std::vector<Keyphrase> story_keyphrases(const std::vector<Document>& docs,
                                        const std::vector<bool>& output, std::size_t limit);

}  // namespace precis::detail
