// Trains a structured averaged perceptron entity tagger (Collins 2002) on a train.jsonl split,
// picks the epoch by dev F1 of the quantised model, and writes the model file.
//   train-ner --train T --dev D --lang en --out data/ner/en.ner [--epochs 12] [--bits 20]
//             [--anchor-level 10] [--step 8] [--min-weight 4] [--max-features 40000]
//             [--features BITS] [--lowercase-min N] [--dropout PERMILLE]
//             [--select entity|token] [--seed 1] [--bag 1]
// --bag K trains K perceptrons from seeds seed .. seed + K - 1 side by side and writes the mean
// of their averaged weights: less variance from the sentence order and the dropout draws.
// --lowercase-min N > 0 adds the kNerLowercaseSeen feature, with the words written lowercase
// at least N times in the training text as its vocabulary (stored in the model).
// Weight codes are logarithmic (see quantise): --anchor-level is the code of the 999th-permille
// weight, --step the ratio between codes, --min-weight the lowest code kept.
// Deterministic: fixed seeds, own shuffle, no threads. Dev F1 is measured through
// precis::tag_tokens with the parsed model file, exactly as `precis ner` would serve it.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "detail/ner_features.h"
#include "lowercase_vocabulary.h"
#include "ner_data.h"
#include "precis/language.h"
#include "precis/ner.h"
#include "precis/ner_model.h"
#include "quantise.h"

namespace {

using precis::detail::kNerLabels;
using precis::detail::kNerStart;
using precis::tools::NerSentence;
constexpr int kTransitions = (kNerLabels + 1) * kNerLabels;

struct Options {
  std::string train, dev, lang, out;
  int epochs = 12;
  int bits = 20;
  precis::tools::Quantisation quantisation;
  int feature_set = 0;
  int lowercase_min = 0;
  int dropout = 0;               // permille of features hidden from each update
  bool select_token_f1 = false;  // pick the epoch by token F1 (the KIND convention)
  unsigned seed = 1;
  int bag = 1;  // perceptrons trained from seeds seed, seed + 1, ...; the model is their mean
};

struct Example {
  std::vector<std::uint32_t> features;  // masked hashes of every token, concatenated
  std::vector<std::size_t> offsets;     // token t owns features [offsets[t], offsets[t + 1])
  std::vector<int> gold;
};

// Gold IOB2 tags of the input tokens projected onto the tokenizer's tokens: a token inside
// input token k takes k's type; only the first token of a B-tagged input token begins.
Example make_example(const NerSentence& s, const precis::LanguageData& language, std::uint32_t mask,
                     const precis::detail::NerFeatureConfig& config) {
  std::string text;
  std::vector<std::size_t> starts;
  for (const std::string& t : s.tokens) {
    if (!text.empty()) text += ' ';
    starts.push_back(text.size());
    text += t;
  }
  const precis::Document doc = precis::detail::token_document(text, language);
  Example ex;
  std::size_t k = 0;
  ex.offsets.push_back(0);
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    const std::size_t start = doc.tokens[i].start;
    while (k + 1 < starts.size() && starts[k + 1] <= start) ++k;
    int label = precis::detail::ner_label_of(s.tags[k]);
    if (label < 0) label = 0;
    const bool first_of_input = start == starts[k];
    if (label > 0 && label % 2 == 1 && !first_of_input) label += 1;  // B-X inside -> I-X
    const int prev = ex.gold.empty() ? kNerStart : ex.gold.back();
    if (!precis::detail::ner_transition_allowed(prev, label)) label -= 1;  // stray I-X -> B-X
    ex.gold.push_back(label);
    precis::detail::ner_token_features(doc, 0, doc.tokens.size(), i, config, ex.features);
    for (std::size_t f = ex.offsets.back(); f < ex.features.size(); ++f) ex.features[f] &= mask;
    ex.offsets.push_back(ex.features.size());
  }
  return ex;
}

