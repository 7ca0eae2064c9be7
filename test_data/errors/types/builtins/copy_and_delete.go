// copy(dst, src) between slices of identical element types, or from a string into []byte; delete(m, k) with a
// key assignable to the map's key type.
package main

func main() {
	si := make([]int, 8)
	sf := make([]float64, 8)
	b := make([]byte, 5)
	m := map[string]int{}
	var a = [...]int{0, 1, 2}
	_ = copy(si, a[0:])
	_ = copy(si, si[2:])
	_ = copy(b, "Hello")
	copy(b, b)
	delete(m, "a")
	delete(m, string(b))

	_ = copy()         // ERROR "^invalid operation: not enough arguments for copy\(\) \(expected 2, found 0\)$"
	_ = copy(si, "hi") // ERROR "^invalid argument: arguments to copy si \(variable of type \[\]int\) and .hi. \(untyped string constant\) have different element types int and byte$"
	_ = copy(si, sf)   // ERROR "have different element types int and float64$"
	_ = copy(1, 2)     // ERROR "^invalid argument: copy expects slice arguments; found 1 \(untyped int constant\) and 2 \(untyped int constant\)$"
	_ = copy(a, si)    // ERROR "copy expects slice arguments"
	delete(m, 0)       // ERROR "^cannot use 0 \(untyped int constant\) as string value in argument to delete$"
	delete(si, 0)      // ERROR "^invalid argument: si \(variable of type \[\]int\) is not a map$"
	delete(m)          // ERROR "^invalid operation: not enough arguments for delete\(m\) \(expected 2, found 1\)$"
	_ = delete(m, "a") // ERROR "delete\(m, .a.\) \(no value\) used as value"
}
