// Reading the language-ID model file (format: tools/build-langid-model.mjs) into a
// LanguageIdModel; langid_model.cpp scores texts with it.
#include <string>
#include <vector>

#include "detail/fnv1a.h"
#include "detail/langid_access.h"
#include "precis/langid.h"

namespace precis {
namespace {

constexpr std::size_t kHeaderBytes = 16;
constexpr std::uint8_t kVersion = 1;

Error bad_model(std::string message) {
  return Error{ErrorCode::kInvalidOptions, "language-ID model: " + std::move(message)};
}

}  // namespace

namespace detail {

// Reads the bytes in order; every read checks the remaining length.
struct ModelReader {
  std::string_view data;
  std::size_t pos = 0;
  bool take(std::size_t n, std::string_view& out) {
    if (n > data.size() - pos) return false;
    out = data.substr(pos, n);
    pos += n;
    return true;
  }
  bool byte(std::uint8_t& out) {
    std::string_view b;
    if (!take(1, b)) return false;
    out = static_cast<std::uint8_t>(b[0]);
    return true;
  }
};

// The features section as a first pass reads it: where it starts and each feature's key size,
// so that the records can be laid out before any key is decoded.
struct FeatureLayout {
  std::size_t section = 0;  // offset in the file of the first feature's front coding
  std::vector<std::uint8_t> key_size;
};

bool LanguageIdAccess::parse_header(ModelReader& r, LanguageIdModel& m, std::string& error) {
  std::string_view head;
  if (!r.take(kHeaderBytes, head) || head.substr(0, 4) != "PLID") return error = "bad magic", false;
  const auto u8 = [&](std::size_t i) { return static_cast<std::uint8_t>(head[i]); };
  if (u8(4) != kVersion) return error = "unsupported version", false;
  const std::size_t n_langs = u8(5);
  if (n_langs == 0 || u8(6) == 0 || u8(13) == 0) return error = "bad header", false;
  m.step_ = u8(6) / 100.0;
  for (std::size_t i = 0; i < m.floor_.size(); ++i) m.floor_[i] = u8(8 + i);
  m.temperature_ = u8(13) / 10.0;
  for (std::size_t i = 0; i < n_langs; ++i) {
    std::string_view l;
    if (!r.take(3, l)) return error = "truncated language table", false;
    const auto script = static_cast<std::uint8_t>(l[2]);
    if (script == 0 || script >= static_cast<std::uint8_t>(Script::kCount)) {
      return error = "bad script", false;
    }
    m.langs_.push_back({{l[0], l[1]}, script});
  }
  return true;
}

bool LanguageIdAccess::scan_features(ModelReader& r, FeatureLayout& layout, std::string& error) {
  std::string_view count_bytes;
  if (!r.take(4, count_bytes)) return error = "truncated feature count", false;
  std::uint32_t n = 0;
  for (std::size_t i = 4; i-- > 0;) n = (n << 8) | static_cast<unsigned char>(count_bytes[i]);
  // Each feature takes at least 4 bytes (2 of front coding, a count, a posting or more): a
  // cheap bound before any allocation.
  if (n > (r.data.size() - r.pos) / 4) return error = "feature count exceeds the file", false;
  layout.section = r.pos;
  layout.key_size.reserve(n);
  std::size_t prev_len = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint8_t shared = 0, suffix_len = 0;
    std::string_view suffix;
    if (!r.byte(shared) || !r.byte(suffix_len) || !r.take(suffix_len, suffix)) {
      return error = "truncated features", false;
    }
    if (shared > prev_len || shared + suffix_len == 0) return error = "bad front coding", false;
    prev_len = static_cast<std::size_t>(shared) + suffix_len;
    if (prev_len > 255) return error = "feature longer than 255 bytes", false;
    layout.key_size.push_back(static_cast<std::uint8_t>(prev_len));
  }
  return true;
}

// Reads the posting counts, languages and penalties that follow the features, lays every feature
// out as a record (see LanguageIdModel::records_), decodes the keys and postings into them and
// indexes them: a lookup then reads a slot and one record. O(file size).
bool LanguageIdAccess::parse_records(ModelReader& r, const FeatureLayout& layout,
                                     LanguageIdModel& m, std::string& error) {
  constexpr std::size_t kMaxOffset = (1u << 24) - 1;
  const std::size_t n = layout.key_size.size();
  std::string_view counts;
  if (!r.take(n, counts)) return error = "truncated posting counts", false;
  std::vector<std::uint32_t> offset(n);
  std::size_t size = 0;
  std::size_t n_posts = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const auto postings = static_cast<unsigned char>(counts[k]);
    if (postings == 0) return error = "feature without postings", false;
    offset[k] = static_cast<std::uint32_t>(size);
    size += 2 + layout.key_size[k] + 2 * static_cast<std::size_t>(postings);
    n_posts += postings;
    if (size > kMaxOffset) return error = "features exceed 16 MB", false;
  }
  std::string_view langs, qs;
  if (!r.take(n_posts, langs) || !r.take(n_posts, qs)) return error = "truncated postings", false;
  if (r.pos != r.data.size()) return error = "trailing bytes", false;
  std::vector<std::uint8_t>& out = m.records_;
  out.resize(size);
  ModelReader features{r.data, layout.section};
  std::size_t p = 0;  // posting index into langs and qs
  for (std::size_t k = 0; k < n; ++k) {
    std::uint8_t shared = 0, suffix_len = 0;
    std::string_view suffix;
    features.byte(shared);  // read and checked by scan_features
    features.byte(suffix_len);
    features.take(suffix_len, suffix);
    std::uint8_t* record = out.data() + offset[k];
    record[0] = layout.key_size[k];
    // Front coding: the first `shared` bytes repeat the previous key's.
    const std::uint8_t* previous = k > 0 ? out.data() + offset[k - 1] + 1 : nullptr;
    for (std::size_t i = 0; i < shared; ++i) record[1 + i] = previous[i];
    for (std::size_t i = 0; i < suffix_len; ++i) {
      record[1 + shared + i] = static_cast<std::uint8_t>(suffix[i]);
    }
    const auto postings = static_cast<unsigned char>(counts[k]);
    std::uint8_t* lang = record + 2 + record[0];
    lang[-1] = postings;
    std::size_t current = 0;
    for (std::size_t i = 0; i < postings; ++i, ++p) {
      const auto v = static_cast<unsigned char>(langs[p]);
      // Delta-coded: the first language of a feature as is, then strictly increasing.
      if (i > 0 && v == 0) return error = "postings out of order", false;
      current = i == 0 ? v : current + v;
      if (current >= m.langs_.size()) return error = "posting language out of range", false;
      lang[i] = static_cast<std::uint8_t>(current);
      lang[postings + i] = static_cast<std::uint8_t>(qs[p]);
    }
  }
  std::size_t cap = 16;
  while (cap < 2 * n) cap *= 2;
  m.slots_.assign(cap, 0);
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint8_t* record = out.data() + offset[k];
    const std::uint32_t hash =
        detail::fnv1a({reinterpret_cast<const char*>(record + 1), record[0]});
    std::size_t s = hash & (cap - 1);
    while (m.slots_[s] != 0) s = (s + 1) & (cap - 1);
    m.slots_[s] = (hash & 0xFF000000u) | (offset[k] + 1);
  }
  return true;
}

}  // namespace detail

Result<LanguageIdModel> parse_language_id_model(std::string bytes) noexcept {
  LanguageIdModel m;
  detail::ModelReader r{bytes};
  std::string error;
  detail::FeatureLayout layout;
  if (!detail::LanguageIdAccess::parse_header(r, m, error) ||
      !detail::LanguageIdAccess::scan_features(r, layout, error) ||
      !detail::LanguageIdAccess::parse_records(r, layout, m, error)) {
    return bad_model(error);
  }
  return m;
}

}  // namespace precis