class Perceptron {
 public:
  explicit Perceptron(int bits)
      : w_(static_cast<std::size_t>(kNerLabels) << bits, 0.f),
        u_(w_.size(), 0.0),
        t_(kTransitions, 0.0),
        tu_(kTransitions, 0.0) {}

  // One update. With dropout_permille > 0 (feature noising, Wang et al. 2013) the update sees
  // each feature with probability 1 - permille / 1000, so weight spreads over the features
  // that generalise (shape, affixes, context) instead of resting on the word alone.
  void train(const Example& ex, int dropout_permille, std::mt19937& rng) {
    ++c_;
    if (dropout_permille == 0) return learn(ex);
    Example kept;
    kept.gold = ex.gold;
    kept.offsets.push_back(0);
    for (std::size_t i = 0; i < ex.gold.size(); ++i) {
      for (std::size_t f = ex.offsets[i]; f < ex.offsets[i + 1]; ++f) {
        if (static_cast<int>(rng() % 1000) >= dropout_permille) {
          kept.features.push_back(ex.features[f]);
        }
      }
      kept.offsets.push_back(kept.features.size());
    }
    learn(kept);
  }

 private:
  void learn(const Example& ex) {
    const std::vector<int> pred = decode(ex);
    for (std::size_t i = 0; i < pred.size(); ++i) {
      const int pp = i == 0 ? kNerStart : pred[i - 1];
      const int gp = i == 0 ? kNerStart : ex.gold[i - 1];
      if (pred[i] == ex.gold[i] && pp == gp) continue;
      bump_t(gp * kNerLabels + ex.gold[i], 1.0);
      bump_t(pp * kNerLabels + pred[i], -1.0);
      if (pred[i] == ex.gold[i]) continue;
      for (std::size_t f = ex.offsets[i]; f < ex.offsets[i + 1]; ++f) {
        bump_w(ex.features[f] * kNerLabels + ex.gold[i], 1.f);
        bump_w(ex.features[f] * kNerLabels + pred[i], -1.f);
      }
    }
  }

 public:
  std::vector<int> decode(const Example& ex) const {
    std::vector<double> em(ex.gold.size() * kNerLabels, 0.0);
    for (std::size_t i = 0; i < ex.gold.size(); ++i) {
      for (std::size_t f = ex.offsets[i]; f < ex.offsets[i + 1]; ++f) {
        const float* row = &w_[ex.features[f] * kNerLabels];
        for (int l = 0; l < kNerLabels; ++l) em[i * kNerLabels + l] += row[l];
      }
    }
    return precis::detail::ner_viterbi(em, t_.data());
  }

  // Averaged weights (w - u / c), features then transitions.
  std::vector<double> averaged_weights() const {
    std::vector<double> out(w_.size());
    for (std::size_t i = 0; i < w_.size(); ++i) out[i] = w_[i] - u_[i] / c_;
    return out;
  }
  std::vector<double> averaged_transitions() const {
    std::vector<double> out(kTransitions);
    for (int i = 0; i < kTransitions; ++i) out[i] = t_[i] - tu_[i] / c_;
    return out;
  }

 private:
  void bump_w(std::size_t i, float d) {
    w_[i] += d;
    u_[i] += static_cast<double>(c_) * d;
  }
  void bump_t(int i, double d) {
    t_[i] += d;
    tu_[i] += static_cast<double>(c_) * d;
  }
  std::vector<float> w_;
  std::vector<double> u_;
  std::vector<double> t_;
  std::vector<double> tu_;
  long long c_ = 1;
};

// The mean of the members' averaged weights and transitions: one model, whose weights vary less
// with the order of the training sentences and the dropout draws than any member's.
precis::tools::TrainedWeights mean_weights(const std::vector<Perceptron>& bag) {
  precis::tools::TrainedWeights out{{}, std::vector<double>(kTransitions, 0.0)};
  const double share = 1.0 / static_cast<double>(bag.size());
  for (const Perceptron& p : bag) {
    const std::vector<double> w = p.averaged_weights();
    if (out.features.empty()) out.features.assign(w.size(), 0.0);
    for (std::size_t i = 0; i < w.size(); ++i) out.features[i] += share * w[i];
    const std::vector<double> t = p.averaged_transitions();
    for (int i = 0; i < kTransitions; ++i) out.transitions[i] += share * t[i];
  }
  return out;
}

