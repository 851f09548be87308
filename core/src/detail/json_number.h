// JSON numbers to doubles without the C library's strtod. In the wasm, musl's strtod computes in
// 128-bit long double, emulated in software: with nlohmann's number scanner around it, 6.6 KB of
// the core's brotli, for reading a handful of options (bench/RESULTS.md, payload).
#pragma once

#include <string_view>

namespace precis::detail {

// The double nearest to `number`, text in JSON's number grammar (-?digits[.digits][e[+-]digits],
// as nlohmann's lexer has checked it), correctly rounded when the digits without their dot make
// an integer up to 2^53 and the decimal exponent lies within +-22 (a little beyond for short
// integers: "1e23"). That covers every option Précis reads and nearly every number a request
// holds. Otherwise the value is computed to 2^-61 (relative) and rounded once: the nearest double
// unless the number lies that close to the midpoint between two doubles (no number printed with
// %.17g does), else its neighbour. Too large: infinity; too small: zero. O(length).
double json_number_to_double(std::string_view number) noexcept;

}  // namespace precis::detail
