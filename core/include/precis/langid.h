// Language identification. A first, honest version: script detection decides the languages
// whose script is unique to them; among the languages that share a script, the stopword lists
// of the language tables vote. Returns "und" when the evidence is too thin.
#pragma once

#include <string>
#include <string_view>

namespace precis {

struct LanguageGuess {
  std::string code;    // ISO 639-1, or "und"
  double score = 0.0;  // 0..1: share of the evidence that went to `code`
};

// Looks at most kLanguageIdSampleBytes of text, so O(1) in the input size beyond that.
LanguageGuess detect_language(std::string_view text);

}  // namespace precis
