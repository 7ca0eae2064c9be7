// complex(re, im) of two identical floating-point types, real and imag of complex values; all three are
// constant for constant arguments, and untyped for untyped ones.
package main

type F32 float32

func main() {
	var i32 int32
	var f32 float32
	var f64 float64
	var c64 complex64
	var x32 F32
	const c1 = complex(1, 2)
	const _ int = complex(1, 0)
	const _ float32 = real(1.5 + 0i)
	const _ byte = imag(1.2 + 3i)
	var _ complex64 = complex(f32, f32)
	var _ complex64 = complex(f32, 1)
	var _ complex128 = complex(f64, 'a')
	var _ float32 = real(c64)
	var _ float64 = imag(c1)
	_ = complex(x32, x32)
	_ = real(10)

	_ = complex(1)         // ERROR "^invalid operation: not enough arguments for complex\(1\) \(expected 2, found 1\)$"
	_ = complex(true, 0)   // ERROR "^invalid operation: complex\(true, 0\) \(mismatched types untyped bool and untyped float\)$"
	_ = complex(f32, f64)  // ERROR "^invalid operation: complex\(f32, f64\) \(mismatched types float32 and float64\)$"
	_ = complex(x32, f32)  // ERROR "mismatched types F32 and float32"
	_ = complex(i32, 0)    // ERROR "^invalid argument: arguments have type int32, expected floating-point$"
	_ = complex(c64, 0)    // ERROR "^invalid argument: arguments have type complex64, expected floating-point$"
	_ = imag("foo")        // ERROR "^invalid argument: argument has type untyped string, expected complex type$"
	_ = real(f64)          // ERROR "^invalid argument: argument has type float64, expected complex type$"
	const _ int = complex(1.1, 0) // ERROR "truncated"
	var _ complex128 = complex(f32, f32) // ERROR "cannot use complex\(f32, f32\) \(value of type complex64\) as complex128 value in variable declaration"
}
