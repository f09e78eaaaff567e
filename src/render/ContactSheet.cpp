#include "render/ContactSheet.hpp"

#include <algorithm>
#include <cmath>

namespace lantern::render {

namespace {

struct Span {
    unsigned begin, end;
};

// Source pixels [begin, end) that fold into destination pixel `d` of `dst`.
Span sourceSpan(unsigned d, unsigned dst, unsigned src) {
    const auto begin = static_cast<unsigned>(std::uint64_t{d} * src / dst);
    const auto end = static_cast<unsigned>(std::uint64_t{d + 1} * src / dst);
    return {begin, std::max(end, begin + 1)};
}

sf::Color average(const sf::Image& image, Span xs, Span ys) {
    unsigned sum[4] = {0, 0, 0, 0};
    for (unsigned y = ys.begin; y < ys.end; ++y) {
        for (unsigned x = xs.begin; x < xs.end; ++x) {
            const sf::Color c = image.getPixel(x, y);
            sum[0] += c.r, sum[1] += c.g, sum[2] += c.b, sum[3] += c.a;
        }
    }
    const unsigned n = (xs.end - xs.begin) * (ys.end - ys.begin);
    auto avg = [n](unsigned s) { return static_cast<sf::Uint8>((s + n / 2) / n); };
    return {avg(sum[0]), avg(sum[1]), avg(sum[2]), avg(sum[3])};
}

unsigned thumbHeight(const sf::Image& image, unsigned thumbWidth) {
    const auto size = image.getSize();
    if (size.x == 0) return 0;
    const double h = static_cast<double>(size.y) * thumbWidth / size.x;
    return std::max(1u, static_cast<unsigned>(std::lround(h)));
}

} // namespace

sf::Image downscale(const sf::Image& image, unsigned width, unsigned height) {
    width = std::max(width, 1u);
    height = std::max(height, 1u);
    sf::Image out;
    out.create(width, height);
    const auto src = image.getSize();
    if (src.x == 0 || src.y == 0) return out;
    for (unsigned y = 0; y < height; ++y) {
        const Span ys = sourceSpan(y, height, src.y);
        for (unsigned x = 0; x < width; ++x) {
            out.setPixel(x, y, average(image, sourceSpan(x, width, src.x), ys));
        }
    }
    return out;
}

sf::Image makeContactSheet(const std::vector<sf::Image>& images, unsigned columns,
                           unsigned thumbWidth) {
    sf::Image sheet;
    if (images.empty() || thumbWidth == 0) return sheet;
    columns = std::max(columns, 1u);
    const auto count = static_cast<unsigned>(images.size());
    const unsigned rows = (count + columns - 1) / columns;
    unsigned cellHeight = 1;
    for (const auto& image : images)
        cellHeight = std::max(cellHeight, thumbHeight(image, thumbWidth));
    const unsigned gap = kContactSheetGap;
    sheet.create(columns * thumbWidth + (columns + 1) * gap, rows * cellHeight + (rows + 1) * gap,
                 kContactSheetBackground);
    for (unsigned i = 0; i < count; ++i) {
        const unsigned h = thumbHeight(images[i], thumbWidth);
        if (h == 0) continue;
        const unsigned x = gap + (i % columns) * (thumbWidth + gap);
        const unsigned y = gap + (i / columns) * (cellHeight + gap);
        sheet.copy(downscale(images[i], thumbWidth, h), x, y);
    }
    return sheet;
}

} // namespace lantern::render
