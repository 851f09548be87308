#include "detail/langid_script.h"

#include <array>

#include "detail/text_class.h"

namespace precis::detail {
namespace {

struct Range {
  char32_t first;
  char32_t last;
  Script script;
};

// Sorted by first code point; Unicode blocks (letters and the marks that live inside words).
constexpr std::array<Range, 30> kRanges = {{
    {0x0041, 0x024F, Script::kLatin},      {0x0250, 0x02AF, Script::kLatin},
    {0x0370, 0x03FF, Script::kGreek},      {0x0400, 0x052F, Script::kCyrillic},
    {0x0530, 0x058F, Script::kArmenian},   {0x0590, 0x05FF, Script::kHebrew},
    {0x0600, 0x06FF, Script::kArabic},     {0x0750, 0x077F, Script::kArabic},
    {0x0900, 0x097F, Script::kDevanagari}, {0x0980, 0x09FF, Script::kBengali},
    {0x0A00, 0x0A7F, Script::kGurmukhi},   {0x0A80, 0x0AFF, Script::kGujarati},
    {0x0B00, 0x0B7F, Script::kOriya},      {0x0B80, 0x0BFF, Script::kTamil},
    {0x0C00, 0x0C7F, Script::kTelugu},     {0x0C80, 0x0CFF, Script::kKannada},
    {0x0D00, 0x0D7F, Script::kMalayalam},  {0x0D80, 0x0DFF, Script::kSinhala},
    {0x0E00, 0x0E7F, Script::kThai},       {0x0E80, 0x0EFF, Script::kLao},
    {0x0F00, 0x0FFF, Script::kTibetan},    {0x1000, 0x109F, Script::kMyanmar},
    {0x10A0, 0x10FF, Script::kGeorgian},   {0x1100, 0x11FF, Script::kHangul},
    {0x1200, 0x139F, Script::kEthiopic},   {0x1780, 0x17FF, Script::kKhmer},
    {0x1E00, 0x1EFF, Script::kLatin},      {0x1F00, 0x1FFF, Script::kGreek},
    {0x3040, 0x30FF, Script::kKana},       {0x3400, 0x9FFF, Script::kHan},
}};

}  // namespace

Script script_of(char32_t c) {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? Script::kLatin : Script::kNone;
  if (!is_letter(c) && !(c >= 0x1200 && c <= 0x139F) && !(c >= 0x1780 && c <= 0x17FF)) {
    return Script::kNone;  // digits and punctuation inside a script's block do not count
  }
  if (c >= 0xAC00 && c <= 0xD7AF) return Script::kHangul;
  if ((c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF)) return Script::kHan;
  if ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)) return Script::kLatin;
  for (const Range& r : kRanges) {
    if (c < r.first) break;
    if (c <= r.last) return r.script;
  }
  return Script::kNone;
}

std::string_view unique_script_language(Script s) {
  switch (s) {
    case Script::kGreek:
      return "el";
    case Script::kArmenian:
      return "hy";
    case Script::kHebrew:
      return "he";
    case Script::kBengali:
      return "bn";
    case Script::kGurmukhi:
      return "pa";
    case Script::kGujarati:
      return "gu";
    case Script::kOriya:
      return "or";
    case Script::kTamil:
      return "ta";
    case Script::kTelugu:
      return "te";
    case Script::kKannada:
      return "kn";
    case Script::kMalayalam:
      return "ml";
    case Script::kSinhala:
      return "si";
    case Script::kThai:
      return "th";
    case Script::kLao:
      return "lo";
    case Script::kTibetan:
      return "bo";
    case Script::kMyanmar:
      return "my";
    case Script::kGeorgian:
      return "ka";
    case Script::kHangul:
      return "ko";
    case Script::kEthiopic:
      return "am";
    case Script::kKhmer:
      return "km";
    case Script::kKana:
      return "ja";
    case Script::kHan:
      return "zh";
    default:
      return "";
  }
}

char32_t langid_fold(char32_t c) {
  if (c >= 0x0218 && c <= 0x021B) return c | 1;  // Romanian s/t with comma below
  if (c == 0x018F) return 0x0259;                // Azerbaijani schwa
  return to_lower(c);
}

}  // namespace precis::detail
