package main

import "fmt"

type acc struct{ total int }

func (a *acc) add(n int) { a.total += n }

func (a acc) get() int { return a.total }

func each(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	a := &acc{}
	each([]int{1, 2, 3}, a.add)
	get := a.get // receiver copied now
	a.add(10)
	fmt.Println(a.total, get())
	f := (*acc).add
	f(a, 5)
	g := acc.get
	fmt.Println(g(*a))
}
