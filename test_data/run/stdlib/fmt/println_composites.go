package main

import "fmt"

type inner struct {
	N int
	S string
}

type outer struct {
	I  inner
	P  *inner
	L  []inner
	M  map[int]inner
	E  error
	A  interface{}
	F  float64
	Bs []byte
}

func main() {
	o := outer{
		I:  inner{1, "a"},
		L:  []inner{{2, "b"}},
		M:  map[int]inner{3: {3, "c"}},
		A:  []string{"x", "y"},
		F:  2.0,
		Bs: []byte("hi"),
	}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Println([]interface{}{1, "two", 3.0, []int{4}}, [2][]int{{1}, {2, 3}})
	fmt.Println([]*int{nil}, map[string]interface{}{"k": nil})
}
