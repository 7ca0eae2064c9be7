// The scheduler with plain C++ goroutine bodies (sched.h): creation, parking, Gosched, preemption, timers,
// deadlock detection, program-end policies, stress mode and the native stack limit.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "runtime-core/chan.h"
#include "runtime-core/panic.h"
#include "runtime-core/sched.h"
#include "runtime-core/tests/test_types.h"

namespace vo::rt {
namespace {

TEST(SchedTest, MainRunsAndGoroutinesInterleaveWithGosched) {
  std::vector<std::string> log;
  schedRun([&] {
    newproc([&] {
      for (int i = 0; i < 3; ++i) {
        log.push_back("g" + std::to_string(i));
        gosched();
      }
    });
    for (int i = 0; i < 3; ++i) {
      log.push_back("m" + std::to_string(i));
      gosched();
    }
  });
  EXPECT_EQ(log, (std::vector<std::string>{"m0", "g0", "m1", "g1", "m2", "g2"}));
  EXPECT_EQ(schedStats().created, 2u);
}

TEST(SchedTest, GoProgramEndsWhenMainReturnsVoProgramWaitsForAll) {
  int done = 0;
  auto body = [&] {
    for (int i = 0; i < 5; ++i) {
      newproc([&] {
        sleepNs(1000000);
        ++done;
      });
    }
  };
  schedRun(body, SchedConfig{.waitForAll = false});
  EXPECT_EQ(done, 0) << ".go: main returned, sleepers abandoned";
  schedRun(body, SchedConfig{.waitForAll = true});
  EXPECT_EQ(done, 5) << ".vo: waits for every goroutine";
}

TEST(SchedTest, GoroutineRootsAreScannedOnlyWhileTheRunLasts) {
  struct Counter : RootScanner {
    int calls = 0;
    void scanRoots(GcMarker&) override { ++calls; }
  } running, parked;
  schedRun([&] {
    getg()->roots = &running;
    newproc([&] {
      getg()->roots = &parked;
      gopark(WaitReason::Semacquire);  // never readied: abandoned when main returns
    });
    gosched();
    gcCollect();
  });
  EXPECT_EQ(running.calls, 1);
  EXPECT_EQ(parked.calls, 1) << "parked goroutines are scanned too";
  gcCollect();  // the abandoned G's scanner is not called after the run (its executor may be gone)
  EXPECT_EQ(parked.calls, 1);
}

TEST(SchedTest, ParkAndReady) {
  G* parked = nullptr;
  std::vector<int> log;
  schedRun([&] {
    newproc([&] {
      parked = getg();
      log.push_back(1);
      gopark(WaitReason::Semacquire);
      log.push_back(3);
    });
    gosched();
    EXPECT_EQ(parked->status, GStatus::Waiting);
    EXPECT_EQ(numGoroutine(), 2);
    log.push_back(2);
    goready(parked);
    gosched();
    log.push_back(4);
  });
  EXPECT_EQ(log, (std::vector<int>{1, 2, 3, 4}));
}

TEST(SchedTest, PreemptionLetsOthersRunDuringABusyLoop) {
  bool flag = false;
  long spins = 0;
  schedRun([&] {
    newproc([&] { flag = true; });
    while (!flag) {
      ++spins;
      preemptCheck();  // what the VM does at every back-edge
    }
  }, SchedConfig{.preemptBudget = 1000});
  EXPECT_TRUE(flag);
  EXPECT_GE(spins, 1000);
  EXPECT_LE(spins, 1001);
}

TEST(SchedTest, DeadlockIsFatalWithWaitReasons) {
  test::Types tt;
  const TypeDesc* intT = tt.intT();
  std::string caught;
  try {
    schedRun([&] {
      Chan* c = makechan(intT, 0);
      GcRoot pin(&c);
      newproc([&, c] {
        int64_t v = 1;
        chansend(c, &v, true);
        chansend(c, &v, true);
      });
      newproc([] { selectgo(nullptr, 0, true, nullptr); });
      newproc([] { chanrecv(nullptr, nullptr, true, nullptr); });
      int64_t v = 0;
      chanrecv(c, &v, true, nullptr);
      chanrecv(c, &v, true, nullptr);
      chanrecv(c, &v, true, nullptr);  // nobody sends a third value
    });
  } catch (const FatalError& e) {
    caught = e.message;
  }
  EXPECT_EQ(caught, "all goroutines are asleep - deadlock!");
  std::string traces;
  for (G* g : allGoroutines()) {
    traces += "goroutine " + std::to_string(g->goid) + " [" + waitReasonString(g->waitReason) + "]:\n";
  }
  EXPECT_EQ(traces,
            "goroutine 1 [chan receive]:\ngoroutine 18 [select (no cases)]:\n"
            "goroutine 19 [chan receive (nil chan)]:\n");
}

TEST(SchedTest, PanicInAGoroutineEndsTheRun) {
  bool thrown = false;
  try {
    schedRun([&] {
      newproc([] { throw PanicException{}; });
      for (;;) gosched();
    });
  } catch (const PanicException&) {
    thrown = true;
  }
  EXPECT_TRUE(thrown);
}

TEST(SchedTest, SleepersWakeInDeadlineOrder) {
  std::vector<int> order;
  int64_t start = 0, end = 0;
  schedRun([&] {
    start = nanotime();
    for (int d : {30, 10, 20, 0, 5}) {
      newproc([&order, d] {
        sleepNs(int64_t{d} * 1000000);
        order.push_back(d);
      });
    }
  }, SchedConfig{.waitForAll = true});
  end = nanotime();
  EXPECT_EQ(order, (std::vector<int>{0, 5, 10, 20, 30}));
  EXPECT_GE(end - start, 30000000);
  EXPECT_LT(end - start, 300000000);
}

TEST(SchedTest, TimerStopResetAndPeriodic) {
  struct Box {
    std::vector<std::string> log;
  } box;
  Timer once, stopped, ticker;
  int64_t elapsed = 0;
  auto note = [](Timer* t, int64_t) { static_cast<Box*>(t->arg)->log.push_back(t->period > 0 ? "tick" : "once"); };
  schedRun([&] {
    int64_t now = nanotime();
    once = Timer{.when = now + 10000000000, .f = note, .arg = &box};
    stopped = Timer{.when = now + 1000000, .f = note, .arg = &box};
    ticker = Timer{.when = now + 3000000, .period = 3000000, .f = note, .arg = &box};
    addTimer(&once);
    addTimer(&stopped);
    addTimer(&ticker);
    EXPECT_TRUE(delTimer(&stopped));   // Stop of a pending timer reports true
    EXPECT_FALSE(delTimer(&stopped));  // ... and false afterwards
    sleepNs(1000000);
    EXPECT_TRUE(modTimer(&once, nanotime() + 5000000, 0));  // Reset of a pending timer: from 10 s to 5 ms
    sleepNs(20000000);  // `once` fires before this sleeper wakes (heap order)
    elapsed = nanotime() - now;
    EXPECT_FALSE(delTimer(&once)) << "fired: no longer pending";
    delTimer(&ticker);
  });
  int ticks = 0, onces = 0;
  for (auto& s : box.log) (s == "tick" ? ticks : onces)++;
  EXPECT_EQ(onces, 1);
  EXPECT_GE(ticks, 2);
  EXPECT_LE(ticks, elapsed / 3000000 + 1) << "missed ticks are dropped, not replayed";
  EXPECT_EQ(once.heapIndex, -1);
}

TEST(SchedTest, IdleSchedulerSleepsUntilTheNextTimer) {
  int64_t waited = 0;
  schedRun([&] {
    int64_t t0 = nanotime();
    sleepNs(20000000);
    waited = nanotime() - t0;
  });
  EXPECT_GE(waited, 20000000);
  EXPECT_LT(waited, 200000000);
}

TEST(SchedTest, SemaphoresParkAndHandOffInOrder) {
  uint32_t sema = 0;
  std::vector<int> log;
  schedRun([&] {
    for (int i = 0; i < 3; ++i) {
      newproc([&, i] {
        semacquire(&sema);
        log.push_back(i);
      });
    }
    gosched();
    EXPECT_EQ(semWaiters(&sema), 3u);
    for (int i = 0; i < 3; ++i) {
      semrelease(&sema);  // one unit at a time: the run order of several woken Gs is the scheduler's (runnext)
      EXPECT_EQ(sema, 0u) << "the unit handed to the longest waiting G";
      gosched();
    }
    semrelease(&sema);
    semacquire(&sema);  // a free unit: no parking
  }, SchedConfig{.waitForAll = true});
  EXPECT_EQ(log, (std::vector<int>{0, 1, 2}));
  std::string caught;
  try {
    schedRun([&] { semacquire(&sema); });  // a WaitGroup nobody signals
  } catch (const FatalError& e) {
    caught = e.message;
  }
  EXPECT_EQ(caught, "all goroutines are asleep - deadlock!");
  EXPECT_STREQ(waitReasonString(allGoroutines().at(0)->waitReason), "semacquire");
}

// A G readied by a running G runs next (runnext) in the rest of the readier's time slice (Go's inheritTime): two
// Gs handing a token back and forth would otherwise get a fresh slice at every hand-off and starve a third.
TEST(SchedTest, RunnextInheritsTheTimeSliceSoAPingPongPairCannotStarveOthers) {
  uint32_t a = 0, b = 0;
  bool stop = false;
  int rounds = 0;
  std::vector<int> order;
  schedRun(
      [&] {
        newproc([&] {
          for (;;) {
            semacquire(&b);
            preemptCheck();  // as the VM ticks at calls and loop back-edges
            semrelease(&a);
            if (stop) return;
          }
        });
        newproc([&] { stop = true; });
        while (!stop) {
          ++rounds;
          semrelease(&b);  // readies the partner: it runs next, before the goroutine that sets stop
          preemptCheck();
          semacquire(&a);
        }
        semrelease(&b);
      },
      SchedConfig{.waitForAll = true, .preemptBudget = 100});
  EXPECT_TRUE(stop);
  EXPECT_GT(rounds, 1) << "the readied partner ran before the queued goroutine";
  EXPECT_LT(rounds, 200) << "the pair shares one time slice of 100 ticks";
}

TEST(SchedTest, BlockPoolCarvesManyBlocksPerMappingAndRecycles) {
  BlockPool pool(100 << 10);  // rounded to pages
  EXPECT_EQ(pool.blockBytes(), size_t{100} << 10);
  std::vector<StackSpan> v;
  for (int i = 0; i < 130; ++i) v.push_back(pool.alloc());
  EXPECT_EQ(pool.stats().regions, 3u) << "130 blocks = 3 mappings of 64";
  for (size_t i = 1; i < 64; ++i) EXPECT_EQ(v[i].lo, v[i - 1].hi) << "adjacent, no guard pages";
  auto* p = reinterpret_cast<volatile char*>(v[5].lo);
  p[0] = 1;  // committed on first touch
  p[v[5].size() - 1] = 2;
  pool.free(v[5]);
  StackSpan again = pool.alloc();
  EXPECT_EQ(again.lo, v[5].lo) << "LIFO reuse";
  EXPECT_EQ(pool.stats().inUse, 130u);
  EXPECT_EQ(pool.stats().regions, 3u);
}

// A recursion that stops where a Go function prologue would: on a goroutine the limit is known.
[[gnu::noinline]] int depth(int n) {
  volatile char pad[512];
  pad[0] = static_cast<char>(n);
  if (stackOverflowImminent()) return n;
  int r = depth(n + 1);
  return r + (pad[0] == static_cast<char>(n) ? 0 : 1000000);
}

TEST(SchedTest, StackOverflowIsDetectedBeforeTheStackEnds) {
  EXPECT_FALSE(stackOverflowImminent()) << "no limit outside goroutines";
  int reached = 0, reachedMain = 0;
  schedRun([&] {
    newproc([&] { reached = depth(0); });
    reachedMain = depth(0);
  }, SchedConfig{.waitForAll = true, .mainStackBytes = size_t{16} << 20});
  EXPECT_GT(reached, 100);  // 256 KiB stack, ~0.5 KiB frames, 32 KiB reserve
  EXPECT_LT(reached, 1000);
  EXPECT_GT(reachedMain, 10000) << "the main goroutine has a stack of its own (16 MiB here)";
  EXPECT_LT(reachedMain, 40000);
}

// The same seed replays the same interleaving; another seed gives another one.
std::vector<int> stressRun(uint64_t seed) {
  std::vector<int> log;
  test::Types tt;
  const TypeDesc* intT = tt.intT();
  schedRun([&] {
    Chan* c = makechan(intT, 2);
    GcRoot pin(&c);
    for (int w = 0; w < 4; ++w) {
      newproc([&log, c, w] {
        for (int64_t i = 0; i < 20; ++i) {
          int64_t v = w * 100 + i;
          chansend(c, &v, true);
          log.push_back(static_cast<int>(v));
        }
      });
    }
    for (int i = 0; i < 80; ++i) {
      int64_t v = 0;
      chanrecv(c, &v, true, nullptr);
      log.push_back(-static_cast<int>(v) - 1);
    }
  }, SchedConfig{.stressSeed = seed});
  return log;
}

TEST(SchedTest, StressModeIsDeterministicPerSeed) {
  std::vector<int> a = stressRun(7), b = stressRun(7), c = stressRun(8);
  EXPECT_EQ(a.size(), 160u);
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
  EXPECT_GT(schedStats().switches, 100u);
}

}  // namespace
}  // namespace vo::rt
