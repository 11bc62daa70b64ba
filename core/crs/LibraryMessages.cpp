#include "LibraryMessages.h"

#include "MessageText.h"

#include <QMutex>
#include <QtGlobal>
#include <cpl_error.h>
#include <proj.h>

#include <cstdio>
#include <cstdlib>

namespace planmap {
namespace {

QMutex& mutex() {
  static QMutex m;
  return m;
}
QStringList& buffer() {
  static QStringList lines;
  return lines;
}

void record(const char* source, const QString& text) {
  const QString line = MessageText::clean(text, false);
  {
    QMutexLocker lock(&mutex());
    buffer() << QStringLiteral("[%1] %2").arg(QLatin1String(source), line);
    while (buffer().size() > 50) buffer().removeFirst();
  }
  if (qEnvironmentVariableIsSet("PLANMAP_DEBUG")) {
    const QByteArray out = QStringLiteral("planmap: [%1] %2\n").arg(QLatin1String(source), line).toUtf8();
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stderr);
  }
}

void CPL_STDCALL gdalHandler(CPLErr level, CPLErrorNum, const char* message) {
  if (level == CE_Debug || !message) return;
  record("gdal", QString::fromUtf8(message));
}

void projHandler(void*, int level, const char* message) {
  if (level > PJ_LOG_ERROR || !message) return;
  record("proj", QString::fromUtf8(message));
}

void qtHandler(QtMsgType type, const QMessageLogContext&, const QString& message) {
  if (type == QtFatalMsg) {
    const QByteArray out = (QStringLiteral("planmap: fatal: ") + MessageText::clean(message, false) + QLatin1Char('\n')).toUtf8();
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stderr);
    std::abort();
  }
  if (type == QtDebugMsg || type == QtInfoMsg) {
    if (qEnvironmentVariableIsSet("PLANMAP_DEBUG")) record("qt", message);
    return;
  }
  record("qt", message);
}

}  // namespace

void LibraryMessages::install() {
  CPLSetErrorHandler(&gdalHandler);
  proj_log_func(PJ_DEFAULT_CTX, nullptr, &projHandler);
  qInstallMessageHandler(&qtHandler);
}

QStringList LibraryMessages::recent() {
  QMutexLocker lock(&mutex());
  return buffer();
}

}  // namespace planmap
