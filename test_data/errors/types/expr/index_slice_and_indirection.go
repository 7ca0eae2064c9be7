// Index, slice, indirection, address and receive operations (Go spec "Index expressions", "Slice expressions",
// "Address operators", "Receive operator").
package main

var arr [3]int
var parr = &arr
var sl []int
var s string
var m map[string]int
var x int
var p *int
var send chan<- int
var recv <-chan int

var f func() [3]int

var ok1 = arr[2] + parr[1] + sl[10] + int(s[0]) + m["k"]
var ok2 = sl[1:2:3]
var ok3 = s[1:]
var ok4 = parr[:]
var ok5 = *p + <-recv
var ok6, ok7 = m["k"]
var ok8 = &arr[1]
var ok9 = "abc"[1:2]

var e1 = arr[5]        // ERROR "^invalid argument: index 5 out of bounds \[0:3\]$"
var e2 = sl[-1]        // ERROR "^invalid argument: index -1 \(constant of type int\) must not be negative$"
var e3 = sl[1.5]       // ERROR "^1.5 \(untyped float constant\) truncated to int$"
var e4 = sl["a"]       // ERROR "^cannot convert .a. \(untyped string constant\) to type int$"
var e5 = x[0]          // ERROR "^invalid operation: cannot index x \(variable of type int\)$"
var e6 = m[1]          // ERROR "^cannot use 1 \(untyped int constant\) as string value in map index$"
var e7 = sl[2:1]       // ERROR "^invalid slice indices: 1 < 2$"
var e8 = s[1:2:3]      // ERROR "^invalid operation: 3-index slice of string$"
var e9 = f()[:]        // ERROR "^invalid operation: f\(\)\[:\] \(slice of unaddressable value\)$"
var e10 = arr[:4]      // ERROR "^invalid argument: index 4 out of bounds \[0:4\]$"
var e11 = *x           // ERROR "^invalid operation: cannot indirect x \(variable of type int\)$"
var e12 = &f()         // ERROR "^invalid operation: cannot take address of f\(\) \(value of type \[3\]int\)$"
var e13 = <-send       // ERROR "^invalid operation: cannot receive from send-only channel send \(variable of type chan<- int\)$"
var e14 = <-x          // ERROR "^invalid operation: cannot receive from non-channel x \(variable of type int\)$"
var e15 = x.(int)      // ERROR "^invalid operation: x \(variable of type int\) is not an interface$"
var e16 = "abc"[5]     // ERROR "^invalid argument: index 5 out of bounds \[0:3\]$"

func main() {}
