// Stores through pointers: an address stored into memory that a parameter points to, into a slice element, a map,
// a field of a heap object or through a pointer-to-pointer flows wherever that memory flows. Stores into a local
// value (a struct variable, an array variable) keep the address as local as that variable. A store through a
// pointer (`head.next = &x` with head a pointer, `s[0] = &b` with s a slice) sends the address to the heap even when
// the pointer itself does not escape: Go's analysis does not follow what an allocation holds.
package main

type Node struct {
	val  int
	next *Node
}

var global *Node

func intoParam(n *Node) { // ERROR "n does not escape$"
	x := Node{val: 1} // ERROR "moved to heap: x$"
	n.next = &x
}

func intoSliceParam(s []*int) { // ERROR "s does not escape$"
	y := 2 // ERROR "moved to heap: y$"
	s[0] = &y
}

func intoMap(m map[int]*int) { // ERROR "m does not escape$"
	z := 3 // ERROR "moved to heap: z$"
	m[0] = &z
}

func throughDoublePointer(pp **int) { // ERROR "pp does not escape$"
	w := 4 // ERROR "moved to heap: w$"
	*pp = &w
}

func intoLocalStruct() int {
	x := Node{val: 1}
	var head Node
	head.next = &x
	return head.next.val
}

func intoLocalArray() int {
	a := 1
	var arr [2]*int
	arr[0] = &a
	return *arr[0]
}

func intoLocalPointer() int {
	x := Node{val: 1} // ERROR "moved to heap: x$"
	head := &Node{}   // ERROR "&Node{} does not escape$"
	head.next = &x
	return head.next.val
}

func intoGlobalChain() {
	x := Node{val: 1} // ERROR "moved to heap: x$"
	head := &Node{}   // ERROR "&Node{} escapes to heap$"
	head.next = &x
	global = head
}

func localSliceOfPointers() int {
	b := 1               // ERROR "moved to heap: b$"
	s := make([]*int, 1) // ERROR "make\(\[\]\*int, 1\) does not escape$"
	s[0] = &b
	return *s[0]
}

func main() {
	intoParam(&Node{})              // ERROR "&Node{} does not escape$"
	intoSliceParam(make([]*int, 1)) // ERROR "make\(\[\]\*int, 1\) does not escape$"
	intoMap(map[int]*int{})         // ERROR "map\[int\]\*int{} does not escape$"
	var p *int
	throughDoublePointer(&p)
	check(intoLocalStruct(), 1)
	check(intoLocalArray(), 1)
	check(intoLocalPointer(), 1)
	intoGlobalChain()
	check(localSliceOfPointers(), 1)
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
