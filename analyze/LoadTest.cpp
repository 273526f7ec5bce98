//===- analyze/LoadTest.cpp - pgbench with a workload ---------------------===//
#include "analyze/Analyze.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

#include <algorithm>

using namespace llvm;

namespace schemac::analyze {

Expected<json::Object> runLoadTest(const backends::postgres::Connection &connection, StringRef workload,
                                   int seconds) {
  std::string pgbench;
  std::error_code ec;
  int best = -1;
  for (sys::fs::directory_iterator it("/usr/lib/postgresql", ec), end; it != end && !ec; it.increment(ec)) {
    int version = 0;
    if (to_integer(sys::path::filename(it->path()), version) && version > best &&
        sys::fs::exists(it->path() + "/bin/pgbench")) {
      best = version;
      pgbench = it->path() + "/bin/pgbench";
    }
  }
  if (pgbench.empty())
    if (ErrorOr<std::string> found = sys::findProgramByName("pgbench"))
      pgbench = *found;
  if (pgbench.empty())
    return createStringError(inconvertibleErrorCode(), "pgbench is not installed (Debian: postgresql-contrib)");
  if (!sys::fs::exists(workload))
    return createStringError(inconvertibleErrorCode(), "the workload `" + workload + "` does not exist");
  SmallString<128> dir;
  if (std::error_code e = sys::fs::createUniqueDirectory("schemac-pgbench", dir))
    return createStringError(e, "cannot create a folder for pgbench's log");
  Expected<std::vector<std::pair<std::string, std::string>>> vars = backends::postgres::libpqEnvironment(connection.target());
  if (!vars)
    return vars.takeError();
  std::vector<std::string> env;
  for (char **e = environ; *e; ++e)
    if (!StringRef(*e).startswith("PG"))
      env.push_back(*e);
  for (auto &[k, v] : *vars)
    env.push_back(k + "=" + v);
  std::vector<StringRef> envRefs(env.begin(), env.end());
  SmallString<128> abs(workload);
  sys::fs::make_absolute(abs);
  std::string duration = std::to_string(seconds), logPrefix = (dir + "/tx").str();
  std::vector<StringRef> argv{"pgbench", "-n", "-c", "2", "-j", "2", "-T", duration, "-f", abs, "-l",
                              "--log-prefix", logPrefix};
  SmallString<128> out(dir);
  sys::path::append(out, "stdout");
  std::optional<StringRef> redirects[] = {StringRef(""), StringRef(out), StringRef(out)};
  std::string message;
  int status = sys::ExecuteAndWait(pgbench, argv, ArrayRef<StringRef>(envRefs), redirects, seconds + 120, 0, &message);
  std::string text;
  if (ErrorOr<std::unique_ptr<MemoryBuffer>> b = MemoryBuffer::getFile(out))
    text = (*b)->getBuffer().str();
  if (status != 0) {
    sys::fs::remove_directories(dir);
    return createStringError(inconvertibleErrorCode(), "pgbench failed: " + StringRef(text).trim().rsplit('\n').second);
  }
  // Per-transaction log lines: client_id transaction_no time_us script_no time_epoch time_us
  std::vector<double> latencies;
  for (sys::fs::directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec)) {
    if (!StringRef(sys::path::filename(it->path())).startswith("tx"))
      continue;
    ErrorOr<std::unique_ptr<MemoryBuffer>> b = MemoryBuffer::getFile(it->path());
    if (!b)
      continue;
    SmallVector<StringRef, 0> lines;
    (*b)->getBuffer().split(lines, '\n', -1, false);
    for (StringRef line : lines) {
      SmallVector<StringRef, 6> fields;
      line.split(fields, ' ');
      double us = 0;
      if (fields.size() >= 3 && !fields[2].getAsDouble(us))
        latencies.push_back(us / 1000.0);
    }
  }
  sys::fs::remove_directories(dir);
  std::sort(latencies.begin(), latencies.end());
  auto pct = [&](double p) { return latencies.empty() ? 0.0 : latencies[std::min(latencies.size() - 1, size_t(p * double(latencies.size())))]; };
  double tps = 0, average = 0;
  for (StringRef line : split(text, '\n')) {
    if (line.startswith("tps = "))
      line.drop_front(6).split(' ').first.getAsDouble(tps);
    if (line.startswith("latency average = "))
      line.drop_front(18).split(' ').first.getAsDouble(average);
  }
  return json::Object{{"tps", tps}, {"transactions", int64_t(latencies.size())}, {"averageMs", average}, {"p50Ms", pct(0.5)},
                      {"p95Ms", pct(0.95)}, {"p99Ms", pct(0.99)}, {"seconds", seconds}};
}

} // namespace schemac::analyze
