#include "CatalogReader.h"
#include "PlanCatalog.h"
#include "PlanTestPaths.h"
#include "TargetCondition.h"

#include <QFile>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

// Quantitative targets in the seed, counted by hand, sentence by sentence:
//   第十一章  10个以上大型生态养老机构, 10个以上医养结合核心区, 重点镇5—10个, 吸纳就业5000人以上,
//            3—5个县域工业集中区, 标准化厂房500万平方米, 新社区工厂1000家, 带动就业5万人以上       = 8
//   第十二章  无主矿山50%, 大中型矿山60%, 国家示范县2个, 国家示范村镇10个, 省级示范村镇50个,
//            地表水国控断面100%, 饮用水源地100%, 优良天数90%, 放射源处置100%,
//            工业固废30% and 建筑垃圾30% (one "30%" promising two rates), 城市固废85%, 秸秆90%,
//            绿色建筑70%                                                                       = 14
//            + 镇级污水处理设施全覆盖, 生活垃圾分类全覆盖 ("全覆盖" recorded as 100%)             = 2
//   第十三章  none                                                                               = 0
// That is 21 "number + unit" phrases in the text (kSeedNumberPhrases, checked below against the
// seed itself), +1 for the shared 30%, +2 for the two 全覆盖 promises = 24.
constexpr int kSeedNumberPhrases = 21;
constexpr int kQuantitativeTargets = 24;

QString readSeed() {
  QFile f(plantest::seedPath());
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(f.readAll());
}

const PlanCatalog& bundled() {
  static const Result<PlanCatalog> catalog = PlanCatalog::loadBundled();
  return catalog.value();
}

QString chineseNumber(int n) {
  static const QString digits = QStringLiteral("〇一二三四五六七八九");
  if (n <= 9) return digits.mid(n, 1);
  if (n < 20) return QStringLiteral("十") + (n % 10 ? digits.mid(n % 10, 1) : QString());
  return digits.mid(n / 10, 1) + QStringLiteral("十") + (n % 10 ? digits.mid(n % 10, 1) : QString());
}

const PlanItem* targetWith(const QString& indicatorPart) {
  for (const PlanItem* item : bundled().itemsOfKind(PlanItemKind::Target))
    if (item->indicator.contains(indicatorPart)) return item;
  return nullptr;
}

}  // namespace

TEST(BundledCatalog, LoadsAndValidates) {
  const Result<PlanCatalog> catalog = PlanCatalog::loadBundled();
  ASSERT_TRUE(catalog.isOk()) << catalog.error().toStdString();
  EXPECT_FALSE(catalog->itemsOfKind(PlanItemKind::Project).empty());
  EXPECT_FALSE(catalog->itemsOfKind(PlanItemKind::Target).empty());
  EXPECT_FALSE(catalog->itemsOfKind(PlanItemKind::Measure).empty());
  ASSERT_EQ(catalog->documents().size(), 1u);
  EXPECT_EQ(catalog->documents().front().periodEnd, 2025);
  EXPECT_EQ(catalog->documents().front().language, QStringLiteral("zh-CN"));
}

TEST(BundledCatalog, EveryItemTextOccursVerbatimInTheSeed) {
  const QString seed = readSeed();
  ASSERT_FALSE(seed.isEmpty()) << "cannot read " << plantest::seedPath().toStdString();
  for (const PlanItem& item : bundled().items())
    EXPECT_TRUE(seed.contains(item.text)) << item.id.toStdString() << ": " << item.text.toStdString();
}

TEST(BundledCatalog, EveryNonHeadingSentenceOfTheSeedIsCoveredByAnItem) {
  // Sentence by sentence: each sentence of the excerpt (split at 。) is either a paragraph lead
  // ("装备制造。", kept as the items' topic) or part of some item's text.
  const QString seed = readSeed();
  QStringList texts, topics;
  for (const PlanItem& item : bundled().items()) {
    texts << item.text;
    topics << item.topic + QStringLiteral("。");
  }
  const QString all = texts.join(QLatin1Char('\n'));
  int checked = 0;
  for (QString sentence : seed.split(QChar(0x3002), Qt::SkipEmptyParts)) {
    sentence = sentence.section(QStringLiteral("\n\n"), -1).remove(QStringLiteral("(上接五版)")).trimmed();  // drop headings
    if (sentence.isEmpty() || sentence.endsWith(QStringLiteral("传统民居"))) continue;  // excerpt ends mid-sentence
    sentence += QChar(0x3002);
    ++checked;
    if (topics.contains(sentence)) continue;
    EXPECT_TRUE(all.contains(sentence)) << "no item covers: " << sentence.toStdString();
  }
  EXPECT_EQ(checked, 174);  // sentences ending in 。 in the excerpt, 28 of them paragraph leads
}

