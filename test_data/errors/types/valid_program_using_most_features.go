// A complete program that uses most of the language: it must type-check with zero diagnostics.

package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
	numColors = int(Blue) + 1
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const big = 1 << 100
const small = big >> 98
const pi = 3.14159265358979323846264338327950288419716939937510582097494459
const greeting = "hello, " + "world"

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	case Blue:
		return "blue"
	}
	return "Color(" + strconv.Itoa(int(c)) + ")"
}

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	fmt.Stringer
}

type Point struct{ X, Y float64 }

type Rect struct {
	Point
	W, H float64
	tags []string
}

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (r *Rect) Scale(f float64)    { r.W *= f; r.H *= f }
func (r Rect) String() string      { return fmt.Sprintf("rect %gx%g at (%g,%g)", r.W, r.H, r.X, r.Y) }
func (p Point) Dist2(q Point) float64 { return (p.X-q.X)*(p.X-q.X) + (p.Y-q.Y)*(p.Y-q.Y) }

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Add(key string, delta int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n == nil {
		c.n = make(map[string]int)
	}
	c.n[key] += delta
}

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

var ErrNegative = errors.New("negative")

type ParseError struct {
	Input string
	Err   error
}

func (e *ParseError) Error() string { return "parse " + strconv.Quote(e.Input) + ": " + e.Err.Error() }
func (e *ParseError) Unwrap() error { return e.Err }

func parsePositive(s string) (n int, err error) {
	n, err = strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return 0, &ParseError{Input: s, Err: err}
	}
	if n < 0 {
		return 0, &ParseError{s, ErrNegative}
	}
	return
}

func sum(nums ...int) (total int) {
	for _, n := range nums {
		total += n
	}
	return total
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func apply(fs []func(int) int, x int) int {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func makeAdder(k int) func(int) int {
	return func(x int) int { return x + k }
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("integer ", x)
	case string:
		return "string of length " + strconv.Itoa(len(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return x.String()
	default:
		return fmt.Sprintf("%T", x)
	}
}

func producer(n int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		out <- i * i
	}
}

func firstNegative(grid [][]int) (row, col int, found bool) {
outer:
	for i, line := range grid {
		for j, v := range line {
			if v < 0 {
				row, col, found = i, j, true
				break outer
			}
			if v == 0 {
				continue outer
			}
		}
	}
	return
}

func countdown(n int) []int {
	var out []int
loop:
	if n > 0 {
		out = append(out, n)
		n--
		goto loop
	}
	return out
}

var (
	initialised = computeInit()
	table       = [...]string{2: "two", 0: "zero", 1: "one"}
	matrix      = [2][3]int{{1, 2, 3}, {4, 5, 6}}
)

func computeInit() int { return len(table) * 10 }

func init() {
	if initialised != 30 {
		panic("bad init order")
	}
}

func main() {
	var shapes []Shape
	r := &Rect{Point: Point{1, 2}, W: 3, H: 4}
	r.Scale(2)
	shapes = append(shapes, *r, Rect{W: 1, H: 1})
	var n Named = r
	fmt.Println(n.String(), n.Area())
	total := 0.0
	for i := range shapes {
		total += shapes[i].Area()
	}
	fmt.Printf("%.2f %v %d %d\n", total, Color(1), KB, MB)
	fmt.Println(small, pi*2, greeting, float64(big)/GB)

	if v, err := parsePositive(" -3 "); err != nil {
		var pe *ParseError
		if errors.As(err, &pe) && errors.Is(err, ErrNegative) {
			fmt.Println("negative input", pe.Input, v)
		}
	}

	words := strings.Fields("the quick brown fox jumps")
	sort.Sort(byLen(words))
	sort.Slice(words, func(i, j int) bool { return words[i] < words[j] })
	fmt.Println(strings.Join(words, ","), sum(1, 2, 3), sum(matrix[1][:]...))
	q, rem := divmod(17, 5)
	fmt.Println(q, rem, apply([]func(int) int{makeAdder(1), makeAdder(2)}, 10))
	if _, err := safeDiv(1, 0); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}

	m := map[string][]int{"a": {1}, "b": {2, 3}}
	m["c"] = append(m["c"], 4)
	delete(m, "a")
	if xs, ok := m["b"]; ok {
		fmt.Println(len(xs), cap(xs[:1]))
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)

	buf := make([]byte, 0, 16)
	buf = append(buf, "abc"...)
	copy(buf[1:], "zz")
	runes := []rune(string(buf))
	for i, c := range "héllo" {
		_ = i
		runes = append(runes, c)
	}
	fmt.Println(string(runes), describe(3), describe("x"), describe(Color(2)), describe(nil), describe(ErrNegative))

	var c Counter
	var wg sync.WaitGroup
	ch := make(chan int, 4)
	done := make(chan struct{})
	wg.Add(2)
	go producer(3, ch, &wg)
	go producer(2, ch, &wg)
	go func() {
		wg.Wait()
		close(ch)
	}()
	go func() {
		for v := range ch {
			c.Add("sum", v)
		}
		close(done)
	}()
	select {
	case <-done:
	case v, ok := <-ch:
		fmt.Println(v, ok)
	}
	<-done

	row, col, found := firstNegative([][]int{{1, 2}, {3, -4}})
	fmt.Println(row, col, found, countdown(3))

	var x uint8 = 255
	x++
	var f float32 = 1.5
	z := complex(1, 2)
	fmt.Println(x, f*2, real(z), imag(z), x<<1, ^x, -f, !found, 7&^5)

	p := new(int)
	*p = 42
	pp := &p
	**pp++
	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:3:4]
	fmt.Println(*p, len(s), cap(s), arr[len(arr)-1])

	type local struct{ a, b int }
	l := local{b: 2}
	l.a, l.b = l.b, l.a
	fn := Point.Dist2
	g := r.Area
	fmt.Println(l, fn(Point{}, Point{3, 4}), g())

	switch {
	case total > 100:
		fmt.Println("big")
		fallthrough
	case total > 10:
		fmt.Println("medium")
	default:
		fmt.Println("small")
	}
	var iface interface{} = r
	if sh, ok := iface.(Shape); ok {
		fmt.Println(sh.Perimeter())
	}
	println("done", len(table))
}
