#include "precis/entity_keys.h"

#include <array>

#include "detail/text_class.h"

namespace precis {
namespace {

// Lowercase, no dots ("U.S." = "US"), single spaces, no leading "the ": the form
// tools/gen-language-data.mjs writes country names in (its foldKey mirrors this). With
// `dots_as_spaces`, a dot separates words instead ("EE.UU." = "ee uu", as "EE. UU." folds).
std::string fold_key(std::string_view text, bool dots_as_spaces = false) {
  const std::string folded = detail::fold_for_matching(text);
  std::string out;
  for (const char c : folded) {
    if (c == '.' && !dots_as_spaces) continue;
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '.';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

// Name suffixes that are not the surname: "Martin Luther King Jr.", "Henry Ford II".
bool is_name_suffix(std::string_view word) {
  constexpr std::array<std::string_view, 6> kSuffixes = {"jr", "sr", "ii", "iii", "iv", "junior"};
  for (const std::string_view s : kSuffixes) {
    if (word == s) return true;
  }
  return false;
}

// The last word that is not a suffix; "'s" and trailing commas are not part of it.
std::string surname(const std::string& folded) {
  std::string_view rest(folded);
  while (!rest.empty()) {
    const std::size_t space = rest.rfind(' ');
    std::string_view word = space == std::string_view::npos ? rest : rest.substr(space + 1);
    while (!word.empty() && (word.back() == ',' || word.back() == '\'')) word.remove_suffix(1);
    if (!word.empty() && !is_name_suffix(word)) return std::string(word);
    if (space == std::string_view::npos) break;
    rest = rest.substr(0, space);
  }
  return folded;
}

// "LOC:" + the ISO code of the country `folded` names, or empty.
std::string folded_country_key(const std::string& folded, const LanguageData& language) {
  const std::string_view code = country_code(language, folded);
  return code.empty() ? std::string() : "LOC:" + std::string(code);
}

// The country key of `text` folded both ways: "U.S." and "EE.UU." (written without the space of
// the CLDR name "EE. UU.").
std::string any_country_key(std::string_view text, const std::string& folded,
                            const LanguageData& language) {
  std::string country = folded_country_key(folded, language);
  if (!country.empty() || text.find('.') == std::string_view::npos) return country;
  return folded_country_key(fold_key(text, true), language);
}

}  // namespace

std::string country_key(std::string_view text, const LanguageData& language) {
  return any_country_key(text, fold_key(text), language);
}

std::string entity_key(std::string_view text, EntityType type, const LanguageData& language) {
  const std::string folded = fold_key(text);
  if (type != EntityType::kPerson) {
    std::string country = any_country_key(text, folded, language);
    if (!country.empty()) return country;
  }
  if (type == EntityType::kPerson) {
    return std::string(entity_type_name(type)) + ":" + surname(folded);
  }
  const std::string_view exonym = exonym_key(language, folded);
  return std::string(entity_type_name(type)) + ":" +
         (exonym.empty() ? folded : std::string(exonym));
}

}  // namespace precis
