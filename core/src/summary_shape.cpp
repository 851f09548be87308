#include "detail/summary_shape.h"

#include <algorithm>
#include <cmath>

#include "precis/limits.h"

namespace precis::detail {

std::size_t sentence_count(const SummaryOptions& options, std::size_t article_sentences) {
  if (options.sentences) return std::min(*options.sentences, kMaxSummarySentences);
  if (options.ratio) {
    // A fraction of the article's sentences, rounded, at least one.
    const double wanted = std::round(*options.ratio * static_cast<double>(article_sentences));
    return std::clamp<std::size_t>(static_cast<std::size_t>(wanted), 1, kMaxSummarySentences);
  }
  const std::size_t level = static_cast<std::size_t>(options.length);
  switch (options.type) {
    case SummaryType::kKeyPoints:
      return 3 + 2 * level;  // 3 / 5 / 7, as the Summarizer API's key-points
    case SummaryType::kTldr:
    case SummaryType::kTeaser:
      return 1 + 2 * level;  // 1 / 3 / 5
    case SummaryType::kHeadline:
      return 1;
  }
  return 3;
}

double round4(double x) { return std::round(x * 10000.0) / 10000.0; }

std::string render_item(std::string_view text, const SummaryOptions& options) {
  if (options.format == SummaryFormat::kPlainText) return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  std::size_t run = 0;  // start of the text not copied yet
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' ||
        c == '>' || (c == '#' && i == 0)) {
      out.append(text, run, i - run);
      out += '\\';
      run = i;
    }
  }
  out.append(text, run, text.size() - run);
  return out;
}

bool bulleted(const SummaryOptions& options) {
  return options.type == SummaryType::kKeyPoints && options.format == SummaryFormat::kMarkdown;
}

std::string join_items(const std::vector<std::string>& items, const SummaryOptions& options) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += options.type == SummaryType::kKeyPoints ? "\n" : " ";
    if (bulleted(options)) out += "- ";
    out += item;
  }
  return out;
}

}  // namespace precis::detail
