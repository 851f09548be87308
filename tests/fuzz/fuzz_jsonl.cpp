// libFuzzer target for JSONL request lines of the text verbs (run_jsonl_line), the CLI's
// --jsonl mode. Input: one line, {"id", "text", "title"?, "lang"?}, with default options.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "precis/api.h"

namespace {

// The id is echoed back unchanged (null when the line has none or is not a JSON object), and
// the result obeys the same properties as run_json's for the line's text.
void check_line(precis::Verb verb, std::string_view line) {
  using precis_fuzz::Json;
  const std::string out = precis::run_jsonl_line(verb, line, "");
  const Json result = precis_fuzz::parse_output(out);
  PRECIS_FUZZ_CHECK(run_jsonl_line(verb, line, "") == out);
  const Json request = Json::parse(line, nullptr, false);
  const bool has_id = !request.is_discarded() && request.is_object() && request.contains("id");
  PRECIS_FUZZ_CHECK(result.contains("id") && result["id"] == (has_id ? request["id"] : Json()),
                    out.substr(0, 200));
  const bool has_text = has_id || (!request.is_discarded() && request.is_object());
  if (has_text && request.contains("text") && request["text"].is_string()) {
    precis_fuzz::check_result(result, request["text"].get<std::string>());
  } else {
    PRECIS_FUZZ_CHECK(result.contains("error"), out.substr(0, 200));
    precis_fuzz::check_error(result);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  check_line(precis::Verb::kAnalyze, line);
  check_line(precis::Verb::kLang, line);
  return 0;
}
