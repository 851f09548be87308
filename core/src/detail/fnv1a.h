// FNV-1a, 32 bits: a fast hash for short strings, spread well enough for the open-addressing
// indexes the core builds in memory (word lists, the language-ID model's features).
#pragma once

#include <cstdint>
#include <string_view>

namespace precis::detail {

// O(n).
inline std::uint32_t fnv1a(std::string_view bytes) noexcept {
  std::uint32_t h = 2166136261u;
  for (const char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

}  // namespace precis::detail
