package main

import "fmt"

type big struct{ a, b, c, d int }

type Getter interface{ Get() int }

func (b big) Get() int { return b.a + b.b + b.c + b.d }

type small int8

func (s small) Get() int { return int(s) }

func main() {
	x := big{1, 2, 3, 4}
	var g Getter = x
	x.a = 100 // the interface holds a copy
	fmt.Println(g.Get(), x.Get())
	gs := []Getter{small(-3), big{d: 1}, small(5)}
	t := 0
	for _, g := range gs {
		t += g.Get()
	}
	fmt.Println(t)
	var i interface{} = [3]string{"p", "q", "r"}
	arr := i.([3]string)
	arr[0] = "changed"
	fmt.Println(i, arr)
}
