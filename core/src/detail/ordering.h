// One stable sort for the whole core. std::sort and std::stable_sort compile a few KB of code per
// comparator: 26 call sites made 60 KB of the wasm's code, 14 KB after brotli (bench/RESULTS.md,
// payload). Here every list is ordered through a single instantiation that sorts positions and
// compares them through a function pointer; only the per-sentence sorts of term ids, on the hot
// path, keep std::sort<int>, one small instantiation. Stable everywhere, so items that compare
// equal keep their order on every platform, where std::sort leaves it to the standard library.
#pragma once

#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

namespace precis::detail {

// Whether the item at position a goes before the item at position b, for the items behind
// `context`.
using PositionLess = bool (*)(const void* context, std::size_t a, std::size_t b);

// The positions 0..n-1 ordered stably by `less`. O(n log n) comparisons.
std::vector<std::size_t> stable_order(std::size_t n, PositionLess less, const void* context);

// The positions 0..n-1 ordered stably by `less(a, b)`, a strict weak order on positions.
template <typename Less>
std::vector<std::size_t> stable_order(std::size_t n, const Less& less) {
  return stable_order(
      n,
      [](const void* context, std::size_t a, std::size_t b) {
        return (*static_cast<const Less*>(context))(a, b);
      },
      &less);
}

// Sorts `items` stably by `less`, a strict weak order on T; each item is moved once.
template <typename T, typename Less = std::less<>>
void stable_sort_items(std::vector<T>& items, const Less& less = Less{}) {
  if (items.size() < 2) return;
  const std::vector<std::size_t> order = stable_order(
      items.size(), [&](std::size_t a, std::size_t b) { return less(items[a], items[b]); });
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (const std::size_t position : order) sorted.push_back(std::move(items[position]));
  items = std::move(sorted);
}

}  // namespace precis::detail