struct Score {
  double p = 0, r = 0, f = 0, token_f = 0;
};

Score evaluate(const precis::NerModel& model, const std::vector<NerSentence>& dev,
               const std::string& lang) {
  std::size_t tp = 0, np = 0, ng = 0, ttp = 0, tnp = 0, tng = 0;
  for (const NerSentence& s : dev) {
    const auto tags = precis::tag_tokens(s.tokens, lang, &model);
    if (!tags) continue;
    const auto gold = precis::tools::chunks_of(s.tags);
    const auto pred = precis::tools::chunks_of(tags.value());
    ng += gold.size();
    np += pred.size();
    for (const auto& c : pred) tp += std::count(gold.begin(), gold.end(), c) > 0 ? 1 : 0;
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      const std::string g = s.tags[i] == "O" ? "" : s.tags[i].substr(2);
      const std::string q = tags.value()[i] == "O" ? "" : tags.value()[i].substr(2);
      tng += g.empty() ? 0 : 1;
      tnp += q.empty() ? 0 : 1;
      ttp += !g.empty() && g == q ? 1 : 0;
    }
  }
  const auto f1 = [](double a, double b) { return a + b > 0 ? 2 * a * b / (a + b) : 0.0; };
  Score s;
  s.p = np ? 100.0 * tp / np : 0;
  s.r = ng ? 100.0 * tp / ng : 0;
  s.f = f1(s.p, s.r);
  s.token_f = f1(tnp ? 100.0 * ttp / tnp : 0, tng ? 100.0 * ttp / tng : 0);
  return s;
}

std::vector<NerSentence> read_set(const std::string& path) {
  std::ifstream in(path);
  std::size_t bad = 0;
  std::vector<NerSentence> out = precis::tools::read_ner_jsonl(in, bad);
  out.erase(
      std::remove_if(out.begin(), out.end(), [](const NerSentence& s) { return s.tags.empty(); }),
      out.end());
  if (bad) std::fprintf(stderr, "%s: %zu malformed lines skipped\n", path.c_str(), bad);
  return out;
}

