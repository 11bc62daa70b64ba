#include "NiceNumbers.h"

#include <QLocale>
#include <array>
#include <cmath>

namespace planmap {

double NiceNumbers::floor125(double limit) {
  if (!(limit > 0)) return 0;
  const double p = std::pow(10.0, std::floor(std::log10(limit)));
  for (double m : {5.0, 2.0, 1.0})
    if (m * p <= limit * (1 + 1e-12)) return m * p;
  return p;
}

NiceNumbers::ScaleBar NiceNumbers::scaleBar(double scaleDenominator, double maxLengthMm, int preferredSegments) {
  ScaleBar bar;
  if (!(scaleDenominator > 0) || !(maxLengthMm > 0)) return bar;
  const double kmPerMm = scaleDenominator / 1e6;
  bar.segments = std::max(1, preferredSegments);
  bar.segmentKm = floor125(maxLengthMm * kmPerMm / bar.segments);
  bar.segmentMm = bar.segmentKm / kmPerMm;
  return bar;
}

double NiceNumbers::graticuleStep(double spanDegrees, int targetLines) {
  static constexpr std::array<double, 14> steps = {1.0 / 60, 2.0 / 60, 5.0 / 60, 10.0 / 60, 15.0 / 60, 20.0 / 60,
                                                   30.0 / 60, 1, 2, 5, 10, 15, 30, 45};
  const double want = spanDegrees / std::max(1, targetLines);
  double best = steps.front();
  for (double s : steps)
    if (s <= want * 1.0001) best = s;
  return best;
}

double NiceNumbers::gridStep(double spanMetres, int targetLines) {
  return floor125(spanMetres / std::max(1, targetLines));
}

double NiceNumbers::gridIntervalForScale(double scaleDenominator, double minPaperMm) {
  if (!(scaleDenominator > 0)) return 0;
  for (double km : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0})
    if (km * 1e6 / scaleDenominator >= minPaperMm) return km * 1000;
  return 1e6;
}

std::pair<QString, QString> NiceNumbers::kmLabelParts(double metres) {
  const double km = metres / 1000;
  if (std::abs(km - std::round(km)) > 1e-6) return {QString(), QLocale::c().toString(km, 'g', 8)};
  const QString digits = QString::number(std::llround(km));
  const bool negative = digits.startsWith(QLatin1Char('-'));
  if (digits.size() - (negative ? 1 : 0) <= 2) return {QString(), digits};
  return {digits.left(digits.size() - 2), digits.right(2)};
}

QString NiceNumbers::degreesMinutes(double value, bool isLongitude) {
  const QChar hemisphere = isLongitude ? (value < 0 ? QLatin1Char('W') : QLatin1Char('E'))
                                       : (value < 0 ? QLatin1Char('S') : QLatin1Char('N'));
  long long totalSeconds = std::llround(std::abs(value) * 3600.0);
  const long long d = totalSeconds / 3600;
  const long long m = (totalSeconds / 60) % 60;
  const long long s = totalSeconds % 60;
  QString text = QStringLiteral("%1°").arg(d);
  if (m || s) text += QStringLiteral("%1′").arg(m, 2, 10, QLatin1Char('0'));
  if (s) text += QStringLiteral("%1″").arg(s, 2, 10, QLatin1Char('0'));
  return text + hemisphere;
}

QString NiceNumbers::scaleText(double scaleDenominator) {
  // Round to three significant figures: an exported map's scale is only that exact.
  const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(1.0, scaleDenominator))) - 2);
  const long long n = std::llround(std::round(scaleDenominator / magnitude) * magnitude);
  QString digits = QString::number(n);
  for (qsizetype i = digits.size() - 3; i > 0; i -= 3) digits.insert(i, QLatin1Char(' '));
  return QStringLiteral("1:") + digits;
}

QString NiceNumbers::km(double value) { return QLocale::c().toString(value, 'g', 6); }

}  // namespace planmap
