#include "precis/ner_model.h"

#include <algorithm>

#include "detail/ner_features.h"
#include "detail/ner_spans.h"

namespace precis {

static_assert(kNerModelLabels == detail::kNerLabels, "one label set");

void NerModel::add_weights(std::uint32_t feature_hash, double* scores) const noexcept {
  const std::uint32_t key = feature_hash & ((std::uint32_t{1} << data_.hash_bits) - 1);
  const std::vector<std::uint32_t>& keys = data_.keys;
  const std::size_t n = keys.size();
  if (n == 0) return;
  // Keys are hashes, so spread evenly over [0, 2^hash_bits): start where `key` would sit in a
  // uniform spread and gallop to the bracket that holds its lower bound. A handful of nearby reads
  // instead of a binary search's ~17 scattered ones (this lookup was a third of tag's time with a
  // model loaded); the row found is the same.
  const std::size_t guess =
      std::min(n - 1, static_cast<std::size_t>((std::uint64_t{key} * n) >> data_.hash_bits));
  std::size_t lo = 0;
  std::size_t hi = 0;  // the lower bound of `key` lies in [lo, hi]
  std::size_t step = 1;
  if (keys[guess] < key) {
    lo = guess + 1;
    while (lo + step - 1 < n && keys[lo + step - 1] < key) lo += step, step *= 2;
    hi = std::min(n, lo + step - 1);
  } else {
    hi = guess;
    while (hi >= step && keys[hi - step] >= key) hi -= step, step *= 2;
    lo = hi >= step ? hi - step + 1 : 0;
  }
  const auto it = std::lower_bound(keys.begin() + lo, keys.begin() + hi, key);
  if (it == keys.end() || *it != key) return;
  const std::int8_t* row = &data_.weights[(it - data_.keys.begin()) * kNerModelLabels];
  for (int l = 0; l < kNerModelLabels; ++l) scores[l] += values_[static_cast<std::uint8_t>(row[l])];
}

std::vector<EntitySpan> tag_entities(const Document& doc, const NerModel& model) {
  std::vector<EntitySpan> spans;
  double transitions[kNerTransitionCount];
  for (int t = 0; t < kNerTransitionCount; ++t)
    transitions[t] = model.data().transitions[t] / 1024.0;
  detail::NerFeatureConfig config;
  config.feature_set = model.data().feature_set;
  config.lowercase_words = &model.data().lowercase_words;
  std::vector<std::uint32_t> features;
  std::vector<double> emissions;
  std::vector<std::size_t> sentence_of;  // where each span's sentence begins
  for (std::size_t s = 0; s + 1 < doc.sentence_tokens.size(); ++s) {
    const std::size_t begin = doc.sentence_tokens[s];
    const std::size_t end = doc.sentence_tokens[s + 1];
    emissions.assign((end - begin) * kNerModelLabels, 0.0);
    for (std::size_t i = begin; i < end; ++i) {
      features.clear();
      detail::ner_token_features(doc, begin, end, i, config, features);
      double* row = &emissions[(i - begin) * kNerModelLabels];
      for (const std::uint32_t f : features) model.add_weights(f, row);
    }
    const std::vector<int> labels = detail::ner_viterbi(emissions, transitions);
    for (std::size_t k = 0; k < labels.size(); ++k) {
      if (labels[k] == 0 || labels[k] % 2 == 0) continue;  // spans start at B-X
      std::size_t stop = k + 1;
      while (stop < labels.size() && labels[stop] == labels[k] + 1) ++stop;
      spans.push_back({begin + k, begin + stop, static_cast<EntityType>((labels[k] - 1) / 2)});
      sentence_of.push_back(begin);
    }
  }
  detail::settle_model_spans(doc, sentence_of, spans);
  return spans;
}

}  // namespace precis
