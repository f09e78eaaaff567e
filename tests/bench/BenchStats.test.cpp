#include "bench/BenchStats.hpp"

#include <doctest/doctest.h>

using namespace lantern;

TEST_CASE("quantile: nearest rank, the upper median of an even count, the largest at 1") {
    const std::vector<double> v{5, 1, 4, 2, 3};
    CHECK(quantile(v, 0.5) == 3);
    CHECK(quantile(v, 0.0) == 1);
    CHECK(quantile(v, 1.0) == 5);
    CHECK(quantile({4, 1, 3, 2}, 0.5) == 3);
    // p99 of 1..100 is the 99th value (index 98.01 rounds to 98).
    std::vector<double> hundred;
    for (int i = 1; i <= 100; ++i)
        hundred.push_back(i);
    CHECK(quantile(hundred, 0.99) == 99);
}

TEST_CASE("quantile: no samples give 0, and a q past 1 stays on the largest") {
    CHECK(quantile({}, 0.5) == 0);
    CHECK(quantile({7, 9}, 1.5) == 9);
}

TEST_CASE("Samples keep what was added and answer the same quantiles") {
    Samples s;
    for (double x : {3.0, 1.0, 2.0})
        s.add(x);
    CHECK(s.size() == 3);
    CHECK(s.quantile(0.5) == 2);
    CHECK(s.values == std::vector<double>{3, 1, 2});
}
