// Snowball stemming through the vendored libstemmer_c (BSD, core/third_party/libstemmer), and
// light stemmers of our own for languages Snowball lacks (core/src/detail/light_stem.h).
#pragma once

#include <memory>
#include <string>
#include <string_view>

struct sb_stemmer;

namespace precis {

// One stemmer for one algorithm ("english", "italian", ..., or "polish", a light stemmer of ours).
// Move-only; owns its libstemmer state, so it is created per call and never shared between
// threads. An unknown or empty algorithm gives an identity stemmer.
class Stemmer {
 public:
  explicit Stemmer(std::string_view algorithm);
  ~Stemmer();
  Stemmer(Stemmer&&) noexcept;
  Stemmer& operator=(Stemmer&&) noexcept;
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of a lowercase word. Returns the word itself for the identity stemmer or when
  // libstemmer fails (out of memory). O(length).
  std::string stem(std::string_view lowercase_word);

  bool is_identity() const { return stemmer_ == nullptr && light_ == nullptr; }

 private:
  sb_stemmer* stemmer_ = nullptr;
  std::string (*light_)(std::string_view) = nullptr;
};

}  // namespace precis
