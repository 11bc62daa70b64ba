#include "CountyStatsDock.h"
#include "Project.h"

#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace planmap;

namespace {
// The default project, as the window opens it: the bundled Ankang map, catalog and links.
std::unique_ptr<planmap::Project> bundledProject() {
  auto project = planmap::Project::createBundled();
  EXPECT_TRUE(project.isOk()) << project.error().toStdString();
  return project.isOk() ? std::move(project.value()) : std::make_unique<planmap::Project>();
}
}  // namespace

TEST(CountyStatsDockTest, ComputesTenCountiesAndExportsCsvWithBom) {
  auto project = bundledProject();
  CountyStatsDock dock(*project);
  QSignalSpy ready(&dock, &CountyStatsDock::statisticsReady);
  QSignalSpy failed(&dock, &CountyStatsDock::statisticsFailed);
  dock.refresh();
  EXPECT_TRUE(dock.isBusy());
  QTRY_COMPARE_WITH_TIMEOUT(ready.count() + failed.count(), 1, 45000);
  ASSERT_EQ(failed.count(), 0) << failed.first().first().toString().toStdString();

  auto* table = dock.findChild<QTableWidget*>(QStringLiteral("countyTable"));
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->rowCount(), 10);

  // 宁陕县 lies in the Qinling: its core + key zone area shows in the table.
  int coreColumn = -1, keyColumn = -1;
  for (int c = 0; c < table->columnCount(); ++c) {
    const QString h = table->horizontalHeaderItem(c)->text();
    if (h.contains(QStringLiteral("core"))) coreColumn = c;
    if (h.contains(QStringLiteral("key"))) keyColumn = c;
  }
  ASSERT_GE(coreColumn, 0);
  ASSERT_GE(keyColumn, 0);
  int ningshan = -1;
  for (int r = 0; r < table->rowCount(); ++r)
    if (table->item(r, 0)->text() == QStringLiteral("宁陕县")) ningshan = r;
  ASSERT_GE(ningshan, 0);
  const double protectedKm2 = table->item(ningshan, coreColumn)->data(Qt::UserRole).toDouble() +
                              table->item(ningshan, keyColumn)->data(Qt::UserRole).toDouble();
  EXPECT_GT(protectedKm2, 1.0);

  // Sorting by area reorders numerically, not as text.
  table->sortItems(1, Qt::DescendingOrder);
  for (int r = 1; r < table->rowCount(); ++r)
    EXPECT_GE(table->item(r - 1, 1)->data(Qt::UserRole).toDouble(), table->item(r, 1)->data(Qt::UserRole).toDouble());

  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString csv = dir.filePath(QStringLiteral("counties.csv"));
  const Status written = dock.exportCsv(csv);
  ASSERT_TRUE(written) << written.error().toStdString();
  QFile f(csv);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  const QByteArray bytes = f.readAll();
  ASSERT_GE(bytes.size(), 3);
  EXPECT_EQ(bytes.left(3), QByteArray("\xEF\xBB\xBF"));
  EXPECT_TRUE(QString::fromUtf8(bytes).contains(QStringLiteral("汉滨区")));
}
