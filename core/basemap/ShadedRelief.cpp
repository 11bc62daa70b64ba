#include "ShadedRelief.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace planmap {
namespace {

constexpr double kMetresPerDegreeLat = 110574.0;
constexpr double kMetresPerDegreeLonEquator = 111320.0;

// Catmull-Rom weights: interpolating (passes through the DEM values) and smooth across cells.
std::array<double, 4> cubicWeights(double t) {
  const double t2 = t * t, t3 = t2 * t;
  return {(-t3 + 2 * t2 - t) * 0.5, (3 * t3 - 5 * t2 + 2) * 0.5, (-3 * t3 + 4 * t2 + t) * 0.5, (t3 - t2) * 0.5};
}

// Elevation refined `factor` times. No-data cells stay NaN; their neighbours fall back to the
// nearest value so that a hole does not spread a ring of NaN.
std::vector<float> refine(const DemGrid& dem, int factor, int& outW, int& outH) {
  outW = dem.width * factor;
  outH = dem.height * factor;
  std::vector<float> out(std::size_t(outW) * outH);
  auto value = [&](int c, int r) {
    c = std::clamp(c, 0, dem.width - 1);
    r = std::clamp(r, 0, dem.height - 1);
    return dem.at(c, r);
  };
  for (int j = 0; j < outH; ++j) {
    const double v = (j + 0.5) / factor - 0.5;
    const int r0 = int(std::floor(v));
    const auto wy = cubicWeights(v - r0);
    for (int i = 0; i < outW; ++i) {
      const double u = (i + 0.5) / factor - 0.5;
      const int c0 = int(std::floor(u));
      const auto wx = cubicWeights(u - c0);
      const int nc = std::clamp(int(std::lround(u)), 0, dem.width - 1), nr = std::clamp(int(std::lround(v)), 0, dem.height - 1);
      const float nearest = dem.at(nc, nr);
      if (std::isnan(nearest)) {
        out[std::size_t(j) * outW + i] = nearest;
        continue;
      }
      double sum = 0;
      for (int b = 0; b < 4; ++b) {
        for (int a = 0; a < 4; ++a) {
          float z = value(c0 - 1 + a, r0 - 1 + b);
          if (std::isnan(z)) z = nearest;
          sum += wx[a] * wy[b] * z;
        }
      }
      out[std::size_t(j) * outW + i] = float(sum);
    }
  }
  return out;
}

// One pass of the [1 2 1] ⊗ [1 2 1] / 16 filter; no-data cells stay no-data and are left out.
void smooth(DemGrid& dem) {
  std::vector<float> out(dem.values.size());
  for (int r = 0; r < dem.height; ++r) {
    for (int c = 0; c < dem.width; ++c) {
      const float centre = dem.at(c, r);
      if (std::isnan(centre)) {
        out[std::size_t(r) * dem.width + c] = centre;
        continue;
      }
      double sum = 0, weight = 0;
      for (int dr = -1; dr <= 1; ++dr) {
        for (int dc = -1; dc <= 1; ++dc) {
          const int cc = std::clamp(c + dc, 0, dem.width - 1), rr = std::clamp(r + dr, 0, dem.height - 1);
          const float v = dem.at(cc, rr);
          if (std::isnan(v)) continue;
          const double w = (dc == 0 ? 2 : 1) * (dr == 0 ? 2 : 1);
          sum += w * v;
          weight += w;
        }
      }
      out[std::size_t(r) * dem.width + c] = float(sum / weight);
    }
  }
  dem.values = std::move(out);
}

QRgb mix(QRgb a, QRgb b, double t) {
  auto m = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
  return qRgb(m(qRed(a), qRed(b)), m(qGreen(a), qGreen(b)), m(qBlue(a), qBlue(b)));
}

}  // namespace

QRgb ShadedRelief::tint(double metres) {
  // Hypsometric stops for the Qinling–Daba range (Han valley ~200 m, ridges ~3000 m).
  struct Stop {
    double metres;
    QRgb colour;
  };
  static const Stop stops[] = {{0, qRgb(120, 170, 110)},    {300, qRgb(150, 190, 120)},  {800, qRgb(215, 215, 140)},
                               {1300, qRgb(225, 195, 130)}, {1900, qRgb(185, 145, 100)}, {2500, qRgb(170, 140, 120)},
                               {3100, qRgb(245, 245, 245)}};
  if (metres <= stops[0].metres) return stops[0].colour;
  for (std::size_t i = 1; i < std::size(stops); ++i) {
    if (metres <= stops[i].metres) {
      return mix(stops[i - 1].colour, stops[i].colour,
                 (metres - stops[i - 1].metres) / (stops[i].metres - stops[i - 1].metres));
    }
  }
  return stops[std::size(stops) - 1].colour;
}

