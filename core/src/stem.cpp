#include "precis/stem.h"

#include <climits>
#include <string>
#include <utility>

#include "detail/light_stem.h"
#include "libstemmer.h"

namespace precis {
namespace {

// libstemmer looks algorithms up with strcmp, so the name needs a terminating NUL; it also
// accepts ISO codes ("en"), which LanguageData never passes but callers may.
sb_stemmer* open_stemmer(std::string_view algorithm) noexcept {
  if (algorithm.empty() || algorithm.find('\0') != std::string_view::npos) return nullptr;
  char name[32];
  if (algorithm.size() >= sizeof(name)) return nullptr;
  algorithm.copy(name, algorithm.size());
  name[algorithm.size()] = '\0';
  return sb_stemmer_new(name, "UTF_8");
}

}  // namespace

Stemmer::Stemmer(std::string_view algorithm) : light_(detail::find_light_stemmer(algorithm)) {
  if (light_ == nullptr) stemmer_ = open_stemmer(algorithm);
}

Stemmer::~Stemmer() { sb_stemmer_delete(stemmer_); }

Stemmer::Stemmer(Stemmer&& other) noexcept
    : stemmer_(std::exchange(other.stemmer_, nullptr)),
      light_(std::exchange(other.light_, nullptr)) {}

Stemmer& Stemmer::operator=(Stemmer&& other) noexcept {
  if (this != &other) {
    sb_stemmer_delete(stemmer_);
    stemmer_ = std::exchange(other.stemmer_, nullptr);
    light_ = std::exchange(other.light_, nullptr);
  }
  return *this;
}

std::string Stemmer::stem(std::string_view lowercase_word) {
  if (light_ != nullptr) return light_(lowercase_word);
  // libstemmer takes an int length; longer input is never a word (kMaxTermBytes is 64).
  if (stemmer_ == nullptr || lowercase_word.size() > static_cast<std::size_t>(INT_MAX)) {
    return std::string(lowercase_word);
  }
  const auto* in = reinterpret_cast<const sb_symbol*>(lowercase_word.data());
  const sb_symbol* out = sb_stemmer_stem(stemmer_, in, static_cast<int>(lowercase_word.size()));
  // Null means libstemmer could not allocate; the word itself is the safest stem.
  if (out == nullptr) return std::string(lowercase_word);
  const int length = sb_stemmer_length(stemmer_);
  if (length < 0) return std::string(lowercase_word);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(length));
}

}  // namespace precis
