#include "core/dates.h"

#include <cstdio>
#include <ctime>

#include "core/clock.h"

namespace sb {
namespace {

// Years outside this range are almost always a typing slip (0199, 9999) in a client record.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2200;

bool parse_digits(std::string_view text, std::size_t from, std::size_t count, int& value) {
    value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

std::string format_date_parts(int year, unsigned month, unsigned day) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year, month, day);
    return buffer;
}

}  // namespace

std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int year = 0;
    int month = 0;
    int day = 0;
    if (!parse_digits(text, 0, 4, year) || !parse_digits(text, 5, 2, month) ||
        !parse_digits(text, 8, 2, day)) {
        return std::nullopt;
    }
    if (year < kFirstYear || year > kLastYear)
        return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{year},
                                           std::chrono::month{static_cast<unsigned>(month)},
                                           std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok())
        return std::nullopt;
    return date;
}

std::string format_iso_date(std::chrono::year_month_day date) {
    return format_date_parts(static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                             static_cast<unsigned>(date.day()));
}

std::string format_utc_timestamp(std::chrono::system_clock::time_point when) {
    using namespace std::chrono;
    const auto seconds = floor<std::chrono::seconds>(when);
    const auto day_start = floor<days>(seconds);
    const year_month_day date{day_start};
    const hh_mm_ss time{seconds - day_start};
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02dZ", format_iso_date(date).c_str(),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return buffer;
}

std::string today_iso(const Clock& clock) {
    const std::time_t now = std::chrono::system_clock::to_time_t(clock.now());
    std::tm local{};
    localtime_r(&now, &local);
    return format_date_parts(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                             static_cast<unsigned>(local.tm_mday));
}

}  // namespace sb