TEST(BundledCatalog, PlacesAreNamedInTheItemText) {
  for (const PlanItem& item : bundled().items())
    for (const QString& place : item.places)
      EXPECT_TRUE(item.text.contains(place)) << item.id.toStdString() << ": " << place.toStdString();
}

TEST(BundledCatalog, ChapterAndSectionNamesMatchTheirNumbers) {
  for (const PlanItem& item : bundled().items()) {
    EXPECT_EQ(item.chapter, QStringLiteral("第%1章").arg(chineseNumber(item.chapterNumber))) << item.id.toStdString();
    EXPECT_EQ(item.section, QStringLiteral("第%1节").arg(chineseNumber(item.sectionNumber))) << item.id.toStdString();
    EXPECT_TRUE(item.id.startsWith(QStringLiteral("c%1s%2-").arg(item.chapterNumber).arg(item.sectionNumber)))
        << item.id.toStdString();
  }
}

TEST(BundledCatalog, QuantitativeTargetCountMatchesTheHandCount) {
  // First the text itself: the number phrases the hand count started from.
  const QRegularExpression numberPhrase(QStringLiteral("\\d+(—\\d+)?(%|个|家|万人|人|万平方米)"));
  int phrases = 0;
  for (auto it = numberPhrase.globalMatch(readSeed()); it.hasNext(); it.next()) ++phrases;
  EXPECT_EQ(phrases, kSeedNumberPhrases);

  int quantitative = 0;
  for (const PlanItem* item : bundled().itemsOfKind(PlanItemKind::Target))
    if (item->quantitative) ++quantitative;
  EXPECT_EQ(quantitative, kQuantitativeTargets);
}

TEST(BundledCatalog, EveryQuantitativeTargetStatesItsNumberAndIsComparable) {
  for (const PlanItem* item : bundled().itemsOfKind(PlanItemKind::Target)) {
    if (!item->quantitative) {
      EXPECT_FALSE(item->value.has_value()) << item->id.toStdString();
      continue;
    }
    EXPECT_TRUE(TargetCondition::fromItem(*item).isOk()) << item->id.toStdString();
    EXPECT_FALSE(item->unit.isEmpty()) << item->id.toStdString();
    EXPECT_TRUE(item->text.contains(item->comparator)) << item->id.toStdString();
    if (item->comparator == QStringLiteral("全覆盖")) continue;
    const QString number = item->range ? QStringLiteral("%1—%2").arg(item->range->min).arg(item->range->max)
                                       : QString::number(*item->value);
    EXPECT_TRUE(item->text.contains(number + item->unit)) << item->id.toStdString() << " " << number.toStdString();
  }
}

TEST(BundledCatalog, ContainsTheHeadlineTargetsWithValueAndUnit) {
  struct Expected {
    const char* indicator;
    double value;
    const char* unit;
    const char* comparator;
  };
  const Expected expected[] = {
      {"标准化厂房面积", 500, "万平方米", "达到"},
      {"新社区工厂数量", 1000, "家", "达到"},
      {"地表水国控断面水质达标率", 100, "%", "保持"},
      {"城市空气质量优良天数比例", 90, "%", "保持"},
      {"大型生态养老机构", 10, "个", "以上"},
      {"绿色建筑占比", 70, "%", "以上"},
  };
  for (const Expected& e : expected) {
    const PlanItem* item = targetWith(QString::fromUtf8(e.indicator));
    ASSERT_NE(item, nullptr) << e.indicator;
    ASSERT_TRUE(item->value.has_value()) << e.indicator;
    EXPECT_DOUBLE_EQ(*item->value, e.value) << e.indicator;
    EXPECT_EQ(item->unit, QString::fromUtf8(e.unit)) << e.indicator;
    EXPECT_EQ(item->comparator, QString::fromUtf8(e.comparator)) << e.indicator;
    EXPECT_TRUE(item->isCityScope());
  }
  EXPECT_EQ(targetWith(QStringLiteral("标准化厂房面积"))->deadline, 2025);
  // "确保……保持在90%以上,到2025年,实现……": the year governs only the clause after it.
  EXPECT_FALSE(targetWith(QStringLiteral("城市空气质量优良天数比例"))->deadline.has_value());

  const PlanItem* towns = targetWith(QStringLiteral("毛绒玩具文创产业重点镇"));
  ASSERT_NE(towns, nullptr);
  ASSERT_TRUE(towns->range.has_value());
  EXPECT_DOUBLE_EQ(towns->range->min, 5);
  EXPECT_DOUBLE_EQ(towns->range->max, 10);
  EXPECT_FALSE(towns->value.has_value());
}

