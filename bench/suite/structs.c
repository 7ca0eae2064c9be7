// structs: small structs passed and returned by value, the C version of structs.go (methods become functions
// taking the receiver by value, Move takes a pointer). Same steps, same output.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
  int64_t x, y;
} Point;
typedef struct {
  Point min, max;
} Rect;

static Point pointAdd(Point p, Point q) { return (Point){p.x + q.x, p.y + q.y}; }
static Point pointScale(Point p, int64_t k) { return (Point){p.x * k, p.y * k}; }
static void pointMove(Point *p, int64_t dx, int64_t dy) {
  p->x += dx;
  p->y += dy;
}
static Point rectCenter(Rect r) { return (Point){(r.min.x + r.max.x) / 2, (r.min.y + r.max.y) / 2}; }
static int64_t rectArea(Rect r) { return (r.max.x - r.min.x) * (r.max.y - r.min.y); }

int main(int argc, char **argv) {
  int64_t n = argc > 1 ? strtoll(argv[argc - 1], NULL, 10) : 100000;
  Point sum = {0, 0};
  Rect last = {{0, 0}, {0, 0}};
  for (int64_t i = 0; i < n; i++) {
    Point p = {i % 1000, i / 1000 % 1000};
    Point q = pointAdd(pointScale(p, 3), (Point){1, 2});
    pointMove(&q, -1, 1);
    last = (Rect){p, q};
    sum = pointAdd(sum, rectCenter(last));
  }
  printf("%lld %lld %lld\n", (long long)sum.x, (long long)sum.y, (long long)rectArea(last));
  return 0;
}
