// BackgroundTask: latest wins, older runs are cancelled and dropped, progress and results arrive on
// the owning thread, and destroying a task waits for its workers. Uses the real thread pool; no
// timings: workers wait on flags the test raises.
#include "BackgroundTask.h"
#include "Result.h"

#include <QCoreApplication>
#include <QTest>
#include <QThread>
#include <atomic>
#include <optional>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

// Holds a worker until `open` is set (or it is cancelled); bounded so a broken test cannot hang.
void holdUntil(const std::atomic<bool>& open, const TaskControl& control) {
  for (int i = 0; i < 20000 && !open.load() && !control.isCancelled(); ++i) QThread::msleep(1);
}

}  // namespace

TEST(BackgroundTask, ANewerRunCancelsTheOlderOneWhoseResultIsDropped) {
  BackgroundTask<Result<int>> task;
  std::atomic<bool> open{false};
  std::atomic<bool> firstSawCancel{false};
  std::vector<int> shown;
  std::vector<int> superseded;
  Qt::HANDLE doneThread = nullptr;
  const int first = task.start(
      [&](const TaskControl& control) {
        holdUntil(open, control);
        firstSawCancel = control.isCancelled();
        return control.isCancelled() ? Result<int>::fail(QStringLiteral("cancelled")) : Result<int>::ok(1);
      },
      [&](Result<int> r) { shown.push_back(r ? r.value() : -1); }, {},
      [&](Result<int> r) { superseded.push_back(r ? r.value() : 100); });
  const int second = task.start([](const TaskControl&) { return Result<int>::ok(2); },
                                [&](Result<int> r) {
                                  doneThread = QThread::currentThreadId();
                                  shown.push_back(r.value());
                                });
  EXPECT_EQ(second, first + 1);
  EXPECT_EQ(task.generation(), second);
  ASSERT_TRUE(QTest::qWaitFor([&] { return !task.isRunning(); }, 30000));
  EXPECT_TRUE(firstSawCancel);
  EXPECT_EQ(shown, std::vector<int>{2});
  EXPECT_EQ(superseded, std::vector<int>{100});  // it stopped at the cancel flag
  EXPECT_EQ(doneThread, QThread::currentThreadId());
}

TEST(BackgroundTask, ProgressArrivesOnTheOwningThreadInOrder) {
  BackgroundTask<int> task;
  std::vector<int> steps;
  bool allOnThisThread = true;
  const Qt::HANDLE self = QThread::currentThreadId();
  bool done = false;
  task.start(
      [](const TaskControl& control) {
        for (int i = 1; i <= 5; ++i) control.progress(i, 5, QStringLiteral("step"));
        return 5;
      },
      [&](int) { done = true; },
      [&](int d, int total, const QString& what) {
        steps.push_back(d);
        allOnThisThread = allOnThisThread && QThread::currentThreadId() == self && total == 5 && what == "step";
      });
  ASSERT_TRUE(QTest::qWaitFor([&] { return done && steps.size() == 5; }, 30000));
  EXPECT_EQ(steps, (std::vector<int>{1, 2, 3, 4, 5}));
  EXPECT_TRUE(allOnThisThread);
}

TEST(BackgroundTask, CancelLetsTheLatestRunReportItWasCancelled) {
  BackgroundTask<Status> task;
  std::atomic<bool> never{false};
  std::optional<Status> outcome;
  task.start(
      [&](const TaskControl& control) {
        holdUntil(never, control);
        return control.isCancelled() ? Status::fail(QStringLiteral("export: cancelled")) : Status::ok();
      },
      [&](Status s) { outcome = s; });
  EXPECT_TRUE(task.isBusy());
  task.cancel();
  ASSERT_TRUE(QTest::qWaitFor([&] { return outcome.has_value(); }, 30000));
  EXPECT_FALSE(outcome->isOk());
  EXPECT_EQ(outcome->error(), QStringLiteral("export: cancelled"));
}

TEST(BackgroundTask, DestroyingTheTaskCancelsAndWaitsForItsWorker) {
  std::atomic<bool> never{false};
  std::atomic<bool> entered{false};
  std::atomic<bool> left{false};
  bool delivered = false;
  {
    BackgroundTask<int> task;
    task.start(
        [&](const TaskControl& control) {
          entered = true;
          holdUntil(never, control);
          QThread::msleep(50);  // a destructor that did not wait would return meanwhile
          left = true;
          return 0;
        },
        [&](int) { delivered = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return entered.load(); }, 30000));
  }
  EXPECT_TRUE(left) << "the task was destroyed while its worker still ran";
  QCoreApplication::processEvents();
  EXPECT_FALSE(delivered) << "a destroyed task must not deliver";
}

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
