// A tour the code generator was checked against: embedded pointers and interfaces, method values and
// expressions, [3][3] arrays in registers, struct map keys, named results set by recover, closures, variadics,
// %w errors, swaps, labeled break/continue, goto, fallthrough, type switches, string ranges, small-int wrap-around.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b *Base) Name() string { return b.name }

type Dog struct {
	*Base
	age int
}

func (d Dog) Sound() string { return "woof" }

type Cat struct {
	Base
	lives [9]bool
}

func (c *Cat) Sound() string { return "meow" }

type Logger interface{ Log(string) }
type prefixLogger struct{ prefix string; out *strings.Builder }

func (p prefixLogger) Log(s string) { p.out.WriteString(p.prefix + s + "\n") }

type Service struct {
	Logger
	calls int
}

type Matrix [3][3]int

func (m Matrix) Transpose() Matrix {
	var r Matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			r[j][i] = m[i][j]
		}
	}
	return r
}

type Key struct {
	a int
	b string
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func variadic(prefix string, xs ...int) string {
	var sb strings.Builder
	sb.WriteString(prefix)
	for i, x := range xs {
		if i > 0 {
			sb.WriteString(",")
		}
		fmt.Fprintf(&sb, "%d", x)
	}
	return sb.String()
}

var ErrNotFound = errors.New("not found")

func find(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return 0, fmt.Errorf("find %q: %w", k, ErrNotFound)
}

func main() {
	animals := []Animal{Dog{&Base{"rex"}, 3}, &Cat{Base: Base{"tom"}}}
	for _, a := range animals {
		fmt.Println(a.Name(), a.Sound())
	}
	var sb strings.Builder
	s := Service{Logger: prefixLogger{"> ", &sb}}
	s.Log("hello")
	s.Logger.Log("world")
	f := s.Log
	f("method value")
	fmt.Print(sb.String())

	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(m.Transpose(), m)
	tr := Matrix.Transpose
	fmt.Println(tr(m)[0])

	c := &Cat{}
	for i := range c.lives {
		c.lives[i] = i%2 == 0
	}
	fmt.Println(c.lives)
	snd := (*Cat).Sound
	fmt.Println(snd(c))
	nm := Animal.Name
	fmt.Println(nm(animals[0]))

	mk := map[Key]int{{1, "a"}: 1, {2, "b"}: 2}
	mk[Key{1, "a"}] += 10
	fmt.Println(mk[Key{1, "a"}], mk[Key{3, "c"}], len(mk))

	fmt.Println(divide(7, 2))
	fmt.Println(divide(1, 0))

	inc, reset := counter()
	inc()
	inc()
	reset()
	fmt.Println(inc())

	fmt.Println(variadic("x:", 1, 2, 3), variadic("y:"), variadic("z:", []int{9, 8}...))

	_, err := find(map[string]int{"a": 1}, "b")
	fmt.Println(err, errors.Is(err, ErrNotFound))

	a := []int{5, 4, 3, 2, 1}
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
	fmt.Println(a)

outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	i := 0
loop:
	if i < 3 {
		fmt.Print("g", i)
		i++
		goto loop
	}
	fmt.Println()

	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 10:
		fmt.Println("fell")
	default:
		fmt.Println("default")
	}

	var vals []interface{} = []interface{}{1, "s", 2.5, nil, Key{1, "x"}, &Base{"p"}, []int{1}}
	for _, v := range vals {
		switch t := v.(type) {
		case int, float64:
			fmt.Println("num", t)
		case string:
			fmt.Println("str", t+"!")
		case nil:
			fmt.Println("nil")
		case Key:
			fmt.Println("key", t.b)
		case fmt.Stringer:
			fmt.Println("stringer", t)
		default:
			fmt.Printf("other %T\n", t)
		}
	}
	str := ""
	for i, r := range "héllo, 世界" {
		str += fmt.Sprintf("%d:%c ", i, r)
	}
	fmt.Println(str)
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	fmt.Println(arr, arr2, arr == arr2, arr != [3]int{1, 2, 3})
	var e1, e2 interface{} = Key{1, "a"}, Key{1, "a"}
	fmt.Println(e1 == e2)
	type pt struct{ x, y int }
	pts := map[string]*pt{}
	pts["a"] = &pt{1, 2}
	pts["a"].x = 10
	fmt.Println(*pts["a"])
	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = []rune(strings.Repeat(".", 3))
	}
	grid[1][1] = '#'
	for _, row := range grid {
		fmt.Println(string(row))
	}
	bs := []byte("abc")
	bs = append(bs, "def"...)
	fmt.Println(string(bs), len(bs), bs[3:5], string(bs[1]))
	x8 := int8(127)
	x8++
	u8 := uint8(0)
	u8--
	fmt.Println(x8, u8, -x8, ^u8, 7/2, -7/2, -7%3, 1<<3>>1)
	var f32 float32 = 0.1
	fmt.Println(f32*3, float64(f32), uint32(1<<32-1))
}
