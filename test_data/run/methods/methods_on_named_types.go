package main

import "fmt"

type Celsius float64
type IntList []int
type Registry map[string]int
type Op func(int) int

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func (r Registry) Register(name string) int {
	r[name] = len(r) + 1
	return r[name]
}

func (f Op) Twice(x int) int { return f(f(x)) }

func main() {
	fmt.Println(Celsius(100).Fahrenheit(), Celsius(-40).Fahrenheit())
	var l IntList
	l.Push(1)
	l.Push(2)
	fmt.Println(l, l.Sum())
	r := Registry{}
	fmt.Println(r.Register("a"), r.Register("b"), r)
	inc := Op(func(x int) int { return x + 1 })
	fmt.Println(inc.Twice(5))
}
