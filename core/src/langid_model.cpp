// The language-ID model: parsing the file, and naive-Bayes scoring among the languages that
// share the text's script. Format: tools/build-langid-model.mjs.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

#include "detail/fnv1a.h"
#include "detail/langid_script.h"
#include "detail/text_class.h"
#include "precis/langid.h"
#include "precis/limits.h"
#include "precis/utf8.h"

namespace precis {
namespace {

using detail::Script;

constexpr std::size_t kHeaderBytes = 16;
constexpr std::uint8_t kVersion = 1;
constexpr std::size_t kWordOrder = 4;       // index of the whole-word floor
constexpr std::size_t kMaxWordBytes = 100;  // longer "words" are not looked up as words

Error bad_model(std::string message) {
  return Error{ErrorCode::kInvalidOptions, "language-ID model: " + std::move(message)};
}

// Reads the bytes in order; every read checks the remaining length.
struct Reader {
  std::string_view data;
  std::size_t pos = 0;
  bool take(std::size_t n, std::string_view& out) {
    if (n > data.size() - pos) return false;
    out = data.substr(pos, n);
    pos += n;
    return true;
  }
  bool byte(std::uint8_t& out) {
    std::string_view b;
    if (!take(1, b)) return false;
    out = static_cast<std::uint8_t>(b[0]);
    return true;
  }
};

// Letters per script in the sample; Han, kana and Hangul are told apart afterwards.
struct Census {
  std::array<std::size_t, static_cast<std::size_t>(Script::kCount)> letters{};
  std::size_t total = 0;
};

Census census(std::string_view sample) {
  Census c;
  for (std::size_t pos = 0; pos < sample.size();) {
    const DecodedChar d = decode_utf8(sample, pos);
    pos += d.length;
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

// The features section as a first pass reads it: where it starts and each feature's key size,
// so that the records can be laid out before any key is decoded.
struct FeatureLayout {
  std::size_t section = 0;  // offset in the file of the first feature's front coding
  std::vector<std::uint8_t> key_size;
};

// Private access for the parser and the scorer: the model's fields stay out of the public API.
struct LanguageIdAccess {
  static bool parse_header(Reader& r, LanguageIdModel& m, std::string& error);
  static bool scan_features(Reader& r, FeatureLayout& layout, std::string& error);
  static bool parse_records(Reader& r, const FeatureLayout& layout, LanguageIdModel& m,
                            std::string& error);
  static const std::uint8_t* find(const LanguageIdModel& m, std::string_view key);
  static LanguageGuess score(std::string_view sample, Script script, const LanguageIdModel& m);
  static bool settled(const LanguageIdModel& m, const std::array<bool, 256>& candidate,
                      const std::array<std::int64_t, 256>& bonus);
  static LanguageGuess posterior(const LanguageIdModel& m, const std::array<bool, 256>& candidate,
                                 const std::array<std::int64_t, 256>& bonus);
  static LanguageGuess detect(std::string_view text, const LanguageIdModel& m);
};

bool LanguageIdAccess::parse_header(Reader& r, LanguageIdModel& m, std::string& error) {
  std::string_view head;
  if (!r.take(kHeaderBytes, head) || head.substr(0, 4) != "PLID") return error = "bad magic", false;
  const auto u8 = [&](std::size_t i) { return static_cast<std::uint8_t>(head[i]); };
  if (u8(4) != kVersion) return error = "unsupported version", false;
  const std::size_t n_langs = u8(5);
  if (n_langs == 0 || u8(6) == 0 || u8(13) == 0) return error = "bad header", false;
  m.step_ = u8(6) / 100.0;
  for (std::size_t i = 0; i < m.floor_.size(); ++i) m.floor_[i] = u8(8 + i);
  m.temperature_ = u8(13) / 10.0;
  for (std::size_t i = 0; i < n_langs; ++i) {
    std::string_view l;
    if (!r.take(3, l)) return error = "truncated language table", false;
    const auto script = static_cast<std::uint8_t>(l[2]);
    if (script == 0 || script >= static_cast<std::uint8_t>(Script::kCount)) {
      return error = "bad script", false;
    }
    m.langs_.push_back({{l[0], l[1]}, script});
  }
  return true;
}

bool LanguageIdAccess::scan_features(Reader& r, FeatureLayout& layout, std::string& error) {
  std::string_view count_bytes;
  if (!r.take(4, count_bytes)) return error = "truncated feature count", false;
  std::uint32_t n = 0;
  for (std::size_t i = 4; i-- > 0;) n = (n << 8) | static_cast<unsigned char>(count_bytes[i]);
  // Each feature takes at least 4 bytes (2 of front coding, a count, a posting or more): a
  // cheap bound before any allocation.
  if (n > (r.data.size() - r.pos) / 4) return error = "feature count exceeds the file", false;
  layout.section = r.pos;
  layout.key_size.reserve(n);
  std::size_t prev_len = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint8_t shared = 0, suffix_len = 0;
    std::string_view suffix;
    if (!r.byte(shared) || !r.byte(suffix_len) || !r.take(suffix_len, suffix)) {
      return error = "truncated features", false;
    }
    if (shared > prev_len || shared + suffix_len == 0) return error = "bad front coding", false;
    prev_len = static_cast<std::size_t>(shared) + suffix_len;
    if (prev_len > 255) return error = "feature longer than 255 bytes", false;
    layout.key_size.push_back(static_cast<std::uint8_t>(prev_len));
  }
  return true;
}

// Reads the posting counts, languages and penalties that follow the features, lays every feature
// out as a record (see LanguageIdModel::records_), decodes the keys and postings into them and
// indexes them: a lookup then reads a slot and one record. O(file size).
bool LanguageIdAccess::parse_records(Reader& r, const FeatureLayout& layout, LanguageIdModel& m,
                                     std::string& error) {
  constexpr std::size_t kMaxOffset = (1u << 24) - 1;
  const std::size_t n = layout.key_size.size();
  std::string_view counts;
  if (!r.take(n, counts)) return error = "truncated posting counts", false;
  std::vector<std::uint32_t> offset(n);
  std::size_t size = 0;
  std::size_t n_posts = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const auto postings = static_cast<unsigned char>(counts[k]);
    if (postings == 0) return error = "feature without postings", false;
    offset[k] = static_cast<std::uint32_t>(size);
    size += 2 + layout.key_size[k] + 2 * static_cast<std::size_t>(postings);
    n_posts += postings;
    if (size > kMaxOffset) return error = "features exceed 16 MB", false;
  }
  std::string_view langs, qs;
  if (!r.take(n_posts, langs) || !r.take(n_posts, qs)) return error = "truncated postings", false;
  if (r.pos != r.data.size()) return error = "trailing bytes", false;
  std::vector<std::uint8_t>& out = m.records_;
  out.resize(size);
  Reader features{r.data, layout.section};
  std::size_t p = 0;  // posting index into langs and qs
  for (std::size_t k = 0; k < n; ++k) {
    std::uint8_t shared = 0, suffix_len = 0;
    std::string_view suffix;
    features.byte(shared);  // read and checked by scan_features
    features.byte(suffix_len);
    features.take(suffix_len, suffix);
    std::uint8_t* record = out.data() + offset[k];
    record[0] = layout.key_size[k];
    // Front coding: the first `shared` bytes repeat the previous key's.
    const std::uint8_t* previous = k > 0 ? out.data() + offset[k - 1] + 1 : nullptr;
    for (std::size_t i = 0; i < shared; ++i) record[1 + i] = previous[i];
    for (std::size_t i = 0; i < suffix_len; ++i) {
      record[1 + shared + i] = static_cast<std::uint8_t>(suffix[i]);
    }
    const auto postings = static_cast<unsigned char>(counts[k]);
    std::uint8_t* lang = record + 2 + record[0];
    lang[-1] = postings;
    std::size_t current = 0;
    for (std::size_t i = 0; i < postings; ++i, ++p) {
      const auto v = static_cast<unsigned char>(langs[p]);
      // Delta-coded: the first language of a feature as is, then strictly increasing.
      if (i > 0 && v == 0) return error = "postings out of order", false;
      current = i == 0 ? v : current + v;
      if (current >= m.langs_.size()) return error = "posting language out of range", false;
      lang[i] = static_cast<std::uint8_t>(current);
      lang[postings + i] = static_cast<std::uint8_t>(qs[p]);
    }
  }
  std::size_t cap = 16;
  while (cap < 2 * n) cap *= 2;
  m.slots_.assign(cap, 0);
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint8_t* record = out.data() + offset[k];
    const std::uint32_t hash =
        detail::fnv1a({reinterpret_cast<const char*>(record + 1), record[0]});
    std::size_t s = hash & (cap - 1);
    while (m.slots_[s] != 0) s = (s + 1) & (cap - 1);
    m.slots_[s] = (hash & 0xFF000000u) | (offset[k] + 1);
  }
  return true;
}

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
  std::array<std::int64_t, 256> bonus{};
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
    for (std::size_t p = 0; p < postings; ++p) bonus[lang[p]] += floor - q[p];
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
    const bool apostrophe = detail::is_apostrophe(d.code_point);
    if (detail::is_letter(d.code_point) || (apostrophe && word.size() > 1)) {
      offs.push_back(word.size());
      append_utf8(word, apostrophe ? U'\'' : detail::langid_fold(d.code_point));
    } else if (word.size() > 1) {
      flush();
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
         static_cast<double>(best - second) * m.step_ / m.temperature_ > kSettledMargin;
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
    z += std::exp(static_cast<double>(bonus[l] - bonus[best]) * m.step_ / m.temperature_);
  }
  return {std::string(m.langs_[best].code.data(), 2), round4(1.0 / z)};
}

LanguageGuess LanguageIdAccess::detect(std::string_view text, const LanguageIdModel& m) {
  const std::string_view sample = sample_of(text);
  const Census c = census(sample);
  if (c.total < 2) return {"und", 0.0};
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

Result<LanguageIdModel> parse_language_id_model(std::string bytes) noexcept {
  LanguageIdModel m;
  Reader r{bytes};
  std::string error;
  detail::FeatureLayout layout;
  if (!detail::LanguageIdAccess::parse_header(r, m, error) ||
      !detail::LanguageIdAccess::scan_features(r, layout, error) ||
      !detail::LanguageIdAccess::parse_records(r, layout, m, error)) {
    return bad_model(error);
  }
  return m;
}

}  // namespace precis

namespace precis {

LanguageGuess detect_language(std::string_view text, const LanguageIdModel& model) noexcept {
  return detail::LanguageIdAccess::detect(text, model);
}

LanguageGuess detect_language(std::string_view text, const LanguageIdModel* model) noexcept {
  static const LanguageIdModel kScriptsOnly;  // empty and immutable: unique scripts only
  return detect_language(text, model != nullptr ? *model : kScriptsOnly);
}

}  // namespace precis
