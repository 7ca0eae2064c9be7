// Conversions (Go spec "Conversions"): constants must be representable, non-constants follow the conversion rules.
package main

type celsius float64
type bytes []byte
type pt struct {
	x int `json:"x"`
}
type pt2 struct{ x int }

var f float64 = 1.5
var s = "héllo"
var p pt

var ok1 = int(f) + int(celsius(f))
var ok2 = string(rune(65)) + string(bytes(s)) + string([]rune(s))
var ok3 = []byte("abc")
var ok4 = pt2(p) // tags are ignored
var ok5 = float32(1e38)
var ok6 = string(rune(-1)) // "\uFFFD"
var ok7 = (*[2]int)([]int{1, 2})
var ok8 = uint8(255)
var ok9 = int('a')

var e1 = byte(300)      // ERROR "^constant 300 overflows byte$"
var e2 = uint(-1)       // ERROR "^constant -1 overflows uint$"
var e3 = int(1.5)       // ERROR "^cannot convert 1.5 \(untyped float constant\) to type int$"
var e4 = string(1.5)    // ERROR "^cannot convert 1.5 \(untyped float constant\) to type string$"
var e5 = bool(1)        // ERROR "^cannot convert 1 \(untyped int constant\) to type bool$"
var e6 = int(s)         // ERROR "^cannot convert s \(variable of type string\) to type int$"
var e7 = []int(s)       // ERROR "^cannot convert s \(variable of type string\) to type \[\]int$"
var e8 = float32(1e39)  // ERROR "^cannot convert 1e39 \(untyped float constant 1e\+39\) to type float32$"

// Struct tags are ignored at any depth: in function parameters and results and interface methods too.
type tagsFoo struct {
	f func(struct {
		x int "foo"
	}) *struct {
		y int "foo"
	}
	i interface{ m(struct{ z int "foo" }) }
}
type tagsBar struct {
	f func(struct {
		x int "bar"
	}) *struct {
		y int "bar"
	}
	i interface{ m(struct{ z int "bar" }) }
}
type tagsOther struct{ f func(struct{ x string }) }

var tf tagsFoo
var ok10 = tagsBar(tf)
var ok11 = (*tagsBar)(&tf)
var e9 = tagsOther(tf)  // ERROR "^cannot convert tf \(variable of type tagsFoo\) to type tagsOther$"
var e10 tagsBar = tf    // ERROR "^cannot use tf \(variable of type tagsFoo\) as tagsBar value in variable declaration$"

func main() {}
