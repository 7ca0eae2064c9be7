package main

import "fmt"

type Str int

func (s Str) String() string { return "S" }

type MyInt int
type Pt struct{ X int }
type Zed string

func main() {
	x := 1
	_ = x
	m := map[any]int{int8(1): 1, uint(2): 2, "s": 3, 1.5: 4, true: 5, [2]int{}: 6, struct{}{}: 7, Str(1): 8, MyInt(1): 9, Pt{1}: 10, Zed("z"): 11, int64(3): 12, uint8(4): 13, [1]string{"a"}: 14, struct{ A int }{2}: 15, complex(1, 1): 16, float32(2): 17}
	fmt.Println(m)
}
