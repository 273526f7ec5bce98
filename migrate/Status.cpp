//===- migrate/Status.cpp - The folder against the history ----------------===//
#include "migrate/Runtime.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

using namespace llvm;

namespace schemac::migrate {

char MigrationFailure::ID = 0;

void MigrationFailure::log(raw_ostream &os) const {
  os << "migration `" << migration << "` failed";
  if (statementNumber > 0)
    os << " at statement " << statementNumber << " (line " << line << ": " << statement << ")";
  os << ": " << message;
  if (!sqlState.empty())
    os << " [SQLSTATE " << sqlState << "]";
  if (!hint.empty())
    os << "; hint: " << hint;
  if (connectionLost)
    os << "; its transaction was rolled back with the connection: run apply again once the "
          "server is back";
}

StringRef entryStateName(EntryState state) {
  switch (state) {
  case EntryState::Applied: return "applied";
  case EntryState::Modified: return "modified";
  case EntryState::Pending: return "pending";
  case EntryState::Failed: return "failed";
  case EntryState::MissingLocally: return "missing-locally";
  }
  return "";
}

int StatusReport::count(EntryState state) const {
  int n = 0;
  for (const StatusEntry &entry : entries)
    n += entry.state == state;
  return n;
}

bool StatusReport::upToDate() const {
  return count(EntryState::Pending) == 0 && count(EntryState::Failed) == 0 &&
         count(EntryState::MissingLocally) == 0;
}

int lastAppliedIndex(const MigrationsFolder &folder, const std::vector<HistoryRow> &rows) {
  int last = -1;
  for (const HistoryRow &row : rows)
    if (row.isApplied())
      last = std::max(last, folder.indexOf(row.name));
  return last;
}

StatusReport computeStatus(const MigrationsFolder &folder, const std::vector<HistoryRow> &rows,
                           bool hasHistoryTable) {
  StatusReport report;
  report.hasHistoryTable = hasHistoryTable;
  // The latest row of each migration decides (rows are in start order).
  StringMap<const HistoryRow *> latest, applied;
  StringMap<bool> rolledBack;
  for (const HistoryRow &row : rows) {
    latest[row.name] = &row;
    if (row.isApplied())
      applied[row.name] = &row;
    if (row.rolledBackAt)
      rolledBack[row.name] = true;
  }
  for (const LocalMigration &migration : folder.migrations) {
    StatusEntry entry;
    entry.name = migration.name;
    auto a = applied.find(migration.name);
    auto l = latest.find(migration.name);
    if (a != applied.end()) {
      entry.appliedAt = a->second->finishedAt;
      entry.state = checksumMatches(a->second->checksum, migration.script) ? EntryState::Applied
                                                                           : EntryState::Modified;
    } else if (l != latest.end() && l->second->isFailed()) {
      entry.state = EntryState::Failed;
      entry.logs = l->second->logs;
    } else {
      entry.state = EntryState::Pending;
      entry.rolledBackBefore = rolledBack.count(migration.name);
    }
    report.entries.push_back(std::move(entry));
  }
  for (const HistoryRow &row : rows) {
    if (folder.find(row.name) || !row.isApplied())
      continue;
    StatusEntry entry;
    entry.name = row.name;
    entry.state = EntryState::MissingLocally;
    entry.appliedAt = row.finishedAt;
    report.entries.push_back(std::move(entry));
  }
  return report;
}

void printStatus(const StatusReport &report, raw_ostream &os, bool asJson) {
  if (asJson) {
    json::Array entries;
    for (const StatusEntry &entry : report.entries) {
      json::Object object{{"name", entry.name}, {"state", entryStateName(entry.state)}};
      if (entry.appliedAt)
        object["appliedAt"] = *entry.appliedAt;
      if (entry.rolledBackBefore)
        object["rolledBackBefore"] = true;
      if (entry.logs)
        object["logs"] = *entry.logs;
      entries.push_back(std::move(object));
    }
    json::Object counts;
    for (EntryState state : {EntryState::Applied, EntryState::Modified, EntryState::Pending,
                             EntryState::Failed, EntryState::MissingLocally})
      counts[entryStateName(state)] = report.count(state);
    os << formatv("{0:2}", json::Value(json::Object{{"migrations", std::move(entries)},
                                                     {"counts", std::move(counts)},
                                                     {"historyTable", report.hasHistoryTable},
                                                     {"upToDate", report.upToDate()}}))
       << "\n";
    return;
  }
  size_t width = 0;
  for (const StatusEntry &entry : report.entries)
    width = std::max(width, entry.name.size());
  for (const StatusEntry &entry : report.entries) {
    os << formatv("{0,-16} {1}", entryStateName(entry.state), entry.name);
    if (entry.appliedAt)
      os.indent(width - entry.name.size()) << "  " << *entry.appliedAt;
    else if (entry.rolledBackBefore)
      os.indent(width - entry.name.size()) << "  (rolled back before)";
    os << "\n";
    if (entry.state == EntryState::Failed && entry.logs)
      os << "                 " << StringRef(*entry.logs).split('\n').first << "\n";
  }
  int total = int(report.entries.size()) - report.count(EntryState::MissingLocally);
  os << formatv("{0} migration{1} in the folder: {2} applied", total, total == 1 ? "" : "s",
                report.count(EntryState::Applied) + report.count(EntryState::Modified));
  if (int n = report.count(EntryState::Pending))
    os << ", " << n << " pending";
  if (int n = report.count(EntryState::Failed))
    os << ", " << n << " failed";
  if (int n = report.count(EntryState::Modified))
    os << ", " << n << " modified after they were applied";
  if (int n = report.count(EntryState::MissingLocally))
    os << "; " << n << " applied but missing from the folder";
  os << (report.upToDate() ? "; the database is up to date\n" : "\n");
}

} // namespace schemac::migrate
