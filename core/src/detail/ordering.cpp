#include "detail/ordering.h"

#include <algorithm>
#include <numeric>

namespace precis::detail {

std::vector<std::size_t> stable_order(std::size_t n, PositionLess less, const void* context) {
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [less, context](std::size_t a, std::size_t b) { return less(context, a, b); });
  return order;
}

}  // namespace precis::detail
