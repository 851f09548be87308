// libFuzzer target for one text verb through run_json, the entry the CLI and wasm share.
// Input: the first line is the options JSON, the rest the article (no newline: all article).
// Built once per verb with PRECIS_FUZZ_VERB set (see CMakeLists.txt).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "precis/api.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view options, text;
  precis_fuzz::split_options(data, size, options, text);
  const std::string out = precis::run_json(precis::Verb::PRECIS_FUZZ_VERB, text, options);
  precis_fuzz::check_result(precis_fuzz::parse_output(out), text);
  // Deterministic: no hidden state survives a call.
  PRECIS_FUZZ_CHECK(precis::run_json(precis::Verb::PRECIS_FUZZ_VERB, text, options) == out);
  return 0;
}
