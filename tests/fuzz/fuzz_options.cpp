// libFuzzer target for the options JSON (parse_options) and the JSONL defaults that reuse it.
// Properties: a typed error (INVALID_JSON / INVALID_OPTIONS) or options within the limits of
// limits.h, and a run with those options on a fixed article obeys the result properties.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "precis/api.h"
#include "precis/json.h"
#include "precis/limits.h"

namespace {

constexpr std::string_view kArticle =
    "Leaders Meet in Geneva\n\nPresident Maria Silva met Chancellor Hans Weber in Geneva on "
    "Monday. The two leaders discussed trade and energy. \xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80 "
    "Officials said talks would continue. A joint statement is expected on Friday.";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  const precis::Result<precis::RequestOptions> parsed =
      precis::parse_options(json, precis::RequestOptions{});
  if (parsed) {
    const precis::RequestOptions& o = parsed.value();
    PRECIS_FUZZ_CHECK(o.keyphrases <= precis::kMaxKeyphrases);
    PRECIS_FUZZ_CHECK(o.summary.sentences <= precis::kMaxSummarySentences);
  } else {
    const precis::ErrorCode code = parsed.error().code;
    PRECIS_FUZZ_CHECK(code == precis::ErrorCode::kInvalidJson ||
                      code == precis::ErrorCode::kInvalidOptions);
  }
  const std::string out = precis::run_json(precis::Verb::kAnalyze, kArticle, json);
  const precis_fuzz::Json result = precis_fuzz::parse_output(out);
  precis_fuzz::check_result(result, kArticle);
  if (!parsed) {
    PRECIS_FUZZ_CHECK(result.contains("error"), out.substr(0, 200));
  } else if (result.contains("error")) {
    // Valid options can still be refused by the document stage: too small a maxInputBytes, or a
    // lang that is not a language code.
    const precis::DocumentOptions& d = parsed.value().document;
    const bool too_large = kArticle.size() > d.max_input_bytes && !d.truncate_too_large;
    PRECIS_FUZZ_CHECK(
        result["error"]["code"] == (too_large ? "INPUT_TOO_LARGE" : "INVALID_OPTIONS"),
        out.substr(0, 200));
  }
  PRECIS_FUZZ_CHECK(precis::run_json(precis::Verb::kAnalyze, kArticle, json) == out);
  const std::string line = precis::run_jsonl_line(
      precis::Verb::kSummarize, R"({"id":7,"text":"One sentence here. And another one."})", json);
  precis_fuzz::check_result(precis_fuzz::parse_output(line), "One sentence here. And another one.");
  return 0;
}
