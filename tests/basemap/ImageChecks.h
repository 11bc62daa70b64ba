#pragma once

#include <QImage>
#include <QString>
#include <functional>

namespace planmap::test {

// Spins the event loop until `done` holds or `timeoutMs` passes; returns whether it held.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 5000);

// Fraction of pixels whose channels differ by more than `tolerance` (sizes must match; 1 if not).
double differentFraction(const QImage& a, const QImage& b, int tolerance);

// Compares with tests/data/basemap/<name>.png; PLANMAP_UPDATE_REFERENCES=1 writes it instead.
// On failure the rendered image is saved next to the build tree and the message says where.
bool matchesReference(const QImage& rendered, const QString& name, int tolerance, double maxFraction,
                      QString* message);

// Mean grey value of a square of (2r+1)² pixels around (x, y).
double meanGray(const QImage& image, int x, int y, int r = 3);

}  // namespace planmap::test
