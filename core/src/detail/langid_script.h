// Writing systems, as language ID sees them: four shared by several languages of the model, the
// rest each naming one language outright.
#pragma once

#include <cstdint>
#include <string_view>

namespace precis::detail {

// Values are stored in the language-ID model file: never renumber.
enum class Script : std::uint8_t {
  kNone = 0,
  kLatin = 1,
  kCyrillic = 2,
  kArabic = 3,
  kDevanagari = 4,
  kGreek,
  kArmenian,
  kHebrew,
  kBengali,
  kGurmukhi,
  kGujarati,
  kOriya,
  kTamil,
  kTelugu,
  kKannada,
  kMalayalam,
  kSinhala,
  kThai,
  kLao,
  kTibetan,
  kMyanmar,
  kGeorgian,
  kHangul,
  kEthiopic,
  kKhmer,
  kKana,
  kHan,
  kCount
};

// The script of a letter, kNone for anything else (digits, punctuation, unlisted scripts). O(1).
Script script_of(char32_t c);

// The language a unique script names ("el" for Greek, "ja" for kana), "" for shared scripts.
std::string_view unique_script_language(Script s);

// Lower-cases like detail::to_lower, plus the Latin Extended-B letters language ID relies on
// (Romanian comma-below letters, Azerbaijani schwa).
char32_t langid_fold(char32_t c);

}  // namespace precis::detail
