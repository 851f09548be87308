// Language identification. Script detection decides the languages whose script is unique to
// them (Greek, Hebrew, Armenian, Georgian, Thai, Hangul, kana, Han, the Indic scripts but
// Devanagari, ...); among the languages that share a script (Latin, Cyrillic, Arabic,
// Devanagari) a naive-Bayes model over character 1..4-grams and whole words decides. The model is
// a data file (data/langid/langid.bin, built by tools/build-langid-model.mjs) parsed once by the
// caller and passed in: core keeps no global state.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "precis/error.h"

namespace precis {
namespace detail {
struct LanguageIdAccess;
}  // namespace detail

struct LanguageGuess {
  std::string code;    // ISO 639-1, or "und"
  double score = 0.0;  // 0..1, calibrated: about the chance that `code` is right
};

// An immutable, parsed language-ID model. Owns its data (no view into the file); cheap to move.
// Build one with parse_language_id_model(); a default-constructed model knows no language (every
// shared-script text is then "und"; unique scripts are still decided).
class LanguageIdModel {
 public:
  LanguageIdModel() = default;

  std::size_t language_count() const { return langs_.size(); }
  // ISO 639-1 codes of the languages the model scores, in model order.
  std::vector<std::string> languages() const;

 private:
  friend struct detail::LanguageIdAccess;  // the parser and the scorer (detail/langid_access.h)

  struct Language {
    std::array<char, 2> code;
    std::uint8_t script;
  };

  std::vector<Language> langs_;
  // One record per feature, everything a lookup reads in one place: key length, key bytes,
  // posting count n, n languages, n penalties in steps (smaller = more typical).
  std::vector<std::uint8_t> records_;
  // Open addressing over the records: 0 = empty, else an 8-bit fingerprint of the key's hash
  // (bits 24-31) and the record's offset + 1 (bits 0-23), so most probes that miss never read a
  // record.
  std::vector<std::uint32_t> slots_;
  std::array<std::uint8_t, 5> floor_{};  // penalty of an absent feature, orders 1..4 and words
  double step_ = 0.0;                    // nats per penalty step
  double temperature_ = 1.0;  // nats; softens the naive-Bayes posterior into a calibrated one
};

// Parses a model file (format: see tools/build-langid-model.mjs; magic "PLID", version 1).
// Validates every count and offset: truncated, oversized or inconsistent bytes give
// ErrorCode::kInvalidOptions with a message, never undefined behaviour. O(size).
Result<LanguageIdModel> parse_language_id_model(std::string bytes) noexcept;

// The language of `text` (UTF-8, invalid bytes tolerated), from at most kLanguageIdSampleBytes of
// it. "und" with score 0 when the sample has fewer than 2 letters, when no script holds half of
// its letters, or when the script's languages are not in the model. O(min(n, sample)).
LanguageGuess detect_language(std::string_view text, const LanguageIdModel& model) noexcept;

// As above; a null model (not loaded) decides only the scripts that name their language.
LanguageGuess detect_language(std::string_view text, const LanguageIdModel* model) noexcept;

}  // namespace precis
