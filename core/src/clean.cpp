#include "precis/clean.h"

#include <array>
#include <string>

#include "detail/line_shape.h"
#include "detail/text_class.h"
#include "precis/utf8.h"

namespace precis {
namespace {

using detail::LineShape;

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
// Boilerplate rows and bylines are at most this many words; longer lines are body text.
constexpr std::size_t kMaxClassifiedWords = 15;

// Page furniture that scrapers and copy-paste bring along, matched at the start of short lines
// (folded: lowercase, straight apostrophes). Sources: the sample articles and common news
// templates in the languages the core supports.
constexpr std::array<std::string_view, 40> kBoilerplatePrefixes = {"our readers are reading too",
                                                                   "read more",
                                                                   "read also",
                                                                   "read next",
                                                                   "related:",
                                                                   "related articles",
                                                                   "advertisement",
                                                                   "share this",
                                                                   "sign up",
                                                                   "subscribe",
                                                                   "click here",
                                                                   "follow us",
                                                                   "all rights reserved",
                                                                   "copyright",
                                                                   "\xc2\xa9",
                                                                   "you may also like",
                                                                   "recommended for you",
                                                                   "most read",
                                                                   "more from",
                                                                   "newsletter",
                                                                   "cookie",
                                                                   "leggi anche",
                                                                   "riproduzione riservata",
                                                                   "iscriviti",
                                                                   "pubblicit\xc3\xa0",
                                                                   "lire aussi",
                                                                   "publicit\xc3\xa9",
                                                                   "abonnez-vous",
                                                                   "lea tambi\xc3\xa9n",
                                                                   "publicidad",
                                                                   "suscr\xc3\xad"
                                                                   "bete",
                                                                   "mehr zum thema",
                                                                   "werbung",
                                                                   "lesen sie auch",
                                                                   "leia tamb\xc3\xa9m",
                                                                   "lees ook",
                                                                   "watch:",
                                                                   "listen:",
                                                                   "see also",
                                                                   "trending"};

constexpr std::array<std::string_view, 10> kBylinePrefixes = {
    "by ",    "published", "updated", "posted", "last updated",
    "photo:", "image:",    "credit:", "di ",    "pubblicato"};

// News agencies that close or open a dispatch: "(ILKHA)", "(Reuters)". All-caps tags are
// accepted without a list; these are the mixed-case ones.
constexpr std::array<std::string_view, 8> kAgencies = {"reuters",  "dpa",  "xinhua", "yonhap",
                                                       "interfax", "tass", "kyodo",  "ansa"};

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

std::string fold(std::string_view text, std::size_t begin, std::size_t end) {
  return detail::fold_for_matching(text.substr(begin, end - begin));
}

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  auto push = [&](std::size_t end, std::size_t next) {
    const auto [first, last] = detail::trim_span(text, start, end);
    Line line;
    line.start = start;
    line.end = end;
    line.body_start = first;
    line.body_end = last;
    line.kind = first == last ? LineKind::kBlank : LineKind::kBody;
    lines.push_back(line);
    start = next;
  };
  for (std::size_t pos = 0; pos < text.size();) {
    const DecodedChar c = decode_utf8(text, pos);
    if (c.code_point == '\n' || c.code_point == 0x2028 || c.code_point == 0x2029) {
      push(pos, pos + c.length);
    } else if (c.code_point == '\r') {
      const bool crlf = pos + 1 < text.size() && text[pos + 1] == '\n';
      push(pos, pos + (crlf ? 2 : 1));
      pos += crlf ? 1 : 0;
    }
    pos += c.length;
  }
  push(text.size(), text.size());
  return lines;
}

// "(ILKHA)" or "(Reuters)" after the last sentence of a line: cut it off the body.
void strip_agency_tag(std::string_view text, Line& line) {
  if (line.body_end - line.body_start < 4 || text[line.body_end - 1] != ')') return;
  const std::size_t window = std::min<std::size_t>(24, line.body_end - line.body_start);
  const std::size_t open = text.rfind('(', line.body_end - 1);
  if (open == std::string_view::npos || open < line.body_end - window || open <= line.body_start) {
    return;
  }
  const std::string_view tag = text.substr(open + 1, line.body_end - open - 2);
  bool all_caps = tag.size() >= 2;
  for (const char ch : tag) all_caps &= (ch >= 'A' && ch <= 'Z');
  const std::string folded = detail::fold_for_matching(tag);
  bool known = false;
  for (const auto agency : kAgencies) known |= folded == agency;
  if (!all_caps && !known) return;
  const auto [first, before] = detail::trim_span(text, line.body_start, open);
  const LineShape shape = detail::measure_line(text.substr(first, before - first));
  if (!shape.ends_with_terminal) return;  // "(NATO)" inside a sentence stays
  line.body_end = before;
}

// "- Turnout was 68.4%", "\u2022 Coalition talks ...", "2) Der Ausbau ...": a list marker and the
// space after it are layout, not part of the sentence (a Markdown summary would show "- -
// Turnout").
void strip_list_marker(std::string_view text, Line& line) {
  const DecodedChar marker = decode_utf8(text, line.body_start);
  const char32_t c = marker.code_point;
  const bool bullet = c == '-' || c == '*' || c == '+' || c == 0x2022 || c == 0x2023 ||
                      c == 0x2013 || c == 0x2014 || c == 0x00B7 || c == 0x25AA || c == 0x25CF ||
                      c == 0x25E6;
  std::size_t after = line.body_start + marker.length;
  if (!bullet) {  // "1. ", "2) ": a number of one or two digits, then "." or ")"
    std::size_t digits = line.body_start;
    while (digits < line.body_end && digits - line.body_start < 3 && text[digits] >= '0' &&
           text[digits] <= '9') {
      ++digits;
    }
    const std::size_t count = digits - line.body_start;
    if (count == 0 || count > 2 || digits >= line.body_end ||
        (text[digits] != '.' && text[digits] != ')')) {
      return;
    }
    after = digits + 1;
  }
  if (after >= line.body_end || text[after] != ' ') return;
  line.body_start = detail::trim_span(text, after, line.body_end).first;
}

// "新华社北京3月5日电 " or "本报讯（记者 王刚）": a Chinese dispatch's dateline, ending in 电 or 讯
// within its first 24 characters, then a space, the reporter's credit in brackets, or the end
// of the line. Returns where the article starts (body_end when the line is only the dateline),
// or body_start when there is no such dateline.
std::size_t after_chinese_dateline(std::string_view text, const Line& line) {
  std::size_t pos = line.body_start;
  for (int n = 0; n < 24 && pos < line.body_end; ++n) {
    const DecodedChar c = decode_utf8(text, pos);
    pos += c.length;
    if (c.code_point != 0x7535 && c.code_point != 0x8BAF) {  // 电, 讯
      if (!detail::is_letter(c.code_point) && !detail::is_digit(c.code_point)) break;
      continue;
    }
    if (pos >= line.body_end) return line.body_end;
    const DecodedChar next = decode_utf8(text, pos);
    if (next.code_point == 0xFF08 || next.code_point == '(') {  // （记者 王刚）
      const char* close = next.code_point == '(' ? ")" : "\uFF09";
      const std::size_t end = text.find(close, pos);
      if (end == std::string_view::npos || end >= line.body_end || end - pos > 60) break;
      pos = end + std::string_view(close).size();
    } else if (!detail::is_space(next.code_point)) {
      break;
    }
    return detail::trim_span(text, pos, line.body_end).first;
  }
  return line.body_start;
}

// The length of a spaced dash at `pos` (" - ", " -- ", " – ", " — "): the dash's bytes, or 0.
std::size_t spaced_dash(std::string_view text, std::size_t pos, std::size_t end) {
  if (pos == 0 || pos >= end || text[pos - 1] != ' ') return 0;
  const DecodedChar c = decode_utf8(text, pos);
  const bool dash = c.code_point == '-' || c.code_point == 0x2013 || c.code_point == 0x2014;
  if (!dash) return 0;
  std::size_t length = c.length;
  if (c.code_point == '-' && pos + 1 < end && text[pos + 1] == '-') length = 2;  // " -- "
  return pos + length < end && text[pos + length] == ' ' ? length : 0;
}

// Where the text starts after a dateline that opens the first paragraph, or `line.body_start`:
// - a place name in capitals, then a spaced dash within the first 80 bytes: "MOSCOW (Reuters) -
//   ", "ROME, June 17 -- ", "МОСКВА (ТАСС) - ";
// - TASS's form, a place in capitals and the agency between slashes: "МОСКВА, 5 марта. /ТАСС/.";
// - in a script without capitals (Arabic, Hebrew), one or two words and a spaced dash:
//   "القاهرة - ".
// Only when a real sentence (over 40 bytes) follows.
std::size_t after_dateline(std::string_view text, const Line& line) {
  const std::size_t begin = line.body_start;
  const std::size_t end = line.body_end;
  std::size_t pos = begin;
  std::size_t capitals = 0;
  bool caseless = false;
  for (; pos < end; ++capitals) {
    const DecodedChar c = decode_utf8(text, pos);
    if (!detail::is_letter(c.code_point)) break;
    caseless = !detail::is_cased_script(c.code_point);
    if (!caseless && !detail::is_upper(c.code_point)) return begin;
    pos += c.length;
  }
  const auto real_sentence = [&](std::size_t from) {
    const auto [first, last] = detail::trim_span(text, from, end);
    return last - first > 40 ? first : begin;
  };
  if (caseless) {  // one or two words, then the dash
    std::size_t words = 1;
    for (std::size_t p = pos; p < end && p < begin + 40; ++p) {
      if (const std::size_t dash = spaced_dash(text, p, end)) return real_sentence(p + dash);
      if (text[p] == ' ' && ++words > 2) return begin;
      if (text[p] != ' ' && !detail::is_letter(decode_utf8(text, p).code_point) &&
          (static_cast<unsigned char>(text[p]) & 0xC0) != 0x80) {
        return begin;
      }
    }
    return begin;
  }
  if (capitals < 3 || pos >= end || (text[pos] != ' ' && text[pos] != ',' && text[pos] != '(')) {
    return begin;
  }
  const std::size_t limit = std::min(end, begin + 80);
  for (; pos + 2 < limit; ++pos) {
    if (const std::size_t dash = spaced_dash(text, pos, end)) return real_sentence(pos + dash);
    if (text[pos] == '/' && pos + 1 < end && text[pos + 1] != ' ') {  // "/ТАСС/."
      const std::size_t close = text.find('/', pos + 1);
      if (close == std::string_view::npos || close >= limit) return begin;
      std::size_t after = close + 1;
      if (after < end && text[after] == '.') ++after;
      return real_sentence(after);
    }
  }
  return begin;
}

void strip_dateline(std::string_view text, Line& line) {
  line.body_start = after_chinese_dateline(text, line);
  line.body_start = after_dateline(text, line);
}

// A navigation or script row pasted from a page: mostly <...> markup, little text outside it.
bool is_markup_row(std::string_view line) {
  constexpr std::size_t kTextLetters = 60;  // this much text outside tags makes a real row
  std::size_t inside = 0;
  std::size_t letters_outside = 0;
  bool in_tag = false;
  for (const char c : line) {
    if (c == '<') in_tag = true;
    inside += in_tag ? 1 : 0;
    letters_outside += !in_tag && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? 1 : 0;
    if (letters_outside >= kTextLetters) return false;
    if (c == '>') in_tag = false;
  }
  return inside * 2 >= line.size();
}

bool is_boilerplate(std::string_view line, const std::string& folded, const LineShape& shape) {
  if (!shape.has_letter) return true;  // "***", "---", a lone URL-less symbol row
  if (is_markup_row(line)) return true;
  if (shape.words > 12) return false;
  for (const auto prefix : kBoilerplatePrefixes) {
    if (starts_with(folded, prefix)) return true;
  }
  return false;
}

bool is_byline(const std::string& folded, const LineShape& shape) {
  if (shape.words > kMaxClassifiedWords || shape.words == 0) return false;
  for (const auto prefix : kBylinePrefixes) {
    if (starts_with(folded, prefix)) return prefix.back() != ' ' || shape.words <= 8;
  }
  return false;
}

std::size_t next_body_line(const std::vector<Line>& lines, std::size_t from) {
  for (std::size_t i = from; i < lines.size(); ++i) {
    if (lines[i].kind == LineKind::kBody) return i;
  }
  return kNone;
}

// Without the final stop and the spaces before it: "Talks resume." and "Talks resume" match.
std::string_view without_final_stop(std::string_view folded) {
  while (!folded.empty() && (folded.back() == '.' || folded.back() == ' ')) {
    folded.remove_suffix(1);
  }
  return folded;
}

// Whether a line repeats the caller's title: the same words, or the title is the line plus the
// site's name, as page titles are ("Talks resume | The Herald", "Talks resume - The Herald").
bool repeats_title(std::string_view folded_line, std::string_view folded_title) {
  const std::string_view line = without_final_stop(folded_line);
  const std::string_view title = without_final_stop(folded_title);
  if (line.empty() || title.substr(0, line.size()) != line) return false;
  std::string_view rest = title.substr(line.size());
  if (rest.empty()) return true;
  if (rest.front() != ' ') return false;
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  for (const std::string_view separator : {"|", "-", "\u2013", "\u2014", ":", "\u00b7"}) {
    if (rest.substr(0, separator.size()) == separator) return true;
  }
  return false;
}

// The headline is the first body line when its shape says so: no final full stop and few words,
// or a short single sentence followed by a longer paragraph (the Italian sample's headline ends
// with a full stop). A one-sentence-per-line text never has a headline by the second rule.
bool looks_like_headline(std::string_view text, const std::vector<Line>& lines, std::size_t first,
                         const CleanOptions& options) {
  const Line& line = lines[first];
  const std::size_t next = next_body_line(lines, first + 1);
  if (next == kNone) return false;
  if (!options.title.empty()) {
    return repeats_title(fold(text, line.body_start, line.body_end),
                         detail::fold_for_matching(options.title));
  }
  const LineShape shape =
      detail::measure_line(text.substr(line.body_start, line.body_end - line.body_start));
  if (shape.words == 0 || shape.words > 25) return false;
  // "... beschlossen. Die wichtigsten Punkte im Überblick:" introduces a list; no headline
  // states a fact and then announces more.
  if (text[line.body_end - 1] == ':') return false;
  if (!shape.ends_with_terminal) return true;
  const LineShape following = detail::measure_line(
      text.substr(lines[next].body_start, lines[next].body_end - lines[next].body_start));
  return shape.words <= 20 && shape.sentence_breaks == 0 && following.sentence_breaks >= 1 &&
         following.words >= 2 * shape.words;
}

// A kicker: the section label a page prints above its headline ("Energy", "WORLD NEWS"), a few
// words without a full stop. Only a line right above the headline is one.
bool is_kicker(std::string_view text, const Line& line) {
  constexpr std::size_t kMaxKickerWords = 3;
  const LineShape shape = detail::measure_line(
      text.substr(line.body_start, line.body_end - line.body_start), kMaxKickerWords);
  return shape.words > 0 && shape.words <= kMaxKickerWords && !shape.ends_with_terminal;
}

// A line of running text: a sentence that ends with a full stop, or a long one.
bool is_paragraph(std::string_view text, const Line& line) {
  constexpr std::size_t kParagraphWords = 12;
  const LineShape shape = detail::measure_line(
      text.substr(line.body_start, line.body_end - line.body_start), kParagraphWords);
  return shape.ends_with_terminal || shape.words >= kParagraphWords;
}

// The headline's line: the first body line, or the second when the first is a kicker above it.
std::size_t find_headline(std::string_view text, const std::vector<Line>& lines,
                          const CleanOptions& options) {
  const std::size_t first = next_body_line(lines, 0);
  if (first == kNone) return kNone;
  const std::size_t second = next_body_line(lines, first + 1);
  if (second != kNone && is_kicker(text, lines[first]) &&
      looks_like_headline(text, lines, second, options)) {
    return second;
  }
  return looks_like_headline(text, lines, first, options) ? first : kNone;
}

}  // namespace

