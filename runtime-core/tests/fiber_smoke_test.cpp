// Proves the Boost.Context dependency: two fibers hand control to each other directly (symmetric transfer),
// the way goroutines will switch, and both run to completion.
#include <gtest/gtest.h>

#include <boost/context/fiber.hpp>
#include <string>
#include <utility>
#include <vector>

namespace {

namespace ctx = boost::context;

TEST(FiberSmokeTest, TwoFibersPingPong) {
  std::vector<std::string> log;
  ctx::fiber ping;
  ctx::fiber pong;

  // `from` is whoever resumed pong; pong always hands control straight back to it.
  pong = ctx::fiber([&](ctx::fiber&& from) {
    for (int i = 0; i < 3; ++i) {
      log.push_back("pong " + std::to_string(i));
      from = std::move(from).resume();
    }
    return std::move(from);
  });
  // ping switches to pong, never to main, until its loop ends.
  ping = ctx::fiber([&](ctx::fiber&& main) {
    for (int i = 0; i < 3; ++i) {
      int local = 10 * i;  // a frame variable that must survive the switch
      log.push_back("ping " + std::to_string(i));
      pong = std::move(pong).resume();
      log.push_back("ping back " + std::to_string(local));
    }
    return std::move(main);
  });

  ping = std::move(ping).resume();
  EXPECT_FALSE(ping) << "ping ran to completion";
  ASSERT_TRUE(pong) << "pong is suspended in its last iteration";
  pong = std::move(pong).resume();  // let pong finish rather than unwinding it
  EXPECT_FALSE(pong);

  std::vector<std::string> expected = {"ping 0",       "pong 0", "ping back 0", "ping 1",      "pong 1",
                                       "ping back 10", "ping 2", "pong 2",      "ping back 20"};
  EXPECT_EQ(log, expected);
}

TEST(FiberSmokeTest, ManySwitchesKeepState) {
  long counter = 0;
  ctx::fiber worker([&](ctx::fiber&& main) {
    for (long i = 1; i <= 10000; ++i) {
      counter += i;
      main = std::move(main).resume();
    }
    return std::move(main);
  });
  int switches = 0;
  while (worker) {
    worker = std::move(worker).resume();
    ++switches;
  }
  EXPECT_EQ(counter, 50005000);
  EXPECT_EQ(switches, 10001);  // 10,000 yields plus the final return
}

}  // namespace
