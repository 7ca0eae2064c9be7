// Untyped constants and comparison results take their default types where no other type is given, and huge
// intermediate constants are fine as long as the final value fits.
package main

const huge = 1 << 400
const small = huge >> 398 // 4
const half = 0.5
const c = 'x' + 1

var a = small          // int
var b = half * 2       // float64
var r = c              // rune
var z = 1 + 2i         // complex128
var t = a == 4         // bool
var u uint8 = huge >> 393
var arr [small]string
var mixed = 1 << 62 * 1.0 // an untyped float constant: float64
var str = "a" + "b"
var cmp = "a" < "b" && 1.5 > 1

func main() {
	_, _, _, _, _, _, _, _, _, _ = a, b, r, z, t, u, arr, mixed, str, cmp
}
