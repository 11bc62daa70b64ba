#pragma once

#include <QCoreApplication>
#include <QString>

namespace planmap {

// The file-dialog filter for every vector format LayerLoader reads: one place for opening data,
// relinking a layer and choosing a site file to check (it used to be three copies, one without
// FlatGeobuf).
class VectorFileFilter {
  Q_DECLARE_TR_FUNCTIONS(planmap::VectorFileFilter)

 public:
  static QString dialogFilter();
};

}  // namespace planmap
