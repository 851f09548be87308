#include "detail/json_number.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace precis::detail {
namespace {

// 10^0 .. 10^22: exact in a double.
constexpr double kExactPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                   1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// mantissa * 2^exponent, the mantissa's top bit set.
struct Binary {
  std::uint64_t mantissa;
  int exponent;
};

// 10^(16 k) for k = -22 .. 19, the mantissa rounded to 64 bits. Generated with exact fractions:
//   for k in range(-22, 20): v = Fraction(10) ** (16 * k); choose b with 2^63 <= v / 2^b < 2^64;
//   mantissa = round(v / 2^b), exponent = b.
constexpr int kSixteenthsFrom = -22;
constexpr Binary kSixteenthPowers[] = {
    {0xCD42A11346F34F7Du, -1233},  // 10^-352
    {0xE3E27A444D8D98B8u, -1180},  // 10^-336
    {0xFD00B897478238D1u, -1127},  // 10^-320
    {0x8C71DCD9BA0B4926u, -1073},  // 10^-304
    {0x9BECCE62836AC577u, -1020},  // 10^-288
    {0xAD1C8EAB5EE43B67u, -967},   // 10^-272
    {0xC0314325637A193Au, -914},   // 10^-256
    {0xD5605FCDCF32E1D7u, -861},   // 10^-240
    {0xECE53CEC4A314EBEu, -808},   // 10^-224
    {0x8380DEA93DA4BC60u, -754},   // 10^-208
    {0x91FF83775423CC06u, -701},   // 10^-192
    {0xA21727DB38CB0030u, -648},   // 10^-176
    {0xB3F4E093DB73A093u, -595},   // 10^-160
    {0xC7CABA6E7C5382C9u, -542},   // 10^-144
    {0xDDD0467C64BCE4A1u, -489},   // 10^-128
    {0xF64335BCF065D37Du, -436},   // 10^-112
    {0x88B402F7FD75539Bu, -382},   // 10^-96
    {0x97C560BA6B0919A6u, -329},   // 10^-80
    {0xA87FEA27A539E9A5u, -276},   // 10^-64
    {0xBB127C53B17EC159u, -223},   // 10^-48
    {0xCFB11EAD453994BAu, -170},   // 10^-32
    {0xE69594BEC44DE15Bu, -117},   // 10^-16
    {0x8000000000000000u, -63},    // 10^0
    {0x8E1BC9BF04000000u, -10},    // 10^16
    {0x9DC5ADA82B70B59Eu, 43},     // 10^32
    {0xAF298D050E4395D7u, 96},     // 10^48
    {0xC2781F49FFCFA6D5u, 149},    // 10^64
    {0xD7E77A8F87DAF7FCu, 202},    // 10^80
    {0xEFB3AB16C59B14A3u, 255},    // 10^96
    {0x850FADC09923329Eu, 309},    // 10^112
    {0x93BA47C980E98CE0u, 362},    // 10^128
    {0xA402B9C5A8D3A6E7u, 415},    // 10^144
    {0xB616A12B7FE617AAu, 468},    // 10^160
    {0xCA28A291859BBF93u, 521},    // 10^176
    {0xE070F78D3927556Bu, 574},    // 10^192
    {0xF92E0C3537826146u, 627},    // 10^208
    {0x8A5296FFE33CC930u, 681},    // 10^224
    {0x9991A6F3D6BF1766u, 734},    // 10^240
    {0xAA7EEBFB9DF9DE8Eu, 787},    // 10^256
    {0xBD49D14AA79DBC82u, 840},    // 10^272
    {0xD226FC195C6A2F8Cu, 893},    // 10^288
    {0xE950DF20247C83FDu, 946},    // 10^304
};

// The product, truncated to 64 bits: relative error below 2^-63. In 32-bit halves, as C++ has
// no 128-bit integer.
Binary multiply(Binary a, Binary b) {
  constexpr std::uint64_t kLow = 0xFFFFFFFFu;
  const std::uint64_t low_low = (a.mantissa & kLow) * (b.mantissa & kLow);
  const std::uint64_t high_low = (a.mantissa >> 32) * (b.mantissa & kLow);
  const std::uint64_t low_high = (a.mantissa & kLow) * (b.mantissa >> 32);
  const std::uint64_t cross = (low_low >> 32) + (high_low & kLow) + low_high;  // no overflow
  const std::uint64_t high =
      (a.mantissa >> 32) * (b.mantissa >> 32) + (high_low >> 32) + (cross >> 32);
  const std::uint64_t low = (cross << 32) | (low_low & kLow);
  // Both mantissas >= 2^63, so the product >= 2^126: its top bit is bit 127 or bit 126.
  if (high >> 63) return {high, a.exponent + b.exponent + 64};
  return {(high << 1) | (low >> 63), a.exponent + b.exponent + 63};
}

Binary normalised(std::uint64_t value) {
  int shift = 0;
  while ((value << shift >> 63) == 0) ++shift;
  return {value << shift, -shift};
}

// digits * 10^exponent for digits > 0: 10^exponent from the table and an exact power below 10^16,
// three truncated products; relative error below 2^-61, then rounded once to 53 bits.
double scale(std::uint64_t digits, int exponent) {
  constexpr std::uint64_t kExactInteger = std::uint64_t{1} << 53;
  if (digits <= kExactInteger && exponent >= -22 && exponent <= 22) {
    const double exact = static_cast<double>(digits);
    return exponent < 0 ? exact / kExactPowers[-exponent] : exact * kExactPowers[exponent];
  }
  // "1e23": digits * 10^(exponent - 22) is still an exact integer, then one exact power.
  if (exponent > 22 && exponent <= 22 + 15 &&
      digits <= kExactInteger / static_cast<std::uint64_t>(kExactPowers[exponent - 22])) {
    return static_cast<double>(digits * static_cast<std::uint64_t>(kExactPowers[exponent - 22])) *
           kExactPowers[22];
  }
  // 1 <= digits < 10^19: below 10^-343 the value rounds to zero, from 10^310 it is infinite.
  if (exponent < -343) return 0.0;
  if (exponent > 309) return std::numeric_limits<double>::infinity();
  const int sixteenths = (exponent >= 0 ? exponent : exponent - 15) / 16;
  const int rest = exponent - 16 * sixteenths;  // 0 .. 15
  Binary value = multiply(normalised(digits), kSixteenthPowers[sixteenths - kSixteenthsFrom]);
  value = multiply(value, normalised(static_cast<std::uint64_t>(kExactPowers[rest])));
  return std::ldexp(static_cast<double>(value.mantissa), value.exponent);
}

}  // namespace