CleanedArticle clean(std::string_view text, const CleanOptions& options) {
  CleanedArticle article;
  article.invalid_utf8 = count_invalid_utf8(text);
  article.lines = split_lines(text);
  auto& lines = article.lines;
  for (Line& line : lines) {
    if (line.kind != LineKind::kBody) continue;
    const std::string_view body = text.substr(line.body_start, line.body_end - line.body_start);
    const LineShape shape = detail::measure_line(body, kMaxClassifiedWords);
    // Only short lines are matched against the prefix lists.
    const std::string folded = shape.words <= kMaxClassifiedWords && body.size() <= 400
                                   ? fold(text, line.body_start, line.body_end)
                                   : std::string();
    if (is_boilerplate(body, folded, shape)) {
      line.kind = LineKind::kBoilerplate;
    } else if (is_byline(folded, shape) || after_chinese_dateline(text, line) == line.body_end) {
      line.kind = LineKind::kByline;  // a Chinese dateline on a line of its own is one too
    }
  }
  if (next_body_line(lines, 0) == kNone) return article;
  const std::size_t headline = find_headline(text, lines, options);
  if (headline != kNone) {
    // A kicker above it is page furniture, not the article's first sentence.
    for (std::size_t i = 0; i < headline; ++i) {
      if (lines[i].kind == LineKind::kBody) lines[i].kind = LineKind::kBoilerplate;
    }
    lines[headline].kind = LineKind::kHeadline;
    article.headline_line = headline;
  }
  // Short lines without a full stop after the last real paragraph are page furniture.
  for (std::size_t i = lines.size(); i-- > 0;) {
    Line& line = lines[i];
    if (line.kind == LineKind::kBlank || line.kind == LineKind::kBoilerplate) continue;
    if (line.kind != LineKind::kBody) break;
    const LineShape shape =
        detail::measure_line(text.substr(line.body_start, line.body_end - line.body_start));
    if (shape.ends_with_terminal || shape.words > 8 || next_body_line(lines, 0) == i) break;
    line.kind = LineKind::kBoilerplate;
  }
  for (Line& line : lines) {
    if (line.kind != LineKind::kBody) continue;
    strip_list_marker(text, line);
    strip_agency_tag(text, line);
  }
  std::size_t lead = next_body_line(lines, 0);
  // A kicker left above the first paragraph (the caller kept the headline out of the text and
  // passed it as the title) is furniture too: the paragraph below it is the lead.
  const std::size_t below = lead == kNone ? kNone : next_body_line(lines, lead + 1);
  if (below != kNone && is_kicker(text, lines[lead]) && is_paragraph(text, lines[below])) {
    lines[lead].kind = LineKind::kBoilerplate;
    lead = below;
  }
  if (lead != kNone) strip_dateline(text, lines[lead]);
  return article;
}

}  // namespace precis
