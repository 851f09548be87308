// Private access to LanguageIdModel's fields for its parser (langid_model_file.cpp) and its
// scorer (langid_model.cpp): the fields stay out of the public API.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "detail/langid_script.h"
#include "precis/langid.h"

namespace precis::detail {

struct ModelReader;    // langid_model_file.cpp
struct FeatureLayout;  // langid_model_file.cpp

struct LanguageIdAccess {
  // Reading the file (langid_model_file.cpp).
  static bool parse_header(ModelReader& r, LanguageIdModel& m, std::string& error);
  static bool scan_features(ModelReader& r, FeatureLayout& layout, std::string& error);
  static bool parse_records(ModelReader& r, const FeatureLayout& layout, LanguageIdModel& m,
                            std::string& error);
  // Scoring (langid_model.cpp).
  static const std::uint8_t* find(const LanguageIdModel& m, std::string_view key);
  static LanguageGuess score(std::string_view sample, Script script, const LanguageIdModel& m);
  static bool settled(const LanguageIdModel& m, const std::array<bool, 256>& candidate,
                      const std::array<std::int64_t, 256>& bonus);
  static LanguageGuess posterior(const LanguageIdModel& m, const std::array<bool, 256>& candidate,
                                 const std::array<std::int64_t, 256>& bonus);
  static LanguageGuess detect(std::string_view text, const LanguageIdModel& m);
};

}  // namespace precis::detail
