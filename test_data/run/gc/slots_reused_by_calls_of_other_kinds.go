// Frame slots that calls of different shapes share: a callee's integers and floats end up in slots its caller
// then uses for pointers, strings and interfaces (the VM clears only the slots the collector reads as
// pointers). Every step allocates right after such a return (run it with VO_GC_STRESS=1: each allocation
// collects and scans the frames), through recursion, closures, interface calls, deferred calls and goroutines.
package main

import "fmt"

// scalars fills a large frame with integers and floats that look like words of other kinds.
func scalars(n int) int {
	a, b, c, d := n*0x10001, n*0x7fff0001, -n, n<<40
	e, f, g, h := a^b, c|d, a+b+c, d-a
	x, y := float64(n)*1.5, float64(n)/3
	i, j, k, l := e*3, f*5, g*7, h*11
	if x > y {
		i++
	}
	return (a + b + c + d + e + f + g + h + i + j + k + l) & 0xffff
}

type Box struct {
	name string
	next *Box
	v    interface{}
}

type Namer interface{ Name() string }

func (b *Box) Name() string { return b.name }

// mixed calls scalars, then at once builds values with pointers in the slots the call used.
func mixed(n int) *Box {
	s := scalars(n)
	var e interface{} = fmt.Sprint("v", s) // allocates while e's slots are still unwritten
	str := fmt.Sprint("box", n)
	b := &Box{name: str, v: e}
	b.next = &Box{name: str + "'", v: []int{s, n}}
	return b
}

func deep(n int) (r *Box) {
	if n == 0 {
		return &Box{name: "leaf"}
	}
	k := scalars(n)
	inner := deep(n - 1)
	var nm Namer = &Box{name: fmt.Sprint(k%7, "-", inner.name), next: inner}
	return &Box{name: nm.Name(), next: inner, v: nm}
}

func count(b *Box) int {
	c := 0
	for ; b != nil; b = b.next {
		c++
	}
	return c
}

func viaDefer(n int) (out string) {
	defer func() {
		x := scalars(n)
		out += fmt.Sprint(" deferred ", x%10)
	}()
	b := mixed(n)
	return b.name
}

func main() {
	var all []*Box
	for i := 0; i < 50; i++ {
		b := mixed(i)
		all = append(all, b)
	}
	for _, b := range all[45:] {
		fmt.Println(b.name, b.v, b.next.name, b.next.v)
	}
	d := deep(12)
	fmt.Println(d.name, count(d))
	f := func(n int) interface{} {
		s := scalars(n)
		return []string{fmt.Sprint(s), "x"}
	}
	for i := 0; i < 3; i++ {
		fmt.Println(f(i), viaDefer(i))
	}
	done := make(chan *Box)
	for g := 0; g < 4; g++ {
		go func(g int) {
			var b *Box
			for i := 0; i < 20; i++ {
				scalars(i)
				b = &Box{name: fmt.Sprint("g", g, "-", i), next: b}
			}
			done <- b
		}(g)
	}
	total := 0
	for g := 0; g < 4; g++ {
		total += count(<-done)
	}
	fmt.Println("goroutines", total)
}
