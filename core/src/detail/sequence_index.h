// Position of an int sequence in a caller's list, by hash: the key-phrase candidates of one
// document are found by their word ids (a phrase of up to five ids) once per occurrence.
// std::map<std::vector<int>, Candidate> cost a node, a key copy and a walk of vector
// comparisons per lookup (bench/RESULTS.md, sixth profile).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "detail/fnv1a.h"

namespace precis::detail {

class SequenceIndex {
 public:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  // The position stored for `ids`, or kNone; `key(position)` gives a stored sequence. O(1)
  // expected.
  template <typename KeyOf>
  std::size_t find(const std::vector<int>& ids, const KeyOf& key) const {
    for (std::size_t s = hash(ids) & mask(); slots_[s] != 0; s = (s + 1) & mask()) {
      if (key(slots_[s] - 1) == ids) return slots_[s] - 1;
    }
    return kNone;
  }

  // Stores `position` for sequences equal to key(position), not stored yet. Amortised O(1).
  template <typename KeyOf>
  void insert(std::size_t position, const KeyOf& key) {
    if (2 * (size_ + 1) > slots_.size()) {
      std::vector<std::uint32_t> old(slots_.size() * 2, 0);
      old.swap(slots_);
      for (const std::uint32_t slot : old) {
        if (slot != 0) place(slot - 1, key);
      }
    }
    place(position, key);
    ++size_;
  }

 private:
  static std::uint32_t hash(const std::vector<int>& ids) {
    return fnv1a({reinterpret_cast<const char*>(ids.data()), ids.size() * sizeof(int)});
  }

  std::size_t mask() const { return slots_.size() - 1; }

  template <typename KeyOf>
  void place(std::size_t position, const KeyOf& key) {
    std::size_t s = hash(key(position)) & mask();
    while (slots_[s] != 0) s = (s + 1) & mask();
    slots_[s] = static_cast<std::uint32_t>(position + 1);
  }

  std::vector<std::uint32_t> slots_ = std::vector<std::uint32_t>(64, 0);  // position + 1, or 0
  std::size_t size_ = 0;
};

}  // namespace precis::detail
