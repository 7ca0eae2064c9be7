// Operators gc evaluates where they stand, into a temporary, like calls (order.go): len, cap, slice expressions,
// append, type assertions to a type that is not pointer-shaped, receives. An operand of those is read before a
// later call; an index, a field or an assertion to a pointer type is read after it.
package main

import "fmt"

var s = []int{1}
var str = "ab"
var e interface{} = 1
var pp interface{} = new(int)
var ch = make(chan int, 4)

func g() int { s = append(s, 2, 3); str = "abcd"; e = "x"; pp = nil; return 0 }

func reset() { s, str, e, pp = []int{1}, "ab", 1, new(int) }

func main() {
	reset()
	fmt.Println("len:", len(s), g())
	reset()
	fmt.Println("len + call:", len(s)+g(), cap(s) > 0)
	reset()
	fmt.Println("string len + call:", len(str)+g())
	reset()
	fmt.Println("slice expression:", str[1:]+fmt.Sprint(g()))
	reset()
	fmt.Println("append:", len(append(s, 9))+g())
	reset()
	fmt.Println("assertion to int:", e.(int)+g())
	reset()
	fmt.Println("comparison copied for the interface:", pp.(*int) != nil, g())
	reset()
	fmt.Println("index after call:", s[0]+g(), s[1])
	reset()
	ch <- 4
	fmt.Println("receive:", <-ch+len(s)+g())
}
