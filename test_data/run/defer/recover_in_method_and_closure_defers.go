// recover() in deferred calls with arguments, method values, interface methods and closures: the thunks and
// wrappers between the panic machinery and the function do not count as frames (Go skips wrapper frames).
package main

import "fmt"

type T struct{ name string }

func (t T) M(tag string) { fmt.Println(t.name, tag, recover()) }
func (t *T) P()          { fmt.Println("P", t.name, recover()) }

func h(x int) { fmt.Println("h", x, recover()) }

func a() {
	defer h(1)
	panic("pa")
}

func b() {
	t := T{"tb"}
	defer t.M("m")
	panic("pb")
}

func c() {
	t := &T{"tc"}
	defer t.P()
	panic("pc")
}

type I interface{ M(string) }

func d() {
	var i I = T{"td"}
	defer i.M("iface")
	panic("pd")
}

func e() {
	f := func(s string) { fmt.Println("closure", s, recover()) }
	defer f("arg")
	panic("pe")
}

func main() {
	a()
	b()
	c()
	d()
	e()
}
