#pragma once

#include "PostgresServer.h"

#include <QString>
#include <gtest/gtest.h>

namespace planmap::test {

// The server shared by every test in test_postgis, started before the first test and stopped and
// deleted after the last, pass or fail. A server that cannot start fails the run with the reason.
class PostGisTestEnvironment : public ::testing::Environment {
 public:
  void SetUp() override;
  void TearDown() override;

  static PostgresServer* server();
  static QString connection(const QString& user = QStringLiteral("postgres"));
  // Publishes the bundled map, catalog and links to schema "ankang" once (first caller pays).
  static const QString& publishedSchema();
};

}  // namespace planmap::test

// Fails the current test when the shared server is not there.
#define REQUIRE_SERVER() \
  ASSERT_NE(::planmap::test::PostGisTestEnvironment::server(), nullptr) << "the test PostgreSQL server did not start"
