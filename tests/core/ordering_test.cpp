// detail/ordering.h: the core's one sort. Results must be those of std::stable_sort, equal items
// in their first order, on every platform.
#include "detail/ordering.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

using precis::detail::stable_order;
using precis::detail::stable_sort_items;

TEST_CASE("stable_order orders positions and keeps equal ones in order", "[ordering]") {
  // Many equal keys, far more items than an insertion-sort cut-off: an unstable sort mixes them.
  std::vector<int> key(1000);
  for (std::size_t i = 0; i < key.size(); ++i) key[i] = static_cast<int>((i * 7919) % 13);
  const std::vector<std::size_t> order =
      stable_order(key.size(), [&](std::size_t a, std::size_t b) { return key[a] < key[b]; });
  std::vector<std::size_t> expected(key.size());
  for (std::size_t i = 0; i < expected.size(); ++i) expected[i] = i;
  std::stable_sort(expected.begin(), expected.end(),
                   [&](std::size_t a, std::size_t b) { return key[a] < key[b]; });
  CHECK(order == expected);
  CHECK(stable_order(0, [](std::size_t, std::size_t) { return false; }).empty());
}

TEST_CASE("stable_sort_items moves items into order", "[ordering]") {
  std::vector<std::pair<std::string, int>> items;
  for (int i = 0; i < 300; ++i) items.emplace_back("item " + std::to_string(i % 5), i);
  std::vector<std::pair<std::string, int>> expected = items;
  const auto by_name = [](const auto& a, const auto& b) { return a.first < b.first; };
  std::stable_sort(expected.begin(), expected.end(), by_name);
  stable_sort_items(items, by_name);
  CHECK(items == expected);

  std::vector<int> numbers = {3, 1, 2, 3, 0};
  stable_sort_items(numbers);
  CHECK(numbers == std::vector<int>{0, 1, 2, 3, 3});
  std::vector<int> one = {7};
  stable_sort_items(one);
  CHECK(one == std::vector<int>{7});
}
