#include "EncodingDetector.h"

#include "TestPaths.h"

#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace planmap;

TEST(EncodingDetector, ReadsTheCpgSpellingsChineseDataArrivesWith) {
  EXPECT_EQ(EncodingDetector::encodingFromCpg("UTF-8"), "UTF-8");
  EXPECT_EQ(EncodingDetector::encodingFromCpg("utf8\r\n"), "UTF-8");
  EXPECT_EQ(EncodingDetector::encodingFromCpg("65001"), "UTF-8");
  EXPECT_EQ(EncodingDetector::encodingFromCpg("936"), "CP936");
  EXPECT_EQ(EncodingDetector::encodingFromCpg("CP936"), "CP936");
  EXPECT_EQ(EncodingDetector::encodingFromCpg("GBK"), "CP936");
  EXPECT_EQ(EncodingDetector::encodingFromCpg("GB2312"), "CP936");
  EXPECT_EQ(EncodingDetector::encodingFromCpg("ANSI 936"), "CP936");
  EXPECT_EQ(EncodingDetector::encodingFromCpg("GB18030"), "GB18030");
  EXPECT_EQ(EncodingDetector::encodingFromCpg("88591"), "ISO-8859-1");
  EXPECT_EQ(EncodingDetector::encodingFromCpg("8859-1"), "ISO-8859-1");
  EXPECT_EQ(EncodingDetector::encodingFromCpg("ISO-8859-15"), "ISO-8859-15");
  EXPECT_EQ(EncodingDetector::encodingFromCpg("1252"), "CP1252");
  EXPECT_TRUE(EncodingDetector::encodingFromCpg("").isEmpty());
  EXPECT_TRUE(EncodingDetector::encodingFromCpg("no idea").isEmpty());
}

TEST(EncodingDetector, LanguageByteSaysGbkOnlyWhenItIsDefinite) {
  EXPECT_EQ(EncodingDetector::encodingFromLdid(0x4D), "CP936");
  EXPECT_EQ(EncodingDetector::encodingFromLdid(0x7A), "CP936");
  EXPECT_EQ(EncodingDetector::encodingFromLdid(0x57), "");  // "current ANSI code page": says nothing
  EXPECT_EQ(EncodingDetector::encodingFromLdid(0x00), "");
  EXPECT_EQ(EncodingDetector::encodingFromLdid(0x03), "CP1252");
}

TEST(EncodingDetector, Utf8ValidationForgivesOnlyACutAtTheFieldEnd) {
  const QByteArray name = QStringLiteral("汉滨区").toUtf8();
  EXPECT_TRUE(EncodingDetector::isValidUtf8(name, false));
  const QByteArray cut = name.left(name.size() - 1);
  EXPECT_FALSE(EncodingDetector::isValidUtf8(cut, false));
  EXPECT_TRUE(EncodingDetector::isValidUtf8(cut, true));
  QStringEncoder gbk("GB18030");
  const QByteArray gbkName = gbk.encode(QStringLiteral("汉滨区"));
  EXPECT_FALSE(EncodingDetector::isValidUtf8(gbkName, true));
  EXPECT_TRUE(EncodingDetector::decodesAsGb18030(gbkName));
  EXPECT_FALSE(EncodingDetector::decodesAsGb18030(QByteArray("Bogot\xe1")));
}

TEST(EncodingDetector, DetectsGbkUtf8AndLatin1FromValues) {
  QStringEncoder gbk("GB18030");
  std::vector<QByteArray> gbkValues{gbk.encode(QStringLiteral("汉滨区")), gbk.encode(QStringLiteral("旬阳市"))};
  EncodingInfo info = EncodingDetector::detect(gbkValues, {false, false}, 5, "test");
  EXPECT_EQ(info.name, "CP936");
  EXPECT_EQ(info.source, EncodingSource::Detected);
  EXPECT_TRUE(info.note.contains("2 of 2")) << info.note.toStdString();

  std::vector<QByteArray> utf8Values{QStringLiteral("汉滨区").toUtf8(), QStringLiteral("白河县").toUtf8()};
  EXPECT_EQ(EncodingDetector::detect(utf8Values, {}, 2, "test").name, "UTF-8");

  std::vector<QByteArray> latin1Values{QByteArray("Bogot\xe1"), QByteArray("Per\xfa"), QByteArray("Panam\xe1")};
  EXPECT_EQ(EncodingDetector::detect(latin1Values, {}, 3, "test").name, "ISO-8859-1");
}

TEST(EncodingDetector, ShapefileOrderIsCpgThenLanguageByteThenDetection) {
  const QString cpgDir = loadingFixture("gbk_cpg/ankang_cpg936");
  EncodingInfo cpg = EncodingDetector::forShapefile(cpgDir + ".cpg", cpgDir + ".dbf");
  EXPECT_EQ(cpg.source, EncodingSource::Cpg);
  EXPECT_EQ(cpg.name, "CP936");

  const QString ldid = loadingFixture("gbk_ldid/ankang_ldid.dbf");
  EncodingInfo byLdid = EncodingDetector::forShapefile({}, ldid);
  EXPECT_EQ(byLdid.source, EncodingSource::Ldid);
  EXPECT_EQ(byLdid.name, "CP936");
  EXPECT_TRUE(byLdid.note.contains("0x4d")) << byLdid.note.toStdString();

  EncodingInfo detected = EncodingDetector::forShapefile({}, loadingFixture("gbk_detect/ankang_gbk.dbf"));
  EXPECT_EQ(detected.source, EncodingSource::Detected);
  EXPECT_EQ(detected.name, "CP936");
  // Ten county names, all non-ASCII, among 10 names + 10 codes... only text fields count.
  EXPECT_TRUE(detected.note.contains("10 of 10")) << detected.note.toStdString();
}
