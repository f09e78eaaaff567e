#include "render/ContactSheet.hpp"

#include <doctest/doctest.h>

using namespace lantern::render;

namespace {

sf::Image solid(unsigned w, unsigned h, sf::Color colour) {
    sf::Image image;
    image.create(w, h, colour);
    return image;
}

} // namespace

TEST_CASE("ContactSheet: the sheet is sized by columns, thumb width, rows and gaps") {
    const std::vector<sf::Image> images(5, solid(192, 108, sf::Color::Red));
    const sf::Image sheet = makeContactSheet(images, 3, 96);
    const unsigned gap = kContactSheetGap;
    CHECK(sheet.getSize().x == 3 * 96 + 4 * gap);
    CHECK(sheet.getSize().y == 2 * 54 + 3 * gap); // 5 images in rows of 3: 2 rows of 54 px
}

TEST_CASE("ContactSheet: each thumbnail sits in its cell and empty cells keep the background") {
    const std::vector<sf::Image> images = {solid(100, 50, sf::Color::Red),
                                           solid(100, 50, sf::Color::Blue)};
    const sf::Image sheet = makeContactSheet(images, 3, 40);
    const unsigned gap = kContactSheetGap;
    CHECK(sheet.getPixel(gap + 20, gap + 10) == sf::Color::Red);
    CHECK(sheet.getPixel(2 * gap + 40 + 20, gap + 10) == sf::Color::Blue);
    CHECK(sheet.getPixel(3 * gap + 80 + 20, gap + 10) == kContactSheetBackground);
    CHECK(sheet.getPixel(0, 0) == kContactSheetBackground);
}

TEST_CASE("ContactSheet: no images, or zero thumb width, give an empty sheet") {
    CHECK(makeContactSheet({}, 3, 100).getSize() == sf::Vector2u(0, 0));
    CHECK(makeContactSheet({solid(10, 10, sf::Color::Red)}, 3, 0).getSize() == sf::Vector2u(0, 0));
}

TEST_CASE("ContactSheet: downscale averages the source pixels it folds together") {
    sf::Image checker;
    checker.create(2, 2, sf::Color::Black);
    checker.setPixel(0, 0, sf::Color::White);
    checker.setPixel(1, 1, sf::Color::White);
    const sf::Image one = downscale(checker, 1, 1);
    CHECK(one.getPixel(0, 0) == sf::Color(128, 128, 128, 255));
}
