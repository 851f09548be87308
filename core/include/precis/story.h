// Story digests: several articles about one event, from several sources and languages, turned
// into one summary whose sentences say which other articles state the same fact.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "precis/document.h"
#include "precis/entities.h"
#include "precis/keyphrases.h"
#include "precis/resources.h"
#include "precis/summarize.h"

namespace precis {

struct StoryOptions {
  SummaryOptions summary;              // type, length, budgets, order, format and context
  std::vector<std::string> languages;  // output sentences only in these languages; empty: all
  std::size_t keyphrases = 10;
  bool use_ner_model = true;  // false: entities from the rules even where a model is loaded
};

struct StorySentence {
  std::size_t article = 0;  // index into the input articles
  std::size_t index = 0;    // position among that article's sentences
  std::size_t start = 0;    // byte offsets into that article's text
  std::size_t end = 0;
  double score = 0.0;  // 0..1, rounded to 4 decimals
  std::string text;    // the article sliced at [start, end)
  // The other articles that state the same fact (near-duplicates and similar sentences), sorted.
  std::vector<std::size_t> support;
};

struct StoryMention {
  std::size_t article = 0;
  Mention span;  // byte offsets into that article's text
};

struct StoryEntity {
  std::string text;  // the most used surface form, from an output-language article if any
  EntityType type = EntityType::kMisc;
  std::string key;                     // the canonical key shared across articles and languages
  std::vector<std::size_t> articles;   // the articles that mention it, sorted
  std::vector<StoryMention> mentions;  // article order, then text order
};

// One figure as an article states it: "24 years", "$50 billion", "6,700 containers".
struct Claim {
  std::size_t article = 0;
  std::size_t start = 0;  // byte offsets of the figure and its unit in that article's text
  std::size_t end = 0;
  std::string text;
};

// Sources that give different figures for the same thing: the claims, one per article and value,
// about `about` (the unit or keyword the figures are attached to, e.g. "years").
struct Disagreement {
  std::string about;
  std::vector<Claim> claims;
};

struct Story {
  std::vector<StorySentence> sentences;  // story order (article, then index) or best first
  std::string summary;                   // rendered as SummaryOptions::format asks
  std::vector<StoryEntity> entities;     // most articles first, then most mentions
  std::vector<Keyphrase> keyphrases;     // best first
  std::vector<Disagreement> disagreements;
};

// Ranks every article's sentences by their own salience, their similarity to the whole story
// and how many other articles support them, then selects within the budgets, skipping facts
// already told and crediting their articles as support. Cross-language support comes from
// entity keys and numbers. Disagreements are figures with the same unit, in sentences of
// different articles that state the same fact, that differ and are not hedged ("over 20
// years" does not contradict "24 years"). `docs` must not be empty. O(n * k) for n sentences in all
// and k candidates (kStoryCandidatesPerArticle per article).
Story build_story(const std::vector<Document>& docs, const StoryOptions& options,
                  const Resources& resources);

}  // namespace precis
