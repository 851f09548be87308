// Article cleaning on plain text: finds the headline, bylines, datelines, agency tags and page
// boilerplate, without changing a byte. Everything is reported as byte ranges into the original
// text, so every later offset still points into what the caller passed in.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace precis {

enum class LineKind {
  kBody,         // article text
  kHeadline,     // the title line at the top
  kByline,       // "By Jane Doe", "Published 17 June 2024", "Photo: ..."
  kBoilerplate,  // page furniture: "Our readers are reading too", "Read more", "Advertisement"
  kBlank,
};

struct Line {
  std::size_t start = 0;  // byte offsets; `end` excludes the line break
  std::size_t end = 0;
  LineKind kind = LineKind::kBody;
  // Byte range of the body text once a leading dateline ("MOSCOW (Reuters) - ") and a trailing
  // agency tag ("(ILKHA)") are cut off. Equal to [start, end) when there are none.
  std::size_t body_start = 0;
  std::size_t body_end = 0;
};

struct CleanOptions {
  // A title given by the caller. The first line (the second, below a kicker) is the headline
  // only if it repeats this title, final full stop and a page title's " | Site name" aside;
  // without one, the headline is recognised by its shape.
  std::string_view title;
};

struct CleanedArticle {
  std::vector<Line> lines;
  std::size_t headline_line = static_cast<std::size_t>(-1);  // index into lines, or -1
  std::size_t invalid_utf8 = 0;  // invalid subparts, each shown as U+FFFD in output text
};

// O(n) in the text length; never fails. Lines are split at \n, \r\n, \r, U+2028 and U+2029.
CleanedArticle clean(std::string_view text, const CleanOptions& options);

}  // namespace precis
