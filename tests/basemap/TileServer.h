#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>

namespace planmap::test {

// A tiny HTTP tile server on 127.0.0.1 for the tile tests: answers GET with a 256 px PNG showing
// its z/x/y (from /z/x/y.png paths or WMTS TILEMATRIX/TILECOL/TILEROW queries), or fails on
// purpose, and records every tile it was asked for.
class TileServer : public QObject {
  Q_OBJECT
 public:
  enum class Mode { Tiles, Error500, Silent };
  struct Hit {
    int z, x, y;
    bool operator==(const Hit&) const = default;
    bool operator<(const Hit& o) const { return z != o.z ? z < o.z : (y != o.y ? y < o.y : x < o.x); }
  };

  bool start();
  void stop();
  quint16 port() const { return port_; }
  QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(port_); }
  void setMode(Mode mode) { mode_ = mode; }
  const QList<Hit>& hits() const { return hits_; }
  void clearHits() { hits_.clear(); }
  static QImage tileImage(int z, int x, int y);

 private:
  void serve(class QTcpSocket* socket);
  QTcpServer server_;
  quint16 port_ = 0;
  Mode mode_ = Mode::Tiles;
  QList<Hit> hits_;
};

}  // namespace planmap::test
