#include "detail/story_disagreements.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>

#include "detail/ordering.h"
#include "precis/utf8.h"

namespace precis::detail {
namespace {

constexpr std::size_t kMaxDisagreements = 20;
// Sentences with figures compared per article, so the pairwise comparison stays bounded.
constexpr std::size_t kMaxFigureSentences = 40;

// Words that make a figure approximate or a bound, so a different exact figure does not
// contradict it: "over 20 years", "più di 6.000", "près de 300". Matched on folded tokens.
constexpr std::array<std::string_view, 33> kHedges = {
    "over",          "about",   "around", "nearly", "almost", "some",  "roughly",
    "approximately", "than",    "least",  "up",     "under",  "below", "above",
    "estimated",     "circa",   "oltre",  "quasi",  "almeno", "più",   "meno",
    "presque",       "environ", "plus",   "moins",  "près",   "casi",  "unos",
    "unas",          "más",     "menos",  "etwa",   "fast"};

struct Figure {
  std::string value;      // digits only: "6,700" and "6.700" are one value
  std::string unit;       // the stem of the word it counts, or "%"
  std::string unit_text;  // that word as folded in the text
  std::size_t start;      // bytes of the figure and its unit
  std::size_t end;
};

bool hedged(const Document& doc, std::size_t t, std::size_t first) {
  for (std::size_t back = 1; back <= 2 && t >= first + back; ++back) {
    const std::string& word = doc.tokens[t - back].norm;
    if (std::find(kHedges.begin(), kHedges.end(), word) != kHedges.end()) return true;
  }
  return false;
}

// The second figure of a range or a list, "40 to 50 percent", "64 and 66 Perry Street": the
// unit belongs to both, so neither is a claim on its own.
bool in_range(const Document& doc, std::size_t t, std::size_t first) {
  if (t < first + 2 || doc.tokens[t - 2].kind != TokenKind::kNumber) return false;
  const std::string& link = doc.tokens[t - 1].norm;
  return link == "to" || link == "-" || link == "\u2013" || link == "and" || link == "or" ||
         link == "a" || link == "e" || link == "y" || link == "et" || link == "und";
}

// The figures of sentence s with the unit right after them: "24 years", "50 billion", "3.5 %".
std::vector<Figure> figures(const Document& doc, std::size_t s) {
  std::vector<Figure> out;
  const std::size_t first = doc.sentence_tokens[s];
  const std::size_t last = doc.sentence_tokens[s + 1];
  for (std::size_t t = first; t + 1 < last; ++t) {
    const Token& number = doc.tokens[t];
    if (number.kind != TokenKind::kNumber || hedged(doc, t, first)) continue;
    if (t > first && doc.tokens[t - 1].norm == ":") continue;  // a clock time cut at "2: 10"
    if (in_range(doc, t, first)) continue;
    const Token& next = doc.tokens[t + 1];
    std::string unit;
    if (next.kind == TokenKind::kWord && doc.terms[t + 1] >= 0) {
      unit = doc.term_stems[static_cast<std::size_t>(doc.terms[t + 1])];
    } else if (next.norm == "%") {
      unit = "%";
    }
    if (unit.empty()) continue;
    std::string value;
    for (const char c : number.norm) {
      if (c >= '0' && c <= '9') value += c;
    }
    out.push_back({value, unit, next.norm, number.start, next.end});
  }
  return out;
}

bool shares_value(const std::vector<Figure>& left, const std::vector<Figure>& right,
                  const std::string& unit) {
  for (const Figure& x : left) {
    for (const Figure& y : right) {
      if (x.unit == unit && y.unit == unit && x.value == y.value) return true;
    }
  }
  return false;
}

using ClaimKey = std::pair<std::size_t, std::string>;  // (article, value)

}  // namespace

std::vector<Disagreement> find_disagreements(const StorySpace& space, double same_fact) {
  // Per article: the first kMaxFigureSentences sentences that attach a figure to a unit.
  std::vector<std::vector<std::size_t>> candidates(space.docs.size());
  std::vector<std::vector<std::vector<Figure>>> found(space.docs.size());
  for (std::size_t a = 0; a < space.docs.size(); ++a) {
    const Document& doc = *space.docs[a];
    found[a].resize(doc.sentences.size());
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
      if (candidates[a].size() == kMaxFigureSentences) break;
      found[a][s] = figures(doc, s);
      if (!found[a][s].empty()) candidates[a].push_back(s);
    }
  }
  // Per unit: every conflicting claim, one per article and value.
  std::map<std::string, std::map<ClaimKey, Claim>> by_unit;
  std::map<std::string, std::string> unit_text;
  for (std::size_t a = 0; a < candidates.size(); ++a) {
    for (const std::size_t s : candidates[a]) {
      const std::vector<Figure>& left = found[a][s];
      for (std::size_t b = a + 1; b < candidates.size(); ++b) {
        for (const std::size_t t : candidates[b]) {
          const std::vector<Figure>& right = found[b][t];
          if (story_similarity(space, a, s, b, t) < same_fact) continue;
          for (const Figure& x : left) {
            for (const Figure& y : right) {
              if (x.unit != y.unit || x.value == y.value) continue;
              // Two figures of one unit in each ("within 24 hours ... 48 hours"): sentences that
              // share any value for the unit list the same figures, they do not contradict.
              if (shares_value(left, right, x.unit)) continue;
              const auto claim = [&](std::size_t article, const Figure& f) {
                const std::string_view text = space.docs[article]->text;
                return Claim{article, f.start, f.end,
                             to_valid_utf8(text.substr(f.start, f.end - f.start))};
              };
              unit_text.emplace(x.unit, x.unit_text);
              by_unit[x.unit].emplace(ClaimKey{a, x.value}, claim(a, x));
              by_unit[x.unit].emplace(ClaimKey{b, y.value}, claim(b, y));
            }
          }
        }
      }
    }
  }
  std::vector<Disagreement> out;
  for (auto& [unit, claims] : by_unit) {
    Disagreement d{unit_text[unit], {}};
    for (auto& entry : claims) d.claims.push_back(std::move(entry.second));
    out.push_back(std::move(d));
  }
  stable_sort_items(out, [](const Disagreement& x, const Disagreement& y) {
    return x.claims.size() > y.claims.size();
  });
  if (out.size() > kMaxDisagreements) out.resize(kMaxDisagreements);
  return out;
}

}  // namespace precis::detail
