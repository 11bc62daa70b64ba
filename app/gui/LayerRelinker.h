#pragma once

#include "BackgroundTask.h"
#include "Result.h"
#include "VectorLayer.h"

#include <QObject>
#include <QString>
#include <memory>

namespace planmap {

class Project;

// Points a project layer at another file (a missing layer after a move): the file is read on a
// worker (GDAL), the new data swapped in on the UI thread, keeping the layer's style and links.
// One relink at a time per window; a newer request supersedes an unfinished one.
class LayerRelinker : public QObject {
  Q_OBJECT
 public:
  explicit LayerRelinker(Project& project, QObject* parent = nullptr);

  void relink(const QString& layerId, const QString& newPath);
  bool isBusy() const { return task_.isBusy(); }

 Q_SIGNALS:
  // After the data is in the project (ok), or why not (`error`; the layer is unchanged).
  void finished(const QString& layerId, bool ok, const QString& error);

 private:
  Project& project_;
  BackgroundTask<Result<std::shared_ptr<const VectorLayer>>> task_;
};

}  // namespace planmap
