//===- tools/driver/DatasourceUrls.cpp - URLs a schema's datasource names -===//
#include "DatasourceUrls.h"

#include "frontend/Frontend.h"
#include "frontend/Sema.h"
#include "support/Diagnostic.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/SourceMgr.h"

using namespace llvm;

namespace schemac::tools {

namespace {

std::optional<std::string> resolve(const std::optional<frontend::UrlValue> &value) {
  if (!value)
    return std::nullopt;
  if (!value->fromEnv)
    return value->value.empty() ? std::nullopt : std::optional<std::string>(value->value);
  std::optional<std::string> fromEnvironment = sys::Process::GetEnv(value->value);
  if (!fromEnvironment || fromEnvironment->empty())
    return std::nullopt;
  return fromEnvironment;
}

} // namespace

DatasourceUrls datasourceUrls(StringRef schemaPath) {
  DatasourceUrls urls;
  if (schemaPath.empty() || !sys::fs::exists(schemaPath))
    return urls;
  SourceMgr sourceMgr;
  DiagnosticEngine diags(sourceMgr);
  Expected<std::vector<unsigned>> buffers =
      frontend::loadSchemaFiles({schemaPath.str()}, sourceMgr);
  if (!buffers) {
    consumeError(buffers.takeError());
    return urls;
  }
  std::unique_ptr<ast::Schema> ast = frontend::parseSchema(*buffers, diags);
  if (!ast || diags.hasErrors())
    return urls;
  frontend::ValidationOptions options;
  options.requireDatasourceUrl = false;
  std::unique_ptr<frontend::SchemaDatabase> db = frontend::validateSchema(*ast, diags, options);
  // Errors in models do not make the datasource's URLs less meant.
  if (!db || !db->datasource)
    return urls;
  const frontend::Datasource &source = *db->datasource;
  urls.migrate = resolve(source.directUrl);
  if (!urls.migrate)
    urls.migrate = resolve(source.url);
  urls.shadow = resolve(source.shadowDatabaseUrl);
  return urls;
}

} // namespace schemac::tools
