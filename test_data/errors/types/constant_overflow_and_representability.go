// Constants are exact; a constant that does not fit its type, or a typed constant expression that overflows,
// is an error (Go spec "Constant expressions", "Representability").

package main

const huge = 1 << 200
const fits = huge >> 199

const small int8 = 100

func main() {
	var b byte = 300 // ERROR "^cannot use 300 \(untyped int constant\) as byte value in variable declaration \(overflows\)$"
	var i int = 1.5 // ERROR "^cannot use 1.5 \(untyped float constant\) as int value in variable declaration \(truncated\)$"
	var u uint = -1 // ERROR "^cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)$"
	var j int = huge // ERROR "cannot use huge \(untyped int constant 1606938044258990275541962092341162602522202993782792835301376\) as int value in variable declaration \(overflows\)"
	const twice = small * 2 // ERROR "small \* 2 \(constant 200 of type int8\) overflows int8"
	var f float64 = fits
	var k int = 10 / 4.0 * 2
	var d = 1 / 0 // ERROR "^invalid operation: division by zero$"
	_, _, _, _, _, _, _ = b, i, u, j, f, k, d
}
