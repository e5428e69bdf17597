#include <catch2/catch.hpp>
#include <ctime>

#include "core/clock.h"
#include "core/dates.h"

using namespace std::chrono;

TEST_CASE("An ISO date is read as the calendar date it names") {
    const auto date = sb::parse_iso_date("1990-04-01");
    REQUIRE(date);
    CHECK(*date == year_month_day{year{1990}, month{4}, day{1}});
}

TEST_CASE("February 29 exists only in leap years") {
    CHECK(sb::parse_iso_date("2024-02-29"));
    CHECK(sb::parse_iso_date("2000-02-29"));
    CHECK_FALSE(sb::parse_iso_date("2023-02-29"));
    CHECK_FALSE(sb::parse_iso_date("1900-02-29"));
    CHECK_FALSE(sb::parse_iso_date("2100-02-29"));
}

TEST_CASE("Dates that do not exist on a calendar are refused") {
    CHECK_FALSE(sb::parse_iso_date("2026-13-01"));
    CHECK_FALSE(sb::parse_iso_date("2026-00-10"));
    CHECK_FALSE(sb::parse_iso_date("2026-04-31"));
    CHECK_FALSE(sb::parse_iso_date("2026-04-00"));
    CHECK(sb::parse_iso_date("2026-12-31"));
}

TEST_CASE("Only the exact yyyy-mm-dd form is accepted") {
    for (const char* text : {"", "1990-4-1", "1990-04-1", "90-04-01", "1990/04/01", "01-04-1990",
                             "1990-04-01 ", " 1990-04-01", "1990-04-01T00:00", "199O-04-01",
                             "+990-04-01", "1990-+4-01", "19900401", "1990–04–01"}) {
        INFO(text);
        CHECK_FALSE(sb::parse_iso_date(text));
    }
}

TEST_CASE("Years before 1900 or after 2200 are taken for typing slips") {
    CHECK(sb::parse_iso_date("1900-01-01"));
    CHECK(sb::parse_iso_date("2200-12-31"));
    CHECK_FALSE(sb::parse_iso_date("1899-12-31"));
    CHECK_FALSE(sb::parse_iso_date("2201-01-01"));
    CHECK_FALSE(sb::parse_iso_date("0199-01-01"));
}

TEST_CASE("A date is written back as yyyy-mm-dd with leading zeros") {
    CHECK(sb::format_iso_date(year_month_day{year{2026}, month{3}, day{7}}) == "2026-03-07");
    for (const char* text : {"1900-01-01", "1990-04-01", "2024-02-29", "2200-12-31"}) {
        CHECK(sb::format_iso_date(*sb::parse_iso_date(text)) == text);
    }
}

TEST_CASE("A UTC timestamp is written to the second with a Z") {
    const auto when = sys_days{year{2026} / 11 / 24} + 9h + 30min;
    CHECK(sb::format_utc_timestamp(when) == "2026-11-24T09:30:00Z");
    CHECK(sb::format_utc_timestamp(when + 59s + 999ms) == "2026-11-24T09:30:59Z");
    CHECK(sb::format_utc_timestamp(sys_days{year{2024} / 2 / 29} + 23h + 59min + 59s) ==
          "2024-02-29T23:59:59Z");
    CHECK(sb::format_utc_timestamp(system_clock::time_point{}) == "1970-01-01T00:00:00Z");
}

TEST_CASE("Today's date follows the clock in the local time zone") {
    const auto noon = sys_days{year{2026} / 6 / 15} + 12h;
    const sb::ManualClock clock(noon);
    const std::time_t seconds = system_clock::to_time_t(noon);
    std::tm local{};
    localtime_r(&seconds, &local);
    char expected[16];
    std::strftime(expected, sizeof expected, "%Y-%m-%d", &local);
    CHECK(sb::today_iso(clock) == expected);
    CHECK(sb::parse_iso_date(sb::today_iso(sb::SystemClock{})));
}
