// A statistical entity tagger: a structured averaged perceptron over hashed token features,
// decoded with Viterbi under BIO constraints. One model per language, loaded at run time from
// a data file (data/ner/<code>.ner); nothing is compiled in. Trained by tools/train-ner.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "precis/document.h"
#include "precis/entities.h"
#include "precis/error.h"

namespace precis {

constexpr int kNerModelLabels = 9;  // O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG, B-MISC, I-MISC
// Label transitions: from each label and from the sentence start (the last row), to each label.
constexpr int kNerTransitionCount = (kNerModelLabels + 1) * kNerModelLabels;

// The content of a model file, as training writes it and parsing reads it.
struct NerModelData {
  std::string lang;     // ISO 639-1 code the model was trained for, at most 8 bytes
  int hash_bits = 0;    // feature hashes are masked to this many bits, 8..24
  int feature_set = 0;  // detail::NerFeatureSet bits the model was trained with
  // Weight codes q in [-levels, levels] stand for sign(q) * 2^((|q| - levels) * step / 16):
  // logarithmic, so the few large weights (bias, shape) and the many small ones (rare words)
  // both survive 8 bits. 1 <= levels <= 127, 1 <= step <= 255.
  int levels = 127;
  int step = 1;
  std::vector<std::uint32_t> keys;   // strictly increasing masked feature hashes
  std::vector<std::int8_t> weights;  // keys.size() rows of kNerModelLabels weight codes
  // (kNerModelLabels + 1) rows (previous label; the sentence start last) of kNerModelLabels,
  // in units of 1/1024 of the largest weight.
  std::array<std::int16_t, kNerTransitionCount> transitions{};
  // Strictly increasing 18-bit hashes of the words seen lowercase in unlabeled text
  // (detail::ner_vocabulary_key); empty unless feature_set has kNerLowercaseSeen.
  std::vector<std::uint32_t> lowercase_words;
};

// Immutable, owns its tables, cheap to move. Default-constructed: no features, tags nothing.
class NerModel {
 public:
  NerModel() = default;
  const std::string& lang() const noexcept { return data_.lang; }
  std::size_t feature_count() const noexcept { return data_.keys.size(); }
  const NerModelData& data() const noexcept { return data_; }

  // Adds the weights of a 32-bit feature hash to scores[0 .. kNerModelLabels). O(log n).
  void add_weights(std::uint32_t feature_hash, double* scores) const noexcept;

 private:
  friend Result<NerModel> parse_ner_model(std::string bytes) noexcept;
  NerModelData data_;
  std::array<double, 256> values_{};  // weight code (as uint8) -> weight
};

// Model file, version 3 (integers little-endian, varints LEB128):
//   "PNER", u8 version = 3, u8 labels = 9, u8 hash_bits, u8 feature_set, u8 levels, u8 step,
//   u8 lang length, lang bytes, varint feature count F, i16 transitions[90],
//   F varint key gaps (first key, then key[i] - key[i-1] - 1), F varint label masks (9 bits,
//   non-zero), then each feature's non-zero i8 weights in label order; varint vocabulary
//   count V, V varint gaps of lowercase_words (coded like the keys). Nothing after.
// Column order keeps similar bytes together, which brotli rewards. Features whose weights are
// all zero are left out. `data` must be valid: keys strictly increasing and below
// 2^hash_bits, weights.size() == keys.size() * 9 with codes in [-levels, levels], levels and
// step in range, lang at most 8 bytes, lowercase_words strictly increasing below 2^18. O(size).
std::string serialize_ner_model(const NerModelData& data);

// Reads a model file. Malformed, truncated or oversized input gives kInvalidOptions with a
// message; never reads out of bounds. O(size).
Result<NerModel> parse_ner_model(std::string bytes) noexcept;

// Entity spans of every sentence of doc, in token order, from the model (no merging), mended by
// what the rest of the document shows (core/src/detail/ner_spans.h): no sentence's opening
// function word taken for a name, person names completed by a function word the model left out
// ("Kim Jong Un"). O(n log F + n log n) for n tokens and F features.
std::vector<EntitySpan> tag_entities(const Document& doc, const NerModel& model);

}  // namespace precis
