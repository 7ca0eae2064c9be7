// An argument converted to an interface is copied where it stands (gc's order pass, addrTemp) when the conversion
// passes its address and it is not addressable: a bool, a byte or a struct of odd size computed in the argument
// list is evaluated in order with the calls; an int, a string or a variable is read after them.
package main

import "fmt"

type pair struct{ a, b int }
type small struct{ a, b byte }

var x pair
var flag bool
var s string

func set() int { x = pair{10, 20}; flag = true; s = "after"; return 0 }

func main() {
	x = pair{1, 2}
	flag = false
	s = "before"
	fmt.Println(x.a == 1, x.a, x, flag, !flag, s, s+"!", set())
	x = pair{1, 2}
	fmt.Println(byte(x.a), int8(x.a), int16(x.a), int32(x.a), small{byte(x.a), 0}, [1]int{x.a}, set())
	x = pair{1, 2}
	var e interface{} = x.a == 1
	fmt.Println(e, interface{}(x.a == 1), any(x.a), set())
}
