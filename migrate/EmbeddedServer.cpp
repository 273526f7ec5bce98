//===- migrate/EmbeddedServer.cpp - The project's local PostgreSQL --------===//
#include "migrate/EmbeddedServer.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <cerrno>
#include <pwd.h>
#include <signal.h>
#include <unistd.h>

using namespace llvm;

namespace schemac::migrate {

namespace {

Error errorf(const Twine &message) {
  return createStringError(inconvertibleErrorCode(), message);
}

/// The newest /usr/lib/postgresql/N/bin, or the folder of `initdb` on PATH.
std::string serverBinDir() {
  std::error_code ec;
  std::string best;
  int bestVersion = -1;
  for (sys::fs::directory_iterator it("/usr/lib/postgresql", ec), end; it != end && !ec;
       it.increment(ec)) {
    int version = 0;
    if (to_integer(sys::path::filename(it->path()), version) && version > bestVersion &&
        sys::fs::exists(it->path() + "/bin/initdb")) {
      bestVersion = version;
      best = it->path() + "/bin";
    }
  }
  if (!best.empty())
    return best;
  if (ErrorOr<std::string> initdb = sys::findProgramByName("initdb"))
    return sys::path::parent_path(*initdb).str();
  return "";
}

/// Runs a server tool, as the `postgres` system user when we are root.
Error runTool(StringRef binDir, StringRef tool, ArrayRef<std::string> args, StringRef logFile) {
  std::vector<std::string> argv;
  std::string program;
  if (::getuid() == 0) {
    ErrorOr<std::string> runuser = sys::findProgramByName("runuser");
    if (!runuser)
      return errorf("running as root, the embedded server needs `runuser` to start PostgreSQL "
                    "as the `postgres` user");
    program = *runuser;
    argv = {"runuser", "-u", "postgres", "--"};
  } else {
    program = (binDir + "/" + tool).str();
  }
  argv.push_back((binDir + "/" + tool).str());
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<StringRef> refs(argv.begin(), argv.end());
  std::optional<StringRef> redirects[] = {std::nullopt, logFile, logFile};
  std::string message;
  int status = sys::ExecuteAndWait(program, refs, std::nullopt, redirects, 120, 0, &message);
  if (status != 0)
    return errorf(tool + " failed" + (message.empty() ? "" : ": " + message) + "; see " +
                  logFile);
  return Error::success();
}

void giveToPostgres(StringRef path) {
  if (::getuid() != 0)
    return;
  if (struct passwd *pw = ::getpwnam("postgres"))
    if (::chown(path.str().c_str(), pw->pw_uid, pw->pw_gid) != 0)
      return;
}

} // namespace

EmbeddedServer EmbeddedServer::forProject(StringRef projectDir) {
  EmbeddedServer server;
  SmallString<256> root(projectDir);
  sys::fs::make_absolute(root);
  sys::path::append(root, ".schemac", "postgres");
  server.root = root.str().str();
  // Under root the server runs as `postgres`, which must be able to reach the folder: a
  // project in a private home folder (/root is 0700) gets its server in /var/tmp.
  if (::getuid() == 0) {
    SmallString<256> project(projectDir.empty() ? StringRef(".") : projectDir);
    sys::fs::make_absolute(project);
    for (StringRef d = project; !d.empty(); d = sys::path::parent_path(d)) {
      sys::fs::file_status status;
      if (!sys::fs::status(d, status) &&
          (status.permissions() & sys::fs::others_exe) == 0) {
        server.root = "/var/tmp/schemac-" + utohexstr(xxHash64(server.root)) + "/postgres";
        break;
      }
      if (d == sys::path::root_path(d))
        break;
    }
  }
  server.dataDir = server.root + "/data";
  server.port = 5432;
  server.socketDir = server.root + "/run";
  // sockaddr_un holds 107 bytes: `<dir>/.s.PGSQL.5432` must fit.
  if (server.socketDir.size() + 18 > 100)
    server.socketDir = "/tmp/schemac-" + utohexstr(xxHash64(server.root));
  return server;
}

bool EmbeddedServer::isCreated() const { return sys::fs::exists(dataDir + "/PG_VERSION"); }

bool EmbeddedServer::isRunning() const {
  if (!sys::fs::exists(socketDir + "/.s.PGSQL." + std::to_string(port)))
    return false;
  // The lock file outlives a crash or a reboot: running only if its process is alive
  // (then pg_ctl start replaces the stale file).
  ErrorOr<std::unique_ptr<MemoryBuffer>> pidFile = MemoryBuffer::getFile(dataDir + "/postmaster.pid");
  if (!pidFile)
    return false;
  long pid = 0;
  if ((*pidFile)->getBuffer().split('\n').first.trim().getAsInteger(10, pid) || pid <= 0)
    return false;
  return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

Error EmbeddedServer::start(raw_ostream &log) {
  if (isRunning())
    return Error::success();
  std::string bin = serverBinDir();
  if (bin.empty())
    return errorf("PostgreSQL's server programs (initdb, pg_ctl) are not installed; install "
                  "the Debian package `postgresql`, or give a database URL");
  if (std::error_code ec = sys::fs::create_directories(root))
    return errorf("cannot create " + root + ": " + ec.message());
  giveToPostgres(sys::path::parent_path(root));
  giveToPostgres(root);
  std::string logFile = root + "/server.log";
  if (!isCreated()) {
    log << "schemac: creating the embedded PostgreSQL in " << root << "\n";
    if (Error error = runTool(bin, "initdb",
                              {"-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8",
                               "--locale=C.UTF-8"},
                              root + "/initdb.log"))
      return error;
  }
  if (std::error_code ec = sys::fs::create_directories(socketDir))
    return errorf("cannot create " + socketDir + ": " + ec.message());
  giveToPostgres(socketDir);
  std::string options = "-c listen_addresses='' -c unix_socket_directories='" + socketDir +
                        "' -c port=" + std::to_string(port);
  if (Error error = runTool(bin, "pg_ctl",
                            {"-D", dataDir, "-l", logFile, "-w", "-t", "60", "-o", options,
                             "start"},
                            root + "/pg_ctl.log"))
    return error;
  return Error::success();
}

Error EmbeddedServer::stop() {
  if (!sys::fs::exists(dataDir + "/postmaster.pid"))
    return Error::success();
  std::string bin = serverBinDir();
  if (bin.empty())
    return errorf("pg_ctl is not installed");
  return runTool(bin, "pg_ctl", {"-D", dataDir, "-m", "fast", "-w", "stop"},
                 root + "/pg_ctl.log");
}

std::string EmbeddedServer::url() const {
  return "postgresql://postgres@/postgres?host=" + socketDir + "&port=" + std::to_string(port);
}

std::string findProjectDir(StringRef start) {
  SmallString<256> dir(start);
  sys::fs::make_absolute(dir);
  for (StringRef d = dir; !d.empty(); d = sys::path::parent_path(d)) {
    if (sys::fs::is_directory(d + "/.schemac") || sys::fs::is_directory(d + "/prisma"))
      return d.str();
    if (d == sys::path::root_path(d))
      break;
  }
  return dir.str().str();
}

} // namespace schemac::migrate
