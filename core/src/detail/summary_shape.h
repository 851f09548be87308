// The shape of a summary, shared by single-article summaries and story digests: how many
// sentences a type and length ask for, and how the chosen sentences become the `summary` string.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "precis/summarize.h"

namespace precis::detail {

// The sentence budget: `sentences`, else `ratio` of `article_sentences`, else the type and
// length table of the Summarizer API (key-points 3/5/7, tldr and teaser 1/3/5, headline 1).
std::size_t sentence_count(const SummaryOptions& options, std::size_t article_sentences);

// One sentence as it appears in `summary`: markdown escapes the characters that would become
// emphasis, code, links or HTML, and a leading '#'; plain text is unchanged.
std::string render_item(std::string_view text, const SummaryOptions& options);

// True when key points are "- " bullets (markdown key-points).
bool bulleted(const SummaryOptions& options);

// Rendered items joined: one per line for key-points (bulleted in markdown), else one paragraph.
std::string join_items(const std::vector<std::string>& items, const SummaryOptions& options);

double round4(double x);

}  // namespace precis::detail
