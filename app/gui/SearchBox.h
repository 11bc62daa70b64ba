#pragma once

#include "SearchIndex.h"

#include <QLineEdit>
#include <vector>

class QCompleter;
class QStandardItemModel;

namespace planmap {

// The toolbar search: type a name or pinyin initials, pick from the popup (or press Enter for the
// best match); the window zooms to the result.
class SearchBox : public QLineEdit {
  Q_OBJECT
 public:
  explicit SearchBox(const SearchIndex* index, QWidget* parent = nullptr);

 Q_SIGNALS:
  void resultChosen(const planmap::SearchResult& result);

 private:
  void updateSuggestions(const QString& text);
  void choose(int row);

  const SearchIndex* index_;
  QCompleter* completer_;
  QStandardItemModel* model_;
  std::vector<SearchResult> results_;
};

}  // namespace planmap
