#include <catch2/catch.hpp>
#include <cmath>

#include "quantise.h"

using precis::NerModelData;
using precis::tools::Quantisation;
using precis::tools::quantise;
using precis::tools::TrainedWeights;

namespace {

constexpr int kLabels = precis::kNerModelLabels;

TrainedWeights rows_with_label_one_weights(const std::vector<double>& weights) {
  TrainedWeights trained{std::vector<double>(weights.size() * kLabels, 0.0),
                         std::vector<double>(precis::kNerTransitionCount, 0.0)};
  for (std::size_t row = 0; row < weights.size(); ++row)
    trained.features[row * kLabels + 1] = weights[row];
  return trained;
}

}  // namespace

TEST_CASE("quantise: one outlying weight does not push the others below min_weight",
          "[ner][train]") {
  // 2,000 features weigh 1 and one weighs 1,000: anchored on the largest weight with 10 levels
  // of one octave, every weight of 1 would code as 0 and be dropped.
  std::vector<double> weights(2001, 1.0);
  weights[7] = 1000.0;
  Quantisation q;
  q.anchor_level = 10;
  q.step = 16;
  q.min_weight = 5;
  q.max_features = 5000;
  NerModelData data;
  quantise(rows_with_label_one_weights(weights), q, data);
  CHECK(data.levels == 20);  // 10 above the anchor: 1,000 is about 2^10
  REQUIRE(data.keys.size() == 2001);
  CHECK(data.weights[0 * kLabels + 1] == 10);
  CHECK(data.weights[7 * kLabels + 1] == 20);
}

TEST_CASE("quantise: keeps the strongest rows, signs and transitions in units of the top weight",
          "[ner][train]") {
  TrainedWeights trained = rows_with_label_one_weights({0.0, 2.0, -4.0, 1.0});
  trained.transitions[3] = -2.0;
  Quantisation q;
  q.anchor_level = 100;
  q.step = 16;
  q.min_weight = 1;
  q.max_features = 2;
  NerModelData data;
  quantise(trained, q, data);
  CHECK(data.keys == std::vector<std::uint32_t>{1, 2});  // row 3 (weight 1) is the weakest
  CHECK(data.weights[1] == data.levels - 1);             // 2 = half of 4
  CHECK(data.weights[kLabels + 1] == -data.levels);
  CHECK(data.transitions[3] == -512);  // -2 / 4 * 1024
}
