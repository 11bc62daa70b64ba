// Every hand-broken or hostile project file in tests/data/bad/project/ gets an error that names the
// file and says what is wrong — or, for layers that point at data that isn't there (or isn't vector
// data), opens with those layers marked missing. Nothing crashes.
#include "Project.h"
#include "ProjectReader.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

QString badFile(const char* name) { return QStringLiteral(PLANMAP_TEST_DATA "/bad/project/") + QLatin1String(name); }

struct HostileCase {
  const char* file;
  const char* expectedInMessage;  // besides the file name
};

class HostileProject : public ::testing::TestWithParam<HostileCase> {};

}  // namespace

TEST_P(HostileProject, IsRefusedWithAMessageNamingTheFileAndTheCause) {
  const HostileCase c = GetParam();
  auto result = ProjectReader::read(badFile(c.file));
  ASSERT_FALSE(result.isOk()) << c.file << " was accepted";
  const QString message = result.error();
  EXPECT_TRUE(message.contains(QLatin1String(c.file))) << message.toStdString();
  EXPECT_TRUE(message.contains(QString::fromUtf8(c.expectedInMessage))) << message.toStdString();
  EXPECT_FALSE(message.contains(QLatin1Char('\n'))) << "one line, for stderr and message bars";
}

INSTANTIATE_TEST_SUITE_P(
    BadProjectFiles, HostileProject,
    ::testing::Values(HostileCase{"empty.planmap", "empty"}, HostileCase{"not_json.planmap", "invalid JSON"},
                      HostileCase{"wrong_format.planmap", "not a PlanMap project"},
                      HostileCase{"newer_version.planmap", "newer PlanMap"},
                      HostileCase{"version_is_text.planmap", "'version'"},
                      HostileCase{"layers_not_array.planmap", "'layers' must be an array"},
                      HostileCase{"opacity_enormous.planmap", "layers[0]"},
                      HostileCase{"extent_enormous.planmap", "view.extent"},
                      HostileCase{"id_wrong_type.planmap", "'id'"},
                      HostileCase{"duplicate_layer_id.planmap", "used twice"},
                      HostileCase{"unknown_source_kind.planmap", "bundled, file or postgis"},
                      HostileCase{"password_in_connection.planmap", "password"},
                      HostileCase{"bad_style_colour.planmap", "not a colour"},
                      HostileCase{"deep_nesting.planmap", "invalid JSON"}),
    [](const ::testing::TestParamInfo<HostileCase>& info) {
      std::string name = info.param.file;
      for (char& ch : name)
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
      return name;
    });

TEST(HostileProject, PathsOutsideTheProjectOpenAsMissingLayersNotAsData) {
  auto result = ProjectReader::read(badFile("escaping_paths.planmap"));
  ASSERT_TRUE(result.isOk()) << result.error().toStdString();
  const Project& p = *result.value();
  ASSERT_EQ(p.missingLayers().size(), 2u);
  // /etc/passwd is not vector data: GDAL refuses it, and the layer stays empty.
  EXPECT_EQ(p.missingLayers()[0].layerId, QStringLiteral("etc"));
  EXPECT_TRUE(p.missingLayers()[0].error.contains(QStringLiteral("passwd"))) << p.missingLayers()[0].error.toStdString();
  EXPECT_EQ(p.document().layer(QStringLiteral("etc"))->features->featureCount(), 0u);
  EXPECT_EQ(p.missingLayers()[1].layerId, QStringLiteral("abs"));
  EXPECT_TRUE(p.missingLayers()[1].error.contains(QStringLiteral("data.shp"))) << p.missingLayers()[1].error.toStdString();
  // The good layer beside them is intact.
  ASSERT_TRUE(p.document().layer(QStringLiteral("c")));
  EXPECT_EQ(p.document().layer(QStringLiteral("c"))->features->featureCount(), 10u);
}

TEST(HostileProject, AFolderOrAMissingFileIsNamedInTheError) {
  auto folder = ProjectReader::read(QStringLiteral(PLANMAP_TEST_DATA "/bad/project"));
  ASSERT_FALSE(folder.isOk());
  EXPECT_TRUE(folder.error().contains(QStringLiteral("folder")));
  auto missing = ProjectReader::read(QStringLiteral("/nonexistent/规划.planmap"));
  ASSERT_FALSE(missing.isOk());
  EXPECT_TRUE(missing.error().contains(QStringLiteral("规划.planmap")));
  EXPECT_TRUE(missing.error().contains(QStringLiteral("not found")));
}
