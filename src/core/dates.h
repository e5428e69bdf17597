#pragma once
// Calendar dates as counsellors type them: ISO yyyy-mm-dd.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace sb {

std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text);
std::string format_iso_date(std::chrono::year_month_day date);

// The current UTC instant as ISO 8601 with seconds, e.g. "2026-11-24T09:30:00Z".
std::string format_utc_timestamp(std::chrono::system_clock::time_point when);

}  // namespace sb
