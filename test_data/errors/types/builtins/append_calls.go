// append(s S, x ...E) S: the first argument must be a slice, the others are assigned to its element type; the
// special form append([]byte, string...) appends a string's bytes.
package main

type Bytes []byte
type Text string

func pair() ([]int, int)   { return nil, 1 }
func notSlice() (int, int) { return 0, 0 }

func main() {
	var b byte
	var x int
	var s []byte
	si := make([]int, 8)
	_ = append(s)
	_ = append(s, b, 'c', 0)
	_ = append(s, "foo"...)
	_ = append(Bytes(s), Text("x")...)
	_ = append(s, s...)
	_ = append(si, si...)
	_ = append(si, nil...)
	_ = append(pair())
	_ = append([]interface{}(nil), 1, 2, "foo", x, 3.1425, false)
	var _ Bytes = append(Bytes(nil), 'a')

	_ = append()             // ERROR "^invalid operation: not enough arguments for append\(\) \(expected 1, found 0\)$"
	_ = append(1, 2)         // ERROR "^invalid append: argument must be a slice; have 1 \(untyped int constant\)$"
	_ = append(nil, s)       // ERROR "^invalid append: argument must be a slice; have untyped nil$"
	_ = append(s, x)         // ERROR "^cannot use x \(variable of type int\) as byte value in argument to append$"
	_ = append(s, "foo")     // ERROR "^cannot use .foo. \(untyped string constant\) as byte value in argument to append$"
	_ = append(si...)        // ERROR "^not enough arguments in call to append\n\thave \(\[\]int\.\.\.\)\n\twant \(\[\]int, \.\.\.int\)$"
	_ = append(si, 2, si...) // ERROR "^too many arguments in call to append\n\thave \(\[\]int, number, \[\]int\.\.\.\)\n\twant \(\[\]int, \.\.\.int\)$"
	_ = append(notSlice())   // ERROR "^invalid append: argument must be a slice; have notSlice\(\) \(value of type int\)$"
	append(si, 1)            // ERROR "append\(si, 1\) \(value of type \[\]int\) is not used"
}
