// Model files: serialize_ner_model (training writes them) and parse_ner_model (a page or the
// CLI loads them). Cold code, apart from tagging (ner_model.cpp): the wasm build compiles it
// for size.
#include <cmath>
#include <string>
#include <string_view>

#include "detail/ner_features.h"
#include "precis/ner_model.h"

namespace precis {
namespace {

constexpr std::string_view kMagic = "PNER";
constexpr int kVersion = 3;

void put_varint(std::string& out, std::uint32_t v) {
  while (v >= 0x80) {
    out += static_cast<char>((v & 0x7F) | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
}

// Reads bytes front to back; every read checks the bounds and latches a failure.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == bytes_.size(); }
  std::size_t remaining() const { return bytes_.size() - pos_; }

  std::uint8_t byte() {
    if (pos_ >= bytes_.size()) {
      ok_ = false;
      return 0;
    }
    return static_cast<std::uint8_t>(bytes_[pos_++]);
  }

  std::string_view take(std::size_t n) {
    if (n > remaining()) {
      ok_ = false;
      return {};
    }
    pos_ += n;
    return bytes_.substr(pos_ - n, n);
  }

  std::uint32_t varint() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 35 && ok_; shift += 7) {
      const std::uint8_t b = byte();
      v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (v > 0xFFFFFFFFu) ok_ = false;
        return static_cast<std::uint32_t>(v);
      }
    }
    ok_ = false;
    return 0;
  }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

Error malformed(const std::string& why) {
  return Error{ErrorCode::kInvalidOptions, "malformed NER model: " + why};
}

Result<bool> read_header(Reader& in, NerModelData& data) {
  if (in.take(kMagic.size()) != kMagic) return malformed("not a Precis NER model file");
  if (in.byte() != kVersion) return malformed("unsupported version");
  if (in.byte() != kNerModelLabels) return malformed("unexpected label count");
  data.hash_bits = in.byte();
  if (data.hash_bits < 8 || data.hash_bits > 24) return malformed("hash_bits out of range");
  data.feature_set = in.byte();
  data.levels = in.byte();
  data.step = in.byte();
  if (data.levels < 1 || data.levels > 127 || data.step < 1) return malformed("bad weight scale");
  const std::size_t lang_size = in.byte();
  if (lang_size > 8) return malformed("language code too long");
  data.lang = std::string(in.take(lang_size));
  if (!in.ok()) return malformed("truncated header");
  return true;
}

Result<bool> read_features(Reader& in, std::size_t count, NerModelData& data) {
  data.keys.resize(count);
  std::vector<std::uint32_t> masks(count);
  const std::uint64_t limit = std::uint64_t{1} << data.hash_bits;
  std::uint64_t key = 0;
  for (std::size_t f = 0; f < count && in.ok(); ++f) {
    key = (f == 0 ? 0 : key + 1) + in.varint();
    if (key >= limit) return malformed("feature key out of range");
    data.keys[f] = static_cast<std::uint32_t>(key);
  }
  for (std::size_t f = 0; f < count && in.ok(); ++f) {
    masks[f] = in.varint();
    if (masks[f] == 0 || masks[f] >= (1u << kNerModelLabels)) return malformed("bad label mask");
  }
  data.weights.assign(count * kNerModelLabels, 0);
  for (std::size_t f = 0; f < count && in.ok(); ++f) {
    for (int l = 0; l < kNerModelLabels; ++l) {
      if ((masks[f] >> l) & 1) {
        const auto code = static_cast<std::int8_t>(in.byte());
        if (code == 0 || code < -data.levels || code > data.levels) {
          return malformed("weight code out of range");
        }
        data.weights[f * kNerModelLabels + l] = code;
      }
    }
  }
  if (!in.ok()) return malformed("truncated feature table");
  return true;
}

Result<bool> read_vocabulary(Reader& in, NerModelData& data) {
  const std::uint32_t count = in.varint();
  if (!in.ok() || count > in.remaining()) return malformed("bad vocabulary count");
  data.lowercase_words.resize(count);
  std::uint64_t key = 0;
  for (std::size_t v = 0; v < count && in.ok(); ++v) {
    key = (v == 0 ? 0 : key + 1) + in.varint();
    if (key >= (std::uint64_t{1} << detail::kNerVocabularyBits)) {
      return malformed("vocabulary key out of range");
    }
    data.lowercase_words[v] = static_cast<std::uint32_t>(key);
  }
  if (!in.ok()) return malformed("truncated vocabulary");
  return true;
}

}  // namespace

