// Turns a trained tagger's weights into a model file's 8-bit logarithmic weight codes.
#pragma once

#include <cstddef>
#include <vector>

#include "precis/ner_model.h"

namespace precis::tools {

// A trained model before quantisation: `features` holds one row of kNerModelLabels weights per
// masked feature hash, `transitions` kNerTransitionCount weights (see NerModelData).
struct TrainedWeights {
  std::vector<double> features;
  std::vector<double> transitions;
};

struct Quantisation {
  int anchor_level = 100;  // the code of the 999th-permille |weight|
  int step = 16;           // ratio between adjacent codes: 2^(step / 16)
  int min_weight = 2;      // codes below this are dropped
  std::size_t max_features = 40000;
};

// Sets data.levels, step, transitions, keys and weights from `trained`; the caller sets the
// rest. The 999th-permille |weight| gets code anchor_level and the largest the top code (levels,
// at most 127), so the codes do not depend on a model's few largest weights. Weights below code
// min_weight are dropped, then the max_features strongest rows (by summed decoded |weight|) are
// kept. O(R log R) for R rows.
void quantise(const TrainedWeights& trained, const Quantisation& q, NerModelData& data);

}  // namespace precis::tools
