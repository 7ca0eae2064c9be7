// panic takes one value of any type and yields nothing; print and println take any values but untyped nil;
// recover yields an interface{} value.
package main

func main() {
	panic("x")
	panic(1 << 10)
	panic(nil)
	panic(struct{}{})
	print()
	print(1, "x", 2.5, true)
	println(1<<10, 'a')
	var e interface{} = recover()
	_ = e
	defer recover()

	panic()            // ERROR "^invalid operation: not enough arguments for panic\(\) \(expected 1, found 0\)$"
	panic(1, 2)        // ERROR "^invalid operation: too many arguments for panic\(1, 2\) \(expected 1, found 2\)$"
	_ = panic(0)       // ERROR "panic\(0\) \(no value\) used as value"
	println(nil)       // ERROR "^use of untyped nil in argument to built-in println$"
	print(1 << 1000)   // ERROR "overflow"
	_ = print()        // ERROR "print\(\) \(no value\) used as value"
	_ = recover(1)     // ERROR "^invalid operation: too many arguments for recover\(1\) \(expected 0, found 1\)$"
}
