// The language-ID model's scoring: naive Bayes among the languages that share the text's script.
// The file is read in langid_model_file.cpp.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

#include "detail/fnv1a.h"
#include "detail/langid_access.h"
#include "detail/langid_script.h"
#include "detail/text_class.h"
#include "precis/langid.h"
#include "precis/limits.h"
#include "precis/utf8.h"

namespace precis {
namespace {

using detail::Script;

constexpr std::size_t kWordOrder = 4;       // index of the whole-word floor
constexpr std::size_t kMaxWordBytes = 100;  // longer "words" are not looked up as words
// A word capitalised inside a sentence is most often a name ("Las Vegas" in English news), and
// names say little about the language around them: its features count half (weight 1 of 2).
// Sentence-initial words keep full weight: "The", "Il", "Der" are the strongest evidence.
// lingua-sentences dev: macro accuracy 93.79 -> 94.15 (a weight of 0: 93.90).
constexpr std::int64_t kWordWeight = 2;
constexpr std::int64_t kNameWeight = 1;

// Letters per script in the sample; Han, kana and Hangul are told apart afterwards.
struct Census {
  std::array<std::size_t, static_cast<std::size_t>(Script::kCount)> letters{};
  std::size_t total = 0;       // letters
  std::size_t characters = 0;  // everything but ASCII whitespace, invalid bytes included
};

Census census(std::string_view sample) {
  Census c;
  for (std::size_t pos = 0; pos < sample.size();) {
    const DecodedChar d = decode_utf8(sample, pos);
    pos += d.length;
    c.characters += d.code_point > 0x20 ? 1 : 0;
    const Script s = detail::script_of(d.code_point);
    if (s == Script::kNone) continue;
    ++c.letters[static_cast<std::size_t>(s)];
    ++c.total;
  }
  return c;
}

// The dominant script and its share of the letters. Han, kana and Hangul count as one writing
// system: Japanese mixes kanji and kana, Korean may quote Han; any kana makes it Japanese unless
// Hangul outnumbers it.
Script dominant(const Census& c, double& share) {
  const auto at = [&](Script s) { return c.letters[static_cast<std::size_t>(s)]; };
  const std::size_t cjk = at(Script::kHan) + at(Script::kKana) + at(Script::kHangul);
  Script best = Script::kNone;
  std::size_t best_n = 0;
  for (std::size_t i = 1; i < c.letters.size(); ++i) {
    const auto s = static_cast<Script>(i);
    if (s == Script::kHan || s == Script::kKana || s == Script::kHangul) continue;
    if (c.letters[i] > best_n) best = s, best_n = c.letters[i];
  }
  if (cjk > best_n) {
    best_n = cjk;
    if (at(Script::kHangul) > 0 && at(Script::kHangul) >= at(Script::kKana)) {
      best = Script::kHangul;
    } else {
      best = at(Script::kKana) > 0 ? Script::kKana : Script::kHan;
    }
  }
  share = c.total == 0 ? 0.0 : static_cast<double>(best_n) / static_cast<double>(c.total);
  return best;
}

// Cuts the text to the sample, never inside a character.
std::string_view sample_of(std::string_view text) {
  std::string_view sample = text.substr(0, kLanguageIdSampleBytes);
  while (sample.size() < text.size() && !sample.empty() &&
         (static_cast<unsigned char>(text[sample.size()]) & 0xC0) == 0x80) {
    sample.remove_suffix(1);
  }
  return sample;
}

double round4(double x) { return std::round(x * 10000.0) / 10000.0; }

// Posterior log-odds of the best language over the runner-up from which detection stops early.
constexpr double kSettledMargin = 25.0;

}  // namespace

std::vector<std::string> LanguageIdModel::languages() const {
  std::vector<std::string> out;
  for (const Language& l : langs_) out.emplace_back(l.code.data(), 2);
  return out;
}

namespace detail {

// The record of `key`'s feature, or null when the model does not know it.
const std::uint8_t* LanguageIdAccess::find(const LanguageIdModel& m, std::string_view key) {
  if (m.slots_.empty()) return nullptr;
  const std::size_t mask = m.slots_.size() - 1;
  const std::uint32_t hash = detail::fnv1a(key);
  for (std::size_t s = hash & mask;; s = (s + 1) & mask) {
    const std::uint32_t slot = m.slots_[s];
    if (slot == 0) return nullptr;
    if ((slot & 0xFF000000u) != (hash & 0xFF000000u)) continue;
    const std::uint8_t* record = m.records_.data() + (slot & 0x00FFFFFFu) - 1;
    if (record[0] == key.size() && std::memcmp(record + 1, key.data(), key.size()) == 0) {
      return record;
    }
  }
}

// Naive Bayes among the model's languages written in `script`: every n-gram (1..4 code points
// of " word ") and every whole word adds, per language, how much less it costs there than the
// absent-feature floor. The posterior is a softmax of the summed log-likelihoods at the model's
// temperature (naive Bayes is overconfident: its features overlap).
LanguageGuess LanguageIdAccess::score(std::string_view sample, Script script,
                                      const LanguageIdModel& m) {
  std::array<bool, 256> candidate{};
  for (std::size_t l = 0; l < m.langs_.size(); ++l) {
    candidate[l] = m.langs_[l].script == static_cast<std::uint8_t>(script);
  }
  std::array<std::int64_t, 256> bonus{};  // in units of 1 / kWordWeight
  std::int64_t weight = kWordWeight;      // of the word being read
  bool sentence_start = true;
  std::string word = " ";
  std::vector<std::size_t> offs;  // byte offset of each code point of `word`
  const auto add = [&](std::string_view key, std::size_t order) {
    const std::uint8_t* record = find(m, key);
    if (record == nullptr) return;
    // Every language gets its bonus, candidate or not: posterior() reads only the candidates',
    // and a loop without the test is a plain gather-add (this loop was a third of lang's time).
    const std::int64_t floor = m.floor_[order];
    const std::size_t postings = record[1 + record[0]];
    const std::uint8_t* lang = record + 2 + record[0];
    const std::uint8_t* q = lang + postings;
    for (std::size_t p = 0; p < postings; ++p) bonus[lang[p]] += weight * (floor - q[p]);
  };
  const auto flush = [&]() {
    while (word.size() > 1 && word.back() == '\'') word.pop_back(), offs.pop_back();
    if (word.size() > 1) {
      offs.insert(offs.begin(), 0);
      offs.push_back(word.size());
      word.push_back(' ');
      offs.push_back(word.size());
      const std::size_t cps = offs.size() - 1;
      for (std::size_t n = 1; n <= 4; ++n) {
        for (std::size_t i = 0; i + n <= cps; ++i) {
          const std::string_view g(word.data() + offs[i], offs[i + n] - offs[i]);
          if (g != " ") add(g, n - 1);
        }
      }
      if (word.size() - 2 <= kMaxWordBytes) {
        add("\x01" + word.substr(1, word.size() - 2), kWordOrder);
      }
    }
    word = " ";
    offs.clear();
  };
  std::size_t words = 0;
  for (std::size_t pos = 0; pos < sample.size();) {
    const DecodedChar d = decode_utf8(sample, pos);
    pos += d.length;
    if (detail::is_sentence_terminal(d.code_point)) sentence_start = true;
    const bool apostrophe = detail::is_apostrophe(d.code_point);
    if (detail::is_letter(d.code_point) || (apostrophe && word.size() > 1)) {
      if (word.size() == 1) {
        const bool name = detail::is_upper(d.code_point) && !sentence_start;
        weight = name ? kNameWeight : kWordWeight;
      }
      offs.push_back(word.size());
      append_utf8(word, apostrophe ? U'\'' : detail::langid_fold(d.code_point));
    } else if (word.size() > 1) {
      flush();
      sentence_start = false;
      // Every 16 words, stop once the answer is settled: the runner-up is so far behind that
      // the posterior already rounds to 1, and more text of the same language only widens it.
      if (++words % 16 == 0 && settled(m, candidate, bonus)) return posterior(m, candidate, bonus);
    }
  }
  flush();
  return posterior(m, candidate, bonus);
}

bool LanguageIdAccess::settled(const LanguageIdModel& m, const std::array<bool, 256>& candidate,
                               const std::array<std::int64_t, 256>& bonus) {
  std::int64_t best = 0;
  std::int64_t second = 0;
  bool any = false;
  for (std::size_t l = 0; l < m.langs_.size(); ++l) {
    if (!candidate[l]) continue;
    if (!any || bonus[l] > best) {
      second = any ? best : bonus[l];
      best = bonus[l];
    } else if (bonus[l] > second) {
      second = bonus[l];
    }
    any = true;
  }
  // exp(-kSettledMargin) summed over every other language stays far below the 0.00005 that
  // round4 could show.
  return any && best > 0 &&
         static_cast<double>(best - second) * m.step_ / m.temperature_ / kWordWeight >
             kSettledMargin;
}

LanguageGuess LanguageIdAccess::posterior(const LanguageIdModel& m,
                                          const std::array<bool, 256>& candidate,
                                          const std::array<std::int64_t, 256>& bonus) {
  const std::size_t n = m.langs_.size();
  std::size_t best = n;
  for (std::size_t l = 0; l < n; ++l) {
    if (candidate[l] && (best == n || bonus[l] > bonus[best])) best = l;
  }
  if (best == n || bonus[best] <= 0) return {"und", 0.0};  // no feature the model knows
  double z = 0.0;
  for (std::size_t l = 0; l < n; ++l) {
    if (!candidate[l]) continue;
    z += std::exp(static_cast<double>(bonus[l] - bonus[best]) * m.step_ / m.temperature_ /
                  kWordWeight);
  }
  return {std::string(m.langs_[best].code.data(), 2), round4(1.0 / z)};
}

LanguageGuess LanguageIdAccess::detect(std::string_view text, const LanguageIdModel& m) {
  const std::string_view sample = sample_of(text);
  const Census c = census(sample);
  // Under half letters: binary data, tables of figures, symbols. No language to name.
  if (c.total < 2 || c.total * 2 < c.characters) return {"und", 0.0};
  double share = 0.0;
  const Script script = dominant(c, share);
  if (share < 0.5) return {"und", 0.0};  // mixed: no script holds half of the letters
  std::size_t in_script = 0;
  std::size_t only = 0;
  for (std::size_t l = 0; l < m.langs_.size(); ++l) {
    if (m.langs_[l].script != static_cast<std::uint8_t>(script)) continue;
    ++in_script;
    only = l;
  }
  if (in_script == 1) return {std::string(m.langs_[only].code.data(), 2), round4(share)};
  if (in_script == 0) {
    const std::string_view code = detail::unique_script_language(script);
    if (code.empty()) return {"und", 0.0};
    return {std::string(code), round4(share)};
  }
  LanguageGuess guess = score(sample, script, m);
  guess.score = round4(guess.score * share);
  return guess;
}

}  // namespace detail

LanguageGuess detect_language(std::string_view text, const LanguageIdModel& model) noexcept {
  return detail::LanguageIdAccess::detect(text, model);
}

LanguageGuess detect_language(std::string_view text, const LanguageIdModel* model) noexcept {
  static const LanguageIdModel kScriptsOnly;  // empty and immutable: unique scripts only
  return detect_language(text, model != nullptr ? *model : kScriptsOnly);
}

}  // namespace precis
