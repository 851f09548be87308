#include "detail/light_stem.h"

#include <array>
#include <cstddef>

#include "precis/utf8.h"

namespace precis::detail {
namespace {

// A stem keeps at least this many letters, so that short words ("oko", "dom") stay whole.
constexpr std::size_t kMinPolishStem = 3;

// Inflectional endings of Polish nouns and adjectives, longer before shorter ("-ach" before "-a").
// The consonant changes of the locative are left alone: "metodzie" keeps its "dz" because
// "narzędzie" and "narzędzia" are one word, and so are "życie" and "życia".
constexpr std::array<std::string_view, 33> kPolishEndings = {
    "iego", "iemu", "owie", "owi", "ach", "ami", "ego", "emu", "ych", "ich", "ymi", "imi",
    "iej",  "iem",  "ów",   "om",  "ej",  "ym",  "im",  "em",  "ie",  "ia",  "iu",
    "io",   "ii",   "ą",    "ę",   "a",   "e",   "i",   "o",   "u",   "y"};

// "-ość" nouns spell the soft consonant "ś" + "ci" before an ending ("skuteczności",
// "skutecznością"): every form maps to the nominative.
constexpr std::array<std::string_view, 5> kOscEndings = {"ościach", "ościami", "ościom", "ością",
                                                         "ości"};

}  // namespace

bool ends_with_stem(std::string_view word, std::string_view ending, std::size_t min_stem_letters) {
  return word.size() >= ending.size() && word.substr(word.size() - ending.size()) == ending &&
         code_point_count(word.substr(0, word.size() - ending.size())) >= min_stem_letters;
}

std::string polish_light_stem(std::string_view word) {
  for (const std::string_view ending : kOscEndings) {
    if (ends_with_stem(word, ending, 2)) {
      return std::string(word.substr(0, word.size() - ending.size())) + "ość";
    }
  }
  for (const std::string_view ending : kPolishEndings) {
    if (ends_with_stem(word, ending, kMinPolishStem)) {
      return std::string(word.substr(0, word.size() - ending.size()));
    }
  }
  return std::string(word);
}

LightStemmer find_light_stemmer(std::string_view algorithm) {
  if (algorithm == "polish") return polish_light_stem;
  return nullptr;
}

}  // namespace precis::detail