ShadedRelief::ShadedRelief(const DemGrid& demIn, const HillshadeOptions& options) {
  if (demIn.width < 2 || demIn.height < 2) return;
  DemGrid dem = demIn;
  for (int pass = 0; pass < std::clamp(options.smoothing, 0, 8); ++pass) smooth(dem);
  const int factor = std::clamp(options.upsample, 1, 16);
  int w = 0, h = 0;
  const std::vector<float> z = refine(dem, factor, w, h);
  cellX_ = dem.cellX / factor;
  cellY_ = dem.cellY / factor;
  crs_ = dem.crs;
  extent_ = dem.extent();

  // Light vector in (east, north, up); the surface normal of z(x, y) is (-dz/dx, -dz/dy, 1).
  const double az = options.azimuthDeg * M_PI / 180, alt = options.altitudeDeg * M_PI / 180;
  const double lx = std::sin(az) * std::cos(alt), ly = std::cos(az) * std::cos(alt), lz = std::sin(alt);
  const bool geographic = dem.crs.isGeographic();
  const double zf = options.zFactor;

  image_ = QImage(w, h, QImage::Format_ARGB32_Premultiplied);
  image_.fill(Qt::transparent);
  auto at = [&](int i, int j) {
    i = std::clamp(i, 0, w - 1);
    j = std::clamp(j, 0, h - 1);
    return double(z[std::size_t(j) * w + i]);
  };
  for (int j = 0; j < h; ++j) {
    double dxMetres = cellX_, dyMetres = cellY_;
    if (geographic) {
      const double lat = (dem.originY - (j + 0.5) * cellY_) * M_PI / 180;
      dxMetres = cellX_ * kMetresPerDegreeLonEquator * std::max(0.01, std::cos(lat));
      dyMetres = cellY_ * kMetresPerDegreeLat;
    }
    QRgb* line = reinterpret_cast<QRgb*>(image_.scanLine(j));
    for (int i = 0; i < w; ++i) {
      const double e = at(i, j);
      if (std::isnan(e)) continue;
      // Horn's 3×3 gradient; NaN neighbours count as the centre so holes do not shade their rim.
      auto n = [&](int di, int dj) {
        const double v = at(i + di, j + dj);
        return std::isnan(v) ? e : v;
      };
      const double a = n(-1, -1), b = n(0, -1), c = n(1, -1);
      const double d = n(-1, 0), f = n(1, 0);
      const double g = n(-1, 1), hh = n(0, 1), k = n(1, 1);
      const double dzdx = ((c + 2 * f + k) - (a + 2 * d + g)) / (8 * dxMetres) * zf;
      // Rows run south, so north minus south is the top row minus the bottom row.
      const double dzdy = ((a + 2 * b + c) - (g + 2 * hh + k)) / (8 * dyMetres) * zf;
      const double norm = std::sqrt(dzdx * dzdx + dzdy * dzdy + 1);
      const double shade = std::max(0.0, (-dzdx * lx - dzdy * ly + lz) / norm);
      // Flat ground keeps its tint (factor 1); slopes facing the light brighten, the others darken.
      const double factorLight = std::clamp(0.35 + 0.65 * shade / lz, 0.3, 1.35);
      const QRgb t = tint(e);
      auto channel = [&](int v) { return std::clamp(int(std::lround(v * factorLight)), 0, 255); };
      line[i] = qRgb(channel(qRed(t)), channel(qGreen(t)), channel(qBlue(t)));
    }
  }
}

QRgb ShadedRelief::sample(double x, double y) const {
  if (image_.isNull() || !std::isfinite(x) || !std::isfinite(y) || !extent_.contains(x, y)) return 0;
  const int w = image_.width(), h = image_.height();
  const double fx = std::clamp((x - extent_.minX) / cellX_ - 0.5, 0.0, w - 1.0);
  const double fy = std::clamp((extent_.maxY - y) / cellY_ - 0.5, 0.0, h - 1.0);
  const int x0 = std::min(int(fx), w - 2 < 0 ? 0 : w - 2), y0 = std::min(int(fy), h - 2 < 0 ? 0 : h - 2);
  const int x1 = std::min(x0 + 1, w - 1), y1 = std::min(y0 + 1, h - 1);
  const double tx = fx - x0, ty = fy - y0;
  const QRgb* r0 = reinterpret_cast<const QRgb*>(image_.constScanLine(y0));
  const QRgb* r1 = reinterpret_cast<const QRgb*>(image_.constScanLine(y1));
  const QRgb p[4] = {r0[x0], r0[x1], r1[x0], r1[x1]};
  const double wgt[4] = {(1 - tx) * (1 - ty), tx * (1 - ty), (1 - tx) * ty, tx * ty};
  double s[4] = {0, 0, 0, 0};
  for (int k = 0; k < 4; ++k) {
    s[0] += wgt[k] * qRed(p[k]);
    s[1] += wgt[k] * qGreen(p[k]);
    s[2] += wgt[k] * qBlue(p[k]);
    s[3] += wgt[k] * qAlpha(p[k]);
  }
  // Premultiplied channels interpolate correctly at transparent (no-data) edges.
  return qRgba(int(s[0] + 0.5), int(s[1] + 0.5), int(s[2] + 0.5), int(s[3] + 0.5));
}

}  // namespace planmap
