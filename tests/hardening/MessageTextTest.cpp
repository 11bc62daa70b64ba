#include "MessageText.h"

#include <gtest/gtest.h>

using namespace planmap;

TEST(MessageText, ScrubsPasswordsOfEveryKindOfSource) {
  EXPECT_EQ(MessageText::scrubPasswords("PG:host=db dbname=plan user=ak password=s3cret tables=a.b: not found"),
            "PG:host=db dbname=plan user=ak password=*** tables=a.b: not found");
  EXPECT_EQ(MessageText::scrubPasswords("PG:dbname=x password='with space' port=5432"), "PG:dbname=x password=*** port=5432");
  EXPECT_EQ(MessageText::scrubPasswords("cannot connect to postgresql://ak:hunter2@db.example:5432/plan"),
            "cannot connect to postgresql://ak:***@db.example:5432/plan");
  EXPECT_EQ(MessageText::scrubPasswords("PWD=abc;UID=x"), "PWD=***;UID=x");
  EXPECT_EQ(MessageText::scrubPasswords("bypass=1 no secret"), "bypass=1 no secret");
}

TEST(MessageText, EscapesControlCharactersFromFileContentsAndNames) {
  EXPECT_EQ(MessageText::escapeControls(QStringLiteral("a\x1b[31mred\x07") + QChar(0x202e) + "x"),
            QStringLiteral("a\\x1b[31mred\\x07\\u202ex"));
  EXPECT_EQ(MessageText::escapeControls("two\nlines\tkept"), "two\nlines\tkept");
  EXPECT_EQ(MessageText::escapeControls("one\nline", false), "one\\x0aline");
  EXPECT_EQ(MessageText::clean(QStringLiteral("\x1b 安康 password=x")), QStringLiteral("\\x1b 安康 password=***"));
}
