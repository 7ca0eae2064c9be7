package main

import (
	"fmt"
	"math"
)

type K struct {
	A int
	B string
}

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	fmt.Println(map[int]string{3: "c", -1: "a", 2: "b", 0: "z"})
	fmt.Println(map[string]int{"b": 2, "a": 1, "": 0, "B": 3, "ab": 4})
	fmt.Println(map[float64]int{math.NaN(): 1, math.Inf(-1): 2, 0: 3, -1.5: 4, math.Inf(1): 5})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true})
	fmt.Println(map[uint8]int{255: 1, 0: 2, 128: 3})
	fmt.Println(map[int8]int{-128: 1, 127: 2, 0: 3})
	fmt.Println(map[rune]bool{'b': true, 'a': false})
	fmt.Println(map[Color]int{2: 20, 0: 0, 1: 10})
	fmt.Printf("%v %d %x\n", map[Color]int{2: 20, 0: 0}, map[Color]int{2: 20, 0: 0}, map[string]int{"k": 255})
	fmt.Printf("%+v\n", map[K][]int{{1, "x"}: {1, 2}})
	fmt.Printf("%#v\n", map[K][]int{{1, "x"}: {1, 2}})
	fmt.Println(map[any]int{"b": 1, 2: 2, "a": 3, 1: 4, 1.5: 5, false: 6, true: 7, int8(1): 8})
	fmt.Println(map[string]map[string]int{"outer2": {"y": 2, "x": 1}, "outer1": {"b": 0}})
	fmt.Println(map[complex128]int{complex(1, 2): 1, complex(1, 1): 2, complex(0, 5): 3})
	fmt.Println(map[string]int{}, map[string]int(nil))
	fmt.Printf("%v|%10v|%-10v|\n", map[int]int{1: 2}, map[int]int{1: 2}, map[int]int{1: 2})
	fmt.Printf("%s\n", map[string]string{"k": "v"})
	fmt.Printf("%q\n", map[string]string{"k": "v"})
	fmt.Printf("%05d\n", map[int]int{1: 2})
}
