// Key-phrase candidates of one document: each token's identity in a phrase, and the phrases
// (names and runs of content words) with how often and how they occur. keyphrases.cpp scores
// and chooses among them.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "detail/sequence_index.h"
#include "precis/document.h"
#include "precis/entities.h"

namespace precis::detail {

// A word's identity in a phrase: its stem id (>= 0) for content words, or -2 - k for the k-th
// distinct stopword, so "bank of england" and "bank for england" differ.
struct PhraseWords {
  std::vector<int> id;          // per token; -1 for punctuation and numbers
  std::vector<bool> content;    // a content word: may start a phrase
  std::vector<bool> can_end;    // a content word that may also end one
  std::vector<bool> adjective;  // English, by its suffix
};

// The phrase identity and the part-of-speech hints of every token of doc. O(n).
PhraseWords phrase_words(const Document& doc);

// One phrase of the document (its word ids) and how it occurs; `score` is keyphrases.cpp's.
struct PhraseCandidate {
  std::vector<int> ids;
  std::size_t count = 0;
  std::size_t first = 0;        // first token
  std::size_t capitalized = 0;  // occurrences as a name
  // Occurrences outside names and sentences in capitals whose first word is written lowercase,
  // and those written with a capital the sentence does not force ("for both \"Glengarry\" and").
  std::size_t lowercase = 0;
  std::size_t capitalized_within = 0;
  std::size_t maximal = 0;   // occurrences as a whole run between stopwords / punctuation
  bool name_headed = false;  // a one-word name and common words ("Gaussian smoothing")
  double score = 0.0;
};

// A candidate's surface form at one occurrence: a slice of the document's text.
struct PhraseSighting {
  std::size_t candidate;
  std::string_view form;
};

// The candidates of one document in order of first sighting, indexed by their ids, and the
// form of each occurrence (only the shown phrases' forms are ever counted).
class PhraseCandidates {
  // How the index reads a stored candidate's ids.
  auto ids_of() const {
    return [this](std::size_t k) -> const std::vector<int>& { return list[k].ids; };
  }

  SequenceIndex index_;

 public:
  std::vector<PhraseCandidate> list;
  std::vector<PhraseSighting> sightings;

  std::size_t find(const std::vector<int>& ids) const { return index_.find(ids, ids_of()); }

  // The candidate for `ids`, added with its first token when new.
  std::size_t find_or_add(const std::vector<int>& ids, std::size_t first) {
    std::size_t k = find(ids);
    if (k == SequenceIndex::kNone) {
      k = list.size();
      list.push_back(PhraseCandidate{ids, 0, first});
      index_.insert(k, ids_of());
    }
    return k;
  }
};

// The candidates of doc. Two kinds: names are the entity `spans` ("North Korea", "Kim Il Sung
// Square"); common phrases are runs of up to five content words inside a sentence that start and
// end with a content word and never cut a name ("lauded North" is not a candidate). A defined
// acronym is not a phrase of its own: each mention after its definition counts as a whole
// mention of the phrase it stands for ("MPC" for "model predictive control"), which is what
// abstracts keep naming and what readers tag.
// `single_adjectives`: whether an English adjective alone may be a candidate. Readers of
// technical text tag the noun phrase, not its adjective ("continuous"); news readers do tag one
// ("controversial"). `name_heads`: whether a one-word name may head a common phrase, as in
// technical text ("Gaussian smoothing", "Fock state", "Chen chaotic system"); in news a name
// followed by common words is seldom a term ("Putin visit"). O(n) expected.
PhraseCandidates collect_phrases(const Document& doc, const PhraseWords& words,
                                 const std::vector<EntitySpan>& spans, bool single_adjectives,
                                 bool name_heads);

// Whether one word is a derivation of the other by a short ending: "russia" and "russian",
// "korea" and "korean" (stems or folded words). The shorter has at least four bytes, the longer
// at most three more. A phrase and its derivation, differing only in their last word, are not
// both shown: within an article (keyphrases.cpp) and across a story's articles (story_tags.cpp).
// O(length).
bool derived_word(std::string_view a, std::string_view b);

}  // namespace precis::detail
