#include "detail/json_parse.h"

#include <string>
#include <string_view>

#include "detail/json_number.h"

// nlohmann writes a message for every parse error, with the offending token's control
// characters as "<U+0001>" through std::snprintf. parse_json throws those messages away (a
// malformed request gets Précis's own error), yet that one call links musl's printf into the
// wasm: about 2 KB of brotli. The lexer that parse_json instantiates therefore returns the token
// as it is; no other lexer is instantiated in this file.
template <>
std::string nlohmann::detail::lexer<
    nlohmann::ordered_json,
    nlohmann::detail::iterator_input_adapter<std::string_view::const_iterator>>::get_token_string()
    const {
  return std::string(token_string.begin(), token_string.end());
}

// Numbers that did not fit an integer go to the lexer's strtof, which calls std::strtod; musl's
// computes in software long double (detail/json_number.h). GCC wants nlohmann's nonnull(2)
// repeated here; clang reads the attribute as naming `value` and ignores it.
#if defined(__GNUC__) && !defined(__clang__)
#define PRECIS_AS_NLOHMANN_DECLARES __attribute__((nonnull(2)))
#else
#define PRECIS_AS_NLOHMANN_DECLARES
#endif
template <>
PRECIS_AS_NLOHMANN_DECLARES void nlohmann::detail::lexer<
    nlohmann::ordered_json, nlohmann::detail::iterator_input_adapter<
                                std::string_view::const_iterator>>::strtof(double& value,
                                                                           const char* text,
                                                                           char** end) noexcept {
  const std::string_view number(text);  // the lexer's token, NUL-terminated
  value = precis::detail::json_number_to_double(number);
  *end = const_cast<char*>(text + number.size());
}
#undef PRECIS_AS_NLOHMANN_DECLARES

namespace precis::detail {

bool json_depth_within(std::string_view text, std::size_t max_depth) noexcept {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;  // the escaped character cannot end the string
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return false;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return true;
}

nlohmann::ordered_json parse_json(std::string_view text) {
  if (!json_depth_within(text, kMaxJsonDepth)) return nlohmann::ordered_json::value_t::discarded;
  return nlohmann::ordered_json::parse(text.begin(), text.end(), nullptr, false);
}

}  // namespace precis::detail
