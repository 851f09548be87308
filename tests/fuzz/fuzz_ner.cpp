// libFuzzer target for `ner` JSONL lines: {"id", "tokens": [...], "lang"?} -> {"id", "tags"}.
// Properties: one tag per token, every tag is O / B-T / I-T with a known type, and an I-T only
// continues a B-T or I-T (well-formed IOB2).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "precis/api.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using precis_fuzz::Json;
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  const std::string out = precis::run_jsonl_line(precis::Verb::kNer, line, "");
  const Json result = precis_fuzz::parse_output(out);
  PRECIS_FUZZ_CHECK(precis::run_jsonl_line(precis::Verb::kNer, line, "") == out);
  if (result.contains("error")) return precis_fuzz::check_error(result), 0;
  const Json request = Json::parse(line, nullptr, false);
  PRECIS_FUZZ_CHECK(!request.is_discarded() && request["tokens"].is_array());
  PRECIS_FUZZ_CHECK(result["tags"].is_array() && result["tags"].size() == request["tokens"].size(),
                    out.substr(0, 200));
  std::string previous = "O";
  for (const Json& tag : result["tags"]) {
    PRECIS_FUZZ_CHECK(tag.is_string());
    const std::string t = tag.get<std::string>();
    const std::string type = t.size() > 2 ? t.substr(2) : "";
    PRECIS_FUZZ_CHECK(
        t == "O" || ((t[0] == 'B' || t[0] == 'I') && t[1] == '-' &&
                     (type == "PER" || type == "LOC" || type == "ORG" || type == "MISC")),
        t);
    if (t[0] == 'I') PRECIS_FUZZ_CHECK(previous != "O" && previous.substr(2) == type, t);
    previous = t;
  }
  return 0;
}
