#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace planmap {

// What the window shows about the bundled data beyond the layers themselves: readable field names
// (bundled_map.json "field_labels") and the attribution lines each layer needs
// (attribution.json). MapDocument does not carry these, so the app reads them itself.
class BundledMetadata {
 public:
  // Reads geodata/bundled_map.json and geodata/attribution.json via DataPaths; missing files
  // leave the tables empty (user data then shows raw field names and its own source).
  static BundledMetadata load();

  // "name_zh" -> "名称" (zh) / "Name" (en: the field name itself, title-cased).
  QString fieldLabel(const QString& field, bool chinese) const;
  // Attribution lines for the given layer ids, deduplicated, in source order.
  QStringList attributionFor(const QStringList& layerIds) const;
  // True when attribution.json lists the layer (its own attribution text is then redundant).
  bool knowsLayer(const QString& layerId) const { return layerSources_.contains(layerId); }
  // Every source: "title — attribution (licence)".
  QStringList allSources() const;
  // The bundled map's title and the extent of Ankang (lon/lat), for "zoom to full".
  QString title() const { return title_; }

 private:
  struct Source {
    QString key, title, attribution, licence, sourceText;
  };
  QString title_;
  QHash<QString, QString> fieldLabels_;    // field_labels: Chinese
  QHash<QString, QString> fieldLabelsEn_;  // field_labels_en: English
  QList<Source> sources_;
  QHash<QString, QStringList> layerSources_;
};

}  // namespace planmap
