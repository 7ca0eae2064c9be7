// Assignability (Go spec "Assignability"): identical types, identical underlying types when one side is not a
// named type, channel directions, nil, and untyped constants; everything else is an error.

package main

type MyInt int
type Ints []int
type OtherInts []int

func takesInts(Ints) {}

func main() {
	var i int = 1
	var m MyInt = 2
	var lit = []int{1}
	var s Ints = lit
	var o OtherInts = lit
	takesInts(lit)
	takesInts(o) // ERROR "^cannot use o \(variable of type OtherInts\) as Ints value in argument to takesInts$"
	m = i // ERROR "^cannot use i \(variable of type int\) as MyInt value in assignment$"
	i = m // ERROR "^cannot use m \(variable of type MyInt\) as int value in assignment$"
	m = 3
	i = int(m)
	s = o // ERROR "^cannot use o \(variable of type OtherInts\) as Ints value in assignment$"
	s = nil
	var ch = make(chan int)
	var recv <-chan int = ch
	var send chan<- int = ch
	ch = recv // ERROR "^cannot use recv \(variable of type <-chan int\) as chan int value in assignment$"
	var f func(int) int = func(x int) int { return x }
	f = nil
	var p *int = nil
	i = nil // ERROR "^cannot use nil as int value in assignment$"
	var e interface{} = m
	var b byte = 'a'
	var r rune = b // ERROR "^cannot use b \(variable of type byte\) as rune value in variable declaration$"
	_, _, _, _, _, _, _, _ = s, o, send, f, p, e, r, i
}
