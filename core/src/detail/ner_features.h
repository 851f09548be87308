// What the statistical entity tagger sees: labels, BIO constraints, hashed token features and
// Viterbi decoding. Shared by inference (ner_model.cpp) and training (tools/train-ner), so both
// compute exactly the same features from the same tokens.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "precis/document.h"

namespace precis::detail {

// Labels in model order: O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG, B-MISC, I-MISC. A label
// l > 0 has EntityType (l - 1) / 2 and is a B label when l is odd.
constexpr int kNerLabels = 9;
constexpr int kNerStart = kNerLabels;  // the "previous label" before a sentence's first token

// The label of an IOB2 tag, or -1 for anything else. O(1).
int ner_label_of(std::string_view iob2) noexcept;

// "O", "B-PER", ... for 0 <= label < kNerLabels.
std::string_view ner_label_name(int label) noexcept;

// BIO constraint: I-X only after B-X or I-X. `from` may be kNerStart. O(1).
bool ner_transition_allowed(int from, int to) noexcept;

// Optional feature templates, chosen per language at training time and stored in the model.
enum NerFeatureSet : int {
  kNerContextBigrams = 1,   // (w-2, w-1) and (w+1, w+2)
  kNerContextSuffixes = 2,  // 3-letter suffixes of the neighbours
  kNerQuoted = 4,           // inside quotes / parentheses, and the distance to the opener
  kNerLongAffixes = 8,      // 5- and 6-letter prefixes and suffixes
  kNerLowercaseSeen = 16,   // whether a capitalised word was seen lowercase in unlabeled text
};

// Folded words seen lowercase in unlabeled text are kept as kNerVocabularyBits-bit hashes: at
// 5,000 words about 2% of unseen words collide, for a fraction of the table's size as strings.
constexpr int kNerVocabularyBits = 18;

// The vocabulary key of a folded word. O(length).
std::uint32_t ner_vocabulary_key(std::string_view folded) noexcept;

// What the features of a model depend on besides the tokens.
struct NerFeatureConfig {
  int feature_set = 0;  // NerFeatureSet bits
  // Sorted vocabulary keys of the words seen lowercase (kNerLowercaseSeen); null: none.
  const std::vector<std::uint32_t>* lowercase_words = nullptr;
};

// Appends the 32-bit feature hashes of token i of doc, whose sentence is tokens [begin, end).
// Features look at most two tokens either side (quotes: the whole sentence) and never past the
// sentence. O(sentence length + log vocabulary).
void ner_token_features(const Document& doc, std::size_t begin, std::size_t end, std::size_t i,
                        const NerFeatureConfig& config, std::vector<std::uint32_t>& out);

// The best label sequence under the BIO constraints. `emissions` holds n rows of kNerLabels
// scores; `transitions` holds (kNerLabels + 1) rows (previous label, kNerStart last) of
// kNerLabels scores. O(n * kNerLabels^2).
std::vector<int> ner_viterbi(const std::vector<double>& emissions, const double* transitions);

// A one-sentence Document over `text` (the input tokens joined by single spaces), tokenized
// without the clean / segment passes, which would drop headline-like lines: what `precis ner`
// tags and what training reads. The Document views `text`. O(n).
Document token_document(std::string_view text, const LanguageData& language);

}  // namespace precis::detail