double json_number_to_double(std::string_view number) noexcept {
  std::size_t i = 0;
  const bool negative = i < number.size() && number[i] == '-';
  if (negative) ++i;
  std::uint64_t digits = 0;
  int significant = 0;  // digits kept, from the first nonzero one; at most 19 (< 2^64)
  int exponent = 0;     // of the last digit kept
  bool fraction = false;
  for (; i < number.size() && number[i] != 'e' && number[i] != 'E'; ++i) {
    if (number[i] == '.') {
      fraction = true;
      continue;
    }
    const int digit = number[i] - '0';
    if (significant < 19) {
      digits = digits * 10 + static_cast<std::uint64_t>(digit);
      if (digits != 0) ++significant;
      if (fraction) --exponent;
    } else if (!fraction) {
      ++exponent;  // a digit beyond the 19th before the dot: truncated, the value keeps its scale
    }
  }
  if (i < number.size()) {
    ++i;
    const bool down = i < number.size() && number[i] == '-';
    if (i < number.size() && (number[i] == '-' || number[i] == '+')) ++i;
    int written = 0;
    for (; i < number.size(); ++i) written = std::min(written * 10 + (number[i] - '0'), 100000);
    exponent += down ? -written : written;
  }
  const double value = digits == 0 ? 0.0 : scale(digits, exponent);
  return negative ? -value : value;
}

}  // namespace precis::detail