std::string serialize_ner_model(const NerModelData& data) {
  std::vector<std::size_t> rows;  // features with a non-zero weight; the others say nothing
  std::vector<std::uint32_t> masks;
  for (std::size_t f = 0; f < data.keys.size(); ++f) {
    std::uint32_t mask = 0;
    for (int l = 0; l < kNerModelLabels; ++l) {
      if (data.weights[f * kNerModelLabels + l] != 0) mask |= 1u << l;
    }
    if (mask == 0) continue;
    rows.push_back(f);
    masks.push_back(mask);
  }
  std::string out(kMagic);
  out += static_cast<char>(kVersion);
  out += static_cast<char>(kNerModelLabels);
  out += static_cast<char>(data.hash_bits);
  out += static_cast<char>(data.feature_set);
  out += static_cast<char>(data.levels);
  out += static_cast<char>(data.step);
  out += static_cast<char>(data.lang.size());
  out += data.lang;
  put_varint(out, static_cast<std::uint32_t>(rows.size()));
  for (const std::int16_t t : data.transitions) {
    const auto u = static_cast<std::uint16_t>(t);
    out += static_cast<char>(u & 0xFF);
    out += static_cast<char>(u >> 8);
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const std::uint32_t key = data.keys[rows[r]];
    put_varint(out, r == 0 ? key : key - data.keys[rows[r - 1]] - 1);
  }
  for (const std::uint32_t mask : masks) put_varint(out, mask);
  for (const std::size_t f : rows) {
    for (int l = 0; l < kNerModelLabels; ++l) {
      const std::int8_t w = data.weights[f * kNerModelLabels + l];
      if (w != 0) out += static_cast<char>(w);
    }
  }
  const std::vector<std::uint32_t>& words = data.lowercase_words;
  put_varint(out, static_cast<std::uint32_t>(words.size()));
  for (std::size_t v = 0; v < words.size(); ++v) {
    put_varint(out, v == 0 ? words[v] : words[v] - words[v - 1] - 1);
  }
  return out;
}

Result<NerModel> parse_ner_model(std::string bytes) noexcept {
  Reader in(bytes);
  NerModel model;
  NerModelData& data = model.data_;
  const Result<bool> header = read_header(in, data);
  if (!header) return header.error();
  const std::uint32_t count = in.varint();
  // Each feature takes at least a key byte, a mask byte and a weight byte.
  if (!in.ok() || count > in.remaining() / 3) return malformed("bad feature count");
  const std::string_view transitions = in.take(2 * kNerTransitionCount);
  if (!in.ok()) return malformed("truncated transitions");
  for (int t = 0; t < kNerTransitionCount; ++t) {
    const auto lo = static_cast<std::uint8_t>(transitions[2 * t]);
    const auto hi = static_cast<std::uint8_t>(transitions[2 * t + 1]);
    data.transitions[t] = static_cast<std::int16_t>(static_cast<std::uint16_t>(lo | (hi << 8)));
  }
  const Result<bool> features = read_features(in, count, data);
  if (!features) return features.error();
  const Result<bool> vocabulary = read_vocabulary(in, data);
  if (!vocabulary) return vocabulary.error();
  if (!in.at_end()) return malformed("trailing bytes");
  for (int q = 1; q <= data.levels; ++q) {
    const double v = std::exp2((q - data.levels) * data.step / 16.0);
    model.values_[static_cast<std::uint8_t>(q)] = v;
    model.values_[static_cast<std::uint8_t>(-q)] = -v;
  }
  return model;
}

}  // namespace precis
