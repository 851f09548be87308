// Hard bounds that keep every pass linear and every allocation proportional to the input.
#pragma once

#include <cstddef>

namespace precis {

// Default for options.max_input_bytes. The CLI raises it to kCliMaxInputBytes.
constexpr std::size_t kDefaultMaxInputBytes = 16u << 20;  // 16 MiB (wasm)
constexpr std::size_t kCliMaxInputBytes = 64u << 20;      // 64 MiB (native CLI)

// A "sentence" longer than this is cut at a space: a 1 MB run without a full stop would
// otherwise become one giant sentence that every later stage has to carry.
constexpr std::size_t kMaxSentenceBytes = 2000;

// Tokens longer than this are kept as spans but never stemmed or used as terms.
constexpr std::size_t kMaxTermBytes = 64;

// The similarity graph is built only over this many sentences, chosen by a linear pre-filter,
// so centrality costs O(k^2) with a constant k instead of O(n^2).
constexpr std::size_t kMaxGraphSentences = 80;

// Upper bounds on requested output sizes.
constexpr std::size_t kMaxSummarySentences = 1000;
constexpr std::size_t kMaxKeyphrases = 100;
constexpr std::size_t kMaxEntities = 200;

// A story digest reads at most this many articles, and ranks at most this many sentences of
// each (the best by the article's own salience), so cross-article support costs O(n * k).
constexpr std::size_t kMaxStoryArticles = 64;
constexpr std::size_t kStoryCandidatesPerArticle = 30;

// Language ID looks at no more than this prefix of the text (about 250 words): the model is
// certain long before that on every sample article, and at 4 KB detection was a third of an
// analyze call (callgrind).
constexpr std::size_t kLanguageIdSampleBytes = 1536;

}  // namespace precis
