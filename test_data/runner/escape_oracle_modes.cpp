// vo_escape_oracle's shared pieces and its two extra modes (escape_oracle.h): `--run-test-data` runs the programs
// of test_data/escape, `--go-compare` compares Go's and vo's -m output on the in-scope `run` programs of Go's suite.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "compiler/syntax/tests/go_suite.h"
#include "compiler/types/tests/check_util.h"
#include "test_data/runner/escape_oracle.h"
#include "test_data/runner/process.h"

namespace vo::testrun {

namespace fs = std::filesystem;

std::vector<EscapeMessage> parseEscapeMessages(const std::string& output, std::vector<std::string>& other) {
  static const std::regex kLine(R"(^(.+?):([0-9]+):(?:[0-9]+:)? (.*)$)");
  std::vector<EscapeMessage> out;
  std::istringstream in(output);
  std::string line;
  while (std::getline(in, line)) {
    std::smatch m;
    if (std::regex_match(line, m, kLine)) {
      out.push_back({m[1].str(), static_cast<uint32_t>(std::stoul(m[2].str())), m[3].str()});
    } else if (!line.empty()) {
      other.push_back(line);
    }
  }
  return out;
}

std::string escapeMessageKind(const std::string& s) {
  static const std::pair<const char*, const char*> kKinds[] = {
      {"moved to heap", "moved to heap: x"},
      {"leaking param content", "leaking param content: p"},
      {"to result", "leaking param: p to result ~rN level=N"},
      {"leaking param", "leaking param: p"},
      {"leaking closure", "leaking closure reference"},
      {"does not escape", "X does not escape"},
      {"escapes to heap", "X escapes to heap"},
      {"inlin", "inlining"},
      {"self-assignment", "ignoring self-assignment"},
  };
  for (const auto& [needle, kind] : kKinds) {
    if (s.find(needle) != std::string::npos) return kind;
  }
  return "other";
}


namespace {

/// Runs `count` jobs on o.jobs threads.
template <typename F>
void parallel(const EscapeOracleOptions& o, size_t count, F job) {
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i; (i = next.fetch_add(1)) < count;) job(i);
  };
  std::vector<std::thread> threads;
  for (unsigned j = 0; j < std::max(1u, o.jobs); ++j) threads.emplace_back(worker);
  for (std::thread& t : threads) t.join();
}

}  // namespace

int runEscapeTestData(const EscapeOracleOptions& o) {
  std::vector<std::string> programs;
  const fs::path dir = fs::path(o.sourceDir) / "test_data" / "escape";
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".go" || ext == ".vo"))
      programs.push_back(fs::relative(entry.path(), dir).generic_string());
  }
  std::sort(programs.begin(), programs.end());
  const char* const kModes[] = {"vm", "gcstress"};
  std::vector<ProcessResult> results(programs.size() * 2);
  std::vector<ProcessSpec> specs(programs.size() * 2);
  parallel(o, results.size(), [&](size_t i) {
    ProcessSpec& spec = specs[i];
    spec.argv = {o.vo, "run", programs[i / 2]};
    spec.cwd = dir.string();
    spec.cpuLimitSeconds = 30;
    spec.timeout = std::chrono::seconds(180);
    if (i % 2 == 1) spec.env.emplace_back("VO_GC_STRESS", "1");
    results[i] = runProcess(spec);
  });
  size_t failed = 0, skipped = 0;
  for (size_t i = 0; i < results.size(); ++i) {
    const ProcessResult& p = results[i];
    const std::string& rel = programs[i / 2];
    const std::string first = p.output.substr(0, p.output.find('\n'));
    // A construct codegen does not support yet (reported at compile time) is not this check's business.
    if (p.exitStatus == 1 && p.output.find("is not supported yet") != std::string::npos) {
      ++skipped;
      std::cout << "  skipped " << rel << " (" << kModes[i % 2] << "): " << first << "\n";
      continue;
    }
    std::string why;
    if (!p.error.empty() || p.timedOut || p.cpuExceeded || p.exitStatus != 0) {
      why = describeEnd(p, specs[i]) + (first.empty() ? "" : ": " + first);
    } else if (i % 2 == 1 && results[i - 1].exitStatus == 0 && p.output != results[i - 1].output) {
      why = "output differs from the plain run's";
    }
    if (why.empty()) continue;
    ++failed;
    std::cout << "  FAIL " << rel << " (" << kModes[i % 2] << "): " << why << "\n";
  }
  std::cout << "escape-oracle --run-test-data: " << results.size() - failed - skipped << " of " << results.size()
            << " runs of test_data/escape's " << programs.size() << " programs exit 0 (vm, gcstress with the same "
            << "output), " << failed << " fail, " << skipped << " skipped\n";
  return failed == 0 ? 0 : 1;
}

