// Calls whose results are arguments of another call (f(g(x))): the inner call's results may land in the outer
// call's argument slots directly. Covers closures, methods, interface methods, multi-slot results (strings,
// structs, interfaces), argument evaluation order, a panic in an inner call that is recovered, and results
// converted on the way (to an interface).
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point   { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Scale(k int) Point   { return Point{p.X * k, p.Y * k} }
func (p *Point) Move(d Point) Point { p.X += d.X; p.Y += d.Y; return *p }

type Rect struct{ Min, Max Point }

func (r Rect) Center() Point { return Point{(r.Min.X + r.Max.X) / 2, (r.Min.Y + r.Max.Y) / 2} }

type Shape interface{ Area() int }

func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

var trace []string

func note(s string, v int) int {
	trace = append(trace, fmt.Sprint(s, v))
	return v
}

func pair(a, b int) (int, int)  { return note("pair.a", a), note("pair.b", b) }
func sum2(a, b int) int         { return a*10 + b }
func concat(a, b string) string { return a + b }
func word(i int) string         { return fmt.Sprint("w", i) }
func sum3(a, b, c int) int      { return a*100 + b*10 + c }
func describe(v interface{}) string {
	return fmt.Sprintf("%T:%v", v, v)
}
func shapeArea(s Shape) int { return s.Area() }
func mustPositive(x int) int {
	if x < 0 {
		panic(fmt.Sprint("negative ", x))
	}
	return x
}

func safe(f func() int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			r = -1
		}
	}()
	return f()
}

func main() {
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return 2 * x }
	fmt.Println(inc(dbl(inc(dbl(5)))))
	fmt.Println(sum3(note("a", 1), note("b", inc(1)), note("c", dbl(inc(0)))))
	fmt.Println(trace)
	trace = nil
	fmt.Println(sum2(pair(4, 5)), sum2(note("x", 7), sum2(pair(1, 2))))
	fmt.Println(trace)

	p := Point{1, 2}
	q := p.Scale(3).Add(Point{1, 2}).Add(p.Scale(inc(1)))
	fmt.Println(q)
	r := Rect{p, q}
	fmt.Println(p.Add(r.Center()), r.Center().Add(Rect{q, q.Scale(2)}.Center()))
	fmt.Println(q.Move(p.Add(p)), q)
	fmt.Println(concat(word(1), concat(word(2), word(3))))
	fmt.Println(describe(inc(41)), describe(p.Add(p)), describe(word(7)))
	fmt.Println(shapeArea(Rect{Point{0, 0}, p.Scale(dbl(2))}))
	var s Shape = r
	fmt.Println(inc(s.Area()), dbl(shapeArea(s)))

	x := 10
	x = inc(dbl(x))
	fmt.Println(x)
	fmt.Println(safe(func() int { return inc(mustPositive(dbl(-3))) }))
	fmt.Println(safe(func() int { return sum3(1, mustPositive(2), mustPositive(-x)) }))

	fs := []func(int) int{inc, dbl, func(v int) int { return v * v }}
	total := 0
	emit := func(v int) { total += v }
	for i := 0; i < 100; i++ {
		for _, f := range fs {
			emit(f(i))
		}
	}
	fmt.Println(total)
}
