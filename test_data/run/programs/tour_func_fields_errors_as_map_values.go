// A tour the code generator was checked against: func-typed map values, method values taken before the
// receiver changes, defer argument evaluation, errors.As, interface embedding and assertion, f(g()) into variadics,
// struct and array map values, shadowing in if/else, labeled break from a switch, comparisons that panic.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Op func(int, int) int

type Calc struct {
	ops  map[string]Op
	hist []string
}

func (c *Calc) Do(name string, a, b int) int {
	r := c.ops[name](a, b)
	c.hist = append(c.hist, fmt.Sprintf("%s(%d,%d)=%d", name, a, b, r))
	return r
}

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func work(fail bool) error {
	if fail {
		return fmt.Errorf("wrapped: %w", &MyErr{42})
	}
	return nil
}

type Reader interface{ Read() string }
type Writer interface{ Write(string) }
type RW interface {
	Reader
	Writer
}
type buf struct{ data []string }

func (b *buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buf) Write(s string) { b.data = append(b.data, s) }

func pair() (int, string)            { return 7, "seven" }
func show(args ...interface{}) string { return fmt.Sprint(len(args), args) }

type Grid [3][3]byte

func (g *Grid) Set(r, c int, v byte) { g[r][c] = v }
func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, v := range row {
			if v == 0 {
				v = '.'
			}
			sb.WriteByte(v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	c := &Calc{ops: map[string]Op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}}
	c.Do("add", 2, 3)
	c.Do("mul", c.Do("add", 1, 1), 10)
	fmt.Println(c.hist)

	cnt := Counter{}
	get := cnt.Get
	inc := cnt.Inc
	inc()
	inc()
	fmt.Println(get(), cnt.Get(), cnt.n)

	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Println("deferred", n) }(i * 10)
	}
	d := Counter{5}
	defer fmt.Println("value at defer:", d.Get())
	d.Inc()

	err := work(true)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println("as:", me.Code, err)
	}
	fmt.Println(work(false) == nil)

	var rw RW = &buf{}
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw
	fmt.Println(r.Read())
	if w, ok := r.(Writer); ok {
		w.Write("c")
	}
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")

	fmt.Println(show(pair()))
	fmt.Println(show())
	fmt.Println(show(nil, 1))

	type point struct{ x, y int }
	m := map[string]point{"a": {1, 2}}
	p := m["a"]
	p.x = 100
	fmt.Println(m["a"].x, p.x, m["zz"].y)
	ma := map[int][2]string{}
	ma[1] = [2]string{"x", "y"}
	fmt.Println(ma[1][1], len(ma[2][0]))

	var g Grid
	g.Set(1, 1, 'X')
	g.Set(0, 2, 'O')
	fmt.Print(g)

	x := 10
	if x := 5; x > 3 {
		fmt.Println("inner", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("never", y)
	}
	fmt.Println("outer", x)

loop:
	for i := 0; ; i++ {
		switch {
		case i == 2:
			continue
		case i > 4:
			break loop
		}
		fmt.Print(i, ";")
	}
	fmt.Println()

	var i32 int32 = 1 << 30
	i32 *= 4
	var u16 uint16 = 65535
	u16 += 2
	fmt.Println(i32, u16, "abc" < "abd", "b" > "abc", strings.Compare("x", "y"))
	ifs := [2]interface{}{1, "a"}
	ifs2 := [2]interface{}{1, "a"}
	fmt.Println(ifs == ifs2)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var a, b interface{} = []int{1}, []int{1}
		fmt.Println(a == b)
	}()
	type node struct {
		v    int
		next *node
	}
	var head *node
	for i := 3; i > 0; i-- {
		head = &node{i, head}
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.v, " ")
	}
	fmt.Println()
	fmt.Printf("%v %+v\n", head.v, node{v: 9})
}
