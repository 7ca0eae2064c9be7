// Arrays are values: indexing an array is not a dereference, so storing into a local array keeps it local unless
// its address is taken. Slicing an array takes its address (`a[:]` is `(&a)[:]`).
package main

var sink []int
var sinkP *int

func localArray() int {
	var a [8]int
	for i := range a {
		a[i] = i
	}
	b := a
	b[0] = 9
	return a[1] + b[0]
}

func slicedLocal() int {
	var a [8]int
	s := a[2:5]
	s[0] = 1
	return a[2] + len(s)
}

func slicedEscaping() {
	var a [8]int // ERROR "moved to heap: a$"
	sink = a[:]
}

func elementAddress() {
	var a [4]int // ERROR "moved to heap: a$"
	sinkP = &a[1]
}

func arrayOfPointers() int {
	x, y := 1, 2
	arr := [2]*int{&x, &y}
	return *arr[0] + *arr[1]
}

func arrayOfPointersEscaping() {
	x := 1 // ERROR "moved to heap: x$"
	arr := [1]*int{&x}
	sinkP = arr[0]
}

func main() {
	check(localArray(), 10)
	check(slicedLocal(), 4)
	slicedEscaping()
	elementAddress()
	check(arrayOfPointers(), 3)
	arrayOfPointersEscaping()
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
