#include "SearchBox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace planmap {

SearchBox::SearchBox(const SearchIndex* index, QWidget* parent)
    : QLineEdit(parent), index_(index), completer_(new QCompleter(this)), model_(new QStandardItemModel(this)) {
  setPlaceholderText(tr("Search places, parks, targets… (e.g. 汉滨 or hbq)"));
  setClearButtonEnabled(true);
  setMinimumWidth(260);
  completer_->setModel(model_);
  // We filter ourselves (Chinese names and pinyin initials); the completer only shows the list.
  completer_->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
  completer_->setWidget(this);
  connect(this, &QLineEdit::textEdited, this, &SearchBox::updateSuggestions);
  connect(completer_, qOverload<const QModelIndex&>(&QCompleter::activated), this,
          [this](const QModelIndex& index) { choose(index.row()); });
  connect(this, &QLineEdit::returnPressed, this, [this] {
    if (completer_->popup()->isVisible()) return;  // the popup's own activation handles it
    updateSuggestions(text());
    completer_->popup()->hide();
    if (!results_.empty()) choose(0);
  });
}

void SearchBox::updateSuggestions(const QString& text) {
  results_ = index_->find(text);
  model_->clear();
  for (const SearchResult& r : results_) {
    auto* item = new QStandardItem(QStringLiteral("%1  —  %2").arg(r.name, r.kindLabel));
    model_->appendRow(item);
  }
  if (!results_.empty()) completer_->complete();
  else completer_->popup()->hide();
}

void SearchBox::choose(int row) {
  if (row < 0 || row >= int(results_.size())) return;
  const SearchResult result = results_[size_t(row)];
  setText(result.name);
  emit resultChosen(result);
}

}  // namespace planmap