namespace {

/// Messages that are not escape decisions, or that name what only Go has (its generated wrappers). Messages
/// naming Go's temporaries (`.autotmp_1(3) escapes to heap` for a called call result) are kept: they stand for
/// vo's message with the same decision on the line (see runGoCompare).
bool comparable(const EscapeMessage& m, const std::string& rel) {
  if (m.file != rel) return false;
  for (const char* s : {"inlin", "devirtualiz", "bounds check", "<autogenerated>"}) {
    if (m.text.find(s) != std::string::npos) return false;
  }
  return true;
}

/// One program's messages per line: line -> set of texts.
using LineMessages = std::map<uint32_t, std::set<std::string>>;

LineMessages byLine(const std::string& output, const std::string& rel) {
  std::vector<std::string> other;
  LineMessages out;
  for (const EscapeMessage& m : parseEscapeMessages(output, other)) {
    if (comparable(m, rel)) out[m.line].insert(m.text);
  }
  return out;
}

}  // namespace

int runGoCompare(const EscapeOracleOptions& o) {
  std::string root = gosuite::goTestDir();
  std::vector<std::string> programs;
  if (!o.compareDir.empty()) {
    // Single-file programs of our own (test_data/run, test_data/escape): every .go file, compiled alone.
    root = fs::absolute(o.compareDir).string();
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (entry.is_regular_file() && entry.path().extension() == ".go")
        programs.push_back(fs::relative(entry.path(), root).generic_string());
    }
    std::sort(programs.begin(), programs.end());
  } else {
    const auto generic = gosuite::loadGenericList(o.sourceDir);
    if (!gosuite::haveCorpus(root) || generic.empty()) {
      std::cerr << "escape-oracle: Go's test suite or test_data/go_suite/uses_type_params.txt is missing\n";
      return 2;
    }
    programs = types::conformance::inScopeRunPrograms(root, generic, gosuite::isRunProgramImport);
  }
  if (!o.only.empty()) programs = {o.only};
  std::string tmpl = (fs::temp_directory_path() / "vo-escape-compare-XXXXXX").string();
  if (mkdtemp(tmpl.data()) == nullptr) return 2;
  const fs::path tmp = tmpl;
  std::vector<LineMessages> go(programs.size()), vo(programs.size());
  std::vector<std::string> errors(programs.size());
  parallel(o, programs.size(), [&](size_t i) {
    ProcessSpec g;
    g.argv = {"go", "tool", "compile", "-m", "-l", "-o", (tmp / (std::to_string(i) + ".o")).string(), programs[i]};
    g.cwd = root;
    g.timeout = std::chrono::seconds(120);
    ProcessResult gr = runProcess(g);
    if (!gr.error.empty() || gr.exitStatus != 0) errors[i] = "go: " + describeEnd(gr, g);
    go[i] = byLine(gr.output, programs[i]);
    ProcessSpec v;
    v.argv = {o.vo, "check", "-m", programs[i]};
    v.cwd = root;
    v.timeout = std::chrono::seconds(120);
    ProcessResult vr = runProcess(v);
    if (!vr.error.empty() || vr.exitStatus != 0) errors[i] += (errors[i].empty() ? "" : "; ") + ("vo: " + describeEnd(vr, v));
    vo[i] = byLine(vr.output, programs[i]);
  });
  std::error_code ec;
  fs::remove_all(tmp, ec);

  size_t lines = 0, agree = 0, goMessages = 0, failed = 0;
  std::map<std::string, std::pair<size_t, size_t>> kinds;  // kind -> (Go only, vo only)
  std::map<std::string, std::vector<std::string>> examples;
  for (size_t i = 0; i < programs.size(); ++i) {
    if (!errors[i].empty()) {
      ++failed;
      std::cout << "  not compared " << programs[i] << ": " << errors[i] << "\n";
      continue;
    }
    std::set<uint32_t> all;
    for (const auto& [line, texts] : go[i]) all.insert(line), goMessages += texts.size();
    for (const auto& [line, texts] : vo[i]) all.insert(line);
    for (uint32_t line : all) {
      ++lines;
      std::set<std::string> g = go[i][line];
      std::set<std::string> v = vo[i][line];
      // A Go message about a temporary (`.autotmp_N...`) stands for one of vo's messages on the line that Go does
      // not print otherwise and that states the same decision; one without such a counterpart is left out.
      for (auto it = g.begin(); it != g.end();) {
        if (it->find(".autotmp_") == std::string::npos) {
          ++it;
          continue;
        }
        const std::string decision = it->substr(it->rfind(" escapes to heap") != std::string::npos
                                                    ? it->rfind(" escapes to heap")
                                                    : it->find_last_of(' ') - std::string(" does not").size());
        auto match = std::find_if(v.begin(), v.end(), [&](const std::string& t) {
          return !g.count(t) && t.size() >= decision.size() && t.compare(t.size() - decision.size(), decision.size(), decision) == 0;
        });
        if (match != v.end()) v.erase(match);
        it = g.erase(it);  // matched, or a temporary vo has no counterpart for (a multi-value call's results)
      }
      if (g == v) {
        ++agree;
        continue;
      }
      auto note = [&](const std::string& text, bool goOnly) {
        std::string kind = escapeMessageKind(text);
        (goOnly ? kinds[kind].first : kinds[kind].second)++;
        std::string e = programs[i] + ":" + std::to_string(line) + ": " + (goOnly ? "Go only: " : "vo only: ") + text;
        if (o.verbose) std::cout << "    " << e << "\n";
        if (examples[kind].size() < 3) examples[kind].push_back(e);
      };
      for (const std::string& t : g) {
        if (!v.count(t)) note(t, true);
      }
      for (const std::string& t : v) {
        if (!g.count(t)) note(t, false);
      }
    }
  }
  std::vector<std::pair<std::string, std::pair<size_t, size_t>>> sorted(kinds.begin(), kinds.end());
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return a.second.first + a.second.second > b.second.first + b.second.second;
  });
  std::cout << "differences by kind (Go only = go tool compile -m -l reports it, vo check -m does not):\n";
  for (const auto& [kind, counts] : sorted) {
    std::cout << "  " << kind << ": " << counts.first << " Go only, " << counts.second << " vo only\n";
    for (const std::string& e : examples[kind]) std::cout << "      e.g. " << e << "\n";
  }
  const std::string what = o.compareDir.empty() ? " in-scope run programs of Go's suite (" : " programs under " + o.compareDir + " (";
  std::cout << "escape-oracle --go-compare: on " << programs.size() - failed << what
            << goMessages << " of Go's messages), " << agree << " of " << lines << " lines with a message agree ("
            << gosuite::percentText(agree, lines) << ")" << (failed ? ", " + std::to_string(failed) + " not compared" : "")
            << "\n";
  return 0;
}

}  // namespace vo::testrun
