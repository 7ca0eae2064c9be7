// Composite literals (Go spec "Composite literals"): struct fields by name or position, array and slice indices,
// map keys, elided element types.
package main

type point struct{ x, y int }

var ok1 = point{1, 2}
var ok2 = point{y: 1}
var ok3 = [...]int{1, 2, 5: 3}
var ok4 = []point{{1, 2}, {x: 3}}
var ok5 = map[string]point{"a": {1, 2}}
var ok6 = []*point{{1, 2}}
var ok7 = &point{}
var ok8 = [2][]int{{1}, {2, 3}}
var ok9 = len(ok3) // 6

var e1 = point{1}             // ERROR "^too few values in struct literal of type point$"
var e2 = point{1, 2, 3}       // ERROR "^too many values in struct literal of type point$"
var e3 = point{z: 1}          // ERROR "^unknown field z in struct literal of type point$"
var e4 = point{x: 1, 2}       // ERROR "^mixture of field:value and value elements in struct literal$"
var e5 = point{x: 1, x: 2}    // ERROR "^duplicate field name x in struct literal$"
var e6 = point{x: "a"}        // ERROR "^cannot use .a. \(untyped string constant\) as int value in struct literal$"
var e7 = [2]int{1, 2, 3}      // ERROR "^index 2 is out of bounds \(>= 2\)$"
var e8 = [3]int{5: 1}         // ERROR "^invalid argument: index 5 out of bounds \[0:3\]$"
var e9 = []int{0: 1, 0: 2}    // ERROR "^duplicate index 0 in array or slice literal$"
var e10 = map[string]int{"a": 1, "a": 2} // ERROR "^duplicate key .a. in map literal$"
var e11 = map[string]int{1}   // ERROR "^missing key in map literal$"
var e12 = int{1}              // ERROR "^invalid composite literal type int$"
var e13 = []int{-1: 1}        // ERROR "^invalid argument: index -1 \(constant of type int\) must not be negative$"
var e14 = []string{1}         // ERROR "^cannot use 1 \(untyped int constant\) as string value in array or slice literal$"
var e15 = point{}.m           // ERROR "^point{}.m undefined \(type point has no field or method m\)$"
var e16 = point{x: 1}.m       // ERROR "^point{…}.m undefined \(type point has no field or method m\)$"
var e17 int = func() {}       // ERROR "^cannot use func\(\) {} \(value of type func\(\)\) as int value in variable declaration$"
var e18 int = func() { _ = 1 } // ERROR "^cannot use func\(\) {…} \(value of type func\(\)\) as int value in variable declaration$"

type withMap struct{ f map[string]string }

var e19 = withMap{
	f: {"a": "b"}, // ERROR "^missing type in composite literal$"
}
var e20 = withMap{
	f: {"a": undefinedValue}, // ERROR "^missing type in composite literal$" "^undefined: undefinedValue$"
}

func main() {}
