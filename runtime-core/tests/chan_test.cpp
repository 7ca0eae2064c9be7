// Channels and select (chan.h) with plain C++ goroutine bodies: Go semantics, panics, fairness, throughput,
// 100,000 goroutines, and GC safety of values held in buffers and by blocked senders.
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "runtime-core/chan.h"
#include "runtime-core/panic.h"
#include "runtime-core/sched.h"
#include "runtime-core/tests/test_types.h"

namespace vo::rt {
namespace {

double seconds(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

long rssKiB() {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return 0;
}

std::string plainPanicText(const std::function<void()>& body) {
  try {
    schedRun(body);
  } catch (const RuntimeError& e) {
    return (e.plain ? "plain: " : "runtime error: ") + e.message;
  }
  return "no panic";
}

TEST(ChanTest, UnbufferedPingPongMillionMessages) {
  test::Types tt;
  const TypeDesc* intT = tt.intT();
  constexpr int64_t kN = 1000000;
  int64_t sum = 0;
  auto t0 = std::chrono::steady_clock::now();
  schedRun([&] {
    Chan* ping = makechan(intT, 0);
    GcRoot p1(&ping);
    Chan* pong = makechan(intT, 0);
    GcRoot p2(&pong);
    newproc([ping, pong] {
      int64_t v = 0;
      for (int64_t i = 0; i < kN; ++i) {
        chanrecv(ping, &v, true, nullptr);
        ++v;
        chansend(pong, &v, true);
      }
    });
    int64_t v = 0;
    for (int64_t i = 0; i < kN; ++i) {
      chansend(ping, &v, true);
      chanrecv(pong, &v, true, nullptr);
    }
    sum = v;
  });
  double s = seconds(t0);
  EXPECT_EQ(sum, kN);
  std::printf("[ping-pong] %lld round trips in %.3f s (%.0f ns per message)\n", static_cast<long long>(kN), s,
              s * 1e9 / (2 * kN));
}

TEST(ChanTest, HundredThousandGoroutinesSendOnceOnABufferedChannel) {
  test::Types tt;
  const TypeDesc* intT = tt.intT();
  constexpr int kN = 100000;
  int64_t sum = 0;
  long idleKiB = 0;
  auto t0 = std::chrono::steady_clock::now();
  schedRun([&] {
    Chan* start = makechan(intT, 0);
    GcRoot p1(&start);
    Chan* results = makechan(intT, kN);
    GcRoot p2(&results);
    long before = rssKiB();
    for (int i = 0; i < kN; ++i) {
      newproc([start, results, i] {
        chanrecv(start, nullptr, true, nullptr);  // idle until main closes `start`
        int64_t v = i;
        chansend(results, &v, true);
      });
    }
    gosched();  // all of them run up to their receive and park
    EXPECT_EQ(numGoroutine(), kN + 1);
    idleKiB = rssKiB() - before;
    closechan(start);
    for (int i = 0; i < kN; ++i) {
      int64_t v = 0;
      chanrecv(results, &v, true, nullptr);
      sum += v;
    }
  });
  double s = seconds(t0);
  EXPECT_EQ(sum, int64_t{kN} * (kN - 1) / 2);
  EXPECT_LT(s, 2.0);
  double perG = static_cast<double>(idleKiB) * 1024 / kN;
  std::printf("[100k goroutines] %.3f s; %.0f bytes of RSS per idle goroutine; %zu stack regions\n", s, perG,
              stackPoolStats().regions);
  EXPECT_LT(perG, 8192);
}

TEST(ChanTest, BufferedChannelIsFifoWithLenAndCap) {
  test::Types tt;
  const TypeDesc* intT = tt.intT();
  schedRun([&] {
    Chan* c = makechan(intT, 3);
    GcRoot pin(&c);
    EXPECT_EQ(chancap(c), 3);
    for (int64_t v : {10, 20, 30}) EXPECT_TRUE(chansend(c, &v, false));
    int64_t extra = 40;
    EXPECT_FALSE(chansend(c, &extra, false)) << "full: a non-blocking send fails";
    EXPECT_EQ(chanlen(c), 3);
    newproc([c] {
      int64_t v = 40;
      chansend(c, &v, true);  // blocks until main receives
    });
    gosched();
    std::vector<int64_t> got;
    for (int i = 0; i < 4; ++i) {
      int64_t v = 0;
      bool ok = false;
      chanrecv(c, &v, true, &ok);
      EXPECT_TRUE(ok);
      got.push_back(v);
    }
    EXPECT_EQ(got, (std::vector<int64_t>{10, 20, 30, 40}));
    int64_t v = 0;
    EXPECT_FALSE(chanrecv(c, &v, false, nullptr)) << "empty: a non-blocking receive fails";
    EXPECT_EQ(chanlen(nullptr), 0);
    EXPECT_EQ(chancap(nullptr), 0);
  });
}

TEST(ChanTest, CloseWakesAllReceiversAndDrainsTheBufferFirst) {
  test::Types tt;
  const TypeDesc* intT = tt.intT();
  int woken = 0;
  schedRun([&] {
    Chan* c = makechan(intT, 0);
    GcRoot pin(&c);
    for (int i = 0; i < 10; ++i) {
      newproc([c, &woken] {
        int64_t v = 99;
        bool ok = true;
        chanrecv(c, &v, true, &ok);
        if (!ok && v == 0) ++woken;  // zero value, ok == false
      });
    }
    gosched();
    closechan(c);
    gosched();
    Chan* b = makechan(intT, 2);
    GcRoot pinB(&b);
    int64_t v = 5;
    chansend(b, &v, true);
    closechan(b);
    bool ok = false;
    chanrecv(b, &v, true, &ok);
    EXPECT_TRUE(ok);
    EXPECT_EQ(v, 5);
    chanrecv(b, &v, true, &ok);
    EXPECT_FALSE(ok);
    EXPECT_EQ(v, 0);
  }, SchedConfig{.waitForAll = true});
  EXPECT_EQ(woken, 10);
}

TEST(ChanTest, GoPanics) {
  test::Types tt;
  const TypeDesc* intT = tt.intT();
  EXPECT_EQ(plainPanicText([&] { closechan(nullptr); }), "plain: close of nil channel");
  EXPECT_EQ(plainPanicText([&] {
              Chan* c = makechan(intT, 1);
              closechan(c);
              closechan(c);
            }),
            "plain: close of closed channel");
  EXPECT_EQ(plainPanicText([&] {
              Chan* c = makechan(intT, 1);
              closechan(c);
              int64_t v = 1;
              chansend(c, &v, false);
            }),
            "plain: send on closed channel");
  EXPECT_EQ(plainPanicText([&] {  // a sender blocked when the channel is closed panics
              Chan* c = makechan(intT, 0);
              GcRoot pin(&c);
              newproc([c] { closechan(c); });
              int64_t v = 1;
              chansend(c, &v, true);
            }),
            "plain: send on closed channel");
  EXPECT_EQ(plainPanicText([&] { makechan(intT, -1); }), "plain: makechan: size out of range");
}

TEST(ChanTest, SelectIsUniformAmongReadyCases) {
  test::Types tt;
  const TypeDesc* intT = tt.intT();
  constexpr int kRounds = 10000, kCases = 4;
  int counts[kCases] = {};
  schedRun([&] {
    Chan* cs[kCases];
    for (auto& c : cs) c = makechan(intT, 1);
    GcRoot p0(&cs[0]), p1(&cs[1]), p2(&cs[2]), p3(&cs[3]);
    for (int r = 0; r < kRounds; ++r) {
      int64_t v = r;
      for (Chan* c : cs) {
        if (chanlen(c) == 0) chansend(c, &v, false);  // every case ready
      }
      int64_t got = 0;
      SelectCase sc[kCases];
      for (int i = 0; i < kCases; ++i) sc[i] = SelectCase{cs[i], &got, false};
      bool ok = false;
      int chosen = selectgo(sc, kCases, true, &ok);
      ASSERT_TRUE(ok);
      ++counts[chosen];
    }
  });
  double chi2 = 0, expect = double{kRounds} / kCases;
  for (int c : counts) chi2 += (c - expect) * (c - expect) / expect;
  std::printf("[select fairness] counts %d %d %d %d, chi-square %.2f (3 dof)\n", counts[0], counts[1], counts[2],
              counts[3], chi2);
  EXPECT_LT(chi2, 16.27);  // p = 0.001 for 3 degrees of freedom
}

// More cases than one 64-bit random number serves (select.cpp draws a fresh one every 8 cases), with nil
// cases among them: still uniform among the ready ones.
TEST(ChanTest, SelectIsUniformAmongManyReadyCases) {
  test::Types tt;
  const TypeDesc* intT = tt.intT();
  constexpr int kRounds = 30000, kCases = 12;
  int counts[kCases] = {};
  schedRun([&] {
    Chan* cs[kCases] = {};
    std::vector<std::unique_ptr<GcRoot>> pins;
    for (int i = 0; i < kCases; ++i) {
      if (i % 4 == 1) continue;  // nil: never chosen
      cs[i] = makechan(intT, 1);
      pins.push_back(std::make_unique<GcRoot>(&cs[i]));
    }
    for (int r = 0; r < kRounds; ++r) {
      int64_t v = r;
      for (Chan* c : cs) {
        if (c != nullptr && chanlen(c) == 0) chansend(c, &v, false);
      }
      int64_t got = 0;
      SelectCase sc[kCases];
      for (int i = 0; i < kCases; ++i) sc[i] = SelectCase{cs[i], &got, false};
      int chosen = selectgo(sc, kCases, true, nullptr);
      ASSERT_GE(chosen, 0);
      ASSERT_NE(chosen % 4, 1);
      ++counts[chosen];
    }
  });
  constexpr int kReady = kCases - kCases / 4;
  double chi2 = 0, expect = double{kRounds} / kReady;
  for (int i = 0; i < kCases; ++i) {
    if (i % 4 == 1) continue;
    chi2 += (counts[i] - expect) * (counts[i] - expect) / expect;
  }
  EXPECT_LT(chi2, 26.12);  // p = 0.001 for 8 degrees of freedom
}

TEST(ChanTest, SelectNilCasesDefaultBlockingAndSend) {
  test::Types tt;
  const TypeDesc* intT = tt.intT();
  schedRun([&] {
    Chan* c = makechan(intT, 0);
    GcRoot pin(&c);
    int64_t v = 0;
    SelectCase nils[2] = {{nullptr, &v, false}, {nullptr, &v, true}};
    EXPECT_EQ(selectgo(nils, 2, false, nullptr), -1) << "nil cases never ready: default";
    SelectCase one[2] = {{nullptr, &v, false}, {c, &v, false}};
    EXPECT_EQ(selectgo(one, 2, false, nullptr), -1) << "nobody sends: default";
    newproc([c] {
      int64_t x = 42;
      chansend(c, &x, true);
    });
    bool ok = false;
    EXPECT_EQ(selectgo(one, 2, true, &ok), 1) << "blocks until the sender comes";
    EXPECT_TRUE(ok);
    EXPECT_EQ(v, 42);
    // A blocked select with a send case, woken by a receiver; the other case's sudog is removed.
    Chan* d = makechan(intT, 0);
    GcRoot pinD(&d);
    int64_t got = 0;
    newproc([c, &got] {
      gosched();
      chanrecv(c, &got, true, nullptr);
    });
    int64_t out = 7, in = 0;
    SelectCase two[2] = {{d, &in, false}, {c, &out, true}};
    EXPECT_EQ(selectgo(two, 2, true, nullptr), 1);
    gosched();
    EXPECT_EQ(got, 7);
    EXPECT_EQ(d->recvq.first, nullptr) << "pass 3 dequeued the losing case";
    // A select receive woken by close reports ok == false.
    newproc([d] { closechan(d); });
    SelectCase rc[1] = {{d, &in, false}};
    ok = true;
    EXPECT_EQ(selectgo(rc, 1, true, &ok), 0);
    EXPECT_FALSE(ok);
  });
}

TEST(ChanTest, SelectSendOnClosedChannelPanics) {
  test::Types tt;
  const TypeDesc* intT = tt.intT();
  EXPECT_EQ(plainPanicText([&] {
              Chan* c = makechan(intT, 0);
              GcRoot pin(&c);
              newproc([c] { closechan(c); });
              int64_t v = 1;
              SelectCase sc[1] = {{c, &v, true}};
              selectgo(sc, 1, true, nullptr);
            }),
            "plain: send on closed channel");
}

TEST(ChanTest, TwoProducerSelectLoop) {
  test::Types tt;
  const TypeDesc* intT = tt.intT();
  constexpr int64_t kN = 500000;
  int64_t total = 0;
  auto t0 = std::chrono::steady_clock::now();
  schedRun([&] {
    Chan* a = makechan(intT, 0);
    GcRoot pa(&a);
    Chan* b = makechan(intT, 0);
    GcRoot pb(&b);
    for (Chan* c : {a, b}) {
      newproc([c] {
        for (int64_t i = 1; i <= kN / 2; ++i) chansend(c, &i, true);
      });
    }
    int64_t v = 0;
    SelectCase sc[2] = {{a, &v, false}, {b, &v, false}};
    for (int64_t i = 0; i < kN; ++i) {
      selectgo(sc, 2, true, nullptr);
      total += v;
    }
  });
  EXPECT_EQ(total, 2 * (kN / 2) * (kN / 2 + 1) / 2);
  std::printf("[select loop] %lld messages in %.3f s\n", static_cast<long long>(kN), seconds(t0));
}

// Strings in a buffer, with blocked senders holding string values only in their own frames: a collection
// between every operation must keep them all (freed objects are poisoned under VO_GC_STRESS-like checks).
void gcKeepsValues(uint64_t stressSeed) {
  SCOPED_TRACE("stress seed " + std::to_string(stressSeed));
  test::Types tt;
  const TypeDesc* strT = tt.stringT();
  std::vector<std::string> got;
  schedRun([&] {
    Chan* c = makechan(strT, 4);
    GcRoot pin(&c);
    for (int w = 0; w < 3; ++w) {
      newproc([c, w] {
        for (int i = 0; i < 6; ++i) {
          String s = makeString("w" + std::to_string(w) + "-" + std::to_string(i) + std::string(40, 'x'));
          {
            GcRoot pin(&s.ptr);
            gcCollect();
          }
          chansend(c, &s, true);  // unpinned: while blocked, only the sender's sudog keeps the string alive
          gcCollect();
        }
      });
    }
    gosched();
    gcCollect();
    for (int i = 0; i < 18; ++i) {
      String s;
      chanrecv(c, &s, true, nullptr);
      got.emplace_back(s.view().substr(0, 4));
      std::string junk(200, 'j');
      makeString(junk);  // garbage, so collections free something
      gcCollect();
    }
  }, SchedConfig{.stressSeed = stressSeed});
  ASSERT_EQ(got.size(), 18u);
  int perWorker[3] = {};
  for (auto& s : got) {
    ASSERT_EQ(s[0], 'w') << s;
    ++perWorker[s[1] - '0'];
  }
  EXPECT_EQ(perWorker[0], 6);
  EXPECT_EQ(perWorker[1], 6);
  EXPECT_EQ(perWorker[2], 6);
}

TEST(ChanTest, GcKeepsBufferedAndWaitingValues) {
  gcKeepsValues(0);
}

// Stress mode yields inside channel operations, where a value to send may live only in a temporary.
TEST(ChanTest, GcKeepsValuesInStressMode) {
  for (uint64_t seed = 1; seed <= 20; ++seed) gcKeepsValues(seed);
}

}  // namespace
}  // namespace vo::rt
