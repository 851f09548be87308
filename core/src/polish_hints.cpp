#include "detail/polish_hints.h"

#include <string_view>

#include "detail/english_hints.h"

namespace precis::detail {

bool polish_verb(const std::string& word) {
  for (const std::string_view ending :
       {"ono",   "ano",   "ęto",  "yto",   "uje",   "ują",  "ają",   "ać",
        "eć",    "ić",    "yć",   "ując",  "ając",  "ował", "owała", "owało",
        "owali", "owały", "ywał", "ywała", "ywali", "iwał", "iwała"}) {
    if (ends_with(word, ending)) return true;
  }
  return false;
}

}  // namespace precis::detail
