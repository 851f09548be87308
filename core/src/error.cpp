#include "precis/error.h"

namespace precis {

std::string_view error_code_name(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::kEmptyInput:
      return "EMPTY_INPUT";
    case ErrorCode::kInputTooLarge:
      return "INPUT_TOO_LARGE";
    case ErrorCode::kInvalidOptions:
      return "INVALID_OPTIONS";
    case ErrorCode::kInvalidJson:
      return "INVALID_JSON";
    case ErrorCode::kInternal:
      return "INTERNAL";
  }
  return "INTERNAL";
}

}  // namespace precis
