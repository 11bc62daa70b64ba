#include "TileServer.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace planmap::test {

bool TileServer::start() {
  if (!server_.listen(QHostAddress::LocalHost, port_)) return false;
  port_ = server_.serverPort();  // kept across stop()/start() so URLs stay valid
  connect(&server_, &QTcpServer::newConnection, this, [this] {
    while (QTcpSocket* socket = server_.nextPendingConnection()) {
      connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
      connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
  });
  return true;
}

void TileServer::stop() {
  server_.close();
  server_.disconnect(this);
}

QImage TileServer::tileImage(int z, int x, int y) {
  QImage image(256, 256, QImage::Format_RGB32);
  // A checkerboard of two colours per level, so neighbouring tiles and levels are told apart.
  image.fill((x + y) % 2 ? QColor(60 + 10 * (z % 8), 120, 200) : QColor(230, 140, 60 + 10 * (z % 8)));
  QPainter p(&image);
  p.setPen(QPen(Qt::black, 2));
  p.drawRect(1, 1, 253, 253);
  p.setFont(QFont(QStringLiteral("Noto Sans"), 28));
  p.drawText(image.rect(), Qt::AlignCenter, QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y));
  return image;
}

void TileServer::serve(QTcpSocket* socket) {
  QByteArray request = socket->property("request").toByteArray() + socket->readAll();
  socket->setProperty("request", request);
  if (!request.contains("\r\n\r\n")) return;  // headers not complete yet
  const QList<QByteArray> first = request.left(request.indexOf("\r\n")).split(' ');
  const QUrl url(QString::fromLatin1(first.value(1)));
  Hit hit{-1, -1, -1};
  const QUrlQuery query(url);
  if (query.hasQueryItem(QStringLiteral("TILEMATRIX"))) {
    hit = Hit{query.queryItemValue(QStringLiteral("TILEMATRIX")).toInt(), query.queryItemValue(QStringLiteral("TILECOL")).toInt(),
              query.queryItemValue(QStringLiteral("TILEROW")).toInt()};
  } else {
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() >= 3) {
      hit = Hit{parts[parts.size() - 3].toInt(), parts[parts.size() - 2].toInt(),
                parts[parts.size() - 1].section(QLatin1Char('.'), 0, 0).toInt()};
    }
  }
  hits_.append(hit);
  if (mode_ == Mode::Silent) return;  // accept, read, never answer: the client must time out
  QByteArray body;
  QByteArray status = "200 OK";
  QByteArray type = "image/png";
  if (mode_ == Mode::Error500 || hit.z < 0) {
    status = "500 Internal Server Error";
    type = "text/plain";
    body = "tile server failing on purpose";
  } else {
    QBuffer png(&body);
    png.open(QIODevice::WriteOnly);
    tileImage(hit.z, hit.x, hit.y).save(&png, "PNG");
  }
  socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " +
                QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
  socket->disconnectFromHost();
}

}  // namespace planmap::test
