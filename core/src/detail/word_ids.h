// Word -> id for the distinct words (and stems) of one document, as the term table assigns them:
// open addressing over views of the words, which must outlive the map (the document's tokens).
// std::unordered_map<std::string, int> cost a node and a string copy per word and a murmur hash
// per lookup: 7% of native tag (bench/RESULTS.md, sixth profile).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "detail/fnv1a.h"

namespace precis::detail {

class WordIds {
 public:
  WordIds() = default;
  // Sized for about `expected` words up front, so that a document's table rarely grows.
  explicit WordIds(std::size_t expected) {
    std::size_t slots = slots_.size();
    while (slots < 2 * expected) slots *= 2;
    slots_.resize(slots);
  }

  // The id stored for `word`, or nullptr. O(1) expected.
  const int* find(std::string_view word) const noexcept {
    for (std::size_t s = fnv1a(word) & mask(); slots_[s].used; s = (s + 1) & mask()) {
      if (slots_[s].word == word) return &slots_[s].id;
    }
    return nullptr;
  }

  // Stores `id` for a `word` not stored yet. Amortised O(1): the table doubles at half full.
  void insert(std::string_view word, int id) {
    if (2 * (size_ + 1) > slots_.size()) grow();
    place(word, id);
    ++size_;
  }

 private:
  struct Slot {
    std::string_view word;
    int id = 0;
    bool used = false;
  };

  std::size_t mask() const noexcept { return slots_.size() - 1; }

  void place(std::string_view word, int id) {
    std::size_t s = fnv1a(word) & mask();
    while (slots_[s].used) s = (s + 1) & mask();
    slots_[s] = {word, id, true};
  }

  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& slot : old) {
      if (slot.used) place(slot.word, slot.id);
    }
  }

  std::vector<Slot> slots_ = std::vector<Slot>(256);
  std::size_t size_ = 0;
};

}  // namespace precis::detail
