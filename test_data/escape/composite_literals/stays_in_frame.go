// Variables that are only read, written, copied and passed by value stay in the frame: no -m output.
package main

type P struct{ x, y int }

func add(p, q P) P { return P{p.x + q.x, p.y + q.y} }

func main() {
	a := P{1, 2}
	b := a
	b.x = 3
	c := add(a, b)
	arr := [3]int{1, 2, 3}
	arr[1] = c.x
	s := []int{arr[0], arr[1]}  // ERROR "\[\]int{...} does not escape$"
	m := map[string]int{"a": 1} // ERROR "map\[string\]int{...} does not escape$"
	m["b"] = len(s)
	var f func() int
	if f == nil {
		println(c.y, m["b"])
	}
	str := "hello"
	println(str, len(str))
}
