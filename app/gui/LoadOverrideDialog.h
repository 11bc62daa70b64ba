#pragma once

#include "Crs.h"
#include "CrsInference.h"

#include <QDialog>
#include <vector>

class QComboBox;

namespace planmap {

// "Change…" from the message bar after a guess: re-read the dataset with another attribute encoding
// and/or CRS. Offers the encodings Chinese data comes in and the CRS candidates of the guess.
class LoadOverrideDialog : public QDialog {
  Q_OBJECT
 public:
  LoadOverrideDialog(const QString& datasetName, const QString& currentEncoding, const Crs& currentCrs,
                     const std::vector<CrsCandidate>& candidates, QWidget* parent = nullptr);
  QString encoding() const;  // GDAL/iconv name
  Crs crs() const;           // invalid: keep reading from the file / inferring

 private:
  QComboBox* encoding_;
  QComboBox* crs_;
};

}  // namespace planmap
