package main

import "fmt"

type S string
type I int

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print(S("x"), S("y"), I(1), I(2), "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print(1.5, true, false, 'x', "\n")
	fmt.Print("", "", 1, "", 2, "\n")
	fmt.Println("a", "b", 1, 2, "", nil)
	fmt.Println()
	fmt.Print()
	fmt.Println(fmt.Sprint(), fmt.Sprint(""), fmt.Sprint(1, "a", 2), fmt.Sprint(1, 2))
	fmt.Printf("%q\n", fmt.Sprintln("x", 1))
	fmt.Printf("%q %q\n", fmt.Sprintln(), fmt.Sprint(nil))
	fmt.Print(struct{ A, B int }{1, 2}, &struct{ A int }{3}, "\n")
	fmt.Println(&[]int{1}, &map[string]int{"a": 1}, &[2]string{"x", "y"})
	fmt.Println([]*int{nil}, [][]string{{"a", "b"}, {}}, [2][]int{})
	fmt.Println(struct {
		a any
		b error
		c []any
	}{})
	fmt.Println([]byte("hi"), [3]byte{1, 2, 3}, []rune("hi"))
	fmt.Println(int8(-5), uint16(7), uintptr(9), float32(0.1), complex64(1i))
	fmt.Println("tab\there", "nl")
}