bool parse_args(int argc, char** argv, Options& o) {
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string k = argv[i];
    const std::string v = argv[i + 1];
    if (k == "--train")
      o.train = v;
    else if (k == "--dev")
      o.dev = v;
    else if (k == "--lang")
      o.lang = v;
    else if (k == "--out")
      o.out = v;
    else if (k == "--epochs")
      o.epochs = std::stoi(v);
    else if (k == "--bits")
      o.bits = std::stoi(v);
    else if (k == "--min-weight")
      o.quantisation.min_weight = std::stoi(v);
    else if (k == "--max-features")
      o.quantisation.max_features = std::stoul(v);
    else if (k == "--anchor-level")
      o.quantisation.anchor_level = std::stoi(v);
    else if (k == "--select")
      o.select_token_f1 = v == "token";
    else if (k == "--step")
      o.quantisation.step = std::stoi(v);
    else if (k == "--features")
      o.feature_set = std::stoi(v);
    else if (k == "--lowercase-min")
      o.lowercase_min = std::stoi(v);
    else if (k == "--dropout")
      o.dropout = std::stoi(v);
    else if (k == "--seed")
      o.seed = static_cast<unsigned>(std::stoul(v));
    else if (k == "--bag")
      o.bag = std::max(1, std::stoi(v));
    else
      return false;
  }
  return !o.train.empty() && !o.dev.empty() && !o.lang.empty() && !o.out.empty() && o.bits >= 8 &&
         o.bits <= 24 && o.quantisation.anchor_level >= 1 && o.quantisation.anchor_level <= 127 &&
         o.quantisation.step >= 1 && o.quantisation.step <= 255 && o.feature_set >= 0 &&
         o.feature_set <= 255;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  if (argc % 2 == 0 || !parse_args(argc, argv, o)) {
    std::fprintf(
        stderr,
        "usage: train-ner --train T --dev D --lang L --out F [--epochs N] [--bits B] "
        "[--anchor-level A] [--step S] [--min-weight W] [--max-features K] "
        "[--features BITS] [--lowercase-min N] [--dropout PERMILLE] [--select entity|token] "
        "[--seed S] [--bag K]\n");
    return 2;
  }
  const precis::LanguageData* language = precis::find_language(o.lang);
  if (language == nullptr) language = &precis::neutral_language();
  const std::vector<NerSentence> train = read_set(o.train);
  const std::vector<NerSentence> dev = read_set(o.dev);
  std::vector<std::uint32_t> lowercase_words;
  if (o.lowercase_min > 0) o.feature_set |= precis::detail::kNerLowercaseSeen;
  precis::detail::NerFeatureConfig config;
  config.feature_set = o.feature_set;
  if (o.lowercase_min > 0) {
    std::vector<std::vector<std::string>> texts;
    for (const NerSentence& s : train) texts.push_back(s.tokens);
    lowercase_words = precis::tools::lowercase_vocabulary(texts, *language, o.lowercase_min);
    config.lowercase_words = &lowercase_words;
  }
  std::vector<Example> examples;
  for (const NerSentence& s : train) {
    examples.push_back(make_example(s, *language, (1u << o.bits) - 1, config));
  }
  std::fprintf(stderr, "%s: %zu train, %zu dev sentences\n", o.lang.c_str(), train.size(),
               dev.size());
  std::vector<Perceptron> bag;
  std::vector<std::mt19937> rngs;
  for (int k = 0; k < o.bag; ++k) {
    bag.emplace_back(o.bits);
    rngs.emplace_back(o.seed + static_cast<unsigned>(k));
  }
  std::vector<std::size_t> order(examples.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::string best_bytes;
  Score best;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    for (std::size_t k = 0; k < bag.size(); ++k) {
      std::mt19937& rng = rngs[k];
      for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
      for (const std::size_t i : order) bag[k].train(examples[i], o.dropout, rng);
    }
    precis::NerModelData data;
    data.lang = o.lang;
    data.hash_bits = o.bits;
    data.feature_set = o.feature_set;
    data.lowercase_words = lowercase_words;
    precis::tools::quantise(mean_weights(bag), o.quantisation, data);
    std::string bytes = precis::serialize_ner_model(data);
    const auto model = precis::parse_ner_model(bytes);
    if (!model) return std::fprintf(stderr, "%s\n", model.error().message.c_str()), 1;
    const Score s = evaluate(model.value(), dev, o.lang);
    std::fprintf(stderr,
                 "epoch %2d: dev P %.2f R %.2f F1 %.2f token F1 %.2f, %zu features, "
                 "%zu bytes\n",
                 epoch, s.p, s.r, s.f, s.token_f, model.value().feature_count(), bytes.size());
    const bool better = o.select_token_f1 ? s.token_f > best.token_f : s.f > best.f;
    if (better) best = s, best_epoch = epoch, best_bytes = std::move(bytes);
  }
  std::ofstream out(o.out, std::ios::binary);
  out.write(best_bytes.data(), static_cast<std::streamsize>(best_bytes.size()));
  if (!out) return std::fprintf(stderr, "cannot write %s\n", o.out.c_str()), 1;
  std::printf("%s: epoch %d, dev entity F1 %.2f (P %.2f R %.2f), token F1 %.2f, %zu bytes -> %s\n",
              o.lang.c_str(), best_epoch, best.f, best.p, best.r, best.token_f, best_bytes.size(),
              o.out.c_str());
  return 0;
}
