package main

// A type that is never converted to an interface itself, only reached inside a value that is (a slice element,
// a map key or element, a struct field, an array element, a pointer target), still has its String and Error
// methods called by fmt, as in Go.

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Pair struct {
	C Color
	T Celsius
}

type Deep struct {
	Pairs []Pair
	ByKey map[Color][]Celsius
	Arr   [2]Code
}

type Node struct {
	Val  Color
	Next *Node
}

func main() {
	fmt.Println([]Color{0, 2})
	fmt.Println(map[Color]int{2: 20, 0: 0, 1: 10})
	fmt.Println(map[string]Celsius{"a": 21.5})
	fmt.Println(Pair{1, -3})
	fmt.Println([3]Code{1, 2, 3})
	fmt.Printf("%v\n", Deep{Pairs: []Pair{{0, 1}}, ByKey: map[Color][]Celsius{2: {4, 5}}, Arr: [2]Code{7, 8}})
	fmt.Printf("%+v\n", &Node{Val: 1, Next: nil})
	fmt.Println([][]Color{{1}, {2, 0}})
}
