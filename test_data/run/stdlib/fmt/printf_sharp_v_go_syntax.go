package main

import "fmt"

type Inner struct {
	X, Y int
	s    string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []Inner
	M     map[string]int
	Any   any
	Err   error
	Arr   [2]bool
	Bytes []byte
	F     float64
	Fn    func()
	Ch    chan int
	U     uint8
	R     rune
	Emb
}

type Emb struct{ E int }

type MyInt int
type MyStr string
type MySlice []MyInt
type MyMap map[MyStr]MyInt

func main() {
	o := Outer{Name: "n", In: Inner{1, 2, "x"}, List: []Inner{{3, 4, ""}}, M: map[string]int{"b": 2, "a": 1},
		Any: MyInt(3), Arr: [2]bool{true, false}, Bytes: []byte{1, 2}, F: 1.5, U: 7, R: 'x'}
	fmt.Printf("%#v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%v\n", o)
	fmt.Printf("%#v\n", Outer{})
	fmt.Printf("%#v %#v %#v\n", MyInt(5), MyStr("s"), MySlice{1, 2})
	fmt.Printf("%#v\n", MyMap{"z": 1, "a": 2})
	fmt.Printf("%#v %#v %#v\n", []any{1, "a", nil, 2.0, MyInt(1)}, map[int]any{1: nil}, [0]int{})
	fmt.Printf("%#v %#v %#v %#v\n", []string(nil), map[string]int(nil), []int{}, map[string]bool{})
	fmt.Printf("%#v %#v %#v %#v\n", struct{}{}, struct{ A int }{1}, struct {
		a []int
		b *int
	}{}, &struct{ Q string }{"q"})
	fmt.Printf("%#v %#v %#v %#v %#v\n", 1.0, 1e6, 1e21, float32(2.5), complex(1, 2))
	fmt.Printf("%#v %#v %#v %#v\n", uint(3), uint8(255), uintptr(16), int64(-1))
	fmt.Printf("%#v %#v %#v\n", 'a', "quote\"d\n", `back\slash`)
	fmt.Printf("%#v %#v\n", true, nil)
	var e error
	var ip *int
	fmt.Printf("%#v %#v\n", e, ip)
	fmt.Printf("%#v\n", [][]int{{1}, nil, {}})
	fmt.Printf("%#v\n", map[Inner]string{{1, 2, "a"}: "x"})
	fmt.Printf("%#v\n", []*int{nil})
	fmt.Printf("%#x %#o %#b %#X %#q %#U\n", 255, 8, 5, 255, "back`q", '⌘')
	fmt.Printf("%#s|%#d|%#t\n", "s", 10, true)
}
