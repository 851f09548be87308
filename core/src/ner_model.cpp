#include "precis/ner_model.h"

#include <algorithm>
#include <string>

#include "detail/entity_lexicon.h"
#include "detail/entity_rules.h"
#include "detail/light_stem.h"
#include "detail/ner_features.h"
#include "detail/sentence_start.h"

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

namespace {

// Whether token t, right after a person's name, is a capitalised function word the name may end
// with: "Kim Jong Un", "Kim Jong Il", whose "Un" and "Il" the Italian model reads as the articles
// "un" and "il". One space after the name; not a single letter or capitals ("IBARRA Y GUERRA", a
// headline's conjunction).
bool name_function_word(const Document& doc, std::size_t t) {
  const Token& word = doc.tokens[t];
  return word.kind == TokenKind::kWord && word.capitalized && !word.all_caps &&
         word.norm.size() >= 2 && word.start == doc.tokens[t - 1].end + 1 &&
         doc.text[word.start - 1] == ' ' && doc.language->stopwords.contains(word.norm);
}

// Completes the person names that stop short of such a word. Where the word ends the sentence or
// a clause ("Kim Jong Un, Kim Jong Il."), it is part of the name; so it is wherever else the text
// writes the same name with it ("Kim Jong Un lo ha accolto"). Not otherwise: "Claude Monet Le
// point" is a name and a title. O(spans x names so completed).
void complete_person_names(const Document& doc, std::vector<EntitySpan>& spans) {
  std::vector<std::size_t> open;       // spans followed by such a word
  std::vector<std::string> confirmed;  // a handful at most
  for (std::size_t k = 0; k < spans.size(); ++k) {
    const std::size_t end = spans[k].token_end;
    const std::size_t next = k + 1 < spans.size() ? spans[k + 1].token_begin : doc.tokens.size();
    if (spans[k].type != EntityType::kPerson || end >= next || !name_function_word(doc, end)) {
      continue;
    }
    open.push_back(k);
    const bool closes =
        end + 1 >= doc.tokens.size() || doc.tokens[end + 1].kind == TokenKind::kPunct;
    if (closes) confirmed.push_back(detail::span_key(doc, spans[k].token_begin, end + 1));
  }
  for (const std::size_t k : open) {
    EntitySpan& span = spans[k];
    const std::string key = detail::span_key(doc, span.token_begin, span.token_end + 1);
    if (std::find(confirmed.begin(), confirmed.end(), key) != confirmed.end()) ++span.token_end;
  }
}

// Whether the span is one capitalised word opening its sentence that only the sentence's capital
// makes look like a name: a function word ("Furthermore, on the 19th...", which the English model
// read as a place) or, in English, an adverb in "-ly" set off by a comma ("Conversely, the White
// House...", read as a person). Every such adverb opening a sentence in CoNLL-2003's train and
// dev splits is tagged O; from seven letters, so "Italy," and "Rally," stay names. Dropping such
// spans leaves dev F1 unchanged in en, es, nl and it.
bool sentence_opening_connective(const Document& doc, std::size_t sentence_begin,
                                 const EntitySpan& span) {
  const std::size_t t = span.token_begin;
  const Token& word = doc.tokens[t];
  if (!detail::opens_sentence(doc, sentence_begin, t) || span.token_end != t + 1 || word.all_caps) {
    return false;
  }
  if (doc.language->stopwords.contains(word.norm)) return true;
  const bool adverb = doc.language->code == "en" && detail::ends_with_stem(word.norm, "ly", 5);
  return adverb && t + 1 < doc.tokens.size() && doc.tokens[t + 1].norm == ",";
}

// A person the model found whose first word names a kind of organisation ("Istituto Hudson",
// "University of Tokyo" read as people) is that organisation.
EntityType settled_type(const Document& doc, const EntitySpan& span) {
  if (span.type != EntityType::kPerson || span.token_end - span.token_begin < 2) return span.type;
  const bool org_word =
      detail::lexicon_class(doc.tokens[span.token_begin].norm) == detail::LexiconClass::kOrgKeyword;
  return org_word ? EntityType::kOrganization : span.type;
}

}  // namespace

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
      EntitySpan span{begin + k, begin + stop, static_cast<EntityType>((labels[k] - 1) / 2)};
      span.type = settled_type(doc, span);
      if (!sentence_opening_connective(doc, begin, span)) spans.push_back(span);
    }
  }
  complete_person_names(doc, spans);
  return spans;
}

}  // namespace precis
