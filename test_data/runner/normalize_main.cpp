// vo_run_normalize: normalize.h as a filter (standard input to standard output), for scripts/update-run-goldens.
#include <iostream>
#include <iterator>
#include <string>

#include "test_data/runner/normalize.h"

int main() {
  std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  std::cout << vo::testrun::normalizeOutput(text);
  return std::cout.good() ? 0 : 1;
}
