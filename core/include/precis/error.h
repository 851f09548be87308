// Errors as values: public entry points never throw (a C++ throw reaches JS as a bare number).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace precis {

enum class ErrorCode {
  kEmptyInput,      // no text, or only whitespace / boilerplate
  kInputTooLarge,   // more bytes than options.max_input_bytes
  kInvalidOptions,  // an option has the wrong type or an out-of-range value
  kInvalidJson,     // a JSON input line or options string does not parse
  kInternal,        // a bug: reported, never thrown
};

// "EMPTY_INPUT", "INPUT_TOO_LARGE", ...: the `code` string of the JSON error and of PrecisError.
std::string_view error_code_name(ErrorCode code) noexcept;

struct Error {
  ErrorCode code;
  std::string message;
};

// A value or an Error. Small on purpose: has_value(), value(), error().
template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}      // NOLINT(runtime/explicit)
  Result(Error error) : data_(std::move(error)) {}  // NOLINT(runtime/explicit)
  bool has_value() const { return data_.index() == 0; }
  explicit operator bool() const { return has_value(); }
  const T& value() const& { return std::get<0>(data_); }
  T& value() & { return std::get<0>(data_); }
  T&& value() && { return std::get<0>(std::move(data_)); }
  const Error& error() const { return std::get<1>(data_); }

 private:
  std::variant<T, Error> data_;
};

}  // namespace precis