TEST(BundledCatalog, NamedProjectsArePresent) {
  const char* names[] = {"安康国际康养中心", "恒口毛绒玩具文创产业园", "秦巴(安康)现代物流港", "安康国家高新区",
                         "旬阳省级高新区", "石泉省级经开区", "汉滨五里工业集中区", "汉江水生态智能监测系统",
                         "宁陕“飞地园区”", "白河“飞地园区”", "白河硫铁矿", "旬阳铅锌矿", "安康(汉阴)国家农业科技园区"};
  const auto projects = bundled().itemsOfKind(PlanItemKind::Project);
  for (const char* name : names) {
    const QString n = QString::fromUtf8(name);
    const bool found =
        std::any_of(projects.begin(), projects.end(), [&](const PlanItem* p) { return p->name.contains(n); });
    EXPECT_TRUE(found) << name;
  }
}

// A typo of the seed is kept verbatim in the text and marked with a note; it is never fixed
// silently (the text must stay an exact substring) nor copied without comment.
TEST(BundledCatalog, SeedTyposAreMarkedWithANote) {
  struct Typo {
    const char* id;
    const char* inText;   // the seed's spelling, kept in the text
    const char* inNote;   // the note names the probable reading
  };
  for (const Typo& t : {Typo{"c12s4-t03", "土壤环境质量位达标率", "点位"}, Typo{"c11s3-p06", "装备式", "装配式"},
                        Typo{"c12s2-m06", "一人河", "入河"}}) {
    const PlanItem* item = bundled().itemById(QLatin1String(t.id));
    ASSERT_NE(item, nullptr) << t.id;
    EXPECT_TRUE(item->text.contains(QString::fromUtf8(t.inText))) << t.id;
    EXPECT_TRUE(item->note.contains(QString::fromUtf8(t.inText))) << t.id << ": the note quotes the seed's spelling";
    EXPECT_TRUE(item->note.contains(QString::fromUtf8(t.inNote))) << t.id << ": " << item->note.toStdString();
  }
  // 装配式: the name (what the map labels show too) uses the reading the note gives.
  EXPECT_TRUE(bundled().itemById(QStringLiteral("c11s3-p06"))->name.contains(QStringLiteral("装配式")));
}

// These names once added words the sentence lacks (常州与安康共建, 新社区工厂, 安置社区); every
// piece of the name between punctuation must now be the sentence's own words.
TEST(BundledCatalog, RewordedNamesUseOnlyTheSentencesWords) {
  static const QRegularExpression punctuation(QStringLiteral("[,、“”()（）…]+"));
  for (const char* id : {"c11s5-p12", "c11s5-p18", "c13s1-m15"}) {
    const PlanItem* item = bundled().itemById(QLatin1String(id));
    ASSERT_NE(item, nullptr) << id;
    for (const QString& piece : item->name.split(punctuation, Qt::SkipEmptyParts))
      EXPECT_TRUE(item->text.contains(piece)) << id << ": \"" << piece.toStdString() << "\" is not in the sentence";
  }
}

// Qualitative promises of the same kind as the 16 encoded before are targets too.
TEST(BundledCatalog, TheFourFurtherQualitativeTargetsAreEncoded) {
  const auto targets = bundled().itemsOfKind(PlanItemKind::Target);
  int qualitative = 0;
  for (const PlanItem* t : targets) qualitative += t->quantitative ? 0 : 1;
  EXPECT_EQ(qualitative, 20);
  EXPECT_EQ(int(targets.size()), kQuantitativeTargets + 20);
  struct Expected {
    const char* words;  // in the sentence
    const char* direction;
  };
  for (const Expected& e : {Expected{"降低瀛湖总氮总磷水平", "at_most"}, Expected{"提高污水处理率", "at_least"},
                            Expected{"全面恢复流域生态基流", "at_least"}, Expected{"确保主要帮扶政策延续性", ""}}) {
    const PlanItem* found = nullptr;
    for (const PlanItem* t : targets)
      if (!t->quantitative && t->text.contains(QString::fromUtf8(e.words))) found = t;
    ASSERT_NE(found, nullptr) << e.words;
    EXPECT_EQ(found->direction, QString::fromUtf8(e.direction)) << e.words;
    EXPECT_FALSE(found->value.has_value());
  }
}
