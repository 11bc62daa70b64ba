#include "PostGisEditRights.h"

#include "PostGisConnection.h"

namespace planmap {
namespace {

Result<bool> allOf(PostGisConnection& c, const QString& table, std::initializer_list<const char*> privileges) {
  for (const char* privilege : privileges) {
    auto p = c.hasTablePrivilege(table, QString::fromLatin1(privilege));
    if (!p) return p;
    if (!p.value()) return Result<bool>::ok(false);
  }
  return Result<bool>::ok(true);
}

}  // namespace

QString PostGisEditRights::readOnlyMessage() const {
  if (canEditProgress && canEditLinks) return {};
  if (readOnly()) return QStringLiteral("只读角色 / the PostGIS role %1 may only read schema %2").arg(role, schema);
  if (!canEditProgress) return QStringLiteral("the PostGIS role %1 may not change progress records in schema %2").arg(role, schema);
  return QStringLiteral("the PostGIS role %1 may not change links in schema %2").arg(role, schema);
}

Result<PostGisEditRights> PostGisEditRights::query(PostGisConnection& connection, const QString& schema) {
  using R = Result<PostGisEditRights>;
  PostGisEditRights rights;
  rights.schema = schema;
  rights.role = connection.currentUser();
  auto progress = allOf(connection, PostGisConnection::quoteQualified(schema, QStringLiteral("planmap_progress")), {"INSERT", "UPDATE"});
  if (!progress) return R::fail(progress.error());
  auto links = allOf(connection, PostGisConnection::quoteQualified(schema, QStringLiteral("planmap_links")), {"INSERT", "DELETE"});
  if (!links) return R::fail(links.error());
  rights.canEditProgress = progress.value();
  rights.canEditLinks = links.value();
  return R::ok(rights);
}

}  // namespace planmap
